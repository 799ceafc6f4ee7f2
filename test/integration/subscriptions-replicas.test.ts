import { startSubgraph, type StartedSubgraph } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import { missionsSubgraph } from '@talents/missions';
import type { Client } from 'graphql-ws';
import { postGraphQL } from '../support/graphql';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import {
  liveCast,
  MISSION_MATCHES,
  type MatchEvent,
  publishMission,
  record,
  restartSubgraph,
  setMatchingProfile,
  subscriptionClient,
  waitFor,
  waitForProjectedSkill,
} from '../support/subscriptions';

/**
 * Federated subscriptions when the pieces are replicated or restarted: the feed table and
 * LISTEN/NOTIFY carry events across missions replicas, and the gateway's upstream graphql-ws client
 * resubscribes from its last cursor when a subgraph comes back.
 */
describe('federated subscriptions across replicas and restarts', () => {
  const demo = generateDemoData();
  const cast = liveCast(demo);
  const { host, hostAdministration } = cast;
  const agent = cast.listeners[0]!;

  let hub: TestHub;
  let missions2: StartedSubgraph | null = null;
  let gateway2: RunningGateway | null = null;
  const clients: Client[] = [];
  const clientOf = async (graphqlUrl: string, agentId: string) => {
    const client = subscriptionClient(graphqlUrl.replace(/^http/, 'ws'), await hub.sessionCookie(agentId));
    clients.push(client);
    return client;
  };
  const missions = () => {
    const started = hub.subgraphs.missions;
    if (!started) throw new Error('sous-graphe missions absent');
    return started;
  };

  let counter = 0;
  /** A host writes the mission, submits it, the programme team publishes it (through gateway 1). */
  const publish = (skillIds: string[]) => {
    counter += 1;
    return publishMission(hub, cast, { title: `Mission répliquée ${counter}`, skillIds });
  };

  const restartMissions = async () => {
    const { port } = missions();
    await restartSubgraph(hub, missionsSubgraph);
    expect(missions().port).toBe(port);
  };

  beforeAll(async () => {
    hub = await startTestHub(demo);
    await setMatchingProfile(hub, agent.id, [{ skillId: 'audit-accessibilite', level: 'EXPERT' }]);
    await waitForProjectedSkill(hub, agent.id, 'audit-accessibilite');
  }, 90_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map((client) => client.dispose()));
    await gateway2?.stop();
    await missions2?.stop();
    await hub?.stop();
  });

  it('delivers through gateway 2 and missions replica 2 a mission published through gateway 1 and replica 1', async () => {
    missions2 = await startSubgraph(missionsSubgraph, {
      databaseUrl: hub.databaseUrl,
      gatewayKeys: { jwks: hub.keys.publicJwks },
    });
    expect(missions2.url).not.toBe(missions().url);
    gateway2 = await startGatewayOver(hub, { subgraphUrls: { missions: missions2.url } });

    const feed = record<MatchEvent>(await clientOf(gateway2.graphqlUrl, agent.id), MISSION_MATCHES, {
      minScore: 0.3,
    });
    // The subscription is held by replica 2 only: replica 1 serves no subscriber at all.
    const replica2 = missions2;
    await waitFor(() => (replica2.feed?.size ?? 0) >= 1);
    expect(gateway2.subscriptions.active).toBe(1);
    expect(hub.gateway.subscriptions.active).toBe(0);
    expect(missions().feed?.size).toBe(0);

    const id = await publish(['audit-accessibilite', 'rgaa']);
    const first = await feed.nth(1);
    expect(first.errors).toBeUndefined();
    const match = first.data?.missionMatches;
    expect(match?.mission).toEqual({
      id,
      title: expect.stringMatching(/^Mission répliquée/),
      hostAdministration: { name: hostAdministration.name },
      contact: { displayName: expect.stringContaining(host.firstName) as string },
      seatsRemaining: 2,
    });
    expect(match?.missing).toHaveLength(1);
    expect(match?.score).toBeGreaterThan(0.3);
    expect(typeof match?.cursor).toBe('string');
    feed.stop();
    await waitFor(() => gateway2?.subscriptions.active === 0);
  }, 90_000);

  it('survives a restart of missions before any event: what was published meanwhile arrives', async () => {
    const feed = record<MatchEvent>(await clientOf(hub.gateway.graphqlUrl, agent.id), MISSION_MATCHES, {
      minScore: 0.3,
    });
    await waitFor(() => (missions().feed?.size ?? 0) >= 1);

    await restartMissions();
    // Published at once, perhaps before the gateway resubscribed: the subscription has received
    // nothing yet, but it started from the cursor the gateway asked missions for.
    const id = await publish(['audit-accessibilite']);
    const first = await feed.nth(1, 20_000);
    expect(first.errors).toBeUndefined();
    expect(first.data?.missionMatches.mission.id).toBe(id);
    expect(first.data?.missionMatches.mission.hostAdministration.name).toBe(hostAdministration.name);

    // No process crashed: the gateway still answers, missions included.
    const health = await fetch(new URL('/healthz', hub.gateway.url));
    expect(health.ok).toBe(true);
    const read = await hub.queryAs<{ mission: { id: string; title: string } }>(
      agent.id,
      `query ($id: ID!) { mission(id: $id) { id title } }`,
      { id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.mission.id).toBe(id);
    expect((await postGraphQL(hub.gateway.graphqlUrl, '{ __typename }')).data).toEqual({
      __typename: 'Query',
    });
    feed.stop();
    await waitFor(() => hub.gateway.subscriptions.active === 0);
  }, 90_000);

  it('resumes across a restart from the last cursor: M2 and M3 exactly once each, in order, then M4', async () => {
    const feed = record<MatchEvent>(await clientOf(hub.gateway.graphqlUrl, agent.id), MISSION_MATCHES, {
      minScore: 0.3,
    });
    await waitFor(() => (missions().feed?.size ?? 0) >= 1);
    const m1 = await publish(['audit-accessibilite']);
    expect((await feed.nth(1)).data?.missionMatches.mission.id).toBe(m1);

    await restartMissions();
    // Published at once, perhaps before the gateway resubscribed: the cursor of M1 covers them.
    const m2 = await publish(['audit-accessibilite']);
    const m3 = await publish(['audit-accessibilite', 'rgaa']);
    await feed.nth(3, 20_000);
    // A duplicate (live row and catch-up row both delivered) would arrive before the next event.
    const m4 = await publish(['audit-accessibilite']);
    await feed.nth(4, 20_000);
    expect(feed.results.map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(feed.results.map((result) => result.data?.missionMatches.mission.id)).toEqual([m1, m2, m3, m4]);
    const cursors = feed.results.map((result) => result.data?.missionMatches.cursor);
    expect(new Set(cursors).size).toBe(4);
    feed.stop();
  }, 90_000);
});
