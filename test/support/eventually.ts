/**
 * Polls `probe` until `accept` holds or `ms` have passed, then returns the last value seen, so
 * that the test's own assertion on it says what was expected. Tests wait for a condition this
 * way, never for a fixed time: what happens later (an event consumed, an audit row written
 * after the response left) is awaited, and a fast machine does not wait for nothing.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
