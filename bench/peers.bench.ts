import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { generateDemoData, type DemoData } from '@talents/demo';
import {
  ANONYMOUS,
  DEFAULT_SPEED,
  PrincipalDirectory,
  readSupergraph,
  SESSION_COOKIE,
  signInternalToken,
  signingKeysFromJwks,
  signSession,
  startGateway,
  type Principal,
  type RunningGateway,
  type SpeedSettings,
} from '@talents/gateway';
import { exportJWK, generateKeyPair } from 'jose';
import { startHub, type RunningHub } from '../hub/src/hub';
import { createScratchDatabase } from '../hub/src/scratch-database';
import { PERSONA_HEADER, startHiveGateway, type RunningHive } from './peers.hive';
import type { Delivery, LoadResult, LoadTask, SubscribeTask } from './peers.client';
import type { GatewayProcessReady, GatewayProcessTask } from './peers.process';
import { MISSION_CARD } from '../test/support/mission-card';
import { percentile, printTable, startCommitClock, withPostgresServer, type CommitClock } from './support';

/**
 * `npm run bench`, third part: our gateway (@apollo/gateway and the hub's subscription bridge) next
 * to Hive Gateway (gateway-runtime, with the Rust query planner of router-runtime and with its own
 * JavaScript one), over the same three subgraphs and the same data, in one run, in two layouts —
 * on the subgraphs' event loop, and each gateway on one of its own (a replica's process; `npm
 * start`'s main thread beside the subgraphs' thread): throughput and latency of four representative queries at a fixed
 * concurrency; each speed lever of our gateway against the same gateway without it; the latency a
 * gateway adds to a single-subgraph query; then the delivery latency of `missionPublished` to N
 * subscribers, then what each answers where they differ.
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const WARMUP_MS = 2_000;
const DURATION_MS = Number(process.env.BENCH_PEER_SECONDS ?? 6) * 1_000;
const ROUNDS = 3;
const SUBSCRIBERS = Number(process.env.BENCH_PEER_SUBSCRIBERS ?? 200);
const MAX_WARM_UP_PUBLICATIONS = 4;
const PUBLICATIONS = 5;
const PUBLICATION_INTERVAL_MS = 500;
/** Where the gateways' own processes write their CPU profiles (.cpuprofile), when set. */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;

const CATALOGUE = /* GraphQL */ `
  query Catalogue {
    missions(first: 20) {
      nodes {
        id
        ...MissionCard
      }
    }
  }
  ${MISSION_CARD}
`;
const MISSION = /* GraphQL */ `
  query Mission($id: ID!) {
    mission(id: $id) {
      ...MissionCard
      description
      startDate
      endDate
      workMode
    }
  }
  ${MISSION_CARD}
`;
const RECOMMENDATIONS = /* GraphQL */ `
  query Recommendations {
    me {
      displayName
      recommendedMissions(first: 10) {
        score
        mission {
          title
          hostAdministration {
            name
          }
          seatsRemaining
        }
      }
    }
  }
`;
const PUBLISHED = /* GraphQL */ `
  subscription {
    missionPublished {
      cursor
      mission {
        id
        title
        hostAdministration {
          name
        }
        seatsRemaining
      }
    }
  }
`;
/** An anonymous visitor asks for a field reserved to the programme team: partial data expected. */
const REFUSED_FIELD = /* GraphQL */ `
  query Refused($id: ID!) {
    mission(id: $id) {
      title
      applications {
        status
      }
    }
  }
`;

/** A query one subgraph answers alone: what the gateway adds is all that differs from asking it directly. */
const SINGLE_SUBGRAPH = /* GraphQL */ `
  query Single {
    missions(first: 20) {
      nodes {
        id
        title
        description
        startDate
        endDate
        workMode
      }
    }
  }
`;
const SINGLE_SUBGRAPH_NAME = 'un seul sous-graphe (anonyme)';
/** Our gateway's ratio to Hive Gateway's requests per second that the issue asks for, in both layouts. */
const TARGET_RATIO_TO_HIVE = 1.2;
/** Gateway p50 over the subgraph's own p50, one request at a time, on a single-subgraph query. */
const TARGET_ADDED_LATENCY = 1.3;
const LEVERS: Array<[keyof SpeedSettings, string]> = [
  ['reuseTokens', 'jeton réutilisé par personne'],
  ['pooledConnections', 'pools undici keep-alive'],
  ['dedupeFetches', 'requêtes identiques partagées'],
  ['batchFetches', 'requêtes d’un plan groupées'],
  ['memoizeLimits', 'limites mémorisées par texte'],
  ['cacheDocuments', 'documents analysés gardés'],
];

const OWN_PROFILE = /* GraphQL */ `
  query Own {
    me {
      id
      email
    }
  }
`;

/**
 * `même fil`: the gateway on the subgraphs' event loop (the tests' `startHub`, the old `npm start`);
 * `à part`: the gateway on an event loop of its own — a replica's process, or `npm start`'s main
 * thread beside the subgraphs' thread (hub/src/subgraphs-thread.ts): the same split of the cores.
 */
