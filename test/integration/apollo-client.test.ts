import type * as ApolloCore from '@apollo/client/core' with { 'resolution-mode': 'import' };
import type * as ApolloSubscriptions from '@apollo/client/link/subscriptions' with {
  'resolution-mode': 'import',
};
import {
  MISSION_MATCHES,
  type MatchEvent,
  publishMission,
  setMatchingProfile,
  useLiveHub,
  waitFor,
  waitForProjectedSkill,
} from '../support/subscriptions';

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
describe('Apollo Client subscribing through the gateway', () => {
  const live = useLiveHub();
  const { host, hostAdministration } = live.cast;
  const agent = live.cast.listeners[0]!;

  let apollo: ApolloCore.ApolloClient<unknown> | null = null;

  beforeAll(async () => {
    await setMatchingProfile(live.hub, agent.id, [{ skillId: 'audit-accessibilite', level: 'EXPERT' }]);
    await waitForProjectedSkill(live.hub, agent.id, 'audit-accessibilite');
  });

  afterAll(() => {
    apollo?.stop();
  });

  it('receives a published mission with fields of the three subgraphs', async () => {
    const wsClient = live.client(undefined, await live.hub.sessionCookie(agent.id));
    apollo = new ApolloClient({ link: new GraphQLWsLink(wsClient), cache: new InMemoryCache() });

    const received: Array<FetchResult<MatchEvent>> = [];
    let failure: unknown = null;
    const subscription = apollo.subscribe<MatchEvent>({ query: gql(MISSION_MATCHES) }).subscribe({
      next: (result) => received.push(result),
      error: (error: unknown) => {
        failure = error;
      },
    });
    await waitFor(() => (live.hub.subgraphs.missions?.feed?.size ?? 0) >= 1 || failure !== null);
    expect(failure).toBeNull();

    await publishMission(live.hub, live.cast, {
      title: 'Mission vue par Apollo Client',
      skillIds: ['audit-accessibilite', 'rgaa'],
    });

    await waitFor(() => received.length >= 1 || failure !== null, 15_000);
    expect(failure).toBeNull();
    const first = received[0];
    expect(first?.errors).toBeUndefined();
    expect(first?.data?.missionMatches).toEqual({
      __typename: 'MissionMatch',
      cursor: expect.any(String) as string,
      score: expect.any(Number) as number,
      met: [{ __typename: 'Skill', id: 'audit-accessibilite', label: expect.any(String) as string }],
      missing: [{ __typename: 'Skill', label: expect.any(String) as string }],
      mission: {
        __typename: 'Mission',
        id: expect.any(String) as string,
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
