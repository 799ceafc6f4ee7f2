// @ts-check
// JavaScript: Jest loads its test sequencer as it is, before any transform.
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';

/**
 * Seconds each of the longest suites took in a full run (2 workers, 2 shared cores, 2026-12-08;
 * `keyboard` run alone, its full-run time being timeouts). Jest runs the suites it knows
 * to be slow first only from its cache, which a fresh clone (CI) has not: it falls back to file
 * size, and a one- or two-minute suite starting last leaves the other worker idle that long. Only
 * the order depends on these figures; a stale one costs at worst that idle time again. What the
 * cache knows wins.
 * @type {Readonly<Record<string, number>>}
 */
export const KNOWN_LONG_SUITES = {
  'test/integration/compiled-build.test.ts': 87,
  'test/integration/rolling-restart.test.ts': 53,
  'client/test/keyboard.test.ts': 30,
  'client/test/outcomes.test.ts': 37,
  'client/test/profile-versions.test.ts': 36,
  'test/integration/operation-limits.test.ts': 35,
  'client/test/workflow.test.ts': 33,
  'client/test/host.test.ts': 30,
  'test/integration/subscriptions-slow-clients.test.ts': 29,
  'client/test/dashboard.test.ts': 28,
  'test/integration/outcomes-endorsement.test.ts': 23,
  'test/integration/metrics.test.ts': 23,
  'test/integration/start-up-errors.test.ts': 22,
  'client/test/audit.test.ts': 20,
  'test/integration/graphiql.test.ts': 20,
  'client/test/numbers.test.ts': 18,
  'test/integration/subscriptions-feed-property.test.ts': 18,
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
