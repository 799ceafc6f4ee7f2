import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { openSubgraphDatabase } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import { SESSION_COOKIE, signSession } from '@talents/gateway';
import { createClient, type Client } from 'graphql-ws';
import { exportJWK, generateKeyPair } from 'jose';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { createScratchDatabase, type ScratchDatabase } from '../../hub/src/scratch-database';
import { HUB_SUBGRAPHS } from '../../hub/src/subgraphs';
import { announcement } from './child-output';
import { eventually } from './eventually';
import { missionInput } from './mission-input';
import { RoundRobinProxy, type ProxyStats } from './round-robin-proxy';
import { cursorOfSeq, liveCast, missionPublishedSince, seqOfCursor, type LiveCast } from './subscriptions';

const ROOT = path.resolve(__dirname, '../..');
const SUBGRAPHS = ['profiles', 'missions', 'approvals'] as const;
type Kind = (typeof SUBGRAPHS)[number] | 'gateway';
const ENTRY: Record<Kind, string> = {
  profiles: 'services/profiles/src/main.ts',
  missions: 'services/missions/src/main.ts',
  approvals: 'services/approvals/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

/**
 * What a load client counts as a failure (test and bench, docs/operations.md « Arrêt »): an operation
 * whose last attempt did not end in HTTP 200 with a body without `errors`. An operation is attempted
 * again only after a connection-level failure — no HTTP answer at all, or the load balancer's 502
 * (its connection to a gateway broke) — and only when that is safe: reads, and `createMission` with
 * its idempotency key. `submitMission` and `publishMission` are never attempted again.
 */
export interface Failure {
  operation: string;
  reason: string;
}

export interface SubscriberFigures {
  delivered: number;
  /** Feed rows after the start that this subscriber never received. */
  lost: number[];
  /** Rows received more than once. */
  duplicated: number[];
  /** Whether the deliveries came in feed order. */
  inOrder: boolean;
  /** Resumptions with `after` after a 1012 close (a process stopping). */
  resumes: number;
  /** Any other end of its socket or subscription (close code or error): each one is a fault. */
  unexpected: string[];
}

export interface RollingRestartReport {
  signal: NodeJS.Signals;
  restarts: Array<{ process: string; exitCode: number | null; stopMs: number; readyMs: number }>;
  /** From the first stop signal to the last new process ready. */
  durationMs: number;
  requests: { total: number; duringRestart: number; retried: number; failures: Failure[] };
  writes: { acknowledged: number; found: number; created: number };
  events: { expected: number; subscribers: SubscriberFigures[] };
  proxies: Record<string, ProxyStats>;
}

export interface RollingRestartOptions {
  /** SIGTERM (graceful) or SIGKILL (to see what graceful shutdown saves). */
  signal?: NodeJS.Signals;
  /** `SHUTDOWN_DELAY_MS` and `SHUTDOWN_DRAIN_MS` of every process. */
  delayMs?: number;
  drainMs?: number;
  readers?: number;
  subscribers?: number;
  log?: (line: string) => void;
  /** The PostgreSQL server to make the scratch database in; default `DATABASE_URL`. */
  serverUrl?: string;
}

interface Running {
  name: string;
  kind: Kind;
  child: ChildProcess;
  /** http://127.0.0.1:port */
  url: string;
  output: () => string;
}

/** A process as its container runs it, through swc rather than the compiled build. */
async function startProcess(name: string, kind: Kind, env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ENTRY[kind]], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = await announcement(child, /prête? : (http:\/\/[^/\s]+)\/graphql/, name, 120_000);
  return { name, kind, child, url: ready.value, output: ready.output };
}

/** Resolves when the child has exited, with its code (null when a signal ended it). */
function ended(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const RETRYABLE = Symbol('connection-level failure');

/** One HTTP attempt; throws RETRYABLE when it failed at the connection level. */
async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw error;
    throw RETRYABLE;
  }
  const text = await response.text();
  if (response.status === 502) throw RETRYABLE;
  if (response.status !== 200) throw new Error(`HTTP ${response.status} : ${text.slice(0, 300)}`);
  return JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

const CATALOGUE = /* GraphQL */ `
  query Catalogue {
    missions(first: 5, filter: { statuses: [PUBLISHED] }) {
      totalCount
      nodes {
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
const CREATE = /* GraphQL */ `
  mutation Create($input: MissionInput!, $key: String) {
    createMission(input: $input, idempotencyKey: $key) {
      id
    }
  }
