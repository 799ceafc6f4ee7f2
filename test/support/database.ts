import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';

/** A fresh, empty database on the test server, so that suites running in parallel never meet. */
export async function createTestDatabase(): Promise<ScratchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the Jest global setup should have set it.');
  return createScratchDatabase(url, 'talents_test');
}
