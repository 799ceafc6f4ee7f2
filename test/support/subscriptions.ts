import { startSubgraph, type SubgraphDefinition } from '@talents/common';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { generateDemoData, type DemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import WebSocket from 'ws';
import { eventually, wakeOn } from './eventually';
import { startGatewayOver, startTestHub, type TestHub } from './hub';
import { missionInput } from './mission-input';

/** What a test may want to see of the sockets a client opens. */
export interface ClientHooks {
  /** The close code of each socket the client opened. */
  onClosed?: (code: number) => void;
  /** Each socket as it is opened (e.g. to stop reading from it, as a busy or stalled client). */
  onSocket?: (socket: WebSocket) => void;
}

/** A graphql-ws client as a browser or another system opens it: the session cookie on the upgrade. */
export function subscriptionClient(url: string, cookie?: string, hooks: ClientHooks = {}): Client {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
      hooks.onSocket?.(this);
    }
  }
  return createClient({
    url,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => hooks.onClosed?.((event as { code: number }).code) },
  });
}

/**
 * The matching feed as the tests follow it: the event from missions, the rest of the payload from
 * profiles and approvals, resumable from a cursor.
 */
export const MISSION_MATCHES = /* GraphQL */ `
  subscription MissionMatches($minScore: Float, $after: String) {
    missionMatches(minScore: $minScore, after: $after) {
      cursor
      score
      met {
        id
        label
      }
      missing {
        label
      }
      mission {
        id
        title
        hostAdministration {
          name
        }
        contact {
          displayName
        }
        seatsRemaining
      }
    }
  }
`;

export interface MatchEvent {
  missionMatches: {
    cursor: string;
    score: number;
    met: Array<{ id: string; label: string }>;
    missing: Array<{ label: string }>;
    mission: {
      id: string;
      title: string;
      hostAdministration: { name: string };
      contact: { displayName: string };
      seatsRemaining: number;
    };
  };
}

/** `missionPublished` from a cursor, asking of the mission only what a test needs (e.g. `id seatsRemaining`). */
export function missionPublishedSince(missionFields: string): string {
  return /* GraphQL */ `
    subscription ($after: String) {
      missionPublished(after: $after) {
        cursor
        mission {
          ${missionFields}
        }
      }
    }
  `;
}

export interface PublishedEvent<Mission> {
  missionPublished: { cursor: string; mission: Mission };
}

export interface Subscription<T> {
  /** Resolves with the n-th result (1-based) once it has arrived; rejects after `ms`. */
  nth(n: number, ms?: number): Promise<ExecutionResult<T>>;
  results: Array<ExecutionResult<T>>;
  /** Resolves when the server ends the subscription (complete or error). */
  ended: Promise<unknown>;
  stop(): void;
}

/** Subscribes and records every result, so that tests wait on counts, never on sleeps. */
export function record<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const results: Array<ExecutionResult<T>> = [];
  const arrivals = wakeOn();
  let end: (value: unknown) => void = () => undefined;
  const ended = new Promise((resolve) => {
    end = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        results.push(result as ExecutionResult<T>);
        arrivals.wake();
      },
      error: (error) => {
        results.push({
          errors: Array.isArray(error) ? error : [{ message: String(error) }],
        } as ExecutionResult<T>);
        arrivals.wake();
        end(error);
      },
      complete: () => end(null),
    },
  );
  return {
    results,
    ended,
    stop,
    async nth(n, ms = 15_000) {
      if (!(await arrivals.until(() => results.length >= n, ms))) {
        throw new Error(
          `${results.length} résultat(s) reçu(s), ${n} attendu(s) : ${JSON.stringify(results)}`,
        );
      }
      return results[n - 1] as ExecutionResult<T>;
    },
  };
}

/** Polls `condition` (`eventually`'s pace) until it holds; rejects after `ms`. */
export async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const held = await eventually(
    async () => condition(),
    (holds) => holds,
    ms,
  );
  if (!held) throw new Error('condition non remplie à temps');
}

/** The people of the live-feed suites, picked in the demo data: who posts, who publishes, who listens. */
export function liveCast(demo: DemoData) {
  const admins = new Set(demo.programmeAdmins ?? []);
  const referent = (demo.hostReferents ?? []).find((r) => !admins.has(r.agentId));
  if (!referent) throw new Error('aucun référent dans les données de démonstration');
  const host = demo.agents.find((a) => a.id === referent.agentId);
  const admin = demo.agents.find((a) => admins.has(a.id));
  const hostAdministration = demo.administrations.find((a) => a.id === referent.administrationId);
  // Plain agents of another administration than the host's.
  const listeners = demo.agents.filter(
    (a) =>
      !admins.has(a.id) &&
      !(demo.hostReferents ?? []).some((r) => r.agentId === a.id) &&
      a.administrationId !== referent.administrationId,
  );
  if (!host || !admin || !hostAdministration || listeners.length === 0) throw new Error('rôles introuvables');
  return { referent, host, admin, hostAdministration, listeners };
}

