import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { ANONYMOUS, InternalTokenCache, type Principal, type SigningKeys } from '@talents/gateway';

/**
 * Hive Gateway over the hub's subgraphs, for the peer benchmark: the committed supergraph, its URLs
 * pointed at the running subgraphs, and one plugin doing what our gateway's ForwardingDataSource
 * does — every subgraph request carries a token signed by the gateway's keys for the person asking,
 * never the client's own credentials. The person is named by a bench header (`x-bench-persona`), not
 * a session cookie: Hive does not know our sessions, so its side skips the session check and the
 * principal look-up our gateway makes (cached), a cost that favours Hive, if slightly.
 */
export const PERSONA_HEADER = 'x-bench-persona';

export interface HiveOptions {
  supergraphSdl: string;
  subgraphUrls: Readonly<Record<string, string>>;
  keys: SigningKeys;
  /** The principals our gateway resolves for the same people, by the persona header's value. */
  principals: ReadonlyMap<string, Principal>;
  /** `rust`: @graphql-hive/router-runtime's query planner; `js`: gateway-runtime's own. */
  planner: 'rust' | 'js';
  /**
   * Where the token goes on: `propagateHeaders` (right), or `onFetch` — kept only to show what it
   * does wrong (see below).
   */
  tokenIn?: 'propagateHeaders' | 'onFetch';
}

export interface RunningHive {
  graphqlUrl: string;
  stop(): Promise<void>;
}

/** The supergraph with each `@join__graph` URL replaced by where that subgraph runs now. */
export function withSubgraphUrls(supergraphSdl: string, urls: Readonly<Record<string, string>>): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_whole, name: string) => `@join__graph(name: "${name}", url: "${urls[name] ?? ''}")`,
  );
}

/** The context property the plugin fills, read by the graphql-ws transport's `connectionParams`. */
const TOKEN_PROPERTY = 'internalAuthorization';

export async function startHiveGateway(options: HiveOptions): Promise<RunningHive> {
  // The same token cache as our gateway's: one token per person for half its life. With a fresh
  // token per request, Hive's own sharing of identical subgraph requests (keyed by headers) would
  // never find two alike, a handicap our side does not have.
  const tokens = new InternalTokenCache(options.keys);
  const signing: GatewayPlugin = {
    // Before any fetch, once per client request, as our gateway does.
    async onContextBuilding({ context, extendContext }) {
      const persona = context.request.headers.get(PERSONA_HEADER);
      const principal = (persona && options.principals.get(persona)) || ANONYMOUS;
      extendContext({ [TOKEN_PROPERTY]: `Bearer ${await tokens.tokenFor(principal)}` });
    },
    onFetch({ context, options: init, setOptions }) {
      const token = (context as Record<string, unknown> | undefined)?.[TOKEN_PROPERTY];
      if (options.tokenIn !== 'onFetch' || typeof token !== 'string') return;
      setOptions({ ...init, headers: { ...init.headers, authorization: token } });
    },
  };
  const gateway = createGatewayRuntime({
    supergraph: withSubgraphUrls(options.supergraphSdl, options.subgraphUrls),
    ...(options.planner === 'rust' ? { unifiedGraphHandler } : {}),
    logging: 'error',
    landingPage: false,
    graphiql: false,
    plugins: () => [signing],
    // Headers set here are part of the key under which Hive shares identical subgraph requests in
    // flight (executor-http's deduplication); a header added later, in an onFetch hook, is not: the
    // answer fetched for one person then goes to others asking the same thing at the same time
    // (peers.bench.ts shows it: most of 20 concurrent `me` queries get someone else's profile).
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => {
        const token = (context as Record<string, unknown>)[TOKEN_PROPERTY];
        return typeof token === 'string' && options.tokenIn !== 'onFetch' ? { authorization: token } : {};
      },
    },
    transportEntries: {
      // Subscriptions to subgraphs over graphql-ws, as Hive's documentation sets them up; the
      // socket's connection parameters carry the subscriber's token (one socket per token).
      '*.http': {
        options: {
          subscriptions: {
            kind: 'ws',
            location: '/graphql',
            options: { connectionParams: { authorization: `{context.${TOKEN_PROPERTY}}` } },
          },
        },
      },
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
