import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../hub/src/embedded-postgres';
import { postGraphQL } from '../support/graphql';
import { exited, groupAlive, isAlive, npmStart as start } from '../support/npm-start';

/** `npm start` exactly as a newcomer runs it, without DATABASE_URL. */
const npmStart = (env: NodeJS.ProcessEnv) => start({ ...env, DATABASE_URL: undefined }, { viaNpm: true });

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
}

function parentPid(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
}

/** Signs in through the persona picker as the programme team, which sees missions of every status. */
async function programmeTeamCookie(url: string): Promise<string> {
  const html = await (await fetch(`${url}/auth/personas`)).text();
  const item = html.split('<li>').find((block) => block.includes('équipe du programme'));
  const agentId = /name="agentId" value="([^"]+)"/.exec(item ?? '')?.[1];
  if (!agentId) throw new Error('aucun profil de démonstration pour l’équipe du programme');
  const response = await fetch(`${url}/auth/personas`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ agentId }),
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || !cookie) throw new Error(`connexion refusée (${response.status})`);
  return cookie;
}

async function missionCount(url: string): Promise<number> {
  const response = await postGraphQL<{ missions: { totalCount: number } }>(
    `${url}/graphql`,
    '{ missions(first: 3, filter: { statuses: [DRAFT, SUBMITTED, PUBLISHED, FILLED, CLOSED, CANCELLED] }) { totalCount nodes { title hostAdministration { name } contact { displayName } } } }',
    {},
    { cookie: await programmeTeamCookie(url) },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.missions.totalCount ?? 0;
}

describe('npm start on the embedded PostgreSQL', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'talents-start-'));
    // As root, PostgreSQL runs as its own system user, which must be able to reach the directory.
    await chmod(dataDir, 0o755);
    env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      PROFILES_PORT: String(await freePort()),
      MISSIONS_PORT: String(await freePort()),
      APPROVALS_PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      NODE_ENV: 'development',
    };
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the demo, recovers from a killed run, and stops cleanly', async () => {
    const pgData = path.join(dataDir, 'postgres');

    const first = await npmStart(env);
    expect(first.url).toBe(`http://127.0.0.1:${env.PORT}`);
    const missions = await missionCount(first.url);
    expect(missions).toBeGreaterThanOrEqual(120);

    // The hub process killed without a chance to clean up leaves its PostgreSQL behind.
    const stalePostgres = postmasterPid(pgData);
    process.kill(parentPid(stalePostgres), 'SIGKILL');
    await exited(first.child);
    expect(isAlive(stalePostgres)).toBe(true);

    const second = await npmStart({ ...env, LOG_LEVEL: 'info' });
    expect(isAlive(stalePostgres)).toBe(false);
    // Data was kept and the seed did not duplicate it.
    expect(await missionCount(second.url)).toBe(missions);

    // SIGTERM to the hub alone, as an orchestrator sends it: the hub must stop PostgreSQL itself.
    const postgres = postmasterPid(pgData);
    process.kill(parentPid(postgres), 'SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(isAlive(postgres)).toBe(false);
    expect(existsSync(path.join(pgData, 'postmaster.pid'))).toBe(false);
    // A normal stop writes no error-level entry (pino: error 50, fatal 60) and no driver object.
    const entries = second
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(entries.filter((entry) => entry.level >= 50)).toEqual([]);
    expect(second.output()).not.toMatch(/"_types"|"connectionParameters"/);
  }, 240_000);

  it('stops, non-zero and with a French sentence, when its PostgreSQL dies', async () => {
    const pgData = path.join(dataDir, 'postgres');
    const hub = await npmStart({ ...env, SEED: 'false' });
    const postgres = postmasterPid(pgData);
    const node = parentPid(postgres);
    process.kill(postgres, 'SIGKILL');
    expect(await exited(hub.child)).not.toBe(0);
    expect(hub.output()).toMatch(
      /Le PostgreSQL embarqué s’est arrêté \(signal SIGKILL\) : le hub s’arrête à son tour ; relancez npm start/,
    );
    // Nothing left: neither the hub nor any PostgreSQL process of its group.
    expect(isAlive(node)).toBe(false);
    expect(groupAlive(hub.child.pid!)).toBe(false);
  }, 120_000);
});
