import { generateDemoData } from '@talents/demo';
import type { Client } from 'graphql-ws';
import { readSupergraph } from '@talents/gateway';
import { Client as PgClient } from 'pg';
import {
  approvePublication,
  liveCast,
  MISSION_MATCHES,
  type MatchEvent,
  publishMission,
  record,
  setMatchingProfile,
  submitMission,
  subscriptionClient,
  waitFor,
  waitForProjectedSkill,
} from '../support/subscriptions';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';

/**
 * Federated subscriptions through the gateway, as a plain graphql-ws client sees them: the event
 * comes from missions, the rest of the payload from profiles and approvals.
 */
describe('federated subscriptions through the gateway', () => {
  const demo = generateDemoData();
  const cast = liveCast(demo);
  const { host, hostAdministration, listeners } = cast;
  const agentA = listeners[0]!;
  const agentB = listeners.find((a) => a.administrationId !== agentA.administrationId);
  if (!agentB) throw new Error('rôles introuvables');

  let hub: TestHub;
  const clients: Client[] = [];
  const wsUrl = () => hub.gateway.graphqlUrl.replace(/^http/, 'ws');
  const clientOf = async (agentId?: string) => {
    const client = subscriptionClient(wsUrl(), agentId ? await hub.sessionCookie(agentId) : undefined);
    clients.push(client);
    return client;
  };

  let counter = 0;
  const publish = (skillIds: string[], restrictedTo: string[] = []) => {
    counter += 1;
    return publishMission(hub, cast, { title: `Mission en direct ${counter}`, skillIds, restrictedTo });
  };

  beforeAll(async () => {
    hub = await startTestHub(demo);
    await setMatchingProfile(hub, agentA.id, [{ skillId: 'audit-accessibilite', level: 'EXPERT' }]);
    await setMatchingProfile(hub, agentB.id, [{ skillId: 'python', level: 'ADVANCED' }]);
    await waitForProjectedSkill(hub, agentA.id, 'audit-accessibilite');
    await waitForProjectedSkill(hub, agentB.id, 'python');
  }, 90_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await hub?.stop();
  });

  it('pushes a published mission to the agents it matches only, with fields of the three subgraphs', async () => {
    const feedA = record<MatchEvent>(await clientOf(agentA.id), MISSION_MATCHES, { minScore: 0.3 });
    const feedB = record<MatchEvent>(await clientOf(agentB.id), MISSION_MATCHES, { minScore: 0.3 });
    // Both subscriptions are live once the gateway holds them upstream.
    await waitFor(() => hub.gateway.subscriptions.active >= 2);

    const forA = await publish(['audit-accessibilite', 'rgaa']);
    const forB = await publish(['python']);

    const first = await feedA.nth(1);
    expect(first.errors).toBeUndefined();
    const match = first.data?.missionMatches;
    expect(match?.mission).toEqual({
      id: forA,
      title: expect.stringMatching(/^Mission en direct/),
      hostAdministration: { name: hostAdministration.name },
      contact: { displayName: expect.stringContaining(host.firstName) as string },
      seatsRemaining: 2,
    });
    expect(match?.met.map((skill) => skill.id)).toEqual(['audit-accessibilite']);
    expect(match?.met[0]?.label).toBeTruthy();
    expect(match?.missing).toHaveLength(1);
    expect(match?.score).toBeGreaterThan(0.3);
    expect(match?.score).toBeLessThanOrEqual(1);
    expect(typeof match?.cursor).toBe('string');
    // The gateway's own resume cursor never leaks into the payload.
    expect(Object.keys(match ?? {})).not.toContain('talentsFeedCursor_');

    // B's first event is the mission of B's skill: the first one never reached B.
    const firstOfB = await feedB.nth(1);
    expect(firstOfB.data?.missionMatches.mission.id).toBe(forB);
    feedA.stop();
    feedB.stop();
  }, 60_000);

  it('never pushes a mission restricted to other administrations', async () => {
    const feedA = record<MatchEvent>(await clientOf(agentA.id), MISSION_MATCHES, { minScore: 0 });
    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    await publish(['audit-accessibilite'], [agentB.administrationId]);
    const open = await publish(['audit-accessibilite']);
    const first = await feedA.nth(1);
    expect(first.data?.missionMatches.mission.id).toBe(open);
    feedA.stop();
  }, 60_000);

  it('resumes after a dropped connection with what was missed, no gap and no duplicate', async () => {
    const client = await clientOf(agentA.id);
    const feed = record<MatchEvent>(client, MISSION_MATCHES, { minScore: 0.3 });
    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    const seen = await publish(['audit-accessibilite']);
    const first = await feed.nth(1);
    expect(first.data?.missionMatches.mission.id).toBe(seen);
    const cursor = first.data?.missionMatches.cursor;
    await client.dispose();

    const missed = [await publish(['audit-accessibilite']), await publish(['audit-accessibilite', 'rgaa'])];
    const resumed = record<MatchEvent>(await clientOf(agentA.id), MISSION_MATCHES, {
      minScore: 0.3,
      after: cursor,
    });
    await resumed.nth(2);
    const live = await publish(['audit-accessibilite']);
    await resumed.nth(3);
    expect(resumed.results.map((result) => result.data?.missionMatches.mission.id)).toEqual([
      ...missed,
      live,
    ]);
    resumed.stop();
  }, 60_000);

  it('lets anonymous visitors follow the public catalogue live, filtered, and keeps the matches for agents', async () => {
    const anonymous = await clientOf();
    const published = record<{
      missionPublished: { cursor: string; mission: { id: string; title: string } };
    }>(
      anonymous,
      `subscription ($filter: MissionFeedFilter) {
        missionPublished(filter: $filter) { cursor mission { id title } }
      }`,
      { filter: { skillIds: ['python'] } },
    );
    const refused = record(anonymous, MISSION_MATCHES);
    const refusal = await refused.nth(1);
    expect(refusal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refusal.errors?.[0]?.message).toMatch(/connect/i);

    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    await publish(['audit-accessibilite']);
    const python = await publish(['python']);
    const first = await published.nth(1);
    expect(first.data?.missionPublished.mission.id).toBe(python);
    published.stop();
  }, 60_000);

  it('completes an event with public fields once for all its subscribers, and personal ones per subscriber', async () => {
    // The host is the contact of the missions published here: their own e-mail is theirs to read.
    await setMatchingProfile(hub, host.id, [{ skillId: 'audit-accessibilite', level: 'EXPERT' }]);
    await waitForProjectedSkill(hub, host.id, 'audit-accessibilite');
    const PERSONAL = `subscription {
      missionMatches(minScore: 0.3) { mission { id contact { displayName email } } }
    }`;
    type PersonalEvent = {
      missionMatches: { mission: { id: string; contact: { displayName: string; email: string | null } } };
    };
    const ofHost = record<PersonalEvent>(await clientOf(host.id), PERSONAL);
    const ofAgent = record<PersonalEvent>(await clientOf(agentA.id), PERSONAL);
    await waitFor(() => hub.gateway.subscriptions.active >= 2);
    const id = await publish(['audit-accessibilite']);
    const [hostEvent, agentEvent] = [await ofHost.nth(1), await ofAgent.nth(1)];
    expect(hostEvent.errors).toBeUndefined();
    expect(hostEvent.data?.missionMatches.mission).toEqual({
      id,
      contact: { displayName: expect.stringContaining(host.firstName) as string, email: host.email },
    });
    expect(agentEvent.data?.missionMatches.mission.contact).toEqual({
      displayName: hostEvent.data?.missionMatches.mission.contact.displayName,
      email: null,
    });
    expect(agentEvent.errors?.[0]).toMatchObject({
      path: ['missionMatches', 'mission', 'contact', 'email'],
      extensions: { code: 'FORBIDDEN' },
    });
    ofHost.stop();
    ofAgent.stop();
    await waitFor(() => hub.gateway.subscriptions.active === 0);

    // What profiles and approvals run for one publication does not grow with its subscribers.
    const projection = new PgClient({ connectionString: hub.databaseUrl });
    await projection.connect();
    const restStatements = async (subscribers: number) => {
      const feeds: Array<ReturnType<typeof record<MatchEvent>>> = [];
      for (let i = 0; i < subscribers; i += 1) {
        feeds.push(record<MatchEvent>(await clientOf(agentA.id), MISSION_MATCHES, { minScore: 0.3 }));
      }
      await waitFor(() => hub.gateway.subscriptions.active >= subscribers);
      counter += 1;
      const mission = await submitMission(hub, cast, {
        title: `Mission en direct ${counter}`,
        skillIds: ['audit-accessibilite', 'rgaa'],
      });
      // The projection of the submission first, so that none of its work falls in the count.
      await waitFor(() => projected.get(mission) === 'SUBMITTED');
      const { statements } = await hub.countStatements(async () => {
        await approvePublication(hub, cast, mission);
        for (const feed of feeds) expect((await feed.nth(1)).data?.missionMatches.mission.id).toBe(mission);
        // approvals' projection of the mission follows the publication: counted in full, every time.
        await waitFor(() => projected.get(mission) === 'PUBLISHED');
      });
      for (const feed of feeds) feed.stop();
      await waitFor(() => hub.gateway.subscriptions.active === 0);
      return { profiles: statements.profiles ?? 0, approvals: statements.approvals ?? 0 };
    };
    const projected = new Map<string, string>();
    // The poll in flight, awaited before the connection closes under it.
    let polling: Promise<void> = Promise.resolve();
    const watch = setInterval(() => {
      polling = projection
        .query<{ id: string; status: string }>(
          'SELECT mission_id::text AS id, status FROM approvals.mission_projection',
        )
        .then((result) => result.rows.forEach((row) => projected.set(row.id, row.status)));
    }, 50);
    try {
      // A first round settles what is counted once per process (look-ups cached by the gateway).
      await restStatements(1);
      const forOne = await restStatements(1);
      const forFive = await restStatements(5);
      expect(forOne.profiles).toBeGreaterThan(0);
      expect(forFive.approvals).toBe(forOne.approvals);
      // Give or take the look-ups of the subscriber and of the publisher coming due in the gateway's
      // 30 s cache; unshared, the four more deliveries would have cost at least 12 more.
      expect(forFive.profiles - forOne.profiles).toBeLessThanOrEqual(2);
    } finally {
      clearInterval(watch);
      await polling;
      await projection.end();
    }
  }, 90_000);

  it('filters a running subscription with the rights the person has now, not those they subscribed with', async () => {
    // A gateway that forgets who people are after 200 ms instead of 30 s.
    const CACHE_MS = 200;
    const gateway = await startGatewayOver(hub, { auth: { principalCacheMs: CACHE_MS } });
    const profiles = hub.subgraphs.profiles?.db;
    const hosted = hostAdministration.id;
    try {
      // Agent A becomes a host of the administration the missions are restricted to.
      await profiles?.query(
        'INSERT INTO profiles.host_referent (agent_id, administration_id) VALUES ($1, $2)',
        [agentA.id, hosted],
      );
      const client = subscriptionClient(
        gateway.graphqlUrl.replace(/^http/, 'ws'),
        await hub.sessionCookie(agentA.id),
      );
      clients.push(client);
      const feed = record<{ missionPublished: { mission: { id: string } } }>(
        client,
        'subscription { missionPublished { mission { id } } }',
      );
      await waitFor(() => gateway.subscriptions.active >= 1);
      const whileHost = await publish(['python'], [hosted]);
      expect((await feed.nth(1)).data?.missionPublished.mission.id).toBe(whileHost);

      await profiles?.query(
        'DELETE FROM profiles.host_referent WHERE agent_id = $1 AND administration_id = $2',
        [agentA.id, hosted],
      );
      // Past what the gateway may still answer from its cache (one period, and one more while it
      // looks again): the cache is time-based, so is this wait.
      await new Promise((resolve) => setTimeout(resolve, 3 * CACHE_MS));
      const afterwards = await publish(['python'], [hosted]);
      const open = await publish(['python']);
      const second = await feed.nth(2);
      expect(second.errors).toBeUndefined();
      expect(second.data?.missionPublished.mission.id).toBe(open);
      expect(feed.results.map((result) => result.data?.missionPublished.mission.id)).not.toContain(
        afterwards,
      );
      feed.stop();
    } finally {
      await profiles?.query(
        'DELETE FROM profiles.host_referent WHERE agent_id = $1 AND administration_id = $2',
        [agentA.id, hosted],
      );
      await gateway.stop();
    }
  }, 60_000);

  it('closes live sockets with 4205 when the supergraph changes; resumed from its cursor, a client misses nothing', async () => {
    const closes: number[] = [];
    const client = subscriptionClient(wsUrl(), await hub.sessionCookie(agentA.id), {
      onClosed: (code) => closes.push(code),
    });
    clients.push(client);
    const feed = record<MatchEvent>(client, MISSION_MATCHES, { minScore: 0.3 });
    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    await publish(['audit-accessibilite']);
    const cursor = (await feed.nth(1)).data?.missionMatches.cursor;

    hub.gateway.updateSupergraph(readSupergraph());
    await waitFor(() => closes.length > 0);
    expect(closes).toEqual([4205]);
    const missed = await publish(['audit-accessibilite']);
    const resumed = record<MatchEvent>(await clientOf(agentA.id), MISSION_MATCHES, {
      minScore: 0.3,
      after: cursor,
    });
    expect((await resumed.nth(1)).data?.missionMatches.mission.id).toBe(missed);
    resumed.stop();
  }, 60_000);

  it('refuses a malformed cursor with BAD_USER_INPUT naming `after`', async () => {
    const feed = record(await clientOf(agentA.id), MISSION_MATCHES, { after: 'pas-un-curseur' });
    const result = await feed.nth(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
