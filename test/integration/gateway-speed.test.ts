import { generateDemoData } from '@talents/demo';
import { eventually } from '../support/eventually';
import { postGraphQL } from '../support/graphql';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';
import { MISSION_CARD } from '../support/mission-card';
import { RoundRobinProxy } from '../support/round-robin-proxy';

/**
 * The gateway's speed levers (docs/edge.md, « Vitesse ») through the real stack: shared fetches
 * never hand one person's answer to another, and identical public reads in flight cost the
 * subgraph one statement set, not one per request.
 */
const demo = generateDemoData({ size: { agents: 30, missions: 30, applications: 20 } });
const CATALOGUE = '{ missions(first: 10) { nodes { id title hostAdministration { name } } } }';
const MISSION = /* GraphQL */ `
  query Mission($id: ID!) {
    mission(id: $id) {
      ...MissionCard
      contact {
        email
      }
    }
  }
  ${MISSION_CARD}
`;

describe('the gateway’s speed levers', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(demo);
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('gives each of twenty people asking `me` at once their own profile, three times over', async () => {
    const agents = demo.agents.slice(0, 20).map((agent) => agent.id);
    for (let round = 0; round < 3; round += 1) {
      const answers = await Promise.all(
        agents.map((id) => hub.queryAs<{ me: { id: string; email: string } }>(id, '{ me { id email } }')),
      );
      expect(answers.map((answer) => answer.data?.me.id)).toEqual(agents);
      expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    }
  });

  it('answers identical anonymous reads in flight with fewer statements than without sharing', async () => {
    const without = await startGatewayOver(hub, { speed: { dedupeFetches: false } });
    try {
      const burst = (url: string) =>
        Promise.all(Array.from({ length: 20 }, () => postGraphQL(url, CATALOGUE)));
      // Warm: the plans and the token are made before counting.
      await burst(hub.gateway.graphqlUrl);
      await burst(without.graphqlUrl);
      const shared = await hub.countStatements(() => burst(hub.gateway.graphqlUrl));
      const separate = await hub.countStatements(() => burst(without.graphqlUrl));
      expect(new Set(shared.result.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(shared.result.map((answer) => JSON.stringify(answer))).toEqual(
        separate.result.map((answer) => JSON.stringify(answer)),
      );
      expect(shared.statements.missions).toBeLessThan(separate.statements.missions ?? 0);
    } finally {
      await without.stop();
    }
  });

  it('sends a plan’s parallel fetches to profiles as one request, with the same answers as one by one', async () => {
    const proxy = await RoundRobinProxy.start('profiles');
    const profilesUrl = new URL(hub.subgraphs.profiles!.url);
    proxy.add(profilesUrl.origin);
    const overProxy = { subgraphUrls: { profiles: `${proxy.url}${profilesUrl.pathname}` } };
    const batched = await startGatewayOver(hub, overProxy);
    const separate = await startGatewayOver(hub, { ...overProxy, speed: { batchFetches: false } });
    try {
      const ready = await eventually(
        () => Promise.resolve(proxy.isReady(profilesUrl.origin)),
        (isReady) => isReady,
      );
      expect(ready).toBe(true);
      const mission = demo.missions.find(
        (candidate) =>
          candidate.status === 'PUBLISHED' && candidate.restrictedToAdministrationIds.length === 0,
      )!;
      const host = demo.agents.find((agent) => agent.id === mission.contactAgentId)!;
      const ask = async (url: string, cookie?: string) => {
        const before = proxy.stats.requests;
        const answer = await postGraphQL(url, MISSION, { id: mission.id }, cookie ? { cookie } : {});
        return { answer: JSON.stringify(answer), profilesRequests: proxy.stats.requests - before };
      };
      // Anonymous (the contact's e-mail refused: partial data, its error on its path) and signed in.
      for (const cookie of [undefined, await hub.sessionCookie(host.id)]) {
        await ask(batched.graphqlUrl, cookie); // plans and tokens made before counting
        await ask(separate.graphqlUrl, cookie);
        const one = await ask(batched.graphqlUrl, cookie);
        const three = await ask(separate.graphqlUrl, cookie);
        expect(one.answer).toBe(three.answer);
        expect(JSON.parse(one.answer).data.mission.hostAdministration.name).toBeTruthy();
        expect(three.profilesRequests).toBe(3);
        expect(one.profilesRequests).toBe(1);
      }
    } finally {
      await batched.stop();
      await separate.stop();
      await proxy.close();
    }
  });
});
