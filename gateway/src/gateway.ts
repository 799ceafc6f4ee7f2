import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger } from '@talents/common';
import express from 'express';
import { graphiqlRouter } from './graphiql/graphiql';
import { createGatewayErrorFormatter } from './errors';
import { forwardableHeaders } from './headers';

export interface GatewayContext {
  headers: IncomingHttpHeaders;
  requestId: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Stack traces and internal messages in responses; default: outside production only. */
  exposeInternals?: boolean;
}

export interface RunningGateway {
  port: number;
  url: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    if (!context.headers) return;
    for (const [name, value] of forwardableHeaders(context.headers)) request.http?.headers.set(name, value);
    request.http?.headers.set('x-request-id', context.requestId);
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: options.subgraphUrls[name] ?? url }),
  });

  const exposeInternals = options.exposeInternals ?? process.env.NODE_ENV !== 'production';
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    stopOnTerminationSignals: false,
    // The programme team explores the API in GraphiQL, in production too.
    introspection: true,
    includeStacktraceInErrorResponses: exposeInternals,
    formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const ready = results.every(([, ok]) => ok);
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(results) });
  });
  app.use(graphiqlRouter('/graphql'));
  app.get('/', (_req, res) => {
    res.redirect('/graphiql');
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        return {
          headers: req.headers,
          requestId: (Array.isArray(header) ? header[0] : header) ?? randomUUID(),
        };
      },
    }),
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${displayHost}:${port}`;
  logger.info({ port }, 'gateway listening');
  return {
    port,
    url,
    graphqlUrl: `${url}/graphql`,
    async stop() {
      await apollo.stop();
    },
  };
}