export type LiveCast = ReturnType<typeof liveCast>;

/** Waits until missions' projection of the agent (fed by agent.changed) holds `skillId`. */
export async function waitForProjectedSkill(hub: TestHub, agentId: string, skillId: string): Promise<void> {
  const skills = await eventually(
    async () =>
      (
        (await hub.subgraphs.missions?.db.query(
          'SELECT skill_ids FROM missions.agent_match_profile WHERE agent_id = $1',
          [agentId],
        )) as Array<{ skill_ids: string[] }> | undefined
      )?.[0]?.skill_ids ?? [],
    (ids) => ids.includes(skillId),
  );
  if (!skills.includes(skillId)) throw new Error(`projection de ${agentId} sans ${skillId}`);
}

/**
 * Waits until approvals' projection of the mission (fed by mission.changed) has it published, as
 * approvals refuses an application until then; returns the last status seen.
 */
export async function waitForProjectedMission(hub: TestHub, missionId: string): Promise<string | undefined> {
  const rows = await eventually(
    async () =>
      ((await hub.subgraphs.approvals?.db.query(
        'SELECT status FROM approvals.mission_projection WHERE mission_id = $1',
        [missionId],
      )) ?? []) as Array<{ status: string }>,
    (found) => found[0]?.status === 'PUBLISHED',
  );
  return rows[0]?.status;
}

/** The agent applies through the API, as from another browser; returns the application's id. */
export async function applyThroughApi(
  hub: TestHub,
  agentId: string,
  input: { missionId: string; motivation: string; proposedHours: number },
): Promise<string> {
  const applied = await hub.queryAs<{ apply: { id: string } }>(
    agentId,
    `mutation ($input: ApplyInput!) { apply(input: $input) { id } }`,
    { input },
  );
  expect(applied.errors).toBeUndefined();
  return applied.data?.apply.id ?? '';
}

/** The agent sets their skills (and 20 h a month of availability), as in the dashboard. */
export async function setMatchingProfile(
  hub: TestHub,
  agentId: string,
  skills: Array<{ skillId: string; level: string }>,
): Promise<void> {
  const response = await hub.queryAs(
    agentId,
    `mutation ($id: ID!, $skills: [AgentSkillInput!]!, $availability: AgentAvailabilityInput!) {
      setAgentSkills(id: $id, skills: $skills) { id }
      setAgentAvailability(id: $id, input: $availability) { id }
    }`,
    { id: agentId, skills, availability: { hoursPerMonth: 20, from: null, until: null } },
  );
  expect(response.errors).toBeUndefined();
}

/** What the live-feed suites vary in the missions they publish. */
export interface MissionDraft {
  title: string;
  skillIds: string[];
  restrictedTo?: string[];
}

/** A host writes a remote mission and submits it for publication; returns its id. */
export async function submitMission(hub: TestHub, cast: LiveCast, mission: MissionDraft): Promise<string> {
  const { host, referent } = cast;
  const created = await hub.queryAs<{ createMission: { id: string } }>(
    host.id,
    `mutation ($input: MissionInput!) { createMission(input: $input) { id } }`,
    {
      input: missionInput(
        {
          hostAdministrationId: referent.administrationId,
          contactAgentId: host.id,
          skillIds: mission.skillIds,
        },
        { title: mission.title, restrictedToAdministrationIds: mission.restrictedTo ?? [] },
      ),
    },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data?.createMission.id ?? '';
  const submitted = await hub.queryAs(host.id, `mutation ($id: ID!) { submitMission(id: $id) { id } }`, {
    id,
  });
  expect(submitted.errors).toBeUndefined();
  return id;
}

/** The programme team publishes a submitted mission. */
export async function approvePublication(hub: TestHub, cast: LiveCast, id: string): Promise<void> {
  const published = await hub.queryAs(
    cast.admin.id,
    `mutation ($id: ID!) { publishMission(id: $id) { id } }`,
    { id },
  );
  expect(published.errors).toBeUndefined();
}

/** A host writes a remote mission, submits it, the programme team publishes it; returns its id. */
export async function publishMission(hub: TestHub, cast: LiveCast, mission: MissionDraft): Promise<string> {
  const id = await submitMission(hub, cast, mission);
  await approvePublication(hub, cast, id);
  return id;
}

/** The feed's own sequence number of a cursor a client received (`feed:<seq>`, base64url). */
export function seqOfCursor(cursor: unknown): number {
  if (typeof cursor !== 'string') throw new Error(`curseur absent : ${String(cursor)}`);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('feed:')) throw new Error(`curseur inattendu : ${cursor}`);
  return Number(text.slice('feed:'.length));
}

/** The cursor of sequence number `seq`, as the feed would have given it. */
export function cursorOfSeq(seq: number): string {
  return Buffer.from(`feed:${seq}`, 'utf8').toString('base64url');
}

