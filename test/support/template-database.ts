import { randomBytes } from 'node:crypto';
import { generateSigningKeys } from '@talents/gateway';
import { Client } from 'pg';
import { startHub } from '../../hub/src/hub';
import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';
import { MIGRATED_TEMPLATE_VARIABLE } from './database';

/**
 * Once per Jest run, in the global setup: a database on which the whole hub has started once
 * without data (so every start-up migration ran, whatever is added to them later) and stopped.
 * The suites' hubs copy it (`createMigratedTestDatabase`) instead of migrating
 * their own; the global teardown drops it.
 */
export async function prepareMigratedTemplate(serverUrl: string): Promise<ScratchDatabase> {
  const template = await createScratchDatabase(serverUrl, 'talents_template');
  try {
    const hub = await startHub({
      databaseUrl: template.url,
      port: 0,
      keys: await generateSigningKeys(),
      sessionSecret: randomBytes(32),
      background: false,
    });
    await hub.stop();
    // PostgreSQL refuses to copy a database someone is connected to: from now on nobody can be.
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`ALTER DATABASE "${template.name}" ALLOW_CONNECTIONS false`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await template.drop();
    throw error;
  }
  process.env[MIGRATED_TEMPLATE_VARIABLE] = template.name;
  return template;
}
