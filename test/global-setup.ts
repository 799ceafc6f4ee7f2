import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../hub/src/embedded-postgres';
import type { ScratchDatabase } from '../hub/src/scratch-database';
import globalTeardown from './global-teardown';
import { newRunDatabasesPrefix, RUN_DATABASES_VARIABLE } from './support/database';
import { prepareMigratedTemplate } from './support/template-database';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgres | undefined;
  var migratedTemplateForTests: ScratchDatabase | undefined;
}

/**
 * Tests run against a real PostgreSQL: the one named by DATABASE_URL (CI: the machine's server),
 * or a throw-away embedded cluster. Each suite then creates its own database on it, most of them
 * as a copy of the run's migrated template, made here once; the teardown drops them all.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // The dashboard, built once before the workers start: the browser suites share it, and two
  // Vite builds at once refuse each other. Nothing is done when client/dist is up to date.
  // Its own process, while this one prepares the database: a fresh clone's build takes longest.
  const results = await Promise.allSettled([buildClientIfStale(), prepareDatabase()]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    // Jest runs no teardown after a failed setup: nothing is left behind.
    await globalTeardown();
    throw failed.reason;
  }
}

async function prepareDatabase(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'talents-test-pg-'));
    const postgres = await startEmbeddedPostgres({ dataDir, persistent: false });
    globalThis.embeddedPostgresForTests = postgres;
    process.env.DATABASE_URL = postgres.url;
  }
  globalThis.migratedTemplateForTests = await prepareMigratedTemplate(process.env.DATABASE_URL);
  // The suites' databases are dropped together by the teardown (test/support/database.ts).
  process.env[RUN_DATABASES_VARIABLE] = newRunDatabasesPrefix();
}

function buildClientIfStale(): Promise<void> {
  const child = spawn('node', [path.resolve(__dirname, '../client/scripts/build-if-stale.mjs')], {
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`client/scripts/build-if-stale.mjs a échoué (${signal ?? `code ${code}`}).`)),
    );
  });
}
