import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateDemoData, type DemoData } from '@talents/demo';
import { Kind, print, visit, type DocumentNode } from 'graphql';
import { SESSION_COOKIE, signSession } from '@talents/gateway';
import { admissionSettings } from '../gateway/src/admission';
import { startHub, type RunningHub } from '../hub/src/hub';
import { createScratchDatabase } from '../hub/src/scratch-database';
import {
  MissionDocument,
  RecommendedMissionsDocument,
  SearchFacetsDocument,
  SearchMissionsDocument,
} from '../client/src/gql/graphql';
import type { LoadRequest, LoadResult, LoadSetup } from './mixed-load.worker';
import { percentile, printTable, withPostgresServer } from './support';

/**
 * `npm run bench`, mixed read load: what the dashboard reads most, with its own operations — the
 * catalogue (search with its facets, one mission), an agent's recommendations — half anonymous, half signed
 * in, from 10, 50 and 200 keep-alive connections at once. The same load runs against two hubs on
 * the same data, one whose gateway admits every operation at once and one bounded at the edge
 * (gateway/src/admission.ts), so that the table compares like with like in one run.
 */
// The dashboard's own operations, as its screens send them: what the load measures stays what
// people do when the client changes.
const SEARCH = print(SearchMissionsDocument);
const FACETS = print(SearchFacetsDocument);
const MISSION = print(MissionDocument);
/** An anonymous visitor's page does not ask for the applications, which only signed-in agents may see. */
const MISSION_ANONYMOUS = print(withoutField(MissionDocument, 'applications'));
const RECOMMENDED = print(RecommendedMissionsDocument);

function withoutField(document: DocumentNode, name: string): DocumentNode {
  return visit(document, {
    Field: (node) => (node.name.value === name && node.kind === Kind.FIELD ? null : undefined),
  });
}

export const LEVELS = [10, 50, 200];
const WARMUP_MS = Number(process.env.BENCH_MIXED_WARMUP_MS ?? 2_000);
/** Measured time per hub and level, split into rounds. */
const DURATION_MS = Number(process.env.BENCH_MIXED_SECONDS ?? 10) * 1_000;
const ROUNDS = 2;

/** One gateway configuration under test, and how the table names it. */
interface Bound {
  label: string;
  env: Record<string, string | undefined>;
}

/**
 * « sans » admits every operation at once (GATEWAY_MAX_CONCURRENT=0); « avec » uses the gateway's
 * defaults, or the GATEWAY_* variables of this run. `BENCH_MIXED_BOUNDS=4,8,16` compares several
 * bounds in one run instead, to choose one on another machine (every hub stays up for the whole
 * run: past two, the embedded PostgreSQL's 100 connections may run short, give a DATABASE_URL).
 */
const BOUNDS: Bound[] = [
  { label: 'sans', env: { GATEWAY_MAX_CONCURRENT: '0' } },
  ...(process.env.BENCH_MIXED_BOUNDS
    ? process.env.BENCH_MIXED_BOUNDS.split(',').map((n) => ({
        label: `avec ${n.trim()}`,
        env: { GATEWAY_MAX_CONCURRENT: n.trim() },
      }))
    : [
        {
          label: 'avec',
          env: {
            GATEWAY_MAX_CONCURRENT: process.env.GATEWAY_MAX_CONCURRENT,
            GATEWAY_QUEUE_LIMIT: process.env.GATEWAY_QUEUE_LIMIT,
            GATEWAY_QUEUE_TIMEOUT_MS: process.env.GATEWAY_QUEUE_TIMEOUT_MS,
          },
        },
      ]),
];

/** A deterministic shuffle (the same mix in every run and for both hubs). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i -= 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The mix, in shares of 20 requests: anonymous visitors search the catalogue (first: 20), open a
 * mission and load the facets; signed-in agents read their recommendations, open a mission and
 * search. 200 agents sign in, each with their own session.
 */
async function mixOf(demo: DemoData, sessionSecret: Uint8Array): Promise<LoadRequest[]> {
  const missionIds = demo.missions
    .filter((m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0)
    .map((m) => m.id);
  if (missionIds.length === 0) throw new Error('aucune mission publiée ouverte à tous dans les données');
  const agents = demo.agents.filter((a) => a.skills.length > 0).slice(0, 200);
  const cookies = await Promise.all(
    agents.map(async (a) => `${SESSION_COOKIE}=${await signSession(sessionSecret, a.id)}`),
  );
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const share: Array<[number, string, (i: number) => LoadRequest]> = [
    [4, 'recherche anonyme', () => ({ name: 'search', body: body(SEARCH, { first: 20 }), headers: {} })],
    [2, 'facettes anonymes', () => ({ name: 'facets', body: body(FACETS, {}), headers: {} })],
    [
      4,
      'mission anonyme',
      (i) => ({
        name: 'mission',
        body: body(MISSION_ANONYMOUS, { id: missionIds[i % missionIds.length] }),
        headers: {},
      }),
    ],
    [
      5,
      'recommandations',
      (i) => ({
        name: 'recommended',
        body: body(RECOMMENDED, { first: 10, minScore: 0.3 }),
        headers: { cookie: cookies[i % cookies.length] ?? '' },
      }),
    ],
    [
      3,
      'mission connectée',
      (i) => ({
        name: 'mission (connecté)',
        body: body(MISSION, { id: missionIds[(i * 3) % missionIds.length] }),
        headers: { cookie: cookies[(i * 7) % cookies.length] ?? '' },
      }),
    ],
    [
      2,
      'recherche connectée',
      (i) => ({
        name: 'search (connecté)',
        body: body(SEARCH, { first: 20 }),
        headers: { cookie: cookies[(i * 11) % cookies.length] ?? '' },
      }),
    ],
  ];
  const requests: LoadRequest[] = [];
  for (let i = 0; i < 50; i += 1) {
    for (const [count, , make] of share)
      for (let k = 0; k < count; k += 1) requests.push(make(i * count + k));
  }
  return shuffled(requests);
}

function runLoad(url: string, connections: number, requests: LoadRequest[]): Promise<LoadResult> {
  const setup: LoadSetup = {
    url,
    connections,
    warmupMs: WARMUP_MS,
    durationMs: DURATION_MS / ROUNDS,
    requests,
  };
  const worker = new Worker(path.join(__dirname, 'mixed-load.worker.ts'), { workerData: setup });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { type: string; result?: LoadResult; error?: string }) => {
      if (message.type === 'done' && message.result) resolve(message.result);
      else reject(new Error(message.error ?? 'charge interrompue'));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Starts a hub with these variables set for its gateway, and puts the environment back. */
async function hubWith(
  env: Record<string, string | undefined>,
  options: Parameters<typeof startHub>[0],
): Promise<RunningHub> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return await startHub(options);
  } finally {
    apply(saved);
  }
}

