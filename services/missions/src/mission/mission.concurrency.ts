import { createHash } from 'node:crypto';
import { badUserInput, conflict } from '@talents/common';
import type { MissionFields } from './mission.rules';

/*
 * Writes that survive retries and races (docs/operations.md): an edit carries the version the
 * client read and is refused if someone wrote in between; a creation carries an idempotency key,
 * so that a request retried after a lost answer finds the mission it made instead of a second one.
 */

/** Longest idempotency key: room for a UUID and a prefix, not for a payload. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

/** Visible ASCII only: keys are machine-made (a UUID per request), compared byte for byte. */
const IDEMPOTENCY_KEY = new RegExp(`^[\\x21-\\x7E]{1,${IDEMPOTENCY_KEY_MAX_LENGTH}}$`);

export const CONCURRENCY_MESSAGES = {
  staleMission: (current: number, expected: number) =>
    `Cette mission a été modifiée entre-temps par quelqu’un d’autre (version ${current}, vous aviez lu la version ${expected}) : rechargez-la pour voir ces changements, puis refaites votre modification.`,
  expectedVersionInvalid:
    'La version attendue doit être un entier positif : celle que vous avez lue sur la mission (champ version).',
  keyInvalid: `Clé d’idempotence invalide : de 1 à ${IDEMPOTENCY_KEY_MAX_LENGTH} caractères ASCII visibles, sans espace (un UUID tiré pour chaque nouvelle demande, par exemple).`,
  keyReused:
    'Cette clé d’idempotence a déjà servi à créer une autre mission, avec un contenu différent : tirez une nouvelle clé pour une nouvelle mission.',
} as const;

/** The version the client sends back, checked for form; null when the client sent none. */
export function checkExpectedVersion(expected: number | null | undefined): number | null {
  if (expected === null || expected === undefined) return null;
  if (!Number.isInteger(expected) || expected < 1) {
    throw badUserInput('expectedVersion', CONCURRENCY_MESSAGES.expectedVersionInvalid);
  }
  return expected;
}

/**
 * Refuses an edit based on a version that is no longer current. Called once the row is locked, so
 * that of concurrent edits sent with the same version exactly one gets through.
 */
export function refuseStaleMission(current: number, expected: number | null): void {
  if (expected !== null && current !== expected) {
    throw conflict(CONCURRENCY_MESSAGES.staleMission(current, expected), {
      field: 'expectedVersion',
      expectedVersion: expected,
      currentVersion: current,
    });
  }
}

/** The key as stored, or null when the client sent none. */
export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) throw badUserInput('idempotencyKey', CONCURRENCY_MESSAGES.keyInvalid);
  return key;
}

/** JSON with object keys sorted, so that the same input always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What identifies a creation request under its key: the checked, normalised fields (trimmed text,
 * normalised ids), so that a retry equal in substance is recognised whatever its key order.
 */
export function requestFingerprint(fields: MissionFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
