import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { agentViewer, Role } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import { SESSION_COOKIE, signSession } from '@talents/gateway';
import { startHub, type RunningHub } from '../hub/src/hub';
import { createScratchDatabase } from '../hub/src/scratch-database';
import { recommendMissions, scoreAgent } from '../services/missions/src/matching/matching.sql';
import type { Delivery } from './subscribers.worker';
import { MISSION_MATCHES } from '../test/support/subscriptions';
import { percentile, printTable, startCommitClock, withPostgresServer, type CommitClock } from './support';

/**
 * `npm run bench`, second part: live fan-out through the gateway. N subscribers (their own sockets
 * and sessions, in a worker thread) follow `missionMatches`; missions are published at a steady
 * rate, each matching 10 % of them. Latency runs from the commit of each publication (its
 * PostgreSQL notification, noted by a thread of its own) to each delivery, as the issue defines it;
 * the time from the publishing request to the commit is shown beside it. Then the matching query
 * at 100,000 missions.
 */
/** The tests' matching feed (test/support/subscriptions.ts): missions, profiles and approvals. */
const FULL = MISSION_MATCHES;
const LOCAL = /* GraphQL */ `
  subscription ($minScore: Float) {
    missionMatches(minScore: $minScore) {
      cursor
      score
      mission {
        id
        title
        effortHours
      }
    }
  }
`;

interface Scenario {
  subscribers: number;
  selection: 'trois sous-graphes' | 'missions seul';
  query: string;
  publications: number;
  intervalMs: number;
}

const ALL_SCENARIOS: Scenario[] = [
  { subscribers: 1_000, selection: 'missions seul', query: LOCAL, publications: 10, intervalMs: 500 },
  { subscribers: 1_000, selection: 'trois sous-graphes', query: FULL, publications: 10, intervalMs: 500 },
  { subscribers: 5_000, selection: 'missions seul', query: LOCAL, publications: 10, intervalMs: 500 },
  { subscribers: 5_000, selection: 'trois sous-graphes', query: FULL, publications: 10, intervalMs: 500 },
];
/** `BENCH_SUBSCRIBERS=1000` runs the scenarios of that size only; `BENCH_SELECTION=local|full` one selection. */
const SCENARIOS = ALL_SCENARIOS.filter(
  (scenario) =>
    (!process.env.BENCH_SUBSCRIBERS || String(scenario.subscribers) === process.env.BENCH_SUBSCRIBERS) &&
    (!process.env.BENCH_SELECTION ||
      scenario.query === (process.env.BENCH_SELECTION === 'local' ? LOCAL : FULL)),
);
const AGENTS = 500;
const MATCHING_SKILL = 'rgaa';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function serverMemory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const heap = getHeapStatistics();
  return heap.used_heap_size + heap.external_memory;
}

/**
 * The machine's CPU ticks (Linux `/proc/stat`): on a virtual machine, the share "stolen" by the host
 * while the bench wanted to run explains most of the spread between two runs.
 */
