import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../hub/src/embedded-postgres';

declare global {
  var embeddedPostgresForTests: EmbeddedPostgres | undefined;
}

/**
 * Tests run against a real PostgreSQL: the one named by DATABASE_URL (CI: the machine's server),
 * or a throw-away embedded cluster. Each suite then creates its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // The dashboard, built once before the workers start: the browser suites share it, and two
  // Vite builds at once refuse each other. Nothing is done when client/dist is up to date.
  execFileSync('node', [path.resolve(__dirname, '../client/scripts/build-if-stale.mjs')], {
    stdio: 'inherit',
  });
  if (process.env.DATABASE_URL) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'talents-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, persistent: false });
  globalThis.embeddedPostgresForTests = postgres;
  process.env.DATABASE_URL = postgres.url;
}
