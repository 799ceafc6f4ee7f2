import type { GraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../context';
import { millisecondsFrom } from './settings';

/**
 * An event of a subscription could not be completed (a subgraph it selects fields from did not
 * answer) within the retry bound: the subscription ends, and the client resumes from the cursor of
 * the last event it received. Never delivered half-completed, never stepped over.
 */
export class CompletionUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`event completion unavailable: ${reason}`);
  }
}

/** How long, and how often, completing one event is tried again. */
export interface RetryPolicy {
  /** Total bound, from the first attempt: past it, CompletionUnavailable. */
  retryForMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** `SUBSCRIPTION_RETRY_MS` (default 10 s): how long an event is retried while a subgraph is down. */
export function completionRetryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const retryForMs = millisecondsFrom(env, 'SUBSCRIPTION_RETRY_MS', 10_000, { zeroAllowed: true });
  return { retryForMs, firstDelayMs: 100, maxDelayMs: 2_000 };
}

/** What one attempt gives: a value, or a passing failure worth another attempt. */
export type Attempt<T> = { done: true; value: T } | { done: false; reason: string };

export const done = <T>(value: T): Attempt<T> => ({ done: true, value });
export const transient = (reason: string): Attempt<never> => ({ done: false, reason });

/**
 * Runs `attempt` until it is done, waiting longer between attempts (doubling, up to maxDelayMs),
 * for at most `retryForMs` in all; then throws CompletionUnavailable. Returns null as soon as
 * `abandoned()` says nobody waits for the answer any more (the subscription ended meanwhile).
 */
export async function retryTransient<T>(
  attempt: () => Promise<Attempt<T>>,
  policy: RetryPolicy,
  abandoned: () => boolean,
  clock: { now(): number; sleep(ms: number): Promise<void> } = realClock,
): Promise<T | null> {
  const deadline = clock.now() + policy.retryForMs;
  let delay = policy.firstDelayMs;
  for (;;) {
    const outcome = await attempt();
    if (outcome.done) return outcome.value;
    const left = deadline - clock.now();
    if (left <= 0) throw new CompletionUnavailable(outcome.reason);
    await clock.sleep(Math.min(delay, left));
    if (abandoned()) return null;
    delay = Math.min(delay * 2, policy.maxDelayMs);
  }
}

const realClock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/**
 * The data sources of one completion, noting which subgraphs failed to answer at all (unreachable,
 * timed out, an HTTP error): executeQueryPlan turns such a failure into null fields and an error,
 * which must not reach the subscriber as if it were the event. Errors a subgraph answers with
 * (a refused field) are the event's own and pass as they are.
 */
export function watchingFailures(sources: Record<string, GraphQLDataSource<GatewayContext>>): {
  sources: Record<string, GraphQLDataSource<GatewayContext>>;
  failures: string[];
} {
  const failures: string[] = [];
  const watched: Record<string, GraphQLDataSource<GatewayContext>> = {};
  for (const [name, source] of Object.entries(sources)) {
    watched[name] = {
      process: async (options) => {
        try {
          return await source.process(options);
        } catch (error) {
          failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      },
    };
  }
  return { sources: watched, failures };
}
