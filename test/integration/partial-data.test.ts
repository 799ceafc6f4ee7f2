import { generateDemoData, type DemoData } from '@talents/demo';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { liveCast } from '../support/subscriptions';

interface CatalogueNode {
  id: string;
  title: string;
  seatsRemaining: number;
  applications: Array<{ id: string }> | null;
  contact: { displayName: string; email: string | null } | null;
}

const CATALOGUE = `{
  missions(first: 8) {
    nodes { id title seatsRemaining applications { id } contact { displayName email } }
  }
}`;

/**
 * A refused field costs that field only: the subgraph's answer keeps its HTTP 200 whatever its
 * fields raise, so that the gateway keeps the rest of the fetch (it drops a fetch answered 401).
 */
describe('partial data through the gateway', () => {
  let hub: TestHub;
  let demo: DemoData;

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 40, missions: 16, applications: 12 } });
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** Every node keeps its public fields; each refused path is null with exactly one error. */
  function expectPartial(
    response: GraphQLResponse<{ missions: { nodes: CatalogueNode[] } }>,
    refused: Record<'applications' | 'email', string | null>,
  ): void {
    const nodes = response.data?.missions.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    const expectedErrors: string[] = [];
    nodes.forEach((node, index) => {
      expect(node.title).toEqual(expect.any(String));
      expect(node.seatsRemaining).toEqual(expect.any(Number));
      expect(node.contact?.displayName).toEqual(expect.any(String));
      if (refused.applications) {
        expect(node.applications).toBeNull();
        expectedErrors.push(`missions.nodes.${index}.applications ${refused.applications}`);
      }
      if (refused.email) {
        expect(node.contact?.email).toBeNull();
        expectedErrors.push(`missions.nodes.${index}.contact.email ${refused.email}`);
      }
    });
    const errors = (response.errors ?? []).map((e) => `${(e.path ?? []).join('.')} ${e.extensions?.code}`);
    expect(errors.sort()).toEqual(expectedErrors.sort());
  }

  it('keeps the public fields for an anonymous visitor, refusing the rest as UNAUTHENTICATED', async () => {
    const response = await hub.query<{ missions: { nodes: CatalogueNode[] } }>(CATALOGUE);
    expectPartial(response, { applications: 'UNAUTHENTICATED', email: 'UNAUTHENTICATED' });
  });

  it('keeps what a signed-in agent may see and refuses others’ contact details as FORBIDDEN', async () => {
    const [listener] = liveCast(demo).listeners;
    const response = await hub.queryAs<{ missions: { nodes: CatalogueNode[] } }>(
      listener?.id ?? '',
      CATALOGUE,
    );
    // An agent sees their own applications (often none): the list is answered, never refused.
    for (const node of response.data?.missions.nodes ?? [])
      expect(node.applications).toEqual(expect.any(Array));
    expectPartial(response, { applications: null, email: 'FORBIDDEN' });
  });

  it('keeps what an API key’s scopes open and refuses the rest field by field', async () => {
    const lines = await runApiClientCommand(
      ['create', '--name', 'SI de la DGFiP', '--scopes', 'missions:read'],
      hub.databaseUrl,
    );
    const response = await postGraphQL<{ missions: { nodes: CatalogueNode[] } }>(
      hub.gateway.graphqlUrl,
      CATALOGUE,
      {},
      { authorization: `Bearer ${lines.at(-1) ?? ''}` },
    );
    expectPartial(response, { applications: 'FORBIDDEN', email: 'FORBIDDEN' });
  });
});
