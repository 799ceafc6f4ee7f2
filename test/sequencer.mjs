// @ts-check
// JavaScript: Jest loads its test sequencer as it is, before any transform.
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';

/**
 * Seconds each of the longest suites took in a full run (2 workers, 2 shared cores, branch
 * `citime`). Jest runs the suites it knows to be slow first only from its cache, which a fresh
 * clone (CI) has not: it falls back to file size, and a two-minute suite starting last leaves the
 * other worker idle that long. Only the order depends on these figures; a stale one costs at worst
 * that idle time again. What the cache knows wins.
 * @type {Readonly<Record<string, number>>}
 */
export const KNOWN_LONG_SUITES = {
  'test/integration/compiled-build.test.ts': 141,
  'test/integration/subscriptions-slow-clients.test.ts': 104,
  'test/integration/rolling-restart.test.ts': 96,
  'test/integration/subscriptions-feed-order.test.ts': 93,
  'test/contract/integrators-guide.test.ts': 70,
  'test/integration/start-up-errors.test.ts': 60,
  'test/integration/subscriptions-faults.test.ts': 60,
  'test/integration/embedded-start.test.ts': 51,
  'test/integration/gateway-speed.test.ts': 44,
  'test/integration/workflow-concurrency.test.ts': 43,
  'test/integration/apollo-client.test.ts': 40,
  'test/integration/operation-limits.test.ts': 40,
  'test/integration/timeouts.test.ts': 38,
  'test/integration/api-client-subscriptions.test.ts': 35,
  'test/integration/faults-connections.test.ts': 34,
  'test/integration/health.test.ts': 33,
  'test/integration/public-fields.test.ts': 33,
  'client/test/codegen.test.ts': 32,
};

/** Longest first: Jest's cached time when there is one, else the figure above, else file size. */
export default class LongestFirstSequencer extends Sequencer {
  /** @param {Array<import('@jest/test-result').Test>} tests */
  sort(tests) {
    // Jest's own order (failed first, then cached times, then size) sets `duration` from its cache.
    const sorted = super.sort(tests);
    for (const test of sorted) {
      if (test.duration != null) continue;
      const known = KNOWN_LONG_SUITES[path.relative(test.context.config.rootDir, test.path)];
      if (known !== undefined) test.duration = known * 1000;
    }
    // A stable sort: equal keys keep Jest's order.
    return [...sorted].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || (b.duration ?? -1) - (a.duration ?? -1),
    );
  }
}