export interface MixedLoadRow {
  connections: number;
  /** One result per bound, in the order of BOUNDS. */
  results: Array<{ bound: string; result: LoadResult }>;
}

/** Runs the mixed load at each level against a hub per bound; `serverUrl` is a PostgreSQL server. */
export async function runMixedLoad(serverUrl: string): Promise<MixedLoadRow[]> {
  const database = await createScratchDatabase(serverUrl, 'talents_bench_mixed');
  const demo = generateDemoData();
  const sessionSecret = randomBytes(32);
  const hubs: Array<{ bound: Bound; hub: RunningHub }> = [];
  try {
    // Same data for all (the seeds after the first find everything in place). Only one hub is
    // loaded at a time, the others idle.
    for (const bound of BOUNDS) {
      // Failures are counted in the table; the unbounded hub's timeouts would fill the screen.
      const env = { LOG_LEVEL: process.env.BENCH_MIXED_LOG_LEVEL ?? 'silent', ...bound.env };
      hubs.push({
        bound,
        hub: await hubWith(env, { databaseUrl: database.url, port: 0, demo, sessionSecret }),
      });
    }
    const requests = await mixOf(demo, sessionSecret);
    const rows: MixedLoadRow[] = [];
    for (const connections of LEVELS) {
      // The hubs take turns in short rounds, so that whatever else the machine does at that
      // moment weighs on both alike.
      const runs = new Map<string, LoadResult[]>(hubs.map(({ bound }) => [bound.label, []]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const { bound, hub } of hubs) {
          runs.get(bound.label)?.push(await runLoad(hub.gateway.graphqlUrl, connections, requests));
        }
      }
      rows.push({
        connections,
        results: [...runs].map(([bound, results]) => ({ bound, result: merged(results) })),
      });
    }
    return rows;
  } finally {
    for (const { hub } of hubs) await hub.stop();
    await database.drop();
  }
}

function merged(results: LoadResult[]): LoadResult {
  return {
    latencies: results.flatMap((r) => r.latencies).sort((a, b) => a - b),
    refused: results.reduce((sum, r) => sum + r.refused, 0),
    failed: results.reduce((sum, r) => sum + r.failed, 0),
    failures: results.flatMap((r) => r.failures).slice(0, 5),
    elapsedMs: results.reduce((sum, r) => sum + r.elapsedMs, 0),
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0));

/** The table printed by `npm run bench`. */
export function printMixedLoad(rows: MixedLoadRow[]): void {
  const header = ['connexions', 'borne', 'p50 ms', 'p99 ms', 'p99/p50', 'req/s', 'refusées 503', 'erreurs'];
  const cells: string[][] = [];
  const failures = new Set<string>();
  for (const row of rows) {
    for (const { bound: label, result } of row.results) {
      const p50 = percentile(result.latencies, 50);
      const p99 = percentile(result.latencies, 99);
      cells.push([
        String(row.connections),
        label,
        ms(p50),
        ms(p99),
        Number.isNaN(p99 / p50) ? '—' : (p99 / p50).toFixed(1),
        (((result.latencies.length + result.refused) / result.elapsedMs) * 1000).toFixed(0),
        String(result.refused),
        String(result.failed),
      ]);
      for (const failure of result.failures) failures.add(failure);
    }
  }
  const settings = admissionSettings();
  const defaults =
    `GATEWAY_MAX_CONCURRENT=${settings.maxConcurrent}, GATEWAY_QUEUE_LIMIT=${settings.queueLimit}, ` +
    `GATEWAY_QUEUE_TIMEOUT_MS=${settings.queueTimeoutMs}`;
  console.log(
    `\nCharge de lecture mixte (recherche, facettes, mission, recommandations ; moitié anonyme, moitié ` +
      `connectée), ${DURATION_MS / 1000} s mesurées par niveau en ${ROUNDS} tours alternés, chacun après ` +
      `${WARMUP_MS / 1000} s de chauffe ; ` +
      `« sans » : GATEWAY_MAX_CONCURRENT=0, « avec » : ${defaults} (« avec N » : GATEWAY_MAX_CONCURRENT=N) :\n`,
  );
  printTable(header, cells);
  console.log('\nLatences des réponses réussies ; « req/s » compte aussi les refus. Objectif : p99/p50 ≤ 3.');
  for (const failure of failures) console.log(`erreur : ${failure}`);
}

async function main(): Promise<void> {
  printMixedLoad(await withPostgresServer(runMixedLoad));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
