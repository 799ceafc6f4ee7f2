import { startSubgraph, type StartedSubgraph, type SubgraphDefinition } from '@talents/common';
import { createTestDatabase } from './database';
import { postGraphQL, type GraphQLResponse } from './graphql';

export interface TestSubgraph extends StartedSubgraph {
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
}

/** One subgraph on a free port over its own fresh database; `stop()` also drops the database. */
export async function startTestSubgraph(definition: SubgraphDefinition): Promise<TestSubgraph> {
  const database = await createTestDatabase();
  const started = await startSubgraph(definition, { databaseUrl: database.url, port: 0 });
  return {
    ...started,
    query: (query, variables) => postGraphQL(started.url, query, variables),
    async stop() {
      await started.stop();
      await database.drop();
    },
  };
}
