import { createLogger, EventBus, openSubgraphDatabase } from '@talents/common';
import { ApiClientStore } from '@talents/gateway';
import { HUB_SUBGRAPHS } from './subgraphs';

/**
 * `npm run migrate`, and the migration Job of a release (deploy/base/migrate-job.yaml): applies
 * every pending migration to DATABASE_URL — each subgraph's schema, the event bus (`pgboss`) with
 * its queues, the gateway's `access` schema — then exits. Each schema is migrated under its
 * advisory lock (ADVISORY_LOCK_KEYS.migrations), the same one the services take when they start:
 * two Jobs, or a Job and a replica starting, wait for each other instead of racing.
 */
async function migrateAll(databaseUrl: string): Promise<string[]> {
  const done: string[] = [];
  for (const { definition } of HUB_SUBGRAPHS) {
    const { dataSource } = await openSubgraphDatabase(definition, databaseUrl);
    try {
      if (done.length === 0) {
        // pg-boss installs its schema and our queues on start; a bus with no consumer only does that.
        const bus = await EventBus.start({
          databaseUrl,
          source: 'migrate',
          db: dataSource,
          logger: createLogger('migrate'),
        });
        await bus.stop(dataSource);
        done.push('pgboss');
      }
    } finally {
      await dataSource.destroy();
    }
    done.push(definition.name);
  }
  const access = await ApiClientStore.open(databaseUrl);
  await access.close();
  done.push('access');
  return done;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL est requis pour appliquer les migrations.');
    process.exit(2);
  }
  const schemas = await migrateAll(databaseUrl);
  console.log(`Migrations appliquées : ${schemas.join(', ')}.`);
}

main().catch((error: unknown) => {
  console.error('Échec des migrations :', error instanceof Error ? error.message : error);
  process.exit(1);
});