type Layout = 'même fil' | 'à part';

/** A gateway under comparison, and how a persona (an agent id, or null: anonymous) reaches it. */
interface Peer {
  name: string;
  graphqlUrl: string;
  credentials(persona: string | null): Record<string, string>;
  layout: Layout;
  /** The CPU time of the gateway's own process, when it runs apart: its cost per request. */
  cpuUsage?: () => Promise<NodeJS.CpuUsage>;
  /** Ours with every lever, ours without one, or Hive Gateway. */
  role:
    { kind: 'ours' } | { kind: 'without'; lever: keyof SpeedSettings } | { kind: 'hive'; planner: string };
}

/** Client loop i sends variants[i % length]: concurrent people, each their own page. */
interface Operation {
  name: string;
  query: string;
  variants: Array<{ variables: Record<string, unknown>; persona: string | null }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (value: number) => value.toFixed(1);

/** The clients' process (bench/peers.client.ts), started with this one's TypeScript loader. */
function startClients<T>(onMessage: (message: T) => void): ChildProcess {
  const child = fork(path.join(__dirname, 'peers.client.ts'), { execArgv: process.execArgv });
  child.on('message', (message) => onMessage(message as T));
  return child;
}

/** One clients' process for every load slice, one slice at a time. */
class LoadClients {
  private pending: ((result: LoadResult) => void) | null = null;
  private readonly child = startClients<LoadResult>((result) => {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(result);
  });

  run(task: LoadTask): Promise<LoadResult> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.child.send(task);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

interface Measure {
  samples: number[];
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  /** CPU time of this process (gateways and subgraphs; not PostgreSQL, not the clients), in ms. */
  cpuMs: number;
  /**
   * Time this process's event loop was busy, in ms: the subgraphs' thread (and, on one event loop,
   * the gateway's). One thread can be busy at most all the time: its busy time per request bounds
   * the requests per second any gateway over these subgraphs can reach.
   */
  loopBusyMs: number;
}

/** SQL statements of each subgraph (profiles+missions+approvals) for one request alone, warm. */
async function statements(hub: RunningHub, peer: Peer, operation: Operation): Promise<string> {
  const counts = () => Object.values(hub.subgraphs).map((subgraph) => subgraph.queries.count);
  const first = operation.variants[0];
  // Once before counting: a gateway's first request for a person also looks them up (our gateway's
  // principal cache; Hive is handed the principals), which is not what each request costs.
  if (first) await ask(peer, operation.query, first.variables, first.persona);
  const before = counts();
  if (first) await ask(peer, operation.query, first.variables, first.persona);
  return counts()
    .map((count, i) => count - (before[i] ?? 0))
    .join('+');
}

async function loadOnce(
  clients: LoadClients,
  peer: Peer,
  operation: Operation,
  warmupMs: number,
  concurrency: number,
): Promise<Measure> {
  const cpuUsage = peer.cpuUsage ?? (() => Promise.resolve(process.cpuUsage()));
  let cpuBefore: Promise<NodeJS.CpuUsage> | null = null;
  let loopBefore: EventLoopUtilization | null = null;
  // The CPU window opens with the measured window (after the clients' warm-up), not before.
  const opening = setTimeout(() => {
    cpuBefore = cpuUsage();
    loopBefore = performance.eventLoopUtilization();
  }, warmupMs);
  const result = await clients.run({
    kind: 'load',
    url: peer.graphqlUrl,
    requests: operation.variants.map(({ variables, persona }) => ({
      headers: peer.credentials(persona),
      body: JSON.stringify({ query: operation.query, variables }),
    })),
    concurrency,
    warmupMs,
    durationMs: DURATION_MS / ROUNDS,
  });
  clearTimeout(opening);
  const before = (await cpuBefore) ?? { user: 0, system: 0 };
  const after = await cpuUsage();
  const cpu = { user: after.user - before.user, system: after.system - before.system };
  const loop = loopBefore ? performance.eventLoopUtilization(loopBefore) : null;
  return {
    samples: result.samples,
    elapsedMs: result.elapsedMs,
    errors: result.errors,
    firstError: result.firstError,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopBusyMs: loop?.active ?? 0,
  };
}

/**
 * Each gateway in turn, in ROUNDS short slices rather than one long run each: on a shared machine
 * whose load changes from minute to minute, every gateway then gets its share of good and bad
 * moments, and the ratios between them hold better than the absolute figures.
 */
async function loadAll(clients: LoadClients, peers: Peer[], operation: Operation, concurrency = CONCURRENCY) {
  const totals: Measure[] = peers.map(() => ({
    samples: [],
    elapsedMs: 0,
    errors: 0,
    firstError: null,
    cpuMs: 0,
    loopBusyMs: 0,
  }));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, peer] of peers.entries()) {
      const total = totals[i];
      if (!total) continue;
      const slice = await loadOnce(clients, peer, operation, round === 0 ? WARMUP_MS : 500, concurrency);
      total.samples.push(...slice.samples);
      total.elapsedMs += slice.elapsedMs;
      total.errors += slice.errors;
      total.firstError ??= slice.firstError;
      total.cpuMs += slice.cpuMs;
      total.loopBusyMs += slice.loopBusyMs;
    }
  }
  for (const total of totals) total.samples.sort((a, b) => a - b);
  return totals;
}

