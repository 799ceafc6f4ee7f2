import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  Counter,
  createLogger,
  createServiceMetrics,
  metricsPlugin,
  mountHealthRoutes,
  mountMetricsRoute,
  operationSpanMiddleware,
  operationSpanPlugin,
  requestIdFrom,
  ShutdownGate,
  shutdownSettings,
  type ShutdownSettings,
} from '@talents/platform';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { ApiClientStore } from './auth/api-clients';
import { AuthenticationError, createAuthenticator } from './auth/authenticate';
import { dataExportRouter } from './auth/data-export';
import { personaLoginEnabled, readOidcSettings } from './auth/config';
import { InternalTokenCache, signInternalToken } from './auth/internal-token';
import type { SigningKeys } from './auth/keys';
import { oidcRouter, type OidcSettings } from './auth/oidc';
import { personaRouter, type Persona } from './auth/personas';
import type { Principal } from './auth/principal';
import { PrincipalDirectory, PrincipalLookupError } from './auth/principal-directory';
import { sessionRouter } from './auth/routes';
import { createClientOperationCheck, scopePlugin, supergraphGraphs } from './auth/scopes';
import { loadSessionSecret } from './auth/session';
import { graphiqlRouter } from './graphiql/graphiql';
import { outboxRouter } from './outbox';
import { approvalLinksRouter } from './approval-links';
import { documentsRouter } from './documents/documents-router';
import { exportsRouter } from './exports/exports-router';
import { createGatewayErrorFormatter } from './errors';
import {
  crossOrigin,
  edgeSettings,
  introspectionPlugin,
  isAllowedOrigin,
  operationNamePlugin,
  requestIdOnInternalErrors,
  securityHeaders,
  type EdgeSettings,
} from './edge';
import { subscriptionsOverSocketOnly } from './http-subscriptions';
import { transportErrorHandler, utf8BodiesOnly } from './transport-errors';
import { clientAppRouter } from './client-app';
import type { GatewayContext } from './context';
import { ForwardingDataSource, subgraphFetchHistogram, subgraphTimeoutMs } from './forwarding-data-source';
import { SubgraphTransport } from './subgraph-transport';
import {
  OperationLimits,
  operationLimitSettings,
  operationLimitsHandler,
  type OperationLimitSettings,
} from './limits';
import { operationTimeoutMs, withOperationTimeout } from './operation-timeout';
import { loadDashboardManifest, manifestPath } from './persisted/dashboard-manifest';
import {
  PersistedOperations,
  persistedOperationSettings,
  persistedOperationsHandler,
  type PersistedOperationSettings,
} from './persisted/persisted-operations';
import { admissionControl } from './admission';
import { openRateLimiter, rateLimitSettings, type RateLimitSettings } from './rate-limit';
import { servicesFetchedTogether } from './plan-batching';
import { startSubscriptionBridge, type SubscriptionBridge } from './subscriptions/bridge';
import { socketLimits as socketLimitSettings, type SocketLimits } from './subscriptions/settings';

export type { GatewayContext } from './context';

