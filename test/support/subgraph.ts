import { startSubgraph, type StartedSubgraph, type SubgraphDefinition, type Viewer } from '@talents/common';
import { createTestDatabase } from './database';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { gatewayAuthorization, TEST_ADMIN, testGatewayKeys } from './tokens';

export interface TestSubgraph extends StartedSubgraph {
  /** Sends the operation as the gateway would for `as` (default: a programme admin). */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Viewer,
  ): Promise<GraphQLResponse<TData>>;
}

/** Starts a subgraph that trusts the test gateway keys (`test/support/tokens.ts`). */
export async function startTrustingSubgraph(
  definition: SubgraphDefinition,
  databaseUrl: string,
): Promise<TestSubgraph> {
  const keys = await testGatewayKeys();
  const started = await startSubgraph(definition, {
    databaseUrl,
    port: 0,
    gatewayKeys: { jwks: keys.publicJwks },
  });
  return {
    ...started,
    query: async (query, variables, as = TEST_ADMIN) =>
      postGraphQL(started.url, query, variables, { authorization: await gatewayAuthorization(as) }),
  };
}

/** One subgraph on a free port over its own fresh database; `stop()` also drops the database. */
export async function startTestSubgraph(definition: SubgraphDefinition): Promise<TestSubgraph> {
  const database = await createTestDatabase();
  const started = await startTrustingSubgraph(definition, database.url);
  return {
    ...started,
    async stop() {
      await started.stop();
      await database.drop();
    },
  };
}
