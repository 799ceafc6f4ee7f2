import type { IncomingMessage, Server } from 'node:http';
import {
  closeSocketsWithin,
  SERVICE_RESTART_CLOSE_CODE,
  useGraphQLWsServer,
  type Logger,
} from '@talents/platform';
import {
  GraphQLError,
  type GraphQLSchema,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import WebSocket, { WebSocketServer } from 'ws';
import { PrincipalLookupError } from '../auth/principal-directory';
import type { Principal } from '../auth/principal';
import type { BridgeContext } from './client-subscription';
import { PlanningError, type SubscriptionPlan, type SubscriptionPlanner } from './planner';
import { rateLimitedError, type RateLimitVerdict } from '../rate-limit';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from './settings';

/** How long a new socket has to send connection_init (graphql-ws closes it with 4408 after). */
export const CONNECTION_INIT_TIMEOUT_MS = 3_000;

/** WebSocket's own "try again later": who the person is could not be checked just now. */
export const TRY_AGAIN_LATER = 1013;

/** WebSocket's own "message too big": a client message over `maxMessageBytes`. */
export const MESSAGE_TOO_BIG = 1009;

/**
 * Too many messages in one second on one socket (HTTP's 429). graphql-ws clients do not reconnect
 * after it (the protocol gives 4429 to a repeated connection_init): a client that floods the
 * gateway stops rather than floods it again.
 */
export const TOO_MANY_MESSAGES = 4429;

/**
 * Past this size ws itself stops reading a message (and closes with 1009, without a sentence):
 * the French refusal above comes first, this only bounds what a frame may make the gateway buffer.
 */
function hardPayloadLimit(limits: SocketLimits): number {
  return Math.max(1 << 20, limits.maxMessageBytes * 2);
}

/**
 * How long a closing socket may take to see its close frame through before it is cut: a client that
 * stopped reading has its frame stuck behind the unsent data, and would otherwise hold its socket,
 * and the gateway's buffers, until ws's own 30 s.
 */
export const CLOSE_GRACE_MS = 5_000;

/**
 * Closes a client's socket with `code`; if the close has not gone through after `graceMs` (its
 * client reads nothing), the socket is terminated. A client that reads again within the grace gets
 * the close code; one that does not sees the connection cut — both reconnect and resume.
 */
export function closeWithin(socket: WebSocket, code: number, reason: string, graceMs = CLOSE_GRACE_MS): void {
  if (socket.readyState === WebSocket.CLOSED) return;
  if (socket.readyState !== WebSocket.CLOSING) socket.close(code, reason);
  const timer = setTimeout(() => socket.terminate(), graceMs);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

export interface ConnectionOptions {
  httpServer: Server;
  path: string;
  /** The planner of the supergraph served now. */
  planner(): SubscriptionPlanner;
  /** Whether the upgrade's Origin may open a socket (another site's page must not ride a cookie). */
  verifyOrigin?(request: IncomingMessage): boolean;
  authenticate(
    request: IncomingMessage,
    connectionParams: Record<string, unknown> | undefined,
  ): Promise<Principal>;
  checkOperation(plan: SubscriptionPlan, principal: Principal): void;
  /** The operation limits, on the text the client sent, before it is planned. */
  checkLimits?(
    schema: GraphQLSchema,
    query: string,
    variables: Record<string, unknown> | null | undefined,
  ): void;
  /**
   * Persisted operations: the text to run for the payload's `query` and `extensions` (a hash alone
   * comes with an empty `query`), before the limits; throws GraphQLError.
   */
  resolveOperation?(principal: Principal, query: string, extensions: unknown): Promise<string | undefined>;
  /** Caps on each socket; default DEFAULT_SOCKET_LIMITS. */
  socketLimits?: SocketLimits;
  /**
   * The caller's allowance (RATE_LIMIT_PER_MINUTE_*, shared with HTTP): each subscribe message
   * counts as one operation; `address` is the upgrade request's, for anonymous callers.
   */
  consumeRateLimit?(principal: Principal, address: string | undefined): Promise<RateLimitVerdict>;
  /** The client's address of an upgrade request, as Express reads it for HTTP (trusted proxies). */
  clientAddress?(request: IncomingMessage): string | undefined;
  /** The bridge's side: the events of one planned, checked subscription. */
  subscribe(context: BridgeContext): AsyncIterableIterator<FormattedExecutionResult>;
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  formatResult(result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult;
  /** Each payload sent to a client, by the subscription's root field (metrics). */
  onDelivered?(plan: SubscriptionPlan): void;
  logger: Logger;
}

/**
 * The client side of the bridge: graphql-ws on the gateway's `/graphql` — who opens each socket,
 * each subscribe message planned and checked — and the sockets themselves, closed on shutdown.
 */
export function startConnections(options: ConnectionOptions): {
  /** Closes every client's socket with `code` (they reconnect and resume). */
  closeAll(code: number, reason: string): void;
  /** Client sockets not closed yet. */
  readonly open: number;
  /** On shutdown: every socket closed with 1012 (reconnect, resume with `after`), cut after `graceMs`. */
  close(graceMs?: number): Promise<void>;
} {
  const { logger } = options;
  const limits = options.socketLimits ?? DEFAULT_SOCKET_LIMITS;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: hardPayloadLimit(limits),
    // Refused before the upgrade: a page of another site cannot open a socket with the person's cookie.
    verifyClient: ({ req }, done) => {
      if (!options.verifyOrigin || options.verifyOrigin(req)) done(true);
      else done(false, 403, 'Origine non autorisée');
    },
  });
  const principals = new WeakMap<object, Principal>();
  /** The client's address of each socket, kept for the rate limit once the upgrade request is let go. */
  const addresses = new WeakMap<object, string | undefined>();
  const sockets = new Set<WebSocket>();
  wsServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  /** Each socket's count of messages in the current second. */
  const pace = new WeakMap<WebSocket, { second: number; messages: number }>();
  const admitMessage = (socket: WebSocket, bytes: number): boolean => {
    if (socket.readyState !== WebSocket.OPEN) return false;
    if (bytes > limits.maxMessageBytes) {
      logger.info({ bytes }, 'socket closed: message too big');
      closeWithin(
        socket,
        MESSAGE_TOO_BIG,
        `Message trop volumineux : ${bytes} octets pour ${limits.maxMessageBytes} au plus.`,
      );
      return false;
    }
    const second = Math.floor(Date.now() / 1000);
    const count = pace.get(socket);
    if (!count || count.second !== second) {
      pace.set(socket, { second, messages: 1 });
      return true;
    }
    count.messages += 1;
    if (count.messages <= limits.maxMessagesPerSecond) return true;
    logger.info({ limit: limits.maxMessagesPerSecond }, 'socket closed: too many messages');
    closeWithin(
      socket,
      TOO_MANY_MESSAGES,
      `Trop de messages : plus de ${limits.maxMessagesPerSecond} par seconde sur cette connexion.`,
    );
    return false;
  };

  const cleanup = useGraphQLWsServer<Record<string, unknown>>(
    {
      // A socket that never says who it is is closed (4408) rather than held open.
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        if (!request) return false;
        try {
          principals.set(ctx, await options.authenticate(request, ctx.connectionParams));
          addresses.set(ctx, options.clientAddress?.(request) ?? request.socket.remoteAddress);
          // The upgrade request (its headers, the cookie) would otherwise stay in memory for as long
          // as the socket is open; nothing needs it once the person is known.
          ctx.extra.request = undefined;
          return true;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          if (error instanceof PrincipalLookupError) {
            // Not the person's fault: WebSocket's "try again later", not a refusal (4403).
            logger.warn({ reason }, 'socket deferred: principal lookup failed');
            ctx.extra.socket.close(TRY_AGAIN_LATER, 'Identification momentanément impossible.');
            return false;
          }
          logger.info({ reason }, 'socket refused');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const principal = principals.get(ctx);
        if (!principal)
          return [
            new GraphQLError('Connexion non authentifiée.', { extensions: { code: 'UNAUTHENTICATED' } }),
          ];
        // graphql-ws counts this subscription already (its id is reserved before onSubscribe).
        const running = Object.keys(ctx.subscriptions).length;
        if (running > limits.maxSubscriptions) {
          return [
            new GraphQLError(
              `Trop de souscriptions sur cette connexion : ${limits.maxSubscriptions} au plus à la fois ; arrêtez-en une avant d’en ouvrir une autre.`,
              {
                extensions: {
                  code: 'TOO_MANY_SUBSCRIPTIONS',
                  limit: 'maxSubscriptions',
                  maximum: limits.maxSubscriptions,
                },
              },
            ),
          ];
        }
        const verdict = await options.consumeRateLimit?.(principal, addresses.get(ctx));
        if (verdict && !verdict.allowed) {
          const { message, extensions } = rateLimitedError(verdict.retryAfterSeconds);
          return [new GraphQLError(message, { extensions })];
        }
        let plan: SubscriptionPlan;
        try {
          const text = await options.resolveOperation?.(principal, payload.query, payload.extensions);
          if (text !== undefined) (payload as { query: string }).query = text;
          // The limits first, on the text as sent: nothing is planned or subscribed upstream for
          // an operation they refuse.
          options.checkLimits?.(options.planner().schema, payload.query, payload.variables);
          plan = options.planner().plan(payload.query, payload.operationName);
          options.checkOperation(plan, principal);
          // graphql-ws keeps the payload as long as the subscription runs: the plan's copy of the text.
          (payload as { query: string }).query = plan.query;
        } catch (error) {
          if (error instanceof PlanningError) return [...error.errors];
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const context: BridgeContext = {
          principal,
          plan,
          socket: ctx.extra.socket,
          variables: payload.variables ?? {},
        };
        return {
          schema: options.planner().schema,
          document: plan.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      // graphql-ws types this as an AsyncGenerator; it only ever iterates it and calls return().
      subscribe: (args) =>
        options.subscribe(args.contextValue as BridgeContext) as unknown as AsyncGenerator<ExecutionResult>,
      onNext: (_ctx, _id, _payload, args, result) => {
        options.onDelivered?.((args.contextValue as BridgeContext).plan);
        return options.formatResult(result);
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => options.formatError(error instanceof GraphQLError ? error.toJSON() : error)),
    },
    wsServer,
    logger,
    { admitMessage },
  );

  return {
    get open() {
      return sockets.size;
    },
    closeAll(code, reason) {
      for (const socket of sockets) socket.close(code, reason);
    },
    async close(graceMs = CLOSE_GRACE_MS) {
      await closeSocketsWithin(sockets, SERVICE_RESTART_CLOSE_CODE, 'Arrêt de la passerelle.', graceMs);
      await cleanup.dispose(graceMs);
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