export interface GatewayAuthOptions {
  /** Signs tokens for subgraphs; loaded by the caller (`loadSigningKeys`) so that in-process subgraphs get the same set. */
  keys: SigningKeys;
  /** PostgreSQL holding the gateway's `access` schema (API clients). */
  databaseUrl: string;
  /** Default: `SESSION_SECRET`, or a random one outside production. */
  sessionSecret?: Uint8Array;
  /** Serve `/auth/personas`. Default: `PERSONA_LOGIN=true`; never in production. */
  personaLogin?: boolean;
  personas?: readonly Persona[];
  /** Default: from `OIDC_*`; null turns ProConnect sign-in off. */
  oidc?: OidcSettings | null;
  /** How long who somebody is stays cached (default 30 s; tests of a change of rights shorten it). */
  principalCacheMs?: number;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph answers, by subgraph name; overrides the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** How long a subgraph may take to answer one fetch; default `SUBGRAPH_TIMEOUT_MS` or 15 s. */
  subgraphTimeoutMs?: number;
  /** Stack traces and internal messages in responses; default: outside production only. */
  exposeInternals?: boolean;
  auth: GatewayAuthOptions;
  /** CORS origins and production rules; default from the environment (`CORS_ORIGINS`, `NODE_ENV`). */
  edge?: EdgeSettings;
  /** Operations per minute per caller; default from `RATE_LIMIT_PER_MINUTE_*`. */
  rateLimits?: RateLimitSettings;
  /** Depth, aliases, root fields, tokens, directives, cost; default from `OPERATION_MAX_*`. */
  operationLimits?: OperationLimitSettings;
  /** How long one HTTP operation may run; default `OPERATION_TIMEOUT_MS` or 30 s. */
  operationTimeoutMs?: number;
  /** Caps on each subscription socket; default from `SUBSCRIPTION_MAX_*`. */
  socketLimits?: SocketLimits;
  /**
   * Persisted operations: who is held to known operations, APQ; default `OPERATION_SAFELIST`, and
   * the production rules of `edge`. `manifestPath`: the dashboard's manifest (`PERSISTED_DOCUMENTS_PATH`).
   */
  persistedOperations?: Partial<PersistedOperationSettings> & { manifestPath?: string };
  /** The speed levers, all on by default; the bench turns each off to measure it (docs/edge.md). */
  speed?: Partial<SpeedSettings>;
  /** Delay and drain of its stop; default `SHUTDOWN_DELAY_MS` and `SHUTDOWN_DRAIN_MS`. */
  shutdown?: ShutdownSettings;
}

export interface SpeedSettings {
  /** One signed token per viewer, reused for half its life, rather than one per request. */
  reuseTokens: boolean;
  /** undici's request API over keep-alive pools to the subgraphs, rather than Node's `fetch`. */
  pooledConnections: boolean;
  /** Identical reads of one viewer in flight share one subgraph fetch (with `pooledConnections`). */
  dedupeFetches: boolean;
  /**
   * A plan's parallel reads of one subgraph leave as one HTTP request carrying their list (with
   * `pooledConnections`): where @apollo/gateway's planner sends three fetches, one request.
   */
  batchFetches: boolean;
  /** The operation limits measured once per document text, rather than at every request. */
  memoizeLimits: boolean;
  /** Apollo Server's parsed and validated documents kept by text, rather than parsed every time. */
  cacheDocuments: boolean;
}

export const DEFAULT_SPEED: SpeedSettings = {
  reuseTokens: true,
  pooledConnections: true,
  dedupeFetches: true,
  batchFetches: true,
  memoizeLimits: true,
  cacheDocuments: true,
};

export interface RunningGateway {
  port: number;
  url: string;
  graphqlUrl: string;
  /** graphql-ws on the same path: federated subscriptions. */
  subscriptions: SubscriptionBridge;
  /** Serves another supergraph without restarting: HTTP plans and live subscriptions (closed, 4205). */
  updateSupergraph(supergraphSdl: string): void;
  /**
   * Readiness fails at once; after the delay the port closes, subscription sockets close with 1012
   * (reconnect, resume with `after`) and requests in flight finish within the drain
   * (docs/operations.md, « Arrêt »).
   */
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger('gateway');
  const subgraphTimeout = options.subgraphTimeoutMs ?? subgraphTimeoutMs();
  let updateGatewaySupergraph: ((supergraphSdl: string) => void) | null = null;
  const metrics = createServiceMetrics('gateway');
  const fetchDuration = subgraphFetchHistogram(metrics.registry);
  const deliveries = new Counter({
    name: 'talents_subscription_deliveries_total',
    help: 'Événements remis aux abonnés, par champ racine de souscription.',
    labelNames: ['field'] as const,
    registers: [metrics.registry],
  });
  const speed = { ...DEFAULT_SPEED, ...options.speed };
  const transport = speed.pooledConnections
    ? new SubgraphTransport({ dedupe: speed.dedupeFetches, batch: speed.batchFetches })
    : undefined;
  const gateway = new ApolloGateway({
    // A function rather than the text, so that the supergraph can be swapped while running.
    supergraphSdl: ({ update }) => {
      updateGatewaySupergraph = update;
      return Promise.resolve({ supergraphSdl: options.supergraphSdl });
    },
    buildService: ({ name, url }) =>
      new ForwardingDataSource({
        name,
        url: options.subgraphUrls[name] ?? url,
        timeoutMs: subgraphTimeout,
        fetchDuration,
        transport,
      }),
    // The context is the gateway's own object, made per request: its fetches read the mark.
    experimental_didResolveQueryPlan: speed.batchFetches
      ? ({ queryPlan, requestContext }) => {
          (requestContext.context as GatewayContext).fetchedTogether = servicesFetchedTogether(queryPlan);
        }
      : undefined,
  });

