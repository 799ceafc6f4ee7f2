import { createFailureLog, createLogger, failureKind, type Logger } from './logger';
import type { SubgraphDefinition } from './subgraph';
import { startSubgraph } from './subgraph';

const CONNECTION_FAULT_CODES = new Set([
  '57P01', // terminated by an administrator (pg_terminate_backend)
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up, shutting down)
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * A broken connection, to PostgreSQL or to another service: the pools and the event bus open new
 * ones, and what it was doing has failed as a whole (a transaction rolls back with its socket).
 */
export function isConnectionFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || CONNECTION_FAULT_CODES.has(code))) return true;
  return (
    error instanceof Error &&
    /Connection terminated|Connection ended|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
      error.message,
    )
  );
}

/** Exit code when the process stops itself because its state is unknown (EX_SOFTWARE). */
export const UNKNOWN_STATE_EXIT_CODE = 70;

/**
 * The last resort of an entry point. A rejected promise nobody awaited is logged and the process
 * carries on: the operation it stood for has failed, nothing else was interrupted. An exception
 * thrown out of a callback unwound a stack half-way through: unless it is a broken connection
 * (whose clients are replaced), nothing says what state the process is in, so it stops — `stop`
 * for 10 s at most, then exit 70 — for its supervisor to start a fresh one.
 */
export function installCrashPolicy(options: {
  label: string;
  stop: () => Promise<void>;
  logger?: Logger;
}): void {
  const logger = options.logger ?? createLogger('process');
  const failures = createFailureLog(logger);
  let stopping = false;
  process.on('unhandledRejection', (reason) => {
    failures(
      `unhandledRejection:${failureKind(reason)}`,
      { err: reason, connectionFault: isConnectionFault(reason) },
      'unhandled promise rejection; the process carries on',
    );
  });
  process.on('uncaughtException', (error, origin) => {
    if (isConnectionFault(error)) {
      failures(
        `uncaughtException:${failureKind(error)}`,
        { err: error, origin },
        'uncaught connection error; the process carries on',
      );
      return;
    }
    logger.fatal({ err: error, origin }, 'uncaught exception: state unknown, stopping for a restart');
    if (stopping) return;
    stopping = true;
    console.error(
      `Erreur imprévue ${options.label} (${error instanceof Error ? error.message : String(error)}) : ` +
        `arrêt pour que le superviseur redémarre un processus neuf (code ${UNKNOWN_STATE_EXIT_CODE}).`,
    );
    const deadline = new Promise((resolve) => setTimeout(resolve, 10_000));
    void Promise.race([options.stop().catch(() => undefined), deadline]).finally(() =>
      process.exit(UNKNOWN_STATE_EXIT_CODE),
    );
  });
}

/**
 * Runs `stop` once on the first SIGINT or SIGTERM (`label` reads « du sous-graphe profiles »), then exits: 0 when everything closed, 1 when
 * something failed to. Orchestrators send SIGTERM; a terminal sends SIGINT.
 */
export function stopOnTerminationSignals(label: string, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} reçu : arrêt ${label}…`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Arrêt incomplet ${label} :`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}

function portFromEnvironment(fallback: number): number {
  const raw = process.env.PORT;
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port entier (reçu « ${raw} »).`);
  }
  return port;
}

/** Container entry point of one subgraph: DATABASE_URL, GATEWAY_JWKS_URL, PORT and HOST from the environment. */
export function runSubgraphProcess(definition: SubgraphDefinition, defaultPort: number): void {
  const label = `du sous-graphe ${definition.name}`;
  const start = async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      throw new Error('DATABASE_URL est obligatoire (par exemple postgres://utilisateur@hôte:5432/base).');
    }
    const jwksUrl = process.env.GATEWAY_JWKS_URL;
    if (!jwksUrl) {
      throw new Error(
        'GATEWAY_JWKS_URL est obligatoire (par exemple http://gateway:4000/.well-known/jwks.json) : ' +
          'le sous-graphe n’accepte que les requêtes signées par la passerelle.',
      );
    }
    const running = await startSubgraph(definition, {
      databaseUrl,
      gatewayKeys: { jwksUrl },
      port: portFromEnvironment(defaultPort),
      host: process.env.HOST ?? '0.0.0.0',
    });
    console.log(`Sous-graphe ${definition.name} prêt : ${running.url}`);
    stopOnTerminationSignals(label, () => running.stop());
    installCrashPolicy({ label, stop: () => running.stop() });
  };
  start().catch((error: unknown) => {
    console.error(`Le démarrage ${label} a échoué :`, error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
