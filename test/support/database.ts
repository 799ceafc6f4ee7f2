import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';

/**
 * Names the run's migrated template (test/support/template-database.ts): set by the Jest global
 * setup, read by the workers, which inherit its environment.
 */
export const MIGRATED_TEMPLATE_VARIABLE = 'TALENTS_TEST_MIGRATED_TEMPLATE';

/**
 * The prefix of this Jest run's databases, set by the global setup: its teardown drops them all at
 * once (`dropRunDatabases`). A suite's drop only closes its database: PostgreSQL 15 checkpoints on
 * every `DROP DATABASE`, which cost each suite 0.1–3 s at its end (more while the other worker
 * writes) and held up the other worker's writes meanwhile. Absent (no global setup), a suite drops
 * its database itself.
 */
export const RUN_DATABASES_VARIABLE = 'TALENTS_TEST_RUN_DATABASES';

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the Jest global setup should have set it.');
  return url;
}

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Its own prefix for a run: another run on the same server (another checkout) keeps its databases. */
export function newRunDatabasesPrefix(): string {
  return `talents_test_${randomBytes(4).toString('hex')}`;
}

async function createRunDatabase(template?: string): Promise<ScratchDatabase> {
  const url = serverUrl();
  const runPrefix = process.env[RUN_DATABASES_VARIABLE];
  const database = await createScratchDatabase(url, runPrefix ?? 'talents_test', template);
  if (!runPrefix) return database;
  return {
    ...database,
    // As a drop would: nobody is connected any more, and nobody can connect again. What the suite
    // left open (a pool it did not end) is cut off here rather than at the end of the run. A suite
    // may have dropped it already (health.test.ts): then there is nothing to do, as with IF EXISTS.
    drop: () =>
      onServer(url, async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          database.name,
        ]);
        if (!rowCount) return;
        await client.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          database.name,
        ]);
      }),
  };
}

/** The global teardown's drop of every database of the run, a few at a time (their checkpoints coincide). */
export async function dropRunDatabases(url: string, runPrefix: string): Promise<void> {
  const names = await onServer(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1 || '_')",
      [runPrefix],
    );
    return rows.map((row) => row.datname);
  });
  const drop = async (): Promise<void> => {
    for (let name = names.pop(); name !== undefined; name = names.pop()) {
      await onServer(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  };
  await Promise.all(Array.from({ length: 4 }, drop));
}

/**
 * A fresh, empty database on the test server, so that suites running in parallel never meet.
 * What tests migrations, the event bus's first start or a start-up from scratch uses this one;
 * so do a single subgraph's suites (`startTestSubgraph`), which migrate it from scratch.
 */
export async function createTestDatabase(): Promise<ScratchDatabase> {
  return createRunDatabase();
}

/**
 * A fresh database as a first start of the hub leaves it — every migration of the subgraphs and
 * the gateway, pg-boss's schema and queues — copied from the run's template in a fraction of the
 * time the migrations take. The servers started on it still run their migration step, which
 * finds nothing pending. Without a template (no global setup), an empty one: the start migrates.
 */
export async function createMigratedTestDatabase(): Promise<ScratchDatabase> {
  return createRunDatabase(process.env[MIGRATED_TEMPLATE_VARIABLE]);
}
