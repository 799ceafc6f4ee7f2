import type { GraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from '../src/gateway';
import {
  completionRetryPolicy,
  CompletionUnavailable,
  done,
  retryTransient,
  transient,
  watchingFailures,
  type Attempt,
} from '../src/subscriptions/completion-retry';

/** A clock whose sleeps only move its hands. */
function fakeClock() {
  const clock = {
    time: 0,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: (ms: number) => {
      clock.sleeps.push(ms);
      clock.time += ms;
      return Promise.resolve();
    },
  };
  return clock;
}

const policy = { retryForMs: 1_000, firstDelayMs: 100, maxDelayMs: 400 };

describe('retrying the completion of an event', () => {
  it('tries again with a growing wait until an attempt is done', async () => {
    const clock = fakeClock();
    const outcomes: Array<Attempt<string>> = [
      transient('a'),
      transient('b'),
      transient('c'),
      done('complet'),
    ];
    const value = await retryTransient(
      () => Promise.resolve(outcomes.shift()!),
      policy,
      () => false,
      clock,
    );
    expect(value).toBe('complet');
    expect(clock.sleeps).toEqual([100, 200, 400]);
  });

  it('gives up past the bound with the last reason, never later than the bound', async () => {
    const clock = fakeClock();
    const attempt = () => Promise.resolve(transient(`approvals down at ${clock.time} ms`));
    const failure = retryTransient(attempt, policy, () => false, clock);
    await expect(failure).rejects.toBeInstanceOf(CompletionUnavailable);
    await expect(failure).rejects.toMatchObject({ reason: 'approvals down at 1000 ms' });
    expect(clock.sleeps).toEqual([100, 200, 400, 300]);
  });

  it('stops as soon as nobody waits for the event any more', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const value = await retryTransient(
      () => {
        attempts += 1;
        return Promise.resolve(transient('down'));
      },
      policy,
      () => attempts >= 2,
      clock,
    );
    expect(value).toBeNull();
    expect(attempts).toBe(2);
  });

  it('reads its bound from SUBSCRIPTION_RETRY_MS and refuses a malformed one', () => {
    expect(completionRetryPolicy({}).retryForMs).toBe(10_000);
    expect(completionRetryPolicy({ SUBSCRIPTION_RETRY_MS: '2500' }).retryForMs).toBe(2_500);
    expect(() => completionRetryPolicy({ SUBSCRIPTION_RETRY_MS: 'dix' })).toThrow(/SUBSCRIPTION_RETRY_MS/);
  });
});

describe('watching the fetches of a completion', () => {
  const answering: GraphQLDataSource<GatewayContext> = {
    process: () => Promise.resolve({ data: { ok: true }, errors: [] }),
  };
  const unreachable: GraphQLDataSource<GatewayContext> = {
    process: () => Promise.reject(new TypeError('fetch failed')),
  };
  const options = {} as Parameters<GraphQLDataSource<GatewayContext>['process']>[0];

  it('notes the subgraphs that did not answer, and lets answers (errors included) through', async () => {
    const watched = watchingFailures({ missions: answering, approvals: unreachable });
    await expect(watched.sources.missions!.process(options)).resolves.toEqual({
      data: { ok: true },
      errors: [],
    });
    await expect(watched.sources.approvals!.process(options)).rejects.toThrow('fetch failed');
    expect(watched.failures).toEqual(['approvals: fetch failed']);
  });
});