async function machineTicks(): Promise<{ steal: number; total: number } | null> {
  try {
    const fields = (await readFile('/proc/stat', 'utf8'))
      .split('\n')[0]
      ?.trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    if (!fields || fields.length < 8) return null;
    // user, nice, system, idle, iowait, irq, softirq, steal; guest time is already in user.
    return { steal: fields[7] ?? 0, total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

function stealShare(
  before: { steal: number; total: number } | null,
  after: { steal: number; total: number } | null,
): string {
  if (!before || !after || after.total === before.total) return '–';
  return (((after.steal - before.steal) / (after.total - before.total)) * 100).toFixed(0);
}

/** The main thread's CPU profile over the publications only (`BENCH_CPU_PROFILE=dir`). */
async function startProfiler(): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function graphql(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { id: string } | null>;
    errors?: unknown[];
  };
  if (body.errors) throw new Error(`la requête a échoué : ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

interface Cast {
  cookies: Map<string, string>;
  subscribers: string[];
  host: { agentId: string; administrationId: string };
  admin: string;
}

async function cast(
  hub: RunningHub,
  sessionSecret: Uint8Array,
  demo: ReturnType<typeof generateDemoData>,
): Promise<Cast> {
  const admins = new Set(demo.programmeAdmins ?? []);
  const referent = (demo.hostReferents ?? []).find((r) => !admins.has(r.agentId));
  const admin = demo.programmeAdmins?.[0];
  if (!referent || !admin) throw new Error('référent ou équipe du programme absents des données');
  const subscribers = demo.agents.map((agent) => agent.id);
  const matching = subscribers.filter((_, index) => index % 10 === 0);
  // The projection the feed scores, set directly: every tenth agent holds the skill, nobody else.
  await hub.subgraphs.missions?.db.query(
    `UPDATE missions.agent_match_profile
        SET skill_ids = CASE WHEN agent_id = ANY($1::uuid[]) THEN ARRAY[$2] ELSE ARRAY['python'] END,
            skill_levels = ARRAY[4]::smallint[], hours_per_month = 20`,
    [matching, MATCHING_SKILL],
  );
  const cookies = new Map<string, string>();
  for (const id of [...subscribers, referent.agentId, admin]) {
    cookies.set(id, `${SESSION_COOKIE}=${await signSession(sessionSecret, id)}`);
  }
  return { cookies, subscribers, host: referent, admin };
}

async function submittedMissions(hub: RunningHub, people: Cast, count: number): Promise<string[]> {
  const ids: string[] = [];
  const cookie = people.cookies.get(people.host.agentId) ?? '';
  for (let i = 0; i < count; i += 1) {
    const created = await graphql(
      hub.gateway.graphqlUrl,
      cookie,
      `
        mutation ($input: MissionInput!) {
          createMission(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          title: `Audit RGAA ${randomUUID().slice(0, 8)}`,
          kind: 'STUDY_AUDIT',
          domain: 'TECHNICAL',
          description: 'Audit de conformité d’un service en ligne.',
          hostAdministrationId: people.host.administrationId,
          contactAgentId: people.host.agentId,
          requiredSkills: [{ skillId: MATCHING_SKILL, minLevel: 'ADVANCED' }],
          effortHours: 14,
          startDate: '2027-03-01',
          endDate: '2027-05-31',
          applicationDeadline: '2027-02-15',
          workMode: 'REMOTE',
          seats: 3,
        },
      },
    );
    const id = created.createMission?.id ?? '';
    await graphql(
      hub.gateway.graphqlUrl,
      cookie,
      `
        mutation ($id: ID!) {
          submitMission(id: $id) {
            id
          }
        }
      `,
      { id },
    );
    ids.push(id);
  }
  return ids;
}

/**
 * Publications made before measuring, their deliveries not counted: the first events of a new
 * selection run through code that the JIT has not compiled yet (the very first one took three times
 * as long as the fifth), which a hub running for hours has long left behind.
 */
const WARM_UP_PUBLICATIONS = 3;

async function runScenario(
  hub: RunningHub,
  people: Cast,
  clock: CommitClock,
  scenario: Scenario,
): Promise<string[]> {
  const warmUp = await submittedMissions(hub, people, WARM_UP_PUBLICATIONS);
  const missions = await submittedMissions(hub, people, scenario.publications);
  const cookies = Array.from(
    { length: scenario.subscribers },
    (_, i) => people.cookies.get(people.subscribers[i % people.subscribers.length] ?? '') ?? '',
  );
  const expectedPerMission = cookies.filter((_, i) => (i % people.subscribers.length) % 10 === 0).length;
  const memoryBefore = serverMemory();
  // For a look at what a subscriber costs: BENCH_HEAP_SNAPSHOT=dir writes one before and one after
  // the subscribers connect, to compare.
  const snapshot = (moment: string) => {
    if (process.env.BENCH_HEAP_SNAPSHOT) {
      writeHeapSnapshot(
        path.join(process.env.BENCH_HEAP_SNAPSHOT, `abonnes-${scenario.subscribers}-${moment}.heapsnapshot`),
      );
    }
  };
  snapshot('avant');
  const worker = new Worker(path.join(__dirname, 'subscribers.worker.ts'), {
    workerData: {
      url: hub.gateway.graphqlUrl.replace(/^http/, 'ws'),
      cookies,
      query: scenario.query,
      variables: { minScore: 0.1 },
    },
  });
  const deliveries: Delivery[] = [];
  const failures: string[] = [];
  const connected = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { type: string; deliveries?: Delivery[]; error?: string }) => {
      if (message.type === 'connected') resolve();
      else if (message.type === 'refused') reject(new Error(`connexion refusée : ${message.error ?? ''}`));
      else if (message.type === 'events') deliveries.push(...(message.deliveries ?? []));
      else if (message.type === 'error') failures.push(message.error ?? '');
    });
    worker.once('error', reject);
  });
  await connected;
  const deadline = Date.now() + 60_000;
  while (hub.gateway.subscriptions.active < scenario.subscribers && Date.now() < deadline) await sleep(50);
  await sleep(500);
  const memoryPerSubscriber = (serverMemory() - memoryBefore) / scenario.subscribers;
  snapshot('pendant');

  const adminCookie = people.cookies.get(people.admin) ?? '';
  const sentAt = new Map<string, number>();
  const publishAll = async (ids: string[]) => {
    for (const id of ids) {
      sentAt.set(id, now());
      await graphql(
        hub.gateway.graphqlUrl,
        adminCookie,
        `
          mutation ($id: ID!) {
            publishMission(id: $id) {
              id
            }
          }
        `,
        { id },
      );
      await sleep(scenario.intervalMs);
    }
  };
  await publishAll(warmUp);
  const warmUpUntil = Date.now() + 60_000;
  while (deliveries.length < expectedPerMission * warmUp.length && Date.now() < warmUpUntil) await sleep(100);
  await sleep(500);
  deliveries.length = 0;

  const profiler = process.env.BENCH_CPU_PROFILE ? await startProfiler() : null;
  const missionsDb = hub.subgraphs.missions;
  const statementsBefore = missionsDb?.queries.count ?? 0;
  const othersBefore =
    (hub.subgraphs.profiles?.queries.count ?? 0) + (hub.subgraphs.approvals?.queries.count ?? 0);
  const cpuBefore = process.cpuUsage();
  const stealBefore = await machineTicks();
  const wallBefore = now();
  await publishAll(missions);
  const expected = expectedPerMission * missions.length;
  const waitUntil = Date.now() + 120_000;
  while (deliveries.length < expected && Date.now() < waitUntil) await sleep(100);
  const wall = now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  const stealAfter = await machineTicks();
  if (profiler && process.env.BENCH_CPU_PROFILE) {
    await profiler.stop(
      path.join(
        process.env.BENCH_CPU_PROFILE,
        `diffusion-${scenario.subscribers}-${scenario.query === LOCAL ? 'local' : 'full'}.cpuprofile`,
      ),
    );
  }
  const statements = (missionsDb?.queries.count ?? 0) - statementsBefore;
  const othersPerDelivery =
    ((hub.subgraphs.profiles?.queries.count ?? 0) +
      (hub.subgraphs.approvals?.queries.count ?? 0) -
      othersBefore) /
    Math.max(1, deliveries.length);

  // Latency from commit, as the issue defines it: when PostgreSQL announced the mission's feed row
  // to the clock thread.
  const feedRows = (await missionsDb?.db.query(
    'SELECT seq::text AS seq, entity_id AS "missionId" FROM missions.feed WHERE entity_id = ANY($1::text[])',
    [missions],
  )) as Array<{ seq: string; missionId: string }> | undefined;
  const committedAt = new Map<string, number>();
  for (const row of feedRows ?? []) {
    const at = clock.commits.get(row.seq);
    if (at !== undefined) committedAt.set(row.missionId, at);
  }
  const sinceCommit = (delivery: Delivery) =>
    delivery.at - (committedAt.get(delivery.missionId ?? '') ?? Number.NaN);
  const latencies = deliveries
    .map(sinceCommit)
    .filter((latency) => !Number.isNaN(latency))
    .sort((a, b) => a - b);
  const lastPerMission = missions
    .map((id) => {
      const times = deliveries.filter((d) => d.missionId === id).map(sinceCommit);
      return times.length ? Math.max(...times) : Number.NaN;
    })
    .sort((a, b) => a - b);
  const publishing = missions
    .map((id) => (committedAt.get(id) ?? Number.NaN) - (sentAt.get(id) ?? 0))
    .sort((a, b) => a - b);
  const wrong = deliveries.filter((d) => (d.subscriber % people.subscribers.length) % 10 !== 0).length;
  worker.postMessage({ type: 'stop' });
  await new Promise((resolve) => worker.once('exit', resolve));
  while (hub.gateway.subscriptions.active > 0) await sleep(50);
  if (failures.length > 0)
    console.warn(`${failures.length} abonné(s) en erreur, par exemple : ${failures[0]}`);
  return [
    String(scenario.subscribers),
    scenario.selection,
    `${deliveries.length}/${expected}`,
    String(wrong),
    percentile(latencies, 50).toFixed(0),
    percentile(latencies, 99).toFixed(0),
    percentile(lastPerMission, 50).toFixed(0),
    percentile(lastPerMission, 99).toFixed(0),
    percentile(publishing, 50).toFixed(0),
    (memoryPerSubscriber / 1024).toFixed(1),
    (((cpu.user + cpu.system) / 1000 / wall) * 100).toFixed(0),
    stealShare(stealBefore, stealAfter),
    (statements / missions.length).toFixed(1),
    othersPerDelivery.toFixed(1),
  ];
}

