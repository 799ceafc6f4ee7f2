import { dropRunDatabases, RUN_DATABASES_VARIABLE } from './support/database';

export default async function globalTeardown(): Promise<void> {
  const runPrefix = process.env[RUN_DATABASES_VARIABLE];
  if (runPrefix && process.env.DATABASE_URL) await dropRunDatabases(process.env.DATABASE_URL, runPrefix);
  delete process.env[RUN_DATABASES_VARIABLE];
  await globalThis.migratedTemplateForTests?.drop();
  globalThis.migratedTemplateForTests = undefined;
  await globalThis.embeddedPostgresForTests?.stop();
  globalThis.embeddedPostgresForTests = undefined;
}
