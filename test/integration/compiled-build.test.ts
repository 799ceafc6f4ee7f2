import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair } from 'jose';
import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';
import { announcement } from '../support/child-output';
import { ImageAssembler, imagesWorkDir, readDockerfile, type AssembledImage } from '../support/dockerfile';
import { exited } from '../support/npm-start';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const SUBGRAPHS = ['profiles', 'missions', 'approvals'] as const;
const TARGETS = [...SUBGRAPHS, 'gateway', 'migrate', 'seed'] as const;
const DEV_ONLY = ['typescript', 'jest', '@swc-node/register', '@swc/core', 'eslint', 'vite'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('pas de port libre');
  return address.port;
}

/** Every file of a tree with its size and modification time: what a write would change. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const info = await stat(full).catch(() => null);
        files.set(path.relative(dir, full), info ? `${info.size}:${info.mtimeMs}` : 'lien');
      }
    }
  };
  await walk(dir);
  return files;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/**
 * The container path of issue 19, without Docker: the workspaces compiled by `tsc -b` (the first
 * half of `npm run build`; the dashboard, its second half, is built by the global setup with the
 * same `npm run build -w client`), each image's /app assembled from the Dockerfile with production
 * dependencies only, and the compiled processes run from there against PostgreSQL, as their CMD says.
 */