function feedDatabase(hub: TestHub, schema: string) {
  const db = hub.subgraphs[schema]?.db;
  if (!db) throw new Error(`sous-graphe ${schema} absent`);
  return db;
}

/** Moves a subgraph's feed sequence so that its next row is numbered `next` (no row written). */
export async function advanceFeedTo(hub: TestHub, schema: string, next: number): Promise<void> {
  await feedDatabase(hub, schema).query(`SELECT setval('"${schema}".feed_seq_seq', $1::bigint)`, [next - 1]);
}

/**
 * Announces an already published mission `count` more times on missions' feed, as its publication
 * did (same topic, same entity; one statement, one notification): events cost no mutation.
 */
export async function announceMission(hub: TestHub, missionId: string, count: number): Promise<void> {
  await feedDatabase(hub, 'missions').query(
    `WITH rows AS (
       INSERT INTO missions.feed (topic, entity_id)
       SELECT 'mission.published', $1 FROM generate_series(1, $2::int)
       RETURNING seq
     )
     SELECT pg_notify('missions_feed', max(seq)::text) FROM rows`,
    [missionId, count],
  );
}

/** The sequence numbers of a subgraph's feed rows of `topic` after `after`, in number order. */
export async function feedSeqs(
  hub: TestHub,
  schema: string,
  topic: string,
  after: number,
): Promise<number[]> {
  const rows = (await feedDatabase(hub, schema).query(
    `SELECT seq::text AS n FROM "${schema}".feed WHERE topic = $1 AND seq > $2::bigint ORDER BY feed.seq`,
    [topic, after],
  )) as Array<{ n: string }>;
  return rows.map((row) => Number(row.n));
}

/**
 * Stops a subgraph of the hub and starts it again on the same port, as a container restart would,
 * running `whileDown` in between. The hub's record points at the new process, so that hub.stop()
 * stops it (and not the stopped one twice).
 */
export async function restartSubgraph(
  hub: TestHub,
  definition: SubgraphDefinition,
  whileDown: () => Promise<void> = async () => undefined,
): Promise<void> {
  const old = hub.subgraphs[definition.name];
  if (!old) throw new Error(`sous-graphe ${definition.name} absent`);
  await old.stop();
  delete hub.subgraphs[definition.name];
  await whileDown();
  hub.subgraphs[definition.name] = await startSubgraph(definition, {
    databaseUrl: hub.databaseUrl,
    port: old.port,
    gatewayKeys: { jwks: hub.keys.publicJwks },
  });
}

/**
 * Another gateway over the hub's subgraphs, started with `env` set (the bridge reads its bounds,
 * e.g. `SUBSCRIPTION_RETRY_MS`, when it starts); the environment is restored at once.
 */
export async function startGatewayWith(hub: TestHub, env: Record<string, string>): Promise<RunningGateway> {
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await startGatewayOver(hub);
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * The hub of a live-feed suite over the demo data, started before its tests and stopped after them
 * (the hooks are registered in the calling suite); `hub` may be read once the tests run. With
 * `announced`, it holds one published mission (`missionId`) that `announceMission` announces again
 * for cheap events. The clients and gateways opened through it are closed after the suite.
 */
export function useLiveHub(options: { announced?: string } = {}) {
  const demo = generateDemoData();
  const cast = liveCast(demo);
  let running: TestHub | undefined;
  let missionId = '';
  const clients: Client[] = [];
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    running = await startTestHub(demo);
    if (options.announced) {
      missionId = await publishMission(running, cast, { title: options.announced, skillIds: ['python'] });
    }
  }, 90_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map((client) => client.dispose()));
    for (const gateway of gateways) await gateway.stop();
    await running?.stop();
  });

  const hub = (): TestHub => {
    if (!running) throw new Error('le hub de la suite n’est pas encore démarré');
    return running;
  };

  return {
    demo,
    cast,
    get hub(): TestHub {
      return hub();
    },
    get missionId(): string {
      return missionId;
    },
    /** Announces the suite's mission `count` more times (see announceMission). */
    announce(count: number): Promise<void> {
      return announceMission(hub(), missionId, count);
    },
    /** A graphql-ws client of `gateway` (the hub's by default), anonymous unless given a cookie. */
    client(gateway: RunningGateway = hub().gateway, cookie?: string, hooks?: ClientHooks): Client {
      const client = subscriptionClient(gateway.graphqlUrl.replace(/^http/, 'ws'), cookie, hooks);
      clients.push(client);
      return client;
    },
    /** Another gateway over the hub's subgraphs, started with `env` set (see startGatewayWith). */
    async gatewayWith(env: Record<string, string>): Promise<RunningGateway> {
      const gateway = await startGatewayWith(hub(), env);
      gateways.push(gateway);
      return gateway;
    },
    /** The sequence number of the last `mission.published` row of missions' feed (0: none yet). */
    async lastSeq(): Promise<number> {
      return (await feedSeqs(hub(), 'missions', 'mission.published', 0)).at(-1) ?? 0;
    },
  };
}
