import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDemoData, type DemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import { Client } from 'pg';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { RATE_LIMIT_SCHEMA, RATE_LIMIT_TABLE } from '../../gateway/src/rate-limit';
import { createApiKey } from '../support/api-keys';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import { cursorOfSeq, feedSeqs, liveCast, publishMission, type LiveCast } from '../support/subscriptions';

/**
 * docs/integrators.md runs: each `curl` block marked `# →` answers as the mark says, and the Node
 * programmes of docs/examples/ do what the page says, against the real stack with real API keys.
 */
const ROOT = path.join(__dirname, '../..');
const GUIDE = path.join(ROOT, 'docs/integrators.md');
const EXAMPLES = path.join(ROOT, 'docs/examples');
/** Low enough that the catalogue's pages meet it; its window is shortened by `spendAllowance`. */
const CLIENT_LIMIT_PER_MINUTE = 3;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a programme as an integrator would, with only the variables given; killed past the delay. */
function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): { done: Promise<Run> } {
  const child = spawn(command, args, {
    cwd: ROOT,
    // Only what a shell or Node needs, and the programme's own variables: nothing of the test's.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
  return { done };
}

/**
 * The guide's executable blocks: a `sh` block whose first line is `# → data` or `# → CODE, HTTP nnn`,
 * followed by `, production` when it shows a production rule (run against a gateway with them).
 */
function markedCurlBlocks(
  markdown: string,
): { expect: string; status: number | null; production: boolean; script: string }[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) => {
    const mark = /^# → (\w+)(?:, HTTP (\d{3}))?(, production)?\n/.exec(block);
    if (!mark) return [];
    const script = block.slice(mark[0].length).trimEnd();
    if ((script.match(/curl /g) ?? []).length !== 1) throw new Error(`one curl per marked block:\n${block}`);
    return [
      { expect: mark[1] ?? '', status: mark[2] ? Number(mark[2]) : null, production: !!mark[3], script },
    ];
  });
}