async function ask(
  peer: Peer,
  query: string,
  variables: Record<string, unknown>,
  persona: string | null,
): Promise<{ data?: unknown; errors?: Array<Record<string, unknown>> }> {
  const response = await fetch(peer.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...peer.credentials(persona) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<Record<string, unknown>> };
}

/** The answer as sent, to compare gateways byte for byte. */
async function askText(
  peer: Peer,
  query: string,
  variables: Record<string, unknown>,
  persona: string | null,
): Promise<string> {
  const response = await fetch(peer.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...peer.credentials(persona) },
    body: JSON.stringify({ query, variables }),
  });
  return response.text();
}

/** Where two answers part, with a few bytes of each around it. */
function difference(ours: string, theirs: string, name: string): string {
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 40));
  return `à l’octet ${at} : nôtre ${around(ours)}, ${name} ${around(theirs)}`;
}

/** Asks a gateway's process to stop, and waits for it (killed after 10 s). */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.send({ kind: 'stop' });
  });
}

/** Agents with recommendations (the demo's projection scores most agents against something). */
async function recommendedAgents(ours: Peer, demo: DemoData, count: number): Promise<string[]> {
  const found: string[] = [];
  for (const agent of demo.agents.slice(0, 100)) {
    const body = (await ask(ours, RECOMMENDATIONS, {}, agent.id)) as {
      data?: { me?: { recommendedMissions?: unknown[] } };
    };
    if ((body.data?.me?.recommendedMissions?.length ?? 0) > 0) found.push(agent.id);
    if (found.length === count) return found;
  }
  throw new Error('trop peu d’agents des données de démonstration ont des recommandations');
}

interface Publisher {
  /** Publishes the next submitted mission as the programme team; its id. */
  next(): Promise<string>;
}

/** The demo's submitted missions open to everyone, published one by one through our gateway. */
function publisher(ours: Peer, demo: DemoData, admin: string): Publisher {
  const today = new Date().toISOString().slice(0, 10);
  const pending = demo.missions
    .filter(
      (mission) =>
        mission.status === 'SUBMITTED' &&
        mission.restrictedToAdministrationIds.length === 0 &&
        mission.applicationDeadline > today,
    )
    .map((mission) => mission.id);
  return {
    async next() {
      for (;;) {
        const id = pending.shift();
        if (!id) throw new Error('plus de mission soumise à publier dans les données de démonstration');
        const body = await ask(ours, 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id }, admin);
        if (!body.errors) return id;
      }
    },
  };
}

const completions = (hub: RunningHub) =>
  (hub.subgraphs.profiles?.queries.count ?? 0) + (hub.subgraphs.approvals?.queries.count ?? 0);

interface LiveResult {
  received: string;
  errors: number;
  p50: number;
  p99: number;
  lastP50: number;
  /** This process's CPU time per publication, its publishing request included (the same on both sides). */
  cpuMsPerPublication: number;
  /** SQL statements of profiles and approvals (the fields completed around each event) per publication. */
  othersPerPublication: number;
  note: string;
}

