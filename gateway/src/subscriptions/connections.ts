import type { IncomingMessage, Server } from 'node:http';
import { useGraphQLWsServer, type Logger } from '@talents/platform';
import {
  GraphQLError,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import WebSocket, { WebSocketServer } from 'ws';
import { PrincipalLookupError } from '../auth/principal-directory';
import type { Principal } from '../auth/principal';
import type { BridgeContext } from './client-subscription';
import { PlanningError, type SubscriptionPlan, type SubscriptionPlanner } from './planner';

/** How long a new socket has to send connection_init (graphql-ws closes it with 4408 after). */
export const CONNECTION_INIT_TIMEOUT_MS = 3_000;

/** WebSocket's own "try again later": who the person is could not be checked just now. */
export const TRY_AGAIN_LATER = 1013;

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
  /** The bridge's side: the events of one planned, checked subscription. */
  subscribe(context: BridgeContext): AsyncIterableIterator<FormattedExecutionResult>;
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  formatResult(result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult;
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
  close(): Promise<void>;
} {
  const { logger } = options;
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    // Refused before the upgrade: a page of another site cannot open a socket with the person's cookie.
    verifyClient: ({ req }, done) => {
      if (!options.verifyOrigin || options.verifyOrigin(req)) done(true);
      else done(false, 403, 'Origine non autorisée');
    },
  });
  const principals = new WeakMap<object, Principal>();
  const sockets = new Set<WebSocket>();
  wsServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const cleanup = useGraphQLWsServer<Record<string, unknown>>(
    {
      // A socket that never says who it is is closed (4408) rather than held open.
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        if (!request) return false;
        try {
          principals.set(ctx, await options.authenticate(request, ctx.connectionParams));
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
      onSubscribe: (ctx, _id, payload) => {
        const principal = principals.get(ctx);
        if (!principal)
          return [
            new GraphQLError('Connexion non authentifiée.', { extensions: { code: 'UNAUTHENTICATED' } }),
          ];
        let plan: SubscriptionPlan;
        try {
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
      onNext: (_ctx, _id, _payload, _args, result) => options.formatResult(result),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => options.formatError(error instanceof GraphQLError ? error.toJSON() : error)),
    },
    wsServer,
    logger,
  );

  return {
    get open() {
      return sockets.size;
    },
    closeAll(code, reason) {
      for (const socket of sockets) socket.close(code, reason);
    },
    async close() {
      for (const socket of sockets) socket.close(1001, 'Arrêt de la passerelle.');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
