import { badUserInput, conflict } from '@talents/common';

/*
 * Optimistic concurrency on the profile's edits (docs/operations.md): each edit may carry the
 * version of the agent the client read, and is refused if someone wrote in between — the agent on
 * another screen, the programme team, an identity change.
 */

export const STALE_PROFILE_MESSAGE = (current: number, expected: number) =>
  `Ce profil a été modifié entre-temps par quelqu’un d’autre (version ${current}, vous aviez lu la version ${expected}) : rechargez la page pour voir ces changements, puis refaites votre modification.`;

const EXPECTED_VERSION_INVALID =
  'La version attendue doit être un entier positif : celle que vous avez lue sur le profil (champ version).';

/** The `expectedVersion` argument every profile edit takes (last, after its own arguments). */
export const EXPECTED_VERSION_FIELD = {
  nullable: true,
  description:
    'Version du profil lue par le client (champ version) : si le profil a été modifié depuis, rien n’est écrit et l’erreur CONFLICT (champ expectedVersion) donne la version actuelle. Sans elle, la dernière écriture l’emporte. Recommandée.',
} as const;

/** The version of an agent read from the database (the entity types it optional for inserts). */
export function loadedVersion(agent: { version?: number }): number {
  if (agent.version === undefined) throw new Error('agent.version was not selected');
  return agent.version;
}

/** The version the client sends back, checked for form; null when the client sent none. */
export function checkExpectedVersion(expected: number | null | undefined): number | null {
  if (expected === null || expected === undefined) return null;
  if (!Number.isInteger(expected) || expected < 1) {
    throw badUserInput('expectedVersion', EXPECTED_VERSION_INVALID);
  }
  return expected;
}

/**
 * Refuses an edit based on a version that is no longer current. Called with the row locked, so
 * that of concurrent edits sent with the same version exactly one gets through.
 */
export function refuseStaleProfile(current: number, expected: number | null): void {
  if (expected !== null && current !== expected) {
    throw conflict(STALE_PROFILE_MESSAGE(current, expected), {
      field: 'expectedVersion',
      expectedVersion: expected,
      currentVersion: current,
    });
  }
}
