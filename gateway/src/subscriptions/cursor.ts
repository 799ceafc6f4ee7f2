/**
 * The feed cursors the gateway keeps to resume subscriptions: `feed:<seq>` in base64url, as the
 * subgraphs write them (`encodeFeedCursor`). They are compared as the numbers they carry, never
 * as text: `feed:1000` comes after `feed:999`.
 */
const PREFIX = 'feed:';

/** The sequence number a cursor carries; null for anything that is not a feed cursor. */
export function seqOfCursor(cursor: unknown): bigint | null {
  if (typeof cursor !== 'string') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  return /^\d{1,18}$/.test(digits) ? BigInt(digits) : null;
}

/** Whether `candidate` is further along the feed than `current` (anything beats no cursor). */
export function isLaterCursor(candidate: unknown, current: unknown): boolean {
  const next = seqOfCursor(candidate);
  if (next === null) return false;
  const now = seqOfCursor(current);
  return now === null || next > now;
}
