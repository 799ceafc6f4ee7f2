import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayContext } from '../src/gateway';
import { SubscriptionPlanner } from '../src/subscriptions/planner';
import { SharedPublicFetches } from '../src/subscriptions/public-fetches';

const planner = new SubscriptionPlanner(
  readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
);

const entityFetch = (typeName: string, selection: string) =>
  `query($representations:[_Any!]!){_entities(representations:$representations){...on ${typeName}{${selection}}}}`;

describe('public fetches of a subscription plan', () => {
  it('are the fetches selecting nothing but fields tagged public', () => {
    const plan = planner.plan(
      `subscription {
        missionMatches { score missing { label } mission { title hostAdministration { name parent { name } } contact { displayName } seatsRemaining } }
      }`,
      null,
    );
    expect([...plan.publicFetches].sort()).toEqual(
      [
        entityFetch('Administration', 'name parent{name}'),
        entityFetch('Agent', 'displayName'),
        entityFetch('Mission', 'seatsRemaining'),
        entityFetch('Skill', 'label'),
      ].sort(),
    );
  });

  it('leave out a fetch with one personal field in it', () => {
    const plan = planner.plan(
      'subscription { missionMatches { mission { contact { displayName email } } } }',
      null,
    );
    expect(plan.publicFetches.size).toBe(0);
  });
});

describe('shared public fetches', () => {
  const anonymous = { requestId: 'anonyme' } as unknown as GatewayContext;
  const subscriber = { requestId: 'abonné' } as unknown as GatewayContext;
  const query = entityFetch('Agent', 'displayName');

  function countingService() {
    const contexts: GatewayContext[] = [];
    const service: GraphQLDataSource<GatewayContext> = {
      process: (options) => {
        contexts.push(options.context as GatewayContext);
        return Promise.resolve({ data: { _entities: [{ displayName: 'Marie DUPONT' }] } });
      },
    };
    return { contexts, service };
  }

  const fetchFor = (sources: Record<string, GraphQLDataSource<GatewayContext>>, text = query) =>
    sources.profiles?.process({
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query: text, variables: { representations: [{ __typename: 'Agent', id: '1' }] } },
      context: subscriber,
      incomingRequestContext: { context: subscriber } as never,
    });

  it('ask once per event, as nobody, and give each delivery its own copy', async () => {
    const { contexts, service } = countingService();
    const shared = new SharedPublicFetches(() => anonymous);
    const publicOperations = new Set([query]);
    const first = await fetchFor(shared.dataSources({ profiles: service }, publicOperations, 'missions:1'));
    const second = await fetchFor(shared.dataSources({ profiles: service }, publicOperations, 'missions:1'));
    expect(contexts).toEqual([anonymous]);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);

    await fetchFor(shared.dataSources({ profiles: service }, publicOperations, 'missions:2'));
    expect(contexts).toEqual([anonymous, anonymous]);
  });

  it('forward other fetches, and events without identity, under the subscriber', async () => {
    const { contexts, service } = countingService();
    const shared = new SharedPublicFetches(() => anonymous);
    await fetchFor(shared.dataSources({ profiles: service }, new Set([query]), 'missions:1'), 'query{other}');
    await fetchFor(shared.dataSources({ profiles: service }, new Set([query]), null));
    expect(contexts).toEqual([subscriber, subscriber]);
  });
});
