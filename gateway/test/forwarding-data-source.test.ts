import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../src/context';
import { ForwardingDataSource } from '../src/forwarding-data-source';
import { SubgraphTransport } from '../src/subgraph-transport';

/**
 * The data source over the pools sends a fetch without Apollo's own path (node-fetch Request and
 * Headers): what a subgraph receives and what the plan gets back must be what Apollo's path gives.
 */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

async function startSubgraph(answer: { status: number; headers?: Record<string, string>; body: string }) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const context: GatewayContext = {
  headers: { 'accept-language': 'fr-FR', cookie: 'session=secret', authorization: 'Bearer client' },
  requestId: 'request-1',
  principal: { kind: 'anonymous' },
  internalToken: () => Promise.resolve('gateway-token'),
};

function fetchOptions(
  restrict: (hint: unknown) => void = () => undefined,
): GraphQLDataSourceProcessOptions<GatewayContext> {
  return {
    kind: 'incoming operation',
    request: {
      query:
        'query Mission__profiles__1($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }',
      variables: { representations: [{ __typename: 'Administration', id: 'a1' }] },
      operationName: 'Mission__profiles__1',
    },
    context,
    incomingRequestContext: { overallCachePolicy: { restrict } },
    pathInIncomingRequest: [],
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

describe('the data source over the pools', () => {
  const transports: SubgraphTransport[] = [];
  afterAll(async () => {
    await Promise.all(transports.map((transport) => transport.close()));
  });
  const sources = (url: string) => {
    const transport = new SubgraphTransport({ dedupe: true, batch: true });
    transports.push(transport);
    return {
      pooled: new ForwardingDataSource({ name: 'profiles', url, timeoutMs: 5_000, transport }),
      apollos: new ForwardingDataSource({ name: 'profiles', url, timeoutMs: 5_000 }),
    };
  };

  it('sends the body and the headers Apollo’s own path sends, and returns the same answer', async () => {
    const subgraph = await startSubgraph({
      status: 200,
      body: '{"data":{"_entities":[{"__typename":"Administration"}]}}',
    });
    try {
      const { pooled, apollos } = sources(subgraph.url);
      const viaPools = await pooled.process(fetchOptions());
      const viaApollo = await apollos.process(fetchOptions());
      expect(viaPools.data).toEqual(viaApollo.data);
      const [first, second] = subgraph.received;
      expect(first?.body).toBe(second?.body);
      const kept = (headers: IncomingHttpHeaders | undefined) => ({
        'content-type': headers?.['content-type'],
        'accept-language': headers?.['accept-language'],
        'x-request-id': headers?.['x-request-id'],
        authorization: headers?.authorization,
        cookie: headers?.cookie,
      });
      expect(kept(first?.headers)).toEqual(kept(second?.headers));
      expect(kept(first?.headers)).toEqual({
        'content-type': 'application/json',
        'accept-language': 'fr-FR',
        'x-request-id': 'request-1',
        authorization: 'Bearer gateway-token',
        cookie: undefined,
      });
    } finally {
      await subgraph.close();
    }
  });

  it('turns a refusal of the subgraph into the same error as Apollo’s path', async () => {
    const subgraph = await startSubgraph({
      status: 401,
      body: '{"errors":[{"message":"Jeton refusé.","extensions":{"code":"UNAUTHENTICATED"}}]}',
    });
    try {
      const { pooled, apollos } = sources(subgraph.url);
      const viaPools = await pooled.process(fetchOptions()).catch((error: unknown) => error);
      const viaApollo = await apollos.process(fetchOptions()).catch((error: unknown) => error);
      expect(viaPools).toBeInstanceOf(Error);
      expect(String(viaPools)).toBe(String(viaApollo));
      expect((viaPools as { extensions?: { code?: string } }).extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await subgraph.close();
    }
  });

  it('restricts the operation’s cache policy by the subgraph’s cache-control, as Apollo’s path does', async () => {
    const subgraph = await startSubgraph({
      status: 200,
      headers: { 'cache-control': 'max-age=30, private' },
      body: '{"data":{"_entities":[]}}',
    });
    try {
      const { pooled, apollos } = sources(subgraph.url);
      const hints: unknown[][] = [[], []];
      await pooled.process(fetchOptions((hint) => hints[0]?.push(hint)));
      await apollos.process(fetchOptions((hint) => hints[1]?.push(hint)));
      expect(hints[0]).toEqual([{ maxAge: 30, scope: 'PRIVATE' }]);
      expect(hints[0]).toEqual(hints[1]);
    } finally {
      await subgraph.close();
    }
  });
});
