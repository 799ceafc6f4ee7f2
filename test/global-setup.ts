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
  if (process.env.DATABASE_URL) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'talents-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, persistent: false });
  globalThis.embeddedPostgresForTests = postgres;
  process.env.DATABASE_URL = postgres.url;
}