async function live(
  hub: RunningHub,
  clock: CommitClock,
  publish: Publisher,
  protocol: SubscribeTask['protocol'],
  url: string,
): Promise<LiveResult> {
  const deliveries: Delivery[] = [];
  const failures: string[] = [];
  let resolveConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const clients = startClients<{ type: string; deliveries?: Delivery[]; error?: string }>((message) => {
    if (message.type === 'connected') resolveConnected();
    else if (message.type === 'events') deliveries.push(...(message.deliveries ?? []));
    else if (message.type === 'error') failures.push(message.error ?? '');
  });
  clients.send({ kind: 'subscribe', protocol, url, count: SUBSCRIBERS, query: PUBLISHED });
  const until = (done: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    const poll = async (): Promise<boolean> => {
      if (done()) return true;
      if (Date.now() > deadline || failures.length >= SUBSCRIBERS) return false;
      await sleep(50);
      return poll();
    };
    return poll();
  };
  try {
    await Promise.race([connected, until(() => false, 30_000)]);
    // Warm-up publications until every subscriber has had one: a connected socket or an open
    // event stream is not yet a subscription running upstream (Hive subscribes to the subgraph
    // after answering the client), and the first events run through code not compiled yet.
    const served = () => new Set(deliveries.map((d) => d.subscriber)).size;
    for (let i = 0; i < MAX_WARM_UP_PUBLICATIONS && served() < SUBSCRIBERS; i += 1) {
      const id = await publish.next();
      await until(() => deliveries.filter((d) => d.missionId === id).length >= SUBSCRIBERS, 10_000);
    }
    if (served() < SUBSCRIBERS) {
      return {
        received: `${served()}/${SUBSCRIBERS} servis (chauffe)`,
        errors: failures.length,
        p50: Number.NaN,
        p99: Number.NaN,
        lastP50: Number.NaN,
        cpuMsPerPublication: Number.NaN,
        othersPerPublication: Number.NaN,
        note: failures[0] ?? 'abonnés non servis',
      };
    }
    await sleep(300);
    deliveries.length = 0;
    const ids: string[] = [];
    const cpuBefore = process.cpuUsage();
    const othersBefore = completions(hub);
    for (let i = 0; i < PUBLICATIONS; i += 1) {
      ids.push(await publish.next());
      await sleep(PUBLICATION_INTERVAL_MS);
    }
    await until(() => deliveries.length >= SUBSCRIBERS * PUBLICATIONS, 30_000);
    const cpu = process.cpuUsage(cpuBefore);
    const othersPerPublication = (completions(hub) - othersBefore) / PUBLICATIONS;
    const rows = (await hub.subgraphs.missions?.db.query(
      'SELECT seq::text AS seq, entity_id AS "missionId" FROM missions.feed WHERE entity_id = ANY($1::text[])',
      [ids],
    )) as Array<{ seq: string; missionId: string }> | undefined;
    const committedAt = new Map<string, number>();
    for (const row of rows ?? []) {
      const at = clock.commits.get(row.seq);
      if (at !== undefined) committedAt.set(row.missionId, at);
    }
    const measured = deliveries.filter((d) => d.missionId !== null && committedAt.has(d.missionId));
    const sinceCommit = (d: Delivery) => d.at - (committedAt.get(d.missionId ?? '') ?? Number.NaN);
    const latencies = measured.map(sinceCommit).sort((a, b) => a - b);
    const last = ids
      .map((id) => Math.max(...measured.filter((d) => d.missionId === id).map(sinceCommit)))
      .sort((a, b) => a - b);
    return {
      received: `${measured.length}/${SUBSCRIBERS * PUBLICATIONS}`,
      errors: deliveries.reduce((sum, d) => sum + d.errors, 0) + failures.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      lastP50: percentile(last, 50),
      cpuMsPerPublication: (cpu.user + cpu.system) / 1000 / PUBLICATIONS,
      othersPerPublication,
      note: failures[0] ?? '',
    };
  } finally {
    const exited = new Promise((resolve) => clients.once('exit', resolve));
    clients.send({ kind: 'stop' });
    await exited;
  }
}

/** An answer's shape, for comparison: its data, and each error's code, path and extension keys. */
function shape(body: { data?: unknown; errors?: Array<Record<string, unknown>> }): string {
  const errors = (body.errors ?? []).map((error) => {
    const extensions = (error.extensions ?? {}) as Record<string, unknown>;
    const keys = Object.keys(extensions).filter((key) => key !== 'code');
    return `${String(extensions.code)} à ${JSON.stringify(error.path)} (extensions : ${keys.join(', ') || '–'})`;
  });
  const data = 'data' in body ? JSON.stringify(body.data) : 'absent';
  return `data ${data.length > 160 ? `${data.slice(0, 160)}…` : data} ; erreurs : ${errors.join(' ; ') || 'aucune'}`;
}

