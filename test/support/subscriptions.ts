import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client as a browser or another system opens it: the session cookie on the upgrade. */
export function subscriptionClient(url: string, cookie?: string): Client {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  return createClient({ url, webSocketImpl: CookieSocket, retryAttempts: 0, lazy: true });
}

export interface Subscription<T> {
  /** Resolves with the n-th result (1-based) once it has arrived; rejects after `ms`. */
  nth(n: number, ms?: number): Promise<ExecutionResult<T>>;
  results: Array<ExecutionResult<T>>;
  /** Resolves when the server ends the subscription (complete or error). */
  ended: Promise<unknown>;
  stop(): void;
}

/** Subscribes and records every result, so that tests wait on counts, never on sleeps. */
export function record<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const results: Array<ExecutionResult<T>> = [];
  const waiters: Array<() => void> = [];
  let end: (value: unknown) => void = () => undefined;
  const ended = new Promise((resolve) => {
    end = resolve;
  });
  const notify = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        results.push(result as ExecutionResult<T>);
        notify();
      },
      error: (error) => {
        results.push({
          errors: Array.isArray(error) ? error : [{ message: String(error) }],
        } as ExecutionResult<T>);
        notify();
        end(error);
      },
      complete: () => end(null),
    },
  );
  return {
    results,
    ended,
    stop,
    async nth(n, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (results.length < n) {
        const left = deadline - Date.now();
        if (left <= 0) {
          throw new Error(
            `${results.length} résultat(s) reçu(s), ${n} attendu(s) : ${JSON.stringify(results)}`,
          );
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return results[n - 1] as ExecutionResult<T>;
    },
  };
}
