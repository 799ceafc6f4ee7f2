import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';

/**
 * Names the run's migrated template (test/support/template-database.ts): set by the Jest global
 * setup, read by the workers, which inherit its environment.
 */
export const MIGRATED_TEMPLATE_VARIABLE = 'TALENTS_TEST_MIGRATED_TEMPLATE';

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the Jest global setup should have set it.');
  return url;
}

/**
 * A fresh, empty database on the test server, so that suites running in parallel never meet.
 * What tests migrations, the event bus's first start or a start-up from scratch uses this one;
 * so do a single subgraph's suites (`startTestSubgraph`), which migrate it from scratch.
 */
export async function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(serverUrl(), 'talents_test');
}

/**
 * A fresh database as a first start of the hub leaves it — every migration of the subgraphs and
 * the gateway, pg-boss's schema and queues — copied from the run's template in a fraction of the
 * time the migrations take. The servers started on it still run their migration step, which
 * finds nothing pending. Without a template (no global setup), an empty one: the start migrates.
 */
export async function createMigratedTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(serverUrl(), 'talents_test', process.env[MIGRATED_TEMPLATE_VARIABLE]);
}
