import { isUuid, normaliseUuid } from '@talents/common';

/**
 * The checks of an event's payload, shared by the approvals consumers (projections, notifications).
 * A malformed event is a publisher's bug: it fails loudly (logged, retried by the bus, then kept in
 * the queue) rather than writing a half-true row.
 */
export class MalformedEventError extends Error {
  constructor(type: string, problem: string) {
    super(`Malformed ${type} event: ${problem}`);
    this.name = 'MalformedEventError';
  }
}

export function uuidOf(type: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value))
    throw new MalformedEventError(type, `${field} is not a UUID`);
  return normaliseUuid(value);
}

/** A UUID the event may leave out (`null` or absent: none). */
export function optionalUuidOf(type: string, field: string, value: unknown): string | null {
  return value === null || value === undefined ? null : uuidOf(type, field, value);
}

/** The version of the state the event carries: an ISO instant, which orders the copies. */
export function versionOf(type: string, value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new MalformedEventError(type, 'version is not an ISO instant');
  }
  return value;
}

export function statusOf(type: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new MalformedEventError(type, 'status is missing');
  return value;
}
