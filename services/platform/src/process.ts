import { createFailureLog, createLogger, failureKind, type Logger } from './logger';

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
