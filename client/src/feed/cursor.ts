/** Feed cursors are sequence numbers in strings: they compare as numbers, never as text. */
export function isAfter(cursor: string, than: string | null): boolean {
  if (than === null) return true;
  if (/^\d+$/.test(cursor) && /^\d+$/.test(than)) return BigInt(cursor) > BigInt(than);
  return cursor !== than;
}

/** Backoff before the n-th attempt to resubscribe (1-based): 1 s, 2 s, 4 s… at most 10 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(0, attempt - 1));
}