describe('the integrators’ guide, run against a started hub', () => {
  let hub: TestHub;
  let demo: DemoData;
  let cast: LiveCast;
  /** The same hub's subgraphs behind a gateway with the production rules (safelisted API clients). */
  let production: RunningGateway;
  const saved = process.env.RATE_LIMIT_PER_MINUTE_CLIENT;

  beforeAll(async () => {
    // The gateway reads its limits from the environment when it starts, as a deployed one does.
    process.env.RATE_LIMIT_PER_MINUTE_CLIENT = String(CLIENT_LIMIT_PER_MINUTE);
    demo = generateDemoData({ size: { agents: 30, missions: 14, applications: 4 } });
    hub = await startTestHub(demo);
    cast = liveCast(demo);
    production = await startGatewayOver(hub, { edge: { allowedOrigins: new Set(), production: true } });
  });

  afterAll(async () => {
    await production?.stop();
    await hub?.stop();
    if (saved === undefined) delete process.env.RATE_LIMIT_PER_MINUTE_CLIENT;
    else process.env.RATE_LIMIT_PER_MINUTE_CLIENT = saved;
  });

  /** A new system's key each time: each has its own allowance per minute. */
  const key = (scopes = 'missions:read') => createApiKey(hub.databaseUrl, 'SI RH des Armées', scopes);
  const clientIdOf = (apiKey: string) => /^tn_([0-9a-f-]{36})_/.exec(apiKey)?.[1] ?? '';
  /** Registers a file of operations for a key, as the programme team does; returns the lines printed. */
  const register = (apiKey: string, file: string) =>
    runApiClientCommand(['operations', 'register', clientIdOf(apiKey), file], hub.databaseUrl);
  const env = async (scopes?: string, url = hub.gateway.graphqlUrl) => {
    const apiKey = await key(scopes);
    // The guide's own file of operations, registered for every key: its hashes are in the guide.
    await register(apiKey, path.join(EXAMPLES, 'operations.graphql'));
    return { TALENTS_URL: url, TALENTS_API_KEY: apiKey };
  };

  /**
   * Spends all but one call of a key's allowance in a window that ends `endsInMs` from now, as if
   * the system had been calling for most of a minute: the example meets its 429 after one page and
   * waits seconds, not the minute a fresh window lasts. Written where the gateway's limiter counts
   * (rate-limiter-flexible's row: its key prefix, the kind of caller, then the caller's own key).
   */
  async function spendAllowance(apiKey: string, endsInMs: number): Promise<void> {
    const client = new Client({ connectionString: hub.databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}" (key, points, expire) VALUES ($1, $2, $3)`,
        [`client:client:${clientIdOf(apiKey)}`, CLIENT_LIMIT_PER_MINUTE - 1, Date.now() + endsInMs],
      );
    } finally {
      await client.end();
    }
  }

  /** The catalogue as a missions:read key reads it in one page. */
  async function catalogueIds(): Promise<string[]> {
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await key()}` },
      body: JSON.stringify({ query: '{ missions(first: 100) { nodes { id } } }' }),
    });
    const body = (await response.json()) as { data: { missions: { nodes: { id: string }[] } } };
    return body.data.missions.nodes.map((node) => node.id);
  }

  it('answers each marked curl example as the guide says', async () => {
    const blocks = markedCurlBlocks(readFileSync(GUIDE, 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const block of blocks) {
      // The status is written after the body by curl itself, on a line of its own.
      const run = await start(
        'bash',
        ['-euo', 'pipefail', '-c', `${block.script} --write-out '\\n%{http_code}'`],
        await env(undefined, block.production ? production.graphqlUrl : hub.gateway.graphqlUrl),
      ).done;
      const lines = run.stdout.trimEnd().split('\n');
      const status = Number(lines.pop());
      const body = JSON.parse(lines.join('\n')) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
      const seen = { script: block.script, status, code: body.errors?.[0]?.extensions?.code ?? 'data' };
      expect(seen).toEqual({
        script: block.script,
        status: block.status ?? 200,
        code: block.expect,
      });
      if (block.expect === 'data') expect(body.data).toBeTruthy();
    }
  });

  it('catalogue.mjs reads every mission of the catalogue, page by page', async () => {
    const expected = await catalogueIds();
    expect(expected.length).toBeGreaterThan(CLIENT_LIMIT_PER_MINUTE);
    // Three pages or so: within the allowance of a minute.
    const pageSize = Math.ceil(expected.length / 3);
    const run = await start(process.execPath, [path.join(EXAMPLES, 'catalogue.mjs')], {
      ...(await env()),
      TALENTS_PAGE_SIZE: String(pageSize),
    }).done;
    expect(run).toMatchObject({ code: 0 });
    const ids = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(ids).toEqual(expected);
    expect(run.stderr).toBe(`${expected.length} missions lues sur ${expected.length}.\n`);
  });

  it('catalogue.mjs says in French why a key without missions:read is refused, and fails', async () => {
    const run = await start(process.execPath, [path.join(EXAMPLES, 'catalogue.mjs')], await env('stats:read'))
      .done;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'Échec [FORBIDDEN] : La portée « missions:read » est nécessaire pour lire « missions » ; cette clé d’API ne l’a pas.\n',
    );
  });

  it('catalogue.mjs waits as told past its rate limit (429, Retry-After) and reads on', async () => {
    const expected = await catalogueIds();
    // Up to three pages: the first spends the window's last call, the second meets 429 and waits
    // for the next window, where it passes, and so does the third.
    const pageSize = Math.ceil(expected.length / CLIENT_LIMIT_PER_MINUTE);
    const variables = await env();
    await spendAllowance(variables.TALENTS_API_KEY, 2_000);
    const run = await start(process.execPath, [path.join(EXAMPLES, 'catalogue.mjs')], {
      ...variables,
      TALENTS_PAGE_SIZE: String(pageSize),
    }).done;
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Hub occupé \(HTTP 429\) : nouvel essai dans [12] s\.\n/);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual(expected);
  });

  it('publications.mjs receives what it missed after its cursor, then live publications', async () => {
    const draft = (title: string) => ({ title, skillIds: [demo.skills[0]?.id ?? ''] });
    const before = (await feedSeqs(hub, 'missions', 'mission.published', 0)).at(-1) ?? 0;
    const missed = [
      await publishMission(hub, cast, draft('Audit d’accessibilité')),
      await publishMission(hub, cast, draft('Atelier d’idéation')),
    ];
    const resumed = await start(process.execPath, [path.join(EXAMPLES, 'publications.mjs')], {
      ...(await env()),
      TALENTS_AFTER: cursorOfSeq(before),
      TALENTS_MAX_EVENTS: '2',
    }).done;
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const lines = resumed.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(lines.map(([, id, title]) => [id, title])).toEqual([
      [missed[0], 'Audit d’accessibilité'],
      [missed[1], 'Atelier d’idéation'],
    ]);

    // Started again from the last cursor it printed, as an integrator restarts it: only what is new.
    const live = start(process.execPath, [path.join(EXAMPLES, 'publications.mjs')], {
      ...(await env()),
      TALENTS_AFTER: lines[1]?.[0] ?? '',
      TALENTS_MAX_EVENTS: '1',
    });
    const next = await publishMission(hub, cast, draft('Revue de sécurité'));
    const run = await live.done;
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\t').slice(1, 3)).toEqual([next, 'Revue de sécurité']);
  });

  it('lists the hashes of examples/operations.graphql that the guide sends', async () => {
    const printed = await register(await key(), path.join(EXAMPLES, 'operations.graphql'));
    const guide = readFileSync(GUIDE, 'utf8');
    for (const line of printed.slice(0, -1)) expect(guide).toContain(`# ${line}\n`);
  });

  it('persisted.mjs prints its manifest, is refused until it is registered, then reads by hash', async () => {
    const variables = await env(undefined, production.graphqlUrl);
    const refused = await start(process.execPath, [path.join(EXAMPLES, 'persisted.mjs')], variables).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^Échec : FirstMissions n’est pas enregistrée pour cette clé : Aucune opération/,
    );

    const manifest = await start(process.execPath, [path.join(EXAMPLES, 'persisted.mjs'), 'manifest'], {})
      .done;
    expect(manifest.code).toBe(0);
    const file = path.join(tmpdir(), `talents-manifest-${process.pid}.json`);
    await writeFile(file, manifest.stdout);
    try {
      expect((await register(variables.TALENTS_API_KEY, file)).at(-1)).toMatch(
        /1 opération\(s\) enregistrée/,
      );
    } finally {
      await rm(file, { force: true });
    }
    const run = await start(process.execPath, [path.join(EXAMPLES, 'persisted.mjs')], variables).done;
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
  });
});
