import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type Source,
} from 'graphql';
import { WebSocketServer } from 'ws';
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
  takeDetachedAuthorization,
  transportErrorResponse,
  useGraphQLWsServer,
  type Logger,
} from '@talents/platform';
import { createRequestContext, type RequestContext } from './context';
import type { TokenVerifier } from './identity/token';
import type { Viewer } from './identity/viewer';
import type { FeedHub } from './feed/feed';
import { encodeFeedCursor } from './feed/feed-table';

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
}

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

function headersFromConnectionParams(params: Record<string, unknown> | undefined): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') headers[key.toLowerCase()] = value;
  }
  return headers;
}

const DOCUMENT_CACHE_SIZE = 500;

/** Apollo Server and graphql-ws on one port and one path, with liveness and readiness probes. */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { name, schema, db, logger } = options;
  const app = express();
  const httpServer: Server = createServer(app);
  const path = '/graphql';

  const exposeInternals = options.exposeInternals ?? process.env.NODE_ENV !== 'production';
  const formatError = createErrorFormatter({
    exposeInternals,
    onUnexpected: (error) => logger.error({ err: error }, 'unexpected error in a resolver'),
  });
  const formatAll = (errors: readonly GraphQLError[]) =>
    errors.map((error) => formatError(error.toJSON(), error));

  // The gateway opens the same few subscription documents thousands of times over its shared
  // socket: each is parsed (without locations) and validated once, and shared by its subscriptions,
  // instead of holding one syntax tree per subscription.
  const documents = new Map<string, { text: string; document: DocumentNode }>();
  const parseOnce = (input: string | Source): DocumentNode => {
    const source = typeof input === 'string' ? input : input.body;
    const known = documents.get(source);
    if (known) return known.document;
    const document = parse(source, { noLocation: true });
    documents.set(source, { text: source, document });
    if (documents.size > DOCUMENT_CACHE_SIZE) {
      const oldest = documents.keys().next().value;
      if (oldest !== undefined) documents.delete(oldest);
    }
    return document;
  };
  const validations = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const validateOnce = (target: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => {
    let errors = validations.get(document);
    if (!errors) {
      errors = validate(target, document);
      validations.set(document, errors);
    }
    return errors;
  };

  const wsServer = new WebSocketServer({ server: httpServer, path });
  const socketViewers = new WeakMap<object, Viewer>();
  const socketHeaders = new WeakMap<object, IncomingHttpHeaders>();
  const headersOf = (ctx: { connectionParams?: Readonly<Record<string, unknown>> }) => {
    let headers = socketHeaders.get(ctx);
    if (!headers) {
      headers = headersFromConnectionParams(ctx.connectionParams);
      socketHeaders.set(ctx, headers);
    }
    return headers;
  };
  const wsCleanup = useGraphQLWsServer<Record<string, unknown>>(
    {
      schema,
      parse: parseOnce,
      validate: validateOnce,
      // The socket's token (the gateway's own) is checked when it opens; each subscription then
      // carries the token of the person it runs for, in `extensions.authorization`.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          socketViewers.set(
            ctx,
            await options.verifyToken(typeof authorization === 'string' ? authorization : undefined),
          );
          return true;
        } catch (error) {
          logger.warn(
            { reason: error instanceof Error ? error.message : String(error) },
            'websocket refused: gateway token rejected',
          );
          return false;
        }
      },
      context: async (ctx, id): Promise<RequestContext> => {
        const socketViewer = socketViewers.get(ctx);
        // onConnect ran first; a missing viewer would mean graphql-ws skipped it.
        if (!socketViewer)
          throw new GraphQLError('Connexion non authentifiée.', { extensions: { code: 'UNAUTHENTICATED' } });
        // The adapter took the subscription's token out of its message (takeDetachedAuthorization).
        const operationToken = takeDetachedAuthorization(ctx.extra.socket, id);
        const viewer = operationToken ? await options.verifyToken(operationToken) : socketViewer;
        return createRequestContext(db, logger, headersOf(ctx), viewer, name, options.feed ?? null);
      },
      // Queries and mutations go through HTTP, where Apollo's plugins and limits apply; the
      // socket is for subscriptions only.
      onSubscribe: (_ctx, _id, payload) => {
        let operation: OperationTypeNode | undefined;
        try {
          operation = getOperationAST(parseOnce(payload.query), payload.operationName)?.operation;
          // The payload lives as long as the subscription: one copy of the text for all of them.
          (payload as { query: string }).query = documents.get(payload.query)?.text ?? payload.query;
        } catch {
          return undefined; // graphql-ws reports the syntax error itself
        }
        if (operation === OperationTypeNode.SUBSCRIPTION) return undefined;
        return [
          new GraphQLError(
            'Seules les souscriptions passent par WebSocket : envoyez requêtes et mutations en HTTP.',
            {
              extensions: { code: 'BAD_REQUEST' },
            },
          ),
        ];
      },
      onError: (ctx, id, _payload, errors) => {
        // A subscription refused before its context was made leaves its token behind otherwise.
        takeDetachedAuthorization(ctx.extra.socket, id);
        return formatAll(errors);
      },
      onComplete: (ctx, id) => {
        takeDetachedAuthorization(ctx.extra.socket, id);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
    },
    wsServer,
    logger,
  );

  const metrics = subgraphMetrics(name, db);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // The process owner (main.ts, the hub) stops the server and then closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: exposeInternals,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Inline traces only feed Apollo's hosted studio, which the State does not use.
      ApolloServerPluginInlineTraceDisabled(),
      metricsPlugin<RequestContext>(metrics),
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
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const probeDatabase = () => db.query(HEALTH_PROBE_SQL);
  mountHealthRoutes(app, {
    service: name,
    httpServer,
    logger,
    liveness: probeDatabase,
    readiness: { database: probeDatabase, events: () => eventBusOf(db)?.ping() ?? Promise.resolve() },
  });
  mountMetricsRoute(app, metrics.registry);
  // Before anything else reads the request: nothing but the gateway may reach the schema,
  // `_service` and `_entities` included, nor the feed's position.
  const gatewayOnly: express.RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = await options.verifyToken(req.headers.authorization);
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
  const feed = options.feed;
  if (feed) {
    // The gateway's own question (its token only): where the feed is now, so that a subscription
    // that has not received anything yet still has a cursor to resume from after a restart.
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
  app.use(
    path,
    gatewayOnly,
    express.json({ limit: '1mb' }),
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
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, body } = transportErrorResponse(error, { exposeInternals });
    if (status >= 500) logger.error({ err: error }, 'request failed before GraphQL');
    res.status(status).json(body);
  });

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
      await apollo.stop();
    },
  };
}
