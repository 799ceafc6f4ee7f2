import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { HEALTH_PROBE_SQL } from './database';
import { createErrorFormatter } from './errors';
import { subgraphMetrics } from './metrics';
import { eventBusOf } from './events/bus';
import {
  FEED_POSITION_PATH,
  metricsPlugin,
  mountHealthRoutes,
  mountMetricsRoute,
  operationSpanMiddleware,
  operationSpanPlugin,
  type ServiceMetrics,
  ShutdownGate,
  shutdownSettings,
  type ShutdownSettings,
  transportErrorResponse,
  type Logger,
} from '@talents/platform';
import { createRequestContext, type RequestContext } from './context';
import type { TokenVerifier } from './identity/token';
import type { Viewer } from './identity/viewer';
import type { FeedHub } from './feed/feed';
import { encodeFeedCursor } from './feed/feed-table';
import { startSubscriptionSocket } from './subscription-socket';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  db: DataSource;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Checks the gateway's token on every request, HTTP and WebSocket. */
  verifyToken: TokenVerifier;
  /** Shown to clients only outside production. */
  exposeInternals?: boolean;
  /** The live feed behind this subgraph's subscriptions. */
  feed?: FeedHub | null;
  /** Delay and drain of its stop; default `SHUTDOWN_DELAY_MS` and `SHUTDOWN_DRAIN_MS`. */
  shutdown?: ShutdownSettings;
}

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  wsUrl: string;
  /**
   * Readiness fails at once; after the delay the port closes, sockets close with 1012 and requests in
   * flight finish (within the drain) — see docs/operations.md, « Arrêt ».
   */
  stop(): Promise<void>;
}

/** Apollo Server and graphql-ws on one port and one path, with liveness and readiness probes. */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { name, schema, db, logger } = options;
  const app = express();
  // No ETag: a hash of every answer that the gateway never revalidates.
  app.set('etag', false);
  const httpServer: Server = createServer(app);
  const path = '/graphql';

  const exposeInternals = options.exposeInternals ?? process.env.NODE_ENV !== 'production';
  const formatError = createErrorFormatter({
    exposeInternals,
    onUnexpected: (error) => logger.error({ err: error }, 'unexpected error in a resolver'),
  });
  const formatAll = (errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error));

  const wsCleanup = startSubscriptionSocket(options, httpServer, path, formatAll);
  const gate = new ShutdownGate(httpServer, options.shutdown ?? shutdownSettings());

  const metrics = subgraphMetrics(name, db);
  const apollo = subgraphApollo({
    schema,
    httpServer,
    exposeInternals,
    formatError,
    metrics,
    wsCleanup,
    drainMs: gate.settings.drainMs,
  });
  await apollo.start();

  const probeDatabase = () => db.query(HEALTH_PROBE_SQL);
  mountHealthRoutes(app, {
    service: name,
    httpServer,
    logger,
    liveness: probeDatabase,
    readiness: { database: probeDatabase, events: () => eventBusOf(db)?.ping() ?? Promise.resolve() },
    draining: () => gate.draining,
  });
  mountMetricsRoute(app, metrics.registry);
  // Before anything else reads the request: nothing but the gateway may reach the schema,
  // `_service` and `_entities` included, nor the feed's position.
  const gatewayOnly = gatewayOnlyMiddleware(options.verifyToken);
  if (options.feed) mountFeedPosition(app, options.feed, gatewayOnly);
  app.use(
    path,
    gatewayOnly,
    express.json({ limit: '1mb' }),
    // The gateway's fetch span is the parent: one trace from the client's operation to SQL.
    operationSpanMiddleware(name, { continueTrace: true }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createRequestContext(
          db,
          logger,
          req.headers,
          res.locals.viewer as Viewer,
          name,
          options.feed ?? null,
        ),
    }),
  );

  // Last: a body that could not be read gets the hub's JSON error, never Express's HTML page.
  app.use(transportErrorHandler(exposeInternals, logger));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  logger.info({ port }, `${name} subgraph listening`);
  return {
    name,
    port,
    url: `http://${displayHost}:${port}${path}`,
    wsUrl: `ws://${displayHost}:${port}${path}`,
    async stop() {
      await gate.begin();
      await apollo.stop();
    },
  };
}

/** Apollo Server of a subgraph: its formatter, metrics, the audit flush, the socket's drain. */
function subgraphApollo(parts: {
  schema: GraphQLSchema;
  httpServer: Server;
  exposeInternals: boolean;
  formatError: ReturnType<typeof createErrorFormatter>;
  metrics: ServiceMetrics;
  wsCleanup: { dispose(graceMs: number): Promise<void> };
  drainMs: number;
}): ApolloServer<RequestContext> {
  const { schema, httpServer, exposeInternals, formatError, metrics, wsCleanup, drainMs } = parts;
  return new ApolloServer<RequestContext>({
    schema,
    // The process owner (main.ts, the hub) stops the server and then closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: exposeInternals,
    formatError,
    // The gateway sends a plan's parallel fetches to one subgraph as one list (its `batchFetches`):
    // only it can, since nothing reaches the schema without its token; the operations of a list
    // share one request context (one viewer, one request id, one set of loaders).
    allowBatchedHttpRequests: true,
    plugins: [
      // Requests in flight finish within the drain; then their connections are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMs }),
      // Inline traces only feed Apollo's hosted studio, which the State does not use.
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin<RequestContext>(metrics),
      operationSpanPlugin<RequestContext>(({ requestId, viewer }) => ({
        'talents.request_id': requestId,
        'talents.viewer.kind': viewer.kind,
      })),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              // Reads of personal fields are recorded once the response is known, in one statement.
              try {
                await contextValue.audit.flush();
              } catch (error) {
                contextValue.logger.error({ err: error }, 'audit of personal-data reads failed');
              }
            },
          };
        },
        async serverWillStart() {
          return {
            async drainServer() {
              // The gateway's upstream socket sees 1012 and resubscribes from its cursors elsewhere.
              await wsCleanup.dispose(drainMs);
            },
          };
        },
      },
    ],
  });
}

/** Lets through only requests that carry a valid gateway token; its viewer goes to res.locals. */
function gatewayOnlyMiddleware(verifyToken: TokenVerifier): express.RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await verifyToken(req.headers.authorization);
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) {
        next(error);
        return;
      }
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}

/**
 * The gateway's own question (its token only): where the feed is now, so that a subscription that
 * has not received anything yet still has a cursor to resume from after a restart.
 */
function mountFeedPosition(app: express.Express, feed: FeedHub, gatewayOnly: express.RequestHandler): void {
  app.get(FEED_POSITION_PATH, gatewayOnly, (_req, res) => {
    if ((res.locals.viewer as Viewer).kind !== 'system') {
      res
        .status(403)
        .json({ errors: [{ message: 'Réservé à la passerelle.', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    res.json({ cursor: encodeFeedCursor(feed.position) });
  });
}

function transportErrorHandler(exposeInternals: boolean, logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, body } = transportErrorResponse(error, { exposeInternals });
    if (status >= 500) logger.error({ err: error }, 'request failed before GraphQL');
    res.status(status).json(body);
  };
}
