import type * as ApolloCore from '@apollo/client/core' with { 'resolution-mode': 'import' };
import type * as ApolloSubscriptions from '@apollo/client/link/subscriptions' with {
  'resolution-mode': 'import',
};
import { generateDemoData } from '@talents/demo';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestHub, type TestHub } from '../support/hub';

// Apollo Client's entry points are typed as ES modules (`"type": "module"`) but ship CommonJS
// builds (`core.cjs`): a typed require, as gateway/src/auth/openid-client.ts does, since
// `module: Node16` refuses a static import of ESM from a CommonJS file.
/* eslint-disable @typescript-eslint/no-require-imports */
const { ApolloClient, gql, InMemoryCache } = require('@apollo/client/core') as typeof ApolloCore;
const { GraphQLWsLink } = require('@apollo/client/link/subscriptions') as typeof ApolloSubscriptions;
/* eslint-enable @typescript-eslint/no-require-imports */
type FetchResult<T> = ApolloCore.FetchResult<T>;

/**
 * The federated subscription as a front end built on Apollo Client sees it: GraphQLWsLink over a
 * graphql-ws client, the session cookie on the upgrade request, fields of the three subgraphs.
 */
const MATCHES = gql`
  subscription MissionMatches {
    missionMatches {
      score
      missing {
        label
      }
      mission {
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

interface MatchEvent {
  missionMatches: {
    score: number;
    missing: Array<{ label: string }>;
    mission: {
      title: string;
      hostAdministration: { name: string };
      contact: { displayName: string };
      seatsRemaining: number;
    };
  };
}

describe('Apollo Client subscribing through the gateway', () => {
  const demo = generateDemoData();
  const admins = new Set(demo.programmeAdmins ?? []);
  const referent = (demo.hostReferents ?? []).find((r) => !admins.has(r.agentId));
  if (!referent) throw new Error('aucun référent dans les données de démonstration');
  const host = demo.agents.find((a) => a.id === referent.agentId);
  const admin = demo.agents.find((a) => admins.has(a.id));
  const hostAdministration = demo.administrations.find((a) => a.id === referent.administrationId);
  const agent = demo.agents.find(
    (a) =>
      !admins.has(a.id) &&
      !(demo.hostReferents ?? []).some((r) => r.agentId === a.id) &&
      a.administrationId !== referent.administrationId,
  );
  if (!host || !admin || !agent || !hostAdministration) throw new Error('rôles introuvables');

  let hub: TestHub;
  let wsClient: Client | null = null;
  let apollo: ApolloCore.ApolloClient<unknown> | null = null;

  beforeAll(async () => {
    hub = await startTestHub(demo);
    const response = await hub.queryAs(
      agent.id,
      `mutation ($id: ID!, $skills: [AgentSkillInput!]!, $availability: AgentAvailabilityInput!) {
        setAgentSkills(id: $id, skills: $skills) { id }
        setAgentAvailability(id: $id, input: $availability) { id }
      }`,
      {
        id: agent.id,
        skills: [{ skillId: 'audit-accessibilite', level: 'EXPERT' }],
        availability: { hoursPerMonth: 20, from: null, until: null },
      },
    );
    expect(response.errors).toBeUndefined();
    // missions' projection of the agent (fed by agent.changed) must hold the skill.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const rows = (await hub.subgraphs.missions!.db.query(
        'SELECT skill_ids FROM missions.agent_match_profile WHERE agent_id = $1',
        [agent.id],
      )) as Array<{ skill_ids: string[] }>;
      if (rows[0]?.skill_ids.includes('audit-accessibilite')) break;
      if (Date.now() > deadline) throw new Error('projection de l’agent absente');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);

  afterAll(async () => {
    apollo?.stop();
    await wsClient?.dispose();
    await hub?.stop();
  });

  it('receives a published mission with fields of the three subgraphs', async () => {
    const cookie = await hub.sessionCookie(agent.id);
    class CookieSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    wsClient = createClient({
      url: hub.gateway.graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: CookieSocket,
      retryAttempts: 0,
    });
    apollo = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });

    const received: Array<FetchResult<MatchEvent>> = [];
    let failure: unknown = null;
    const subscription = apollo.subscribe<MatchEvent>({ query: MATCHES }).subscribe({
      next: (result) => received.push(result),
      error: (error: unknown) => {
        failure = error;
      },
    });
    await waitFor(() => (hub.subgraphs.missions?.feed?.size ?? 0) >= 1 || failure !== null);
    expect(failure).toBeNull();

    const created = await hub.queryAs<{ createMission: { id: string } }>(
      host.id,
      `mutation ($input: MissionInput!) { createMission(input: $input) { id } }`,
      {
        input: {
          title: 'Mission vue par Apollo Client',
          kind: 'UX_IMPROVEMENT',
          domain: 'TECHNICAL',
          description: 'Améliorer le parcours d’un service en ligne.',
          hostAdministrationId: referent.administrationId,
          contactAgentId: host.id,
          requiredSkills: ['audit-accessibilite', 'rgaa'].map((skillId) => ({
            skillId,
            minLevel: 'INTERMEDIATE',
          })),
          effortHours: 20,
          startDate: '2027-03-01',
          endDate: '2027-05-31',
          applicationDeadline: '2027-02-15',
          workMode: 'REMOTE',
          seats: 2,
          restrictedToAdministrationIds: [],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createMission.id ?? '';
    expect(
      (await hub.queryAs(host.id, `mutation ($id: ID!) { submitMission(id: $id) { id } }`, { id })).errors,
    ).toBeUndefined();
    expect(
      (await hub.queryAs(admin.id, `mutation ($id: ID!) { publishMission(id: $id) { id } }`, { id })).errors,
    ).toBeUndefined();

    await waitFor(() => received.length >= 1 || failure !== null, 15_000);
    expect(failure).toBeNull();
    const first = received[0];
    expect(first?.errors).toBeUndefined();
    expect(first?.data?.missionMatches).toEqual({
      __typename: 'MissionMatch',
      score: expect.any(Number) as number,
      missing: [{ __typename: 'Skill', label: expect.any(String) as string }],
      mission: {
        __typename: 'Mission',
        title: 'Mission vue par Apollo Client',
        hostAdministration: { __typename: 'Administration', name: hostAdministration.name },
        contact: {
          __typename: 'Agent',
          displayName: expect.stringContaining(host.firstName) as string,
        },
        seatsRemaining: 2,
      },
    });
    expect(first?.data?.missionMatches.score).toBeGreaterThan(0);
    subscription.unsubscribe();
  }, 60_000);
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition non remplie à temps');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