  const exposeInternals = options.exposeInternals ?? process.env.NODE_ENV !== 'production';
  const edge = options.edge ?? edgeSettings();
  // Read before anything opens: a wrong setting stops the start with its sentence, leaking nothing.
  const rateLimits = options.rateLimits ?? rateLimitSettings();
  const limits = new OperationLimits(
    options.operationLimits ?? operationLimitSettings(),
    speed.memoizeLimits ? undefined : 0,
  );
  const operationTimeout = options.operationTimeoutMs ?? operationTimeoutMs();
  const socketLimits = options.socketLimits ?? socketLimitSettings();
  const persistedSettings = {
    ...persistedOperationSettings(edge.production),
    ...options.persistedOperations,
  };
  const manifest = loadDashboardManifest(options.persistedOperations?.manifestPath ?? manifestPath());
  const { keys } = options.auth;
  const sessionSecret = options.auth.sessionSecret ?? loadSessionSecret();
  const oidc = options.auth.oidc === undefined ? readOidcSettings() : options.auth.oidc;
  // Production never offers the persona picker, whatever the caller or the environment says.
  const personaLogin =
    process.env.NODE_ENV !== 'production' && (options.auth.personaLogin ?? personaLoginEnabled());
  const profilesUrl =
    options.subgraphUrls.profiles ?? supergraphGraphs(options.supergraphSdl).get('PROFILES')?.url;
  if (!profilesUrl) throw new Error('URL du sous-graphe profiles introuvable (PROFILES_URL).');
  const directory = new PrincipalDirectory({ profilesUrl, keys, ttlMs: options.auth.principalCacheMs });
  await directory.listen(options.auth.databaseUrl, logger);
  const apiClients = await ApiClientStore.open(options.auth.databaseUrl);
  const authenticator = createAuthenticator({ apiClients, directory, sessionSecret });
  const persisted = new PersistedOperations({
    manifest,
    registered: apiClients.operations,
    settings: persistedSettings,
    maxTokens: limits.settings.maxTokens,
  });
  const rateLimiter = await openRateLimiter({
    databaseUrl: options.auth.databaseUrl,
    settings: rateLimits,
    logger,
  }).catch(async (error: unknown) => {
    await apiClients.close();
    await directory.close();
    throw error;
  });

