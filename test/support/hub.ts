import { randomBytes } from 'node:crypto';
import type { DemoData } from '@talents/demo';
import {
  generateSigningKeys,
  readSupergraph,
  SESSION_COOKIE,
  signSession,
  startGateway,
  type GatewayAuthOptions,
  type GatewayOptions,
  type RunningGateway,
} from '@talents/gateway';
import { startHub, type HubOptions, type RunningHub } from '../../hub/src/hub';
import { createMigratedTestDatabase } from './database';
import { postGraphQL, type GraphQLResponse } from './graphql';

export interface TestHub extends RunningHub {
  /** The suite's own database, e.g. for a second gateway or the API client commands. */
  databaseUrl: string;
  /** HS256 secret of the session cookies, e.g. for a second gateway replica. */
  sessionSecret: Uint8Array;
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** The same operation, sent by a browser signed in as `agentId` (a session cookie). */
  queryAs<TData = Record<string, unknown>>(
    agentId: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>>;
  /** The `cookie` header of a browser signed in as `agentId`. */
  sessionCookie(agentId: string): Promise<string>;
  /** SQL statements each subgraph ran while `work` did. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: Record<string, number> }>;
}

/** The real stack — three subgraphs and the gateway on free ports — over a fresh database. */
export async function startTestHub(
  demo?: DemoData,
  options: Pick<HubOptions, 'personaLogin' | 'keys' | 'edge' | 'background'> = {},
): Promise<TestHub> {
  const database = await createMigratedTestDatabase();
  const sessionSecret = randomBytes(32);
  const sessionCookie = async (agentId: string) =>
    `${SESSION_COOKIE}=${await signSession(sessionSecret, agentId)}`;
  // Keys and session secret are handed over as a production deployment would (suites may run with
  // NODE_ENV=production, where the gateway refuses to make them up).
  const hub = await startHub({
    databaseUrl: database.url,
    port: 0,
    demo,
    keys: options.keys ?? (await generateSigningKeys()),
    sessionSecret,
    personaLogin: options.personaLogin,
    edge: options.edge,
    background: options.background,
  });
  return {
    ...hub,
    databaseUrl: database.url,
    sessionSecret,
    query: (query, variables) => postGraphQL(hub.gateway.graphqlUrl, query, variables),
    sessionCookie,
    queryAs: async (agentId, query, variables) =>
      postGraphQL(hub.gateway.graphqlUrl, query, variables, { cookie: await sessionCookie(agentId) }),
    async countStatements(work) {
      const before = Object.fromEntries(
        Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.queries.count]),
      );
      const result = await work();
      const statements = Object.fromEntries(
        Object.entries(hub.subgraphs).map(([name, subgraph]) => [
          name,
          subgraph.queries.count - (before[name] ?? 0),
        ]),
      );
      return { result, statements };
    },
    async stop() {
      await hub.stop();
      await database.drop();
    },
  };
}

/**
 * One more gateway over the hub's subgraphs, keys, database and session secret (a replica, or one
 * set up otherwise): `subgraphUrls` points some subgraphs elsewhere, `auth` adds to the hub's, and
 * the other options are the gateway's own. The caller stops it.
 */
export function startGatewayOver(
  hub: TestHub,
  options: Partial<Omit<GatewayOptions, 'auth'>> & { auth?: Partial<GatewayAuthOptions> } = {},
): Promise<RunningGateway> {
  const { subgraphUrls, auth, ...rest } = options;
  return startGateway({
    supergraphSdl: readSupergraph(),
    port: 0,
    ...rest,
    subgraphUrls: {
      ...Object.fromEntries(Object.entries(hub.subgraphs).map(([name, { url }]) => [name, url])),
      ...subgraphUrls,
    },
    auth: { keys: hub.keys, databaseUrl: hub.databaseUrl, sessionSecret: hub.sessionSecret, ...auth },
  });
}
