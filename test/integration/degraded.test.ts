import { approvalsSubgraph } from '@talents/approvals';
import { generateDemoData, type DemoData } from '@talents/demo';
import { missionsSubgraph } from '@talents/missions';
import { profilesSubgraph } from '@talents/profiles';
import type { GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { restartSubgraph } from '../support/subscriptions';

interface Catalogue {
  skills: Array<{ id: string; label: string }> | null;
  missions: {
    nodes: Array<{
      id: string;
      title: string;
      hostAdministration: { name: string } | null;
      contact: { displayName: string } | null;
      requiredSkills: Array<{ minLevel: string; skill: { label: string } | null }>;
      seatsRemaining: number | null;
    }>;
  } | null;
}

const CATALOGUE = `{
  skills { id label }
  missions(first: 6) {
    nodes {
      id title hostAdministration { name } contact { displayName }
      requiredSkills { minLevel skill { label } } seatsRemaining
    }
  }
}`;

/** One subgraph down costs the fields it serves: the schema's nullability says which, nothing is blanked. */
describe('one subgraph down', () => {
  let hub: TestHub;
  let demo: DemoData;
  let healthy: GraphQLResponse<Catalogue>;

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 30, missions: 12, applications: 8 } });
    hub = await startTestHub(demo);
    healthy = await hub.query<Catalogue>(CATALOGUE);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const titles = (response: GraphQLResponse<Catalogue>) => response.data?.missions?.nodes.map((n) => n.title);
  const unavailable = (response: GraphQLResponse<Catalogue>) => [
    ...new Set((response.errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.service}`)),
  ];
  /** The path of every error, as text: each missing field has its own. */
  const errorPaths = (response: GraphQLResponse<Catalogue>) =>
    (response.errors ?? []).map((e) => (e.path ?? []).join('.')).sort();
  const nodeCount = () => healthy.data?.missions?.nodes.length ?? 0;
  const eachNode = (field: string) =>
    Array.from({ length: nodeCount() }, (_, i) => `missions.nodes.${i}.${field}`);

  it('answers in full while every subgraph is up', () => {
    expect(healthy.errors).toBeUndefined();
    expect(titles(healthy)?.length).toBeGreaterThan(0);
  });

  it('approvals down: titles, hosts and skills kept, places left null', async () => {
    await restartSubgraph(hub, approvalsSubgraph, async () => {
      const response = await hub.query<Catalogue>(CATALOGUE);
      expect(titles(response)).toEqual(titles(healthy));
      for (const node of response.data?.missions?.nodes ?? []) {
        expect(node.hostAdministration?.name).toEqual(expect.any(String));
        expect(node.seatsRemaining).toBeNull();
      }
      expect(response.data?.skills).toEqual(healthy.data?.skills);
      expect(unavailable(response)).toEqual(['SERVICE_UNAVAILABLE approvals']);
      expect(errorPaths(response)).toEqual(eachNode('seatsRemaining').sort());
    });
  });

  it('profiles down: titles and places kept, hosts, contacts and skill labels null', async () => {
    await restartSubgraph(hub, profilesSubgraph, async () => {
      const response = await hub.query<Catalogue>(CATALOGUE);
      expect(titles(response)).toEqual(titles(healthy));
      expect(response.data?.skills).toBeNull();
      for (const [index, node] of (response.data?.missions?.nodes ?? []).entries()) {
        expect(node.hostAdministration).toBeNull();
        expect(node.contact).toBeNull();
        expect(node.seatsRemaining).toBe(healthy.data?.missions?.nodes[index]?.seatsRemaining);
        for (const required of node.requiredSkills) {
          expect(required.minLevel).toEqual(expect.any(String));
          expect(required.skill).toBeNull();
        }
      }
      expect(unavailable(response)).toEqual(['SERVICE_UNAVAILABLE profiles']);
      const paths = errorPaths(response);
      expect(paths).toContain('skills');
      // The deepest missing field: the referenced entity's own, which nulls the reference.
      for (const field of ['hostAdministration.name', 'contact.displayName']) {
        for (const path of eachNode(field)) expect(paths).toContain(path);
      }
      healthy.data?.missions?.nodes.forEach((node, i) =>
        node.requiredSkills.forEach((_, j) =>
          expect(paths).toContain(`missions.nodes.${i}.requiredSkills.${j}.skill.label`),
        ),
      );
    });
  });

  it('missions down: the catalogue is null, the skills referential kept', async () => {
    await restartSubgraph(hub, missionsSubgraph, async () => {
      const response = await hub.query<Catalogue>(CATALOGUE);
      expect(response.data?.missions).toBeNull();
      expect(response.data?.skills).toEqual(healthy.data?.skills);
      expect(unavailable(response)).toEqual(['SERVICE_UNAVAILABLE missions']);
      expect(errorPaths(response)).toEqual(['missions']);
    });
  });

  it('answers in full again once they are back', async () => {
    const response = await hub.query<Catalogue>(CATALOGUE);
    expect(response).toEqual(healthy);
  });
});
