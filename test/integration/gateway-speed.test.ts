import { generateDemoData } from '@talents/demo';
import { postGraphQL } from '../support/graphql';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';

/**
 * The gateway's speed levers (docs/edge.md, « Vitesse ») through the real stack: shared fetches
 * never hand one person's answer to another, and identical public reads in flight cost the
 * subgraph one statement set, not one per request.
 */
const demo = generateDemoData({ size: { agents: 30, missions: 30, applications: 20 } });
const CATALOGUE = '{ missions(first: 10) { nodes { id title hostAdministration { name } } } }';

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
});