`;
const PUBLISHED = missionPublishedSince('id title hostAdministration { name } seatsRemaining');

/** The load of the run: readers, writers, a publisher; each loop waits for its previous operation. */
class Load {
  requests = 0;
  retried = 0;
  readonly failures: Failure[] = [];
  /** Missions whose creation was acknowledged, by idempotency key. */
  readonly acknowledged = new Map<string, string>();
  /** Every key sent (acknowledged or not), to count what was created. */
  readonly keys: string[] = [];
  private stopping = false;
  private loops: Array<Promise<void>> = [];

  constructor(
    private readonly url: string,
    private readonly cast: LiveCast,
    private readonly cookies: { host: string; admin: string; listener: string },
  ) {}

  /** Runs `attempt` until it answers, again after a connection-level failure only if `safe`. */
  private async operation(
    name: string,
    safe: boolean,
    attempt: () => ReturnType<typeof post>,
  ): Promise<Record<string, unknown> | null> {
    for (let tries = 1; ; tries += 1) {
      this.requests += 1;
      try {
        const body = await attempt();
        if (body.errors?.length) {
          this.failures.push({ operation: name, reason: JSON.stringify(body.errors).slice(0, 400) });
          return null;
        }
        return body.data ?? null;
      } catch (error) {
        if (error === RETRYABLE && safe && tries < 20) {
          this.retried += 1;
          await new Promise((resolve) => setTimeout(resolve, 50 * tries));
          continue;
        }
        this.failures.push({
          operation: name,
          reason: error === RETRYABLE ? 'échec de connexion (non rejouable)' : String(error),
        });
        return null;
      }
    }
  }

  private loop(pauseMs: number, step: (turn: number) => Promise<void>): void {
    this.loops.push(
      (async () => {
        for (let turn = 0; !this.stopping; turn += 1) {
          await step(turn);
          await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
      })(),
    );
  }

  private create(key: string): Promise<Record<string, unknown> | null> {
    const { referent, host } = this.cast;
    this.keys.push(key);
    const input = missionInput(
      {
        hostAdministrationId: referent.administrationId,
        contactAgentId: host.id,
        skillIds: ['audit-accessibilite'],
      },
      { title: `Charge ${key}` },
    );
    return this.operation('createMission', true, () =>
      post(this.url, CREATE, { input, key }, this.cookies.host),
    ).then((data) => {
      const id = (data?.createMission as { id?: string } | undefined)?.id;
      if (id) this.acknowledged.set(key, id);
      return data;
    });
  }

  start(readers: number): void {
    for (let reader = 0; reader < readers; reader += 1) {
      this.loop(25, async (turn) => {
        const cookie = turn % 2 === 0 ? undefined : this.cookies.listener;
        await this.operation('catalogue', true, () => post(this.url, CATALOGUE, {}, cookie));
      });
    }
    this.loop(100, async () => {
      await this.create(randomUUID());
    });
    // Each publication is one event of the feed the subscribers follow.
    this.loop(150, async () => {
      const created = await this.create(randomUUID());
      const id = (created?.createMission as { id?: string } | undefined)?.id;
      if (!id) return;
      const submitted = await this.operation('submitMission', false, () =>
        post(this.url, 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id }, this.cookies.host),
      );
      if (!submitted) return;
      await this.operation('publishMission', false, () =>
        post(this.url, 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id }, this.cookies.admin),
      );
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }
}

/** A client of the live feed that resumes with `after` when its socket is closed with 1012. */
class Subscriber {
  readonly seqs: number[] = [];
  resumes = 0;
  readonly unexpected: string[] = [];
  private lastCursor: string;
  private readonly client: Client;
  private stopped = false;
  private connected = false;

  constructor(wsUrl: string, startCursor: string) {
    this.lastCursor = startCursor;
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      on: { connected: () => (this.connected = true) },
    });
    this.subscribe();
  }

  get isConnected(): boolean {
    return this.connected;
  }

  private subscribe(): void {
    this.client.subscribe<{ missionPublished: { cursor: string } }>(
      { query: PUBLISHED, variables: { after: this.lastCursor } },
      {
        next: (result) => {
          const cursor = result.data?.missionPublished.cursor;
          if (result.errors?.length || !cursor) {
            this.unexpected.push(`événement en erreur : ${JSON.stringify(result.errors)}`);
            return;
          }
          this.seqs.push(seqOfCursor(cursor));
          this.lastCursor = cursor;
        },
        error: (error) => {
          if (this.stopped) return;
          const code = (error as { code?: unknown }).code;
          if (code === 1012) this.resumes += 1;
          else this.unexpected.push(typeof code === 'number' ? `close ${code}` : String(error));
          // Resumed in either case, so that what was lost or repeated is measured too.
          setTimeout(() => this.subscribe(), 100);
        },
        complete: () => {
          if (this.stopped) return;
          this.unexpected.push('souscription terminée par le serveur');
          setTimeout(() => this.subscribe(), 100);
        },
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client.dispose();
  }
}

function figuresOf(subscriber: Subscriber, expected: number[]): SubscriberFigures {
  const counts = new Map<number, number>();
  for (const seq of subscriber.seqs) counts.set(seq, (counts.get(seq) ?? 0) + 1);
  return {
    delivered: subscriber.seqs.length,
    lost: expected.filter((seq) => !counts.has(seq)),
    duplicated: [...counts].filter(([, count]) => count > 1).map(([seq]) => seq),
    inOrder: subscriber.seqs.every((seq, index) => index === 0 || seq > subscriber.seqs[index - 1]!),
    resumes: subscriber.resumes,
    unexpected: subscriber.unexpected,
  };
}

async function query<T>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The rolling restart, end to end: a scratch database seeded with the demo data; two replicas of each
 * subgraph and two gateways as child processes (their main.ts, as in their containers), each group
 * behind its RoundRobinProxy, the gateways given the subgraph proxies' URLs; a steady load and live
 * subscribers through the gateway proxy; then every process stopped with `signal`, awaited, replaced
 * by a new one and awaited ready, one at a time. Returns what the load clients, the subscribers and
 * the database saw; stops everything and drops the database, whatever happens.
 */
export async function runRollingRestart(options: RollingRestartOptions = {}): Promise<RollingRestartReport> {
  const signal = options.signal ?? 'SIGTERM';
  const log = options.log ?? (() => undefined);
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL;
  if (!serverUrl)
    throw new Error('DATABASE_URL est requis (un serveur PostgreSQL où créer une base jetable).');
  const database: ScratchDatabase = await createScratchDatabase(serverUrl, 'talents_rolling');
  const proxies: Record<Kind, RoundRobinProxy | undefined> = {
    profiles: undefined,
    missions: undefined,
    approvals: undefined,
    gateway: undefined,
  };
  const running: Running[] = [];
  const subscribers: Subscriber[] = [];
  let load: Load | null = null;
  try {
    const demo = generateDemoData();
    for (const { definition, seed } of HUB_SUBGRAPHS) {
      const { dataSource } = await openSubgraphDatabase(definition, database.url);
      try {
        await seed(dataSource, demo);
      } finally {
        await dataSource.destroy();
      }
    }
    log('base migrée et données chargées');
    for (const kind of [...SUBGRAPHS, 'gateway'] as const) proxies[kind] = await RoundRobinProxy.start(kind);
    const gatewayProxy = proxies.gateway!;
    const sessionSecret = randomUUID() + randomUUID();
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const common: NodeJS.ProcessEnv = {
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHUTDOWN_DELAY_MS: String(options.delayMs ?? 1_000),
      SHUTDOWN_DRAIN_MS: String(options.drainMs ?? 10_000),
    };
    const envOf: Record<Kind, NodeJS.ProcessEnv> = {
      profiles: { ...common, GATEWAY_JWKS_URL: `${gatewayProxy.url}/.well-known/jwks.json` },
      missions: { ...common, GATEWAY_JWKS_URL: `${gatewayProxy.url}/.well-known/jwks.json` },
      approvals: { ...common, GATEWAY_JWKS_URL: `${gatewayProxy.url}/.well-known/jwks.json` },
      gateway: {
        ...common,
        PROFILES_URL: `${proxies.profiles!.url}/graphql`,
        MISSIONS_URL: `${proxies.missions!.url}/graphql`,
        APPROVALS_URL: `${proxies.approvals!.url}/graphql`,
        GATEWAY_SIGNING_KEYS: JSON.stringify({
          keys: [{ ...(await exportJWK(privateKey)), kid: 'rolling' }],
        }),
        SESSION_SECRET: sessionSecret,
        // The load comes from one address and three people: per-caller limits would refuse it.
        RATE_LIMIT_PER_MINUTE_CLIENT: '0',
        RATE_LIMIT_PER_MINUTE_AGENT: '0',
        RATE_LIMIT_PER_MINUTE_ANONYMOUS: '0',
      },
    };
    const launch = async (name: string, kind: Kind) => {
      const started = await startProcess(name, kind, envOf[kind]);
      proxies[kind]!.add(started.url);
      const ready = await eventually(
        async () => proxies[kind]!.isReady(started.url),
        (yes) => yes,
        60_000,
      );
      if (!ready) throw new Error(`${name} jamais prêt :\n${started.output()}`);
      return started;
    };
    const order: Array<[string, Kind]> = [
      ...SUBGRAPHS.flatMap((kind) => [1, 2].map((n) => [`${kind}-${n}`, kind] as [string, Kind])),
      ['gateway-1', 'gateway'],
      ['gateway-2', 'gateway'],
    ];
    running.push(
      ...(await Promise.all(order.filter(([, k]) => k !== 'gateway').map(([n, k]) => launch(n, k)))),
    );
    running.push(
      ...(await Promise.all(order.filter(([, k]) => k === 'gateway').map(([n, k]) => launch(n, k)))),
    );
    log('8 processus prêts derrière 4 mandataires');

    const cast = liveCast(demo);
    const secret = new TextEncoder().encode(sessionSecret);
    const cookieOf = async (agentId: string) => `${SESSION_COOKIE}=${await signSession(secret, agentId)}`;
    const listener = cast.listeners[0]!;
    const graphqlUrl = `${gatewayProxy.url}/graphql`;
    const feedStart = Number(
      (
        await query<{ n: string }>(database.url, `SELECT COALESCE(max(seq), 0)::text AS n FROM missions.feed`)
      )[0]!.n,
    );
    for (let i = 0; i < (options.subscribers ?? 3); i += 1) {
      subscribers.push(new Subscriber(graphqlUrl.replace(/^http/, 'ws'), cursorOfSeq(feedStart)));
    }
    load = new Load(graphqlUrl, cast, {
      host: await cookieOf(cast.host.id),
      admin: await cookieOf(cast.admin.id),
      listener: await cookieOf(listener.id),
    });
    load.start(options.readers ?? 3);
    const activeLoad = load;
    // Warmed up: every subscriber connected and following, the load answered.
    const warm = await eventually(
      async () =>
        subscribers.every((s) => s.isConnected && s.seqs.length > 0) && activeLoad.acknowledged.size > 2,
      (yes) => yes,
      60_000,
    );
    if (!warm) throw new Error(`charge jamais établie : ${JSON.stringify(activeLoad.failures.slice(0, 5))}`);
    log('charge et abonnés en place ; redémarrage progressif');

    const requestsBefore = load.requests;
    const began = Date.now();
    const restarts: RollingRestartReport['restarts'] = [];
    for (const [index, old] of running.entries()) {
      const stopAt = Date.now();
      const exit = ended(old.child);
      old.child.kill(signal);
      const exitCode = await exit;
      const stopMs = Date.now() - stopAt;
      proxies[old.kind]!.remove(old.url);
      const fresh = await launch(old.name, old.kind);
      running[index] = fresh;
      restarts.push({ process: old.name, exitCode, stopMs, readyMs: Date.now() - stopAt });
      log(
        `${old.name} : arrêté en ${stopMs} ms (code ${exitCode}), remplacé et prêt en ${Date.now() - stopAt} ms`,
      );
    }
    const durationMs = Date.now() - began;
    const duringRestart = load.requests - requestsBefore;
    await load.stop();

    const expected = (
      await query<{ n: string }>(
        database.url,
        `SELECT seq::text AS n FROM missions.feed WHERE topic = 'mission.published' AND seq > $1 ORDER BY seq`,
        [feedStart],
      )
    ).map((row) => Number(row.n));
    await eventually(
      async () => subscribers.every((s) => expected.every((seq) => s.seqs.includes(seq))),
      (yes) => yes,
      30_000,
    );
    const acknowledged = [...load.acknowledged.values()];
    const found = await query<{ n: string }>(
      database.url,
      `SELECT count(*)::text AS n FROM missions.mission WHERE id = ANY($1::uuid[])`,
      [acknowledged],
    );
    const created = await query<{ n: string }>(
      database.url,
      `SELECT count(*)::text AS n FROM missions.mission WHERE title = ANY($1::text[])`,
      [load.keys.map((key) => `Charge ${key}`)],
    );
    return {
      signal,
      restarts,
      durationMs,
      requests: { total: load.requests, duringRestart, retried: load.retried, failures: load.failures },
      writes: {
        acknowledged: acknowledged.length,
        found: Number(found[0]!.n),
        created: Number(created[0]!.n),
      },
      events: { expected: expected.length, subscribers: subscribers.map((s) => figuresOf(s, expected)) },
      proxies: Object.fromEntries(
        Object.entries(proxies).map(([kind, proxy]) => [kind, { ...proxy!.stats }]),
      ),
    };
  } finally {
    await load?.stop();
    await Promise.allSettled(subscribers.map((s) => s.stop()));
    await Promise.allSettled(
      running.map(async (process) => {
        const exit = ended(process.child);
        process.child.kill('SIGTERM');
        const timer = setTimeout(() => process.child.kill('SIGKILL'), 30_000);
        await exit;
        clearTimeout(timer);
      }),
    );
    await Promise.allSettled(Object.values(proxies).map((proxy) => proxy?.close()));
    await database.drop();
  }
}
