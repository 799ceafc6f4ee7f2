import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { announcement } from './child-output';
import { eventually } from './eventually';

const ROOT = path.resolve(__dirname, '../..');

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export interface Outcome {
  code: number | null;
  output: string;
  /** Whether anything of the process group (postgres included) still ran after npm exited. */
  leftBehind: boolean;
}

/** The hub's part of the `start` script, without npm and the dashboard's build in front of it. */
const HUB_COMMAND = ['--max-semi-space-size=64', '-r', '@swc-node/register', 'hub/src/main.ts'];

export interface StartOptions {
  /** Through `npm start` itself (slower: npm, then the dashboard's build check) rather than node. */
  viaNpm?: boolean;
}

function spawnNpmStart(env: NodeJS.ProcessEnv, options: StartOptions = {}): ChildProcess {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  // `undefined` in `env` removes a variable the test process has (DATABASE_URL above all).
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete environment[key];
  // Its own process group, so that a test can tell whether anything of it is left.
  return options.viaNpm
    ? spawn('npm', ['start'], { cwd: ROOT, env: environment, detached: true })
    : spawn(process.execPath, HUB_COMMAND, { cwd: ROOT, env: environment, detached: true });
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Every port of the hub picked by the system, so that a start collides with nothing. */
export const FREE_PORTS = { PORT: '0', PROFILES_PORT: '0', MISSIONS_PORT: '0', APPROVALS_PORT: '0' };

/** `npm start` in development without the demo data set, every port picked by the system. */
export const QUIET_START = { NODE_ENV: 'development', SEED: 'false', ...FREE_PORTS };

/** The hub as `npm start` runs it; resolves with the gateway's URL once it says it is ready. */
export async function npmStart(
  env: NodeJS.ProcessEnv,
  options: StartOptions & { timeoutMs?: number } = {},
): Promise<Started> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const child = spawnNpmStart(env, options);
  const ready = await announcement(child, /est prêt : (http:\/\/\S+)/, 'npm start', timeoutMs);
  return { child, url: ready.value, output: ready.output };
}

/** The hub as `npm start` runs it, expected to give up; resolves once npm has exited. */
export async function failedStart(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<Outcome> {
  const child = spawnNpmStart(env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      reject(new Error(`npm start ne s’est pas arrêté en ${timeoutMs} ms :\n${output}`));
    }, timeoutMs);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  const leftBehind = groupAlive(child.pid!);
  if (leftBehind) process.kill(-child.pid!, 'SIGKILL');
  return { code, output, leftBehind };
}

/** The one line `npm start` printed about its failure. */
export function failureReason(outcome: Pick<Outcome, 'output'>): string {
  return /Le hub n’a pas pu démarrer : (.*)/.exec(outcome.output)?.[1] ?? `(aucune raison) ${outcome.output}`;
}

/**
 * SIGTERM to the whole group (`npm start` runs the hub under `sh -c`, which does not pass signals
 * on), then waits until nothing of it is left.
 */
export async function stopGroup(started: Started, timeoutMs = 30_000): Promise<void> {
  const pgid = started.child.pid!;
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  const gone = await eventually(
    async () => !groupAlive(pgid),
    (yes) => yes,
    timeoutMs,
  );
  if (!gone) {
    process.kill(-pgid, 'SIGKILL');
    throw new Error(`npm start toujours actif ${timeoutMs} ms après SIGTERM :\n${started.output()}`);
  }
}
