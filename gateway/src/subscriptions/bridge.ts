import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@talents/platform';
import {
  GraphQLError,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { ForwardingDataSource } from '../forwarding-data-source';
import type { SubgraphTransport } from '../subgraph-transport';
import type { GatewayContext } from '../context';
import type { SigningKeys } from '../auth/keys';
import { ANONYMOUS, type Principal } from '../auth/principal';
import { slowClientLimits } from './client-queue';
import { ClientSubscription, SUBSCRIPTION_CLOSE_CODES } from './client-subscription';
import { completionRetryPolicy } from './completion-retry';
import {
  closeWithin,
  MESSAGE_TOO_BIG,
  startConnections,
  TOO_MANY_MESSAGES,
  TRY_AGAIN_LATER,
  type ConnectionOptions,
} from './connections';
import { SubscriptionPlanner, type SubscriptionPlan } from './planner';
import { SharedPublicFetches } from './public-fetches';
import type { SocketLimits } from './settings';
import { UpstreamSockets } from './upstreams';

/**
 * Close codes of the gateway's subscription socket (docs/subscriptions.md), beside graphql-ws's own
 * (4400 bad request, 4401 unauthorised, 4403 forbidden…).
 */
export const CLOSE_CODES = {
  ...SUBSCRIPTION_CLOSE_CODES,
  /** The supergraph changed: plans are void, resubscribe (with `after` to miss nothing). */
  supergraphChanged: 4205,
  tryAgainLater: TRY_AGAIN_LATER,
  /** A client message over SUBSCRIPTION_MAX_MESSAGE_BYTES. */
  messageTooBig: MESSAGE_TOO_BIG,
  /** More than SUBSCRIPTION_MAX_MESSAGES_PER_SECOND messages in one second. */
  tooManyMessages: TOO_MANY_MESSAGES,
} as const;

export interface SubscriptionBridgeOptions {
  httpServer: Server;
  path: string;
  supergraphSdl: string;
  /** HTTP URL of each subgraph by name (`/graphql`); the socket is the same URL over ws. */
  subgraphUrls: Record<string, string>;
  /** The gateway's pools to the subgraphs, for the fetches that complete each event; absent: `fetch`. */
  transport?: SubgraphTransport;
  keys: SigningKeys;
  /** Whether a browser page's origin may open a socket (the upgrade's Origin header); default: any. */
  verifyOrigin?(request: IncomingMessage): boolean;
  /** Who opens the socket (session cookie of the upgrade request; refuses API keys it cannot verify). */
  authenticate(
    request: IncomingMessage,
    connectionParams: Record<string, unknown> | undefined,
  ): Promise<Principal>;
  /** The principal as it is now, per event: null when they may no longer sign in. */
  refresh(principal: Principal): Promise<Principal | null>;
  contextFor(principal: Principal, requestId: string): GatewayContext;
  /** Checks the gateway applies to every operation, HTTP or socket (limits, scopes); throws GraphQLError. */
  checkOperation(plan: SubscriptionPlan, principal: Principal): void;
  /** The operation limits shared with HTTP, on the text as sent, before planning; throws GraphQLError. */
  checkLimits?: ConnectionOptions['checkLimits'];
  /** Persisted operations: the text of a hash, or the text admitted as sent; throws GraphQLError. */
  resolveOperation?: ConnectionOptions['resolveOperation'];
  /** Caps on each client socket (subscriptions, message size, messages per second). */
  socketLimits?: SocketLimits;
  /** Each subscribe message counted against the caller's allowance, as an HTTP operation is. */
  consumeRateLimit?: ConnectionOptions['consumeRateLimit'];
  clientAddress?: ConnectionOptions['clientAddress'];
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  /** Each payload sent to a client (metrics). */
  onDelivered?: ConnectionOptions['onDelivered'];
  logger: Logger;
}

export interface SubscriptionBridge {
  /** Swaps the supergraph: new plans from now on, live subscriptions closed with 4205. */
  updateSupergraph(supergraphSdl: string): void;
  /** Subscriptions running now (tests, metrics). */
  readonly active: number;
  /** Events completed and waiting for their clients (tests, metrics). */
  readonly queued: number;
  /** Client sockets open now, closing ones included (tests, metrics). */
  readonly connections: number;
  /** Closes every client socket with 1012 (reconnect, resume with `after`), cut after `graceMs`. */
  close(graceMs?: number): Promise<void>;
}

/**
 * graphql-ws on the gateway's `/graphql`, bridging each subscription to its owning subgraph. The
 * parts: connections.ts (who opens a socket, each subscription planned and checked, closes),
 * client-subscription.ts (a client's subscription upstream, its events in order, rights changes),
 * completion.ts (an event completed by the rest of the plan, retried while a subgraph is down),
 * client-queue.ts (the events on their way to a client, slow clients), upstreams.ts (one socket
 * per subgraph, tokens, feed positions).
 */
export function startSubscriptionBridge(options: SubscriptionBridgeOptions): SubscriptionBridge {
  const { logger } = options;
  let planner = new SubscriptionPlanner(options.supergraphSdl);
  const services: Record<string, GraphQLDataSource<GatewayContext>> = {};
  for (const [name, url] of Object.entries(options.subgraphUrls))
    services[name] = new ForwardingDataSource({
      name,
      url,
      throwOnFailure: true,
      transport: options.transport,
    });
  const upstreams = new UpstreamSockets(options.subgraphUrls, options.keys, logger);
  const formatResult = (result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult => {
    const errors = result.errors?.map((error) =>
      options.formatError(error instanceof GraphQLError ? error.toJSON() : error),
    );
    return errors ? { ...result, errors } : (result as FormattedExecutionResult);
  };
  const deps = {
    completion: {
      services,
      sharedFetches: new SharedPublicFetches(() => options.contextFor(ANONYMOUS, randomUUID())),
      planner: () => planner,
      contextFor: options.contextFor,
      formatResult: (result: { data?: unknown; errors?: readonly unknown[] }) =>
        formatResult(result as FormattedExecutionResult),
      logger,
    },
    upstreams,
    keys: options.keys,
    refresh: options.refresh,
    retryPolicy: completionRetryPolicy(),
    limits: slowClientLimits(),
    closeClient: (socket: Parameters<typeof closeWithin>[0], code: number, reason: string) =>
      closeWithin(socket, code, reason),
    formatError: options.formatError,
    logger,
    running: new Set<ClientSubscription>(),
  };
  const connections = startConnections({
    httpServer: options.httpServer,
    path: options.path,
    planner: () => planner,
    verifyOrigin: options.verifyOrigin,
    authenticate: options.authenticate,
    checkOperation: options.checkOperation,
    checkLimits: options.checkLimits,
    resolveOperation: options.resolveOperation,
    socketLimits: options.socketLimits,
    consumeRateLimit: options.consumeRateLimit,
    clientAddress: options.clientAddress,
    subscribe: (context) => {
      const subscription = new ClientSubscription(deps, context);
      subscription.start();
      return subscription.events;
    },
    formatError: options.formatError,
    formatResult,
    onDelivered: options.onDelivered,
    logger,
  });

  return {
    updateSupergraph(supergraphSdl) {
      planner = new SubscriptionPlanner(supergraphSdl);
      connections.closeAll(CLOSE_CODES.supergraphChanged, 'Schéma fédéré modifié : réabonnez-vous.');
    },
    get active() {
      return upstreams.holders.size;
    },
    get connections() {
      return connections.open;
    },
    get queued() {
      let queued = 0;
      for (const subscription of deps.running) queued += subscription.queued;
      return queued;
    },
    async close(graceMs?: number) {
      await connections.close(graceMs);
      await upstreams.dispose();
    },
  };
}