  const checkClientOperation = createClientOperationCheck(options.supergraphSdl);
  // The API schema served now, for the operation limits (list sizes' defaults).
  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  // Behind a reverse proxy on a private network, X-Forwarded-Proto tells whether the browser used
  // HTTPS (Secure cookies, redirect URI); a public client cannot spoof it from outside.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  // No ETag on `res.send` answers: a hash of every GraphQL answer (a sha1 per request in the
  // profile) that no client revalidates; the dashboard's files keep theirs (express.static's own).
  app.set('etag', false);
  const httpServer = createServer(app);
  const gate = new ShutdownGate(httpServer, options.shutdown ?? shutdownSettings());
  const apollo = new ApolloServer<GatewayContext>({
    gateway: withOperationTimeout(gateway, operationTimeout),
    stopOnTerminationSignals: false,
    // The programme team explores the API in GraphiQL, in production too (introspectionPlugin).
    introspection: true,
    // Persisted operations are the gateway's (persisted/): a hash never reaches Apollo Server.
    persistedQueries: false,
    ...(speed.cacheDocuments ? {} : { documentStore: null }),
    // No « did you mean … » naming fields a caller did not ask about, in production.
    hideSchemaDetailsFromClientErrors: edge.production,
    includeStacktraceInErrorResponses: exposeInternals,
    formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
    plugins: [
      // Requests in flight finish within the drain; then their connections are cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: gate.settings.drainMs }),
      directory.freshRightsPlugin(),
      introspectionPlugin(edge),
      metricsPlugin<GatewayContext>(metrics),
      operationNamePlugin(),
      operationSpanPlugin<GatewayContext>(({ requestId, principal }) => ({
        'talents.request_id': requestId,
        'talents.viewer.kind': principal.kind,
      })),
      requestIdOnInternalErrors(),
      scopePlugin(checkClientOperation),
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    await apiClients.close();
    await directory.close();
    await rateLimiter.close();
    throw error;
  }

  const tokens = speed.reuseTokens ? new InternalTokenCache(keys) : null;
  const contextFor = (
    principal: Principal,
    requestId: string,
    headers: IncomingHttpHeaders = {},
  ): GatewayContext => {
    let token: Promise<string> | null = null;
    return {
      headers,
      requestId,
      principal,
      internalToken: () =>
        (token ??= tokens ? tokens.tokenFor(principal) : signInternalToken(keys, principal)),
    };
  };

  const subscriptions = startSubscriptionBridge({
    httpServer,
    path: '/graphql',
    supergraphSdl: options.supergraphSdl,
    subgraphUrls: Object.fromEntries(
      [...supergraphGraphs(options.supergraphSdl).values()].map(({ name, url }) => [
        name,
        options.subgraphUrls[name] ?? url,
      ]),
    ),
    transport,
    keys,
    verifyOrigin: (request) => isAllowedOrigin(edge, request),
    authenticate: (request, connectionParams) => {
      const fromParams = connectionParams?.authorization;
      const header = request.headers.authorization;
      return authenticator.principalOfHeaders({
        authorization: typeof fromParams === 'string' ? fromParams : header,
        cookie: request.headers.cookie,
      });
    },
    refresh: (principal) =>
      principal.kind === 'agent' ? directory.current(principal.agentId) : Promise.resolve(principal),
    contextFor: (principal, requestId) => contextFor(principal, requestId),
    checkOperation: (plan, principal) => {
      if (principal.kind === 'client') {
        checkClientOperation(principal, plan.document, plan.operationContext.operation);
      }
    },
    checkLimits: (schema, query, variables) => limits.check(schema, query, variables),
    resolveOperation: (principal, query, extensions) => persisted.resolve(principal, query, extensions),
    socketLimits,
    consumeRateLimit: (principal, address) => rateLimiter.consume(principal, address),
    // Express's own reading of the address (X-Forwarded-For from a trusted proxy only), as for HTTP.
    clientAddress: (request) =>
      (
        Object.create(app.request, {
          headers: { value: request.headers },
          socket: { value: request.socket },
        }) as express.Request
      ).ip,
    formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
    onDelivered: (plan) => deliveries.inc({ field: plan.rootField }),
    logger,
  });

  app.disable('x-powered-by');
  app.use(securityHeaders());
  mountHealthRoutes(app, {
    service: 'gateway',
    httpServer,
    logger,
    // Its database holds the API keys: without it for long, the gateway cannot authenticate.
    liveness: () => apiClients.ping(),
    draining: () => gate.draining,
    readiness: {
      database: () => apiClients.ping(),
      ...Object.fromEntries(
        Object.entries(options.subgraphUrls).map(([name, url]) => [
          name,
          async () => {
            const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) });
            if (!response.ok) throw new Error(`${name}: ${response.status}`);
          },
        ]),
      ),
    },
  });
  metrics.gauge(
    'talents_subscriptions_open',
    'Souscriptions ouvertes par les clients sur la passerelle.',
    [],
    () => Promise.resolve([{ value: subscriptions.active }]),
  );
  mountMetricsRoute(app, metrics.registry);
  // The API first: its requests, by far the most numerous, pass no other router on their way.
  app.use('/graphql', crossOrigin(edge));
  app.use('/graphql', admissionControl({ logger }));
  app.use(
    '/graphql',
    (req, res, next) => {
      // The client's id reaches every subgraph's logs and audit rows: a sane one, or the server's own,
      // answered in `x-request-id` so that a person or an integrator can quote it.
      const requestId = requestIdFrom(req.headers['x-request-id']) ?? randomUUID();
      res.locals.requestId = requestId;
      res.set('x-request-id', requestId);
      next();
    },
    async (req, res, next) => {
      try {
        res.locals.principal = await authenticator.principalOf(req, res);
        next();
      } catch (error) {
        if (error instanceof AuthenticationError) {
          res
            .status(401)
            .set('WWW-Authenticate', 'Bearer')
            .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        } else if (error instanceof PrincipalLookupError) {
          logger.error({ err: error }, 'principal lookup failed');
          res.status(503).json({
            errors: [
              {
                message: 'Un service du hub ne répond pas. Réessayez dans un instant.',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          });
        } else {
          next(error);
        }
      }
    },
    // After authentication: the caller is known, and counted as who they are.
    rateLimiter.middleware(),
    utf8BodiesOnly(),
    express.json({ limit: '1mb' }),
    persistedOperationsHandler({
      persisted,
      principal: (res) => res.locals.principal as Principal,
      formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
      onRefused: (error) => metrics.errors.inc({ code: String(error.extensions.code) }),
    }),
    operationLimitsHandler({
      limits,
      schema: () => apiSchema,
      formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
      // Refused before Apollo Server sees them: its metrics plugin would not count them.
      onRefused: (error) => metrics.errors.inc({ code: String(error.extensions.code) }),
    }),
    subscriptionsOverSocketOnly({
      formatError: createGatewayErrorFormatter({ exposeInternals, logger }),
      onRefused: (error) => metrics.errors.inc({ code: String(error.extensions.code) }),
      maxTokens: limits.settings.maxTokens,
    }),
    // A trace per operation; a client's `traceparent` is not trusted at the edge.
    operationSpanMiddleware('gateway', { continueTrace: false }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GatewayContext> =>
        contextFor(res.locals.principal as Principal, res.locals.requestId as string, req.headers),
    }),
  );
  app.use(sessionRouter({ keys, authenticator, logger }));
  if (personaLogin) {
    app.use(personaRouter({ personas: options.auth.personas ?? [], directory, sessionSecret, logger }));
  }
  if (oidc) app.use(oidcRouter({ settings: oidc, directory, sessionSecret, logger }));
  else if (personaLogin) {
    // Without ProConnect, « se connecter » leads to the persona picker.
    app.get('/auth/login', (req, res) => {
      const returnTo =
        typeof req.query.returnTo === 'string' ? `?returnTo=${encodeURIComponent(req.query.returnTo)}` : '';
      res.redirect(302, `/auth/personas${returnTo}`);
    });
  }
  app.use(dataExportRouter({ authenticator, apollo, contextFor, logger }));
  app.use(outboxRouter({ authenticator, logger }));
  app.use(approvalLinksRouter({ authenticator, apollo, contextFor, logger }));
  app.use(documentsRouter({ authenticator, apollo, contextFor, logger }));
  app.use(exportsRouter({ authenticator, apollo, contextFor, logger, supergraphSdl: options.supergraphSdl }));
  app.use(graphiqlRouter('/graphql'));
  app.use(clientAppRouter());

  // Last: what no route answered, and bodies that could not be read, get a JSON error.
  app.use(transportErrorHandler({ exposeInternals, logger }));

  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    await apiClients.close();
    await directory.close();
    await rateLimiter.close();
    await transport?.close();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const url = `http://${displayHost}:${port}`;
  logger.info({ port }, 'gateway listening');
  return {
    port,
    url,
    graphqlUrl: `${url}/graphql`,
    subscriptions,
    updateSupergraph(supergraphSdl: string) {
      updateGatewaySupergraph?.(supergraphSdl);
      subscriptions.updateSupergraph(supergraphSdl);
    },
    async stop() {
      await gate.begin();
      await subscriptions.close(gate.settings.drainMs);
      await apollo.stop();
      await apiClients.close();
      await directory.close();
      await rateLimiter.close();
      await transport?.close();
    },
  };
}