async function main(): Promise<void> {
  // Errors only: on a busy machine, slow-statement warnings would bury the tables.
  process.env.LOG_LEVEL ??= 'error';
  // The gateways' engines are compared, not the edge's admission queue (Hive has none; it would go
  // in front of either): ours runs every operation at once, as Hive does.
  process.env.GATEWAY_MAX_CONCURRENT ??= '0';
  await withPostgresServer(async (serverUrl) => {
    const database = await createScratchDatabase(serverUrl, 'talents_bench_peers');
    const demo = generateDemoData({ size: { agents: 300, missions: 400, applications: 800 } });
    const sessionSecret = randomBytes(32);
    // A private key the bench can hand to the gateways it starts in processes of their own.
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwks = { keys: [await exportJWK(privateKey)] };
    const keys = await signingKeysFromJwks(privateJwks.keys);
    const hub = await startHub({ databaseUrl: database.url, port: 0, demo, sessionSecret, keys });
    const hives: RunningHive[] = [];
    const gateways: RunningGateway[] = [];
    const processes: ChildProcess[] = [];
    const clock = await startCommitClock(database.url, 'missions');
    try {
      const admin = demo.programmeAdmins?.[0];
      if (!admin) throw new Error('les données de démonstration n’ont pas d’administrateur du programme');
      const sessions = new Map<string, string>();
      const viaCookie = (persona: string | null): Record<string, string> => {
        if (!persona) return {};
        const cookie = sessions.get(persona);
        if (!cookie) throw new Error(`pas de session pour ${persona}`);
        return { cookie };
      };
      const ours: Peer = {
        name: 'notre passerelle (@apollo/gateway)',
        graphqlUrl: hub.gateway.graphqlUrl,
        credentials: viaCookie,
        layout: 'même fil',
        role: { kind: 'ours' },
      };
      for (const id of [admin, ...demo.agents.slice(0, 100).map((a) => a.id)]) {
        sessions.set(id, `${SESSION_COOKIE}=${await signSession(sessionSecret, id)}`);
      }
      // One person per client loop: tokens (and any cache keyed by them) differ as with real people.
      const agents = demo.agents.slice(0, CONCURRENCY).map((a) => a.id);
      const recommended = await recommendedAgents(ours, demo, CONCURRENCY);
      // Hive signs for the principals our gateway resolves for the same people: same claims.
      const directory = new PrincipalDirectory({
        profilesUrl: hub.subgraphs.profiles?.url ?? '',
        keys: hub.keys,
      });
      const principals = new Map<string, Principal>();
      for (const id of new Set([admin, ...agents, ...recommended])) {
        const principal = await directory.byId(id);
        if (principal) principals.set(id, principal);
      }
      await directory.close();
      const subgraphUrls = Object.fromEntries(
        Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url]),
      );
      const hiveSettings = { supergraphSdl: readSupergraph(), subgraphUrls, keys, principals };
      const viaHeader = (persona: string | null): Record<string, string> =>
        persona ? { [PERSONA_HEADER]: persona } : {};
      const peers: Peer[] = [ours];
      // The same gateway, one lever off at a time, in the same process: each lever's share.
      for (const [lever, label] of LEVERS) {
        const gateway = await startGateway({
          supergraphSdl: readSupergraph(),
          subgraphUrls,
          port: 0,
          auth: { keys, databaseUrl: database.url, sessionSecret, personaLogin: false },
          speed: { ...DEFAULT_SPEED, [lever]: false },
        });
        gateways.push(gateway);
        peers.push({
          name: `nôtre sans « ${label} »`,
          graphqlUrl: gateway.graphqlUrl,
          credentials: viaCookie,
          layout: 'même fil',
          role: { kind: 'without', lever },
        });
      }
      for (const planner of ['rust', 'js'] as const) {
        const hive = await startHiveGateway({ ...hiveSettings, planner });
        hives.push(hive);
        peers.push({
          name: planner === 'rust' ? 'Hive Gateway, planificateur Rust' : 'Hive Gateway, planificateur JS',
          graphqlUrl: hive.graphqlUrl,
          credentials: viaHeader,
          layout: 'même fil',
          role: { kind: 'hive', planner },
        });
      }
      // Each gateway in a process of its own, the subgraphs staying in this one: a replica's layout.
      const startProcess = async (task: GatewayProcessTask) => {
        const child = fork(path.join(__dirname, 'peers.process.ts'), {
          // BENCH_CPU_PROFILE_DIR: each gateway process writes its V8 CPU profile there when it exits.
          execArgv: [
            ...process.execArgv,
            ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
          ],
          env: { ...process.env, GATEWAY_SIGNING_KEYS: JSON.stringify(privateJwks) },
        });
        processes.push(child);
        const next = <T>() =>
          new Promise<T>((resolve, reject) => {
            const exited = (code: number | null) => reject(new Error(`passerelle arrêtée (code ${code})`));
            child.once('exit', exited);
            child.once('message', (message) => {
              child.off('exit', exited);
              resolve(message as T);
            });
          });
        const ready = next<GatewayProcessReady>();
        child.send(task);
        return {
          graphqlUrl: (await ready).graphqlUrl,
          cpuUsage: async () => {
            const answer = next<{ usage: NodeJS.CpuUsage }>();
            child.send({ kind: 'cpu' });
            return (await answer).usage;
          },
        };
      };
      peers.push({
        name: 'notre passerelle, processus à part',
        ...(await startProcess({
          kind: 'ours',
          subgraphUrls,
          databaseUrl: database.url,
          sessionSecret: sessionSecret.toString('base64'),
        })),
        credentials: viaCookie,
        layout: 'à part',
        role: { kind: 'ours' },
      });
      peers.push({
        name: 'Hive Gateway (Rust), processus à part',
        ...(await startProcess({ kind: 'hive', subgraphUrls, principals: [...principals] })),
        credentials: viaHeader,
        layout: 'à part',
        role: { kind: 'hive', planner: 'rust' },
      });

      // Published and open to every administration: visible to each of the agents.
      const published = demo.missions
        .filter((m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0)
        .map((m) => m.id);
      const missionId = published[0] ?? '';
      const operations: Operation[] = [
        { name: 'catalogue (anonyme)', query: CATALOGUE, variants: [{ variables: {}, persona: null }] },
        {
          name: 'mission par id (agent)',
          query: MISSION,
          variants: agents.map((persona, i) => ({ variables: { id: published[i] ?? missionId }, persona })),
        },
        {
          name: 'recommandations (agent)',
          query: RECOMMENDATIONS,
          variants: recommended.map((persona) => ({ variables: {}, persona })),
        },
        {
          name: SINGLE_SUBGRAPH_NAME,
          query: SINGLE_SUBGRAPH,
          variants: [{ variables: {}, persona: null }],
        },
      ];

      // Same answers first, to the byte: a faster gateway that answers something else proves nothing.
      const sameAnswers: string[] = [];
      for (const operation of operations) {
        const bytes = new Set<string>();
        const data = new Set<string>();
        let firstDifference = '';
        for (const { variables, persona } of operation.variants) {
          // Apollo Server ends its answers with a line feed, Hive Gateway does not: compared without it.
          const answers = await Promise.all(
            peers.map(async (peer) =>
              (await askText(peer, operation.query, variables, persona)).replace(/\n$/, ''),
            ),
          );
          const reference = answers[0] ?? '';
          for (const [i, peer] of peers.entries()) {
            const answer = answers[i] ?? '';
            if (answer === reference) continue;
            if (bytes.size === 0) firstDifference = difference(reference, answer, peer.name);
            bytes.add(peer.name);
            const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data?: unknown }).data);
            if (dataOf(answer) !== dataOf(reference)) data.add(peer.name);
          }
        }
        const variants = `${operation.variants.length} variante(s)`;
        sameAnswers.push(
          bytes.size === 0
            ? `${operation.name} : réponses identiques octet pour octet chez toutes (hors saut de ligne final), ${variants}`
            : data.size === 0
              ? `${operation.name} : mêmes données, octets différents chez ${[...bytes].join(', ')} (${variants}) ; ${firstDifference}`
              : `${operation.name} : données différentes chez ${[...data].join(', ')} (${variants})`,
        );
      }

      const queryRows: string[][] = [];
      const addedRows: string[][] = [];
      let subgraphCapacity = 'non mesurée';
      const rates = new Map<string, number>();
      const measures = new Map<string, Measure>();
      const throughput = (m: Measure) => (m.samples.length / m.elapsedMs) * 1000;
      const loadBefore = loadavg()[0] ?? 0;
      const clients = new LoadClients();
      try {
        for (const operation of operations) {
          const sql: string[] = [];
          for (const peer of peers) sql.push(await statements(hub, peer, operation));
          const results = await loadAll(clients, peers, operation);
          // Each gateway next to ours in the same layout. CPU: on one event loop, the whole process's
          // (gateway and subgraphs); apart, the gateway process's own.
          const baseOf = (peer: Peer) =>
            results[peers.findIndex((p) => p.layout === peer.layout && p.role.kind === 'ours')];
          const perRequest = (value: number, m: Measure) => value / Math.max(1, m.samples.length);
          for (const [i, peer] of peers.entries()) {
            const result = results[i];
            const base = baseOf(peer);
            if (!result || !base) continue;
            rates.set(`${operation.name}|${peer.name}`, throughput(result));
            measures.set(`${operation.name}|${peer.name}`, result);
            queryRows.push([
              operation.name,
              peer.name,
              throughput(result).toFixed(0),
              ms(percentile(result.samples, 50)),
              ms(percentile(result.samples, 99)),
              ms(perRequest(result.cpuMs, result)),
              (throughput(result) / throughput(base)).toFixed(2),
              (percentile(result.samples, 50) / percentile(base.samples, 50)).toFixed(2),
              (perRequest(result.cpuMs, result) / perRequest(base.cpuMs, base)).toFixed(2),
              sql[i] ?? '',
              String(result.errors),
            ]);
            if (result.firstError) console.warn(`${peer.name}, ${operation.name} : ${result.firstError}`);
          }
        }
        // What a gateway adds to one subgraph's answer, one request at a time (no queue).
        const directHeaders = { authorization: `Bearer ${await signInternalToken(keys, ANONYMOUS)}` };
        const direct: Peer = {
          name: 'le sous-graphe missions directement',
          graphqlUrl: hub.subgraphs.missions?.url ?? '',
          credentials: () => directHeaders,
          layout: 'même fil',
          role: { kind: 'ours' },
        };
        const single = operations.find((operation) => operation.query === SINGLE_SUBGRAPH);
        const sequential = [direct, ...peers.filter((peer) => peer.role.kind !== 'without')];
        if (single) {
          // What one subgraph replica answers alone, 20 in flight: the capacity operators size with.
          const [alone] = await loadAll(clients, [direct], single);
          if (alone) {
            const perRequest = alone.cpuMs / Math.max(1, alone.samples.length);
            subgraphCapacity =
              `${throughput(alone).toFixed(0)} requêtes/s, p50 ${ms(percentile(alone.samples, 50))} ms, ` +
              `p99 ${ms(percentile(alone.samples, 99))} ms, ${ms(perRequest)} ms de CPU du processus par requête`;
          }
          const results = await loadAll(clients, sequential, single, 1);
          const directP50 = percentile(results[0]?.samples ?? [], 50);
          for (const [i, peer] of sequential.entries()) {
            const p50 = percentile(results[i]?.samples ?? [], 50);
            const ratio = p50 / directP50;
            addedRows.push([
              peer.name,
              i === 0 ? '' : peer.layout,
              ms(p50),
              i === 0 ? '' : ratio.toFixed(2),
              i === 0 || peer.role.kind !== 'ours' ? '' : ratio <= TARGET_ADDED_LATENCY ? 'oui' : 'NON',
            ]);
          }
        }
      } finally {
        clients.stop();
      }
      const loadAfter = loadavg()[0] ?? 0;
      const rate = (operation: Operation, peer: Peer | undefined) =>
        peer ? (rates.get(`${operation.name}|${peer.name}`) ?? Number.NaN) : Number.NaN;
      const leverRows = operations.map((operation) => [
        operation.name,
        ...LEVERS.map(([lever]) =>
          (
            rate(operation, ours) /
            rate(
              operation,
              peers.find((peer) => peer.role.kind === 'without' && peer.role.lever === lever),
            )
          ).toFixed(2),
        ),
      ]);
      const measureOf = (operation: Operation, peer: Peer | undefined) =>
        peer ? measures.get(`${operation.name}|${peer.name}`) : undefined;
      const percent = (m: Measure | undefined) =>
        m ? `${((m.loopBusyMs / Math.max(1, m.elapsedMs)) * 100).toFixed(0)} %` : '–';
      const hiveRows = (['même fil', 'à part'] as const).flatMap((layout) =>
        operations.map((operation) => {
          const inLayout = peers.filter((peer) => peer.layout === layout);
          const oursHere = inLayout.find((peer) => peer.role.kind === 'ours');
          const hiveHere = inLayout.find((peer) => peer.role.kind === 'hive' && peer.role.planner === 'rust');
          const ratio = rate(operation, oursHere) / rate(operation, hiveHere);
          // The subgraphs' thread alone is measured where our gateway runs apart: its busy time per
          // request is what these subgraphs cost whichever gateway asks (the same fetches), and no
          // gateway, even one costing nothing, gets past 1 s of it per second — in either layout.
          const apart = measureOf(
            operation,
            peers.find((peer) => peer.layout === 'à part' && peer.role.kind === 'ours'),
          );
          const subgraphsMs = apart ? apart.loopBusyMs / Math.max(1, apart.samples.length) : Number.NaN;
          const ceiling = 1000 / subgraphsMs / rate(operation, hiveHere);
          return [
            layout,
            operation.name,
            ratio.toFixed(2),
            ratio >= TARGET_RATIO_TO_HIVE ? 'oui' : 'NON',
            `${percent(measureOf(operation, oursHere))} / ${percent(measureOf(operation, hiveHere))}`,
            layout === 'à part' ? ms(subgraphsMs) : '',
            ceiling.toFixed(2),
          ];
        }),
      );

      const publish = publisher(ours, demo, admin);
      const liveRows: string[][] = [];
      const liveNotes: string[] = [];
      const liveRuns: Array<[string, SubscribeTask['protocol'], string]> = [
        ['notre passerelle (pont graphql-ws)', 'graphql-ws', hub.gateway.graphqlUrl.replace(/^http/, 'ws')],
        ['Hive Gateway, planificateur Rust (SSE)', 'sse', hives[0]?.graphqlUrl ?? ''],
      ];
      for (const [name, protocol, url] of liveRuns) {
        const result = await live(hub, clock, publish, protocol, url);
        liveRows.push([
          name,
          String(SUBSCRIBERS),
          result.received,
          String(result.errors),
          result.p50.toFixed(0),
          result.p99.toFixed(0),
          result.lastP50.toFixed(0),
          result.cpuMsPerPublication.toFixed(0),
          result.othersPerPublication.toFixed(0),
        ]);
        if (result.note) liveNotes.push(`${name} : ${result.note.slice(0, 300)}`);
      }

      const hiveRust = peers.find((peer) => peer.layout === 'même fil' && peer.role.kind === 'hive');
      // Where they differ beyond speed: a field refused to the caller.
      const refused = await Promise.all(
        [ours, hiveRust].map(async (peer) =>
          peer ? `${peer.name} : ${shape(await ask(peer, REFUSED_FIELD, { id: missionId }, null))}` : '',
        ),
      );

      // People asking the same thing at the same time must each get their own answer: Hive shares
      // identical subgraph requests in flight, keyed by the headers it knows of.
      const hiveOnFetch = await startHiveGateway({ ...hiveSettings, planner: 'rust', tokenIn: 'onFetch' });
      hives.push(hiveOnFetch);
      const ownAnswers: string[] = [];
      for (const peer of [
        ours,
        hiveRust,
        {
          name: 'Hive Gateway, jeton ajouté dans onFetch',
          graphqlUrl: hiveOnFetch.graphqlUrl,
          credentials: viaHeader,
          layout: 'même fil' as const,
          role: { kind: 'hive' as const, planner: 'rust' },
        },
      ]) {
        if (!peer) continue;
        let right = 0;
        for (let round = 0; round < 3; round += 1) {
          const answers = await Promise.all(
            agents.map(async (id) => {
              const body = (await ask(peer, OWN_PROFILE, {}, id)) as { data?: { me?: { id?: string } } };
              return body.data?.me?.id === id;
            }),
          );
          right += answers.filter(Boolean).length;
        }
        ownAnswers.push(`${peer.name} : ${right}/${3 * agents.length} ont reçu leur propre profil`);
      }

      console.log(
        `\nPasserelles comparées (${cpus().length} cœurs, ` +
          `Node ${process.version}) ; ${CONCURRENCY} requêtes en vol, ${DURATION_MS / 1000} s mesurées après ` +
          `${WARMUP_MS / 1000} s de chauffe, en ${ROUNDS} tranches alternées par passerelle, clients dans un ` +
          `processus à part ; « même fil » : la passerelle sur la boucle d’événements des trois sous-graphes ; ` +
          `« à part » : la passerelle dans son processus (comme une réplique, ou npm start : sous-graphes dans ` +
          `un fil à eux) ; « / nôtre » : rapport à la nôtre (tous leviers) de la même ` +
          `disposition ; charge de la machine (load average 1 min) ${loadBefore.toFixed(1)} puis ${loadAfter.toFixed(1)} :\n`,
      );
      printTable(
        [
          'requête',
          'passerelle',
          'req/s',
          'p50 ms',
          'p99 ms',
          'CPU ms / req',
          'débit / nôtre',
          'p50 / nôtre',
          'CPU / nôtre',
          'SQL p+m+a',
          'erreurs',
        ],
        queryRows,
      );
      console.log(`\n${sameAnswers.join('\n')}`);
      console.log(
        '\nChaque levier de notre passerelle : débit avec tous les leviers / débit sans celui-ci, dans le ' +
          'processus des sous-graphes (au-dessus de 1 : le levier paie) :\n',
      );
      printTable(['requête', ...LEVERS.map(([, label]) => label)], leverRows);
      console.log(
        `\nNotre débit / celui de Hive Gateway (planificateur Rust), même disposition ; cible ≥ ${TARGET_RATIO_TO_HIVE} :\n`,
      );
      printTable(
        [
          'disposition',
          'requête',
          'débit / Hive',
          `≥ ${TARGET_RATIO_TO_HIVE}`,
          'fil des sous-graphes occupé, nôtre / Hive',
          'sous-graphes ms / req',
          'plafond / Hive',
        ],
        hiveRows,
      );
      console.log(
        '« fil des sous-graphes occupé » : part du temps où la boucle d’événements des sous-graphes ' +
          '(et, en « même fil », de la passerelle) travaillait. « plafond / Hive » : le rapport que ' +
          'n’importe quelle passerelle, même sans coût, ne dépasserait pas sur ces sous-graphes — une ' +
          'seconde de leur fil par seconde, au coût par requête mesuré derrière la nôtre à part.',
      );
      console.log(
        `\nLatence ajoutée par une passerelle à une requête d’un seul sous-graphe, une requête à la fois ; ` +
          `cible : p50 ≤ ${TARGET_ADDED_LATENCY} × celui du sous-graphe interrogé directement :\n`,
      );
      printTable(
        ['interrogé', 'disposition', 'p50 ms', 'p50 / sous-graphe', `≤ ${TARGET_ADDED_LATENCY}`],
        addedRows,
      );
      console.log(
        `\nLe sous-graphe missions interrogé directement (une réplique, sans passerelle), « ${SINGLE_SUBGRAPH_NAME} » ` +
          `à ${CONCURRENCY} en vol : ${subgraphCapacity}.`,
      );
      console.log(
        `\nmissionPublished vers ${SUBSCRIBERS} abonnés anonymes, ${PUBLICATIONS} publications à ` +
          `${PUBLICATION_INTERVAL_MS} ms d’intervalle (après chauffe), latence depuis le commit :\n`,
      );
      printTable(
        [
          'passerelle',
          'abonnés',
          'reçus',
          'erreurs',
          'p50 ms',
          'p99 ms',
          'dernier p50 ms',
          'CPU ms / publication',
          'SQL p+a / publication',
        ],
        liveRows,
      );
      for (const note of liveNotes) console.log(note);
      console.log(`\nChamp refusé à un visiteur anonyme (Mission.applications) :\n${refused.join('\n')}`);
      console.log(
        `\n${agents.length} agents demandent \`me { id email }\` en même temps, trois fois :\n${ownAnswers.join('\n')}`,
      );
    } finally {
      await clock.stop();
      await Promise.allSettled(hives.map((hive) => hive.stop()));
      await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
      await Promise.allSettled(processes.map((child) => stopProcess(child)));
      await hub.stop();
      await database.drop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