describe('compiled build, run as the images run it', () => {
  let database: ScratchDatabase;
  let workDir: string;
  const images = new Map<string, AssembledImage>();
  const before = new Map<string, Map<string, string>>();
  const running: ChildProcess[] = [];
  let gatewayUrl: string;
  let buildSeconds: number;

  function start(target: string, env: Record<string, string>): ChildProcess {
    const image = images.get(target)!;
    const [command, ...args] = image.cmd;
    expect(command).toBe('node');
    const child = spawn(process.execPath, args, {
      cwd: image.dir,
      // The image's environment and what the deployment gives, nothing inherited from the tests.
      env: { PATH: process.env.PATH ?? '', HOME: image.dir, ...image.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(child);
    return child;
  }

  async function runToEnd(
    target: string,
    env: Record<string, string>,
  ): Promise<{ code: number | null; output: string }> {
    const child = start(target, env);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await exited(child);
    return { code, output };
  }

  beforeAll(async () => {
    const started = Date.now();
    await run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json'], { cwd: ROOT });
    buildSeconds = (Date.now() - started) / 1000;
    expect(existsSync(path.join(ROOT, 'client/dist/index.html'))).toBe(true);

    workDir = await imagesWorkDir();
    const assembler = new ImageAssembler(await readDockerfile(ROOT), ROOT, workDir);
    for (const [target, image] of await Promise.all(
      TARGETS.map(async (target) => [target, await assembler.assemble(target)] as const),
    )) {
      images.set(target, image);
      before.set(target, await snapshot(image.dir));
    }
    database = await createScratchDatabase(process.env.DATABASE_URL!, 'talents_compiled');
  }, 300_000);

  afterAll(async () => {
    for (const child of running)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('compiles every workspace in well under two minutes, and `npm run build` is that plus the dashboard', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toBe('tsc -b tsconfig.build.json && npm run build -w client');
    expect(buildSeconds).toBeLessThan(120);
    for (const workspace of [
      'services/profiles',
      'services/missions',
      'services/approvals',
      'gateway',
      'hub',
    ]) {
      expect(
        existsSync(path.join(ROOT, workspace, 'dist/main.js')) ||
          existsSync(path.join(ROOT, workspace, 'dist/index.js')),
      ).toBe(true);
    }
    const sizes = TARGETS.map((target) => {
      const bytes = images.get(target)!.appBytes;
      return `${target} ${bytes === null ? '?' : `${Math.round(bytes / 1024 / 1024)} Mio`}`;
    });
    process.stdout.write(`Images (/app au-dessus de node:20-bookworm-slim) : ${sizes.join(', ')}\n`);
  });

  it('gives each image production dependencies only, a non-root user and a compiled entry point', () => {
    for (const target of TARGETS) {
      const image = images.get(target)!;
      const present = DEV_ONLY.filter((name) => existsSync(path.join(image.dir, 'node_modules', name)));
      expect({ target, present }).toEqual({ target, present: [] });
      expect(image.user).toBe('1000:1000');
      expect(image.env.NODE_ENV).toBe('production');
      expect(image.cmd).toEqual([
        'node',
        '--conditions=talents-dist',
        expect.stringMatching(/\/dist\/[\w-]+\.js$/),
      ]);
      expect(existsSync(path.join(image.dir, 'services/common/src'))).toBe(false);
    }
    for (const target of [...SUBGRAPHS, 'gateway']) {
      expect(images.get(target)!.healthcheck?.join(' ')).toMatch(/\/(healthz|readyz)'/);
    }
  });

  it('migrates a new database twice at once (advisory locks), seeds it, serves it through the gateway, and stops on SIGTERM', async () => {
    const databaseUrl = database.url;
    const migrations = await Promise.all([
      runToEnd('migrate', { DATABASE_URL: databaseUrl }),
      runToEnd('migrate', { DATABASE_URL: databaseUrl }),
    ]);
    for (const { code, output } of migrations) {
      expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('Migrations appliquées') });
    }
    const seed = await runToEnd('seed', { DATABASE_URL: databaseUrl });
    expect({ code: seed.code, output: seed.output }).toEqual({
      code: 0,
      output: expect.stringContaining('Données de démonstration chargées'),
    });

    const gatewayPort = await freePort();
    const jwksUrl = `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`;
    const subgraphUrls: Record<string, string> = {};
    const subgraphs = SUBGRAPHS.map((name) => ({
      name,
      child: start(name, {
        DATABASE_URL: databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        GATEWAY_JWKS_URL: jwksUrl,
      }),
    }));
    for (const { name, child } of subgraphs) {
      const ready = await announcement(child, /prêt : (http:\/\/\S+)/, name, 90_000);
      subgraphUrls[name] = ready.value.replace('localhost', '127.0.0.1');
    }
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const gateway = start('gateway', {
      DATABASE_URL: databaseUrl,
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      PROFILES_URL: subgraphUrls.profiles!,
      MISSIONS_URL: subgraphUrls.missions!,
      APPROVALS_URL: subgraphUrls.approvals!,
      GATEWAY_SIGNING_KEYS: JSON.stringify({ keys: [await exportJWK(privateKey)] }),
      SESSION_SECRET: 'une-phrase-secrete-de-test-de-plus-de-32-caracteres',
    });
    gatewayUrl = (await announcement(gateway, /prête : (http:\/\/\S+)\/graphql/, 'gateway', 90_000)).value;

    const ready = await fetch(`${gatewayUrl}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      checks: { database: true, profiles: true, missions: true, approvals: true },
    });
    for (const url of Object.values(subgraphUrls)) {
      expect((await fetch(new URL('/readyz', url))).status).toBe(200);
    }

    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ missions(first: 3, filter: { statuses: [PUBLISHED] }) {
          totalCount nodes { title hostAdministration { name } seatsRemaining } } }`,
      }),
    });
    const body = (await response.json()) as {
      data?: {
        missions: {
          totalCount: number;
          nodes: { title: string; hostAdministration: { name: string }; seatsRemaining: number }[];
        };
      };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data!.missions.totalCount).toBeGreaterThan(0);
    for (const mission of body.data!.missions.nodes) {
      expect(mission.hostAdministration.name).toEqual(expect.any(String));
      expect(mission.seatsRemaining).toEqual(expect.any(Number));
    }

    // The dashboard and GraphiQL come from the image: the built client and the gateway's own packages.
    const page = await fetch(`${gatewayUrl}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${gatewayUrl}/graphiql`)).status).toBe(200);

    for (const child of [gateway, ...subgraphs.map(({ child }) => child)]) {
      const exit = exited(child);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    }
    for (const target of TARGETS) {
      expect({
        target,
        written: changes(before.get(target)!, await snapshot(images.get(target)!.dir)),
      }).toEqual({
        target,
        written: [],
      });
    }
  }, 240_000);
});
