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

/** Waits on conditions that only events can make true; see `wakeOn`. */
export interface Wakeable {
  /** Tells the waiters that something happened: each checks its condition again. */
  wake(): void;
  /** Resolves with true as soon as `ready()` holds, with false if it still does not after `ms`. */
  until(ready: () => boolean, ms: number): Promise<boolean>;
}

/**
 * For what a test receives by callback (a subscription's results, its end): a waiter checks its
 * condition when the callback calls `wake()`, not on a timer, so that it goes on the moment the
 * result is there; `ms` only bounds how long a failing test waits.
 */
export function wakeOn(): Wakeable {
  const waiters: Array<() => void> = [];
  return {
    wake() {
      for (const waiter of waiters.splice(0)) waiter();
    },
    async until(ready, ms) {
      const deadline = Date.now() + ms;
      while (!ready()) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return true;
    },
  };
}