/** 100,000 published missions with three required skills each, written in SQL in one go. */
async function manyMissions(
  hub: RunningHub,
  count: number,
  hostId: string,
  contactId: string,
  skillIds: string[],
): Promise<void> {
  const db = hub.subgraphs.missions?.db;
  if (!db) return;
  await db.query(
    `INSERT INTO missions.mission (id, title, kind, domain, description, host_administration_id, contact_agent_id,
       effort_hours, start_date, end_date, application_deadline, work_mode, seats, status, published_at,
       skill_ids, skill_levels, skill_essential)
     SELECT gen_random_uuid(), 'Mission ' || g, 'PROJECT_SUPPORT', 'TECHNICAL', 'Mission de charge.', $1, $2,
       1 + g % 100, DATE '2027-03-01', DATE '2027-06-30', DATE '2027-02-15',
       (ARRAY['REMOTE','HYBRID','ON_SITE'])[1 + g % 3], 1 + g % 3, 'PUBLISHED', now(),
       ARRAY[s[1 + g % n], s[1 + (g * 7 + 1) % n], s[1 + (g * 13 + 2) % n]],
       ARRAY[1 + g % 4, 1 + (g * 3) % 4, 2]::smallint[], ARRAY[true, true, false]
     FROM generate_series(1, $3) g, (SELECT $4::text[] AS s, cardinality($4::text[]) AS n) skills`,
    [hostId, contactId, count, skillIds],
  );
  await db.query('ANALYZE missions.mission');
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  if (!(globalThis as { gc?: unknown }).gc)
    console.warn('Lancer avec --expose-gc pour une mémoire par abonné exacte.');
  await withPostgresServer(async (serverUrl) => {
    const database = await createScratchDatabase(serverUrl, 'talents_bench_live');
    const demo = generateDemoData({ size: { agents: AGENTS, missions: 200, applications: 300 } });
    const sessionSecret = randomBytes(32);
    const hub = await startHub({ databaseUrl: database.url, port: 0, demo, sessionSecret });
    try {
      const people = await cast(hub, sessionSecret, demo);
      const rows: string[][] = [];
      // A small round first, not reported: the first sockets of a process compile the connection path
      // and fill bounded caches (plans, people), which the first scenario would otherwise count as
      // memory per subscriber.
      const first = SCENARIOS[0];
      const clock = await startCommitClock(database.url, 'missions');
      if (first) await runScenario(hub, people, clock, { ...first, subscribers: 200, publications: 1 });
      for (const scenario of SCENARIOS) rows.push(await runScenario(hub, people, clock, scenario));
      await clock.stop();
      console.log(
        '\nDiffusion en direct par la passerelle (missionMatches), chaque mission correspondant à 10 % des abonnés :\n',
      );
      printTable(
        [
          'abonnés',
          'sélection',
          'reçus',
          'à tort',
          'p50 ms',
          'p99 ms',
          'dernier p50 ms',
          'dernier p99 ms',
          'publication p50 ms',
          'Kio / abonné',
          'CPU %',
          'CPU volé %',
          'SQL missions / publication',
          'SQL profiles+approvals / livraison',
        ],
        rows,
      );
      console.log(
        '\nLatence : du commit de la publication (sa notification PostgreSQL, notée par un fil à part) à la ' +
          'réception ; « dernier » : jusqu’au dernier abonné concerné, par publication ; « publication » : de l’envoi ' +
          'de publishMission au commit (calcul des correspondances compris). Mémoire : tas + mémoire externe du fil principal (passerelle et sous-graphes, ' +
          'sans les clients), par abonné inactif. CPU : tout le processus (2 cœurs = 200 %) ; « CPU volé » : part du temps ' +
          'des deux cœurs prise par l’hôte de la machine virtuelle pendant la mesure. ' +
          '« SQL missions / publication » : requêtes du sous-graphe missions par publication, quel que soit le nombre d’abonnés.',
      );

      if (process.env.BENCH_MATCHING === 'false') return;
      // The matching query at 100,000 missions, for an agent holding five common skills.
      await manyMissions(
        hub,
        100_000,
        people.host.administrationId,
        people.host.agentId,
        demo.skills.map((skill) => skill.id),
      );
      const agentId = people.subscribers[1] ?? '';
      const skills = ['typescript', 'python', 'sql', 'design-ux', 'rgaa'];
      await hub.subgraphs.missions?.db.query(
        `UPDATE missions.agent_match_profile SET skill_ids = $2, skill_levels = ARRAY[3,3,2,4,2]::smallint[] WHERE agent_id = $1`,
        [agentId, skills],
      );
      const db = hub.subgraphs.missions?.db;
      // What the agent.changed consumer does after a profile change: the agent's scores, anew.
      const scoring = performance.now();
      await db?.transaction((manager) => scoreAgent(manager, agentId));
      const scoringMs = performance.now() - scoring;
      const candidates = (await db?.query(
        'SELECT count(*)::int AS n FROM missions.mission WHERE skill_ids && $1::text[]',
        [skills],
      )) as Array<{ n: number }>;
      const viewer = agentViewer(agentId, { roles: [Role.AGENT] });
      const sqlTimes: number[] = [];
      const gatewayTimes: number[] = [];
      const cookie = people.cookies.get(agentId) ?? '';
      const query = `{ me { recommendedMissions(first: 10) { score mission { title } } } }`;
      for (let i = 0; i < 60; i += 1) {
        if (!db) break;
        let start = performance.now();
        await recommendMissions(db, viewer, [agentId], 10, 0.3);
        if (i >= 10) sqlTimes.push(performance.now() - start);
        start = performance.now();
        await graphql(hub.gateway.graphqlUrl, cookie, query, {});
        if (i >= 10) gatewayTimes.push(performance.now() - start);
      }
      sqlTimes.sort((a, b) => a - b);
      gatewayTimes.sort((a, b) => a - b);
      console.log('\nRecommandations à 100 000 missions publiées (first: 10), 50 mesures :\n');
      printTable(
        [
          'missions',
          'candidates (compétence commune)',
          'recalcul de l’agent ms',
          'SQL p50 ms',
          'SQL p99 ms',
          'passerelle p50 ms',
          'passerelle p99 ms',
        ],
        [
          [
            '100000',
            String(candidates[0]?.n ?? 0),
            scoringMs.toFixed(0),
            percentile(sqlTimes, 50).toFixed(1),
            percentile(sqlTimes, 99).toFixed(1),
            percentile(gatewayTimes, 50).toFixed(1),
            percentile(gatewayTimes, 99).toFixed(1),
          ],
        ],
      );
    } finally {
      await hub.stop();
      await database.drop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
