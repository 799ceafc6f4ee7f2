import pg from 'pg';
import { ADVISORY_LOCK_KEYS, databaseTimeouts } from '@talents/platform';

/** The gateway's own PostgreSQL schema; no subgraph reads it. */
export const ACCESS_SCHEMA = 'access';

/** What a migration of the `access` schema needs from a connection. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * A migration of the `access` schema. Shaped like TypeORM's (name, up, down), so that the contract
 * test runs it with the subgraphs' migrations, but run here on plain `pg`: the gateway loads no ORM.
 */
export interface AccessMigration {
  name: string;
  up(runner: SqlRunner): Promise<void>;
  down(runner: SqlRunner): Promise<void>;
}

/**
 * Connects the gateway to its schema and applies the pending migrations under the same advisory
 * lock as the subgraphs', recorded in the same `migrations` table TypeORM keeps (a database first
 * migrated by an earlier gateway is recognised).
 */
export async function openAccessDatabase(
  url: string,
  migrations: readonly AccessMigration[],
): Promise<pg.Pool> {
  const timeouts = databaseTimeouts();
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    application_name: `talents-${ACCESS_SCHEMA}`,
    connectionTimeoutMillis: timeouts.acquireMs,
    options: `-c statement_timeout=${timeouts.statementMs}`,
  });
  // An idle client whose server went away emits 'error' on the pool: the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, migrations);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return pool;
}

async function migrate(pool: pg.Pool, migrations: readonly AccessMigration[]): Promise<void> {
  const client = await pool.connect();
  const key = ADVISORY_LOCK_KEYS.migrations(ACCESS_SCHEMA);
  try {
    // Another replica may hold the lock for as long as its migrations take.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${ACCESS_SCHEMA}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${ACCESS_SCHEMA}".migrations (
         id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`,
    );
    const done = await client.query<{ name: string }>(`SELECT name FROM "${ACCESS_SCHEMA}".migrations`);
    const applied = new Set(done.rows.map((row) => row.name));
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      await client.query('BEGIN');
      try {
        await migration.up(client);
        await client.query(`INSERT INTO "${ACCESS_SCHEMA}".migrations ("timestamp", name) VALUES ($1, $2)`, [
          Number(/\d{13}$/.exec(migration.name)?.[0] ?? Date.now()),
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.query('RESET statement_timeout').catch(() => undefined);
    client.release();
  }
}
