import path from 'node:path';
import { createLogger } from '@talents/common';
import { readHubConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { generateDemoData, startHub, type RunningHub } from './hub';

/**
 * `npm start`: the whole hub on one machine. Without DATABASE_URL it boots a real PostgreSQL from
 * the embedded-postgres package with its data under .data/, kept across restarts.
 */
async function main(): Promise<void> {
  // The terminal shows the few lines below; structured logs stay for warnings unless asked for.
  process.env.LOG_LEVEL ??= 'warn';
  const logger = createLogger('hub');
  const config = readHubConfig();
  let postgres: EmbeddedPostgres | null = null;
  let hub: RunningHub | null = null;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'arrêt du hub');
    await hub?.stop().catch((error: unknown) => logger.error({ err: error }, 'arrêt des services'));
    await postgres?.stop().catch((error: unknown) => logger.error({ err: error }, 'arrêt de PostgreSQL'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // A closed terminal: stop PostgreSQL too rather than leave it behind.
  process.once('SIGHUP', () => void shutdown('SIGHUP'));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        callerHandlesSignals: true,
        onLog: (message) => logger.debug({ postgres: message.trim() }),
      });
      databaseUrl = postgres.url;
      console.log(`PostgreSQL embarqué démarré (port ${postgres.port}, données dans ${postgres.dataDir}).`);
    } else {
      console.log('Base de données : DATABASE_URL.');
    }
    console.log(config.seed ? 'Migrations et données de démonstration…' : 'Migrations…');
    hub = await startHub({
      databaseUrl,
      port: config.port,
      host: config.host,
      subgraphPorts: config.subgraphPorts,
      demo: config.seed ? generateDemoData() : undefined,
      personaLogin: config.personaLogin,
    });
    if (stopping) return;
    const { url } = hub.gateway;
    console.log(`\nTalents numériques est prêt : ${url}`);
    console.log(`  API GraphQL     ${url}/graphql`);
    console.log(`  Explorateur     ${url}/graphiql`);
    console.log(`  Santé           ${url}/healthz`);
    if (config.personaLogin) console.log(`  Connexion       ${url}/auth/personas (profils de démonstration)`);
    console.log('');
  } catch (error) {
    logger.error({ err: error }, 'le hub n’a pas pu démarrer');
    console.error('Le hub n’a pas pu démarrer :', error instanceof Error ? error.message : error);
    await hub?.stop().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
