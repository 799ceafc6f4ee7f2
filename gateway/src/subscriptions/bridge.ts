import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import { FEED_POSITION_PATH, useGraphQLWsServer, type Logger } from '@talents/common';
import {
  GraphQLError,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { ForwardingDataSource } from '../forwarding-data-source';
import type { GatewayContext } from '../context';
import type { SigningKeys } from '../auth/keys';
import { signInternalToken } from '../auth/internal-token';
import { PrincipalLookupError } from '../auth/principal-directory';
import { ANONYMOUS, SYSTEM, type Principal } from '../auth/principal';
import {
  AFTER_VARIABLE,
  CURSOR_ALIAS,
  PlanningError,
  SubscriptionPlanner,
  type SubscriptionPlan,
} from './planner';
import {
  completionRetryPolicy,
  CompletionUnavailable,
  done,
  retryTransient,
  transient,
  watchingFailures,
  type Attempt,
} from './completion-retry';
import { isLaterCursor } from './cursor';
import { SharedPublicFetches } from './public-fetches';

/**
 * Close codes of the gateway's subscription socket (docs/subscriptions.md), beside graphql-ws's own
 * (4400 bad request, 4401 unauthorised, 4403 forbidden…).
 */
export const CLOSE_CODES = {
  /** The supergraph changed: plans are void, resubscribe (with `after` to miss nothing). */
  supergraphChanged: 4205,
  /** The client read too slowly: its queue overflowed; reconnect and resume with `after`. */
  slowConsumer: 4413,
  /** WebSocket's own "try again later": who the person is could not be checked just now. */
  tryAgainLater: 1013,
  /**
   * An event could not be completed (a subgraph it selects fields from was down past the retry
   * bound): nothing after the last event received was delivered; resume with `after`.
   */
  serviceUnavailable: 4503,
} as const;

/** Events waiting for one client, and bytes waiting in its socket, before it is dropped. */
const MAX_QUEUED_EVENTS = 100;
const MAX_BUFFERED_BYTES = 1 << 20;
/** Stand-in service of the primary fetch: the event from the subgraph is its response. */
const EVENT_SERVICE = '__subscription_event__';

export interface SubscriptionBridgeOptions {
  httpServer: Server;
  path: string;
  supergraphSdl: string;
  /** HTTP URL of each subgraph by name (`/graphql`); the socket is the same URL over ws. */
  subgraphUrls: Record<string, string>;
  keys: SigningKeys;
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
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  logger: Logger;
}

export interface SubscriptionBridge {
  /** Swaps the supergraph: new plans from now on, live subscriptions closed with 4205. */
  updateSupergraph(supergraphSdl: string): void;
  /** Subscriptions running now (tests, metrics). */
  readonly active: number;
  close(): Promise<void>;
}

function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

interface Live {
  principal: Principal;
  token: string;
  /** The subgraph whose shared socket carries the subscription. */
  serviceName: string;
}

/** Whether two principals carry the same rights (what a subgraph filters events with). */
function sameRights(a: Principal, b: Principal): boolean {
  if (a.kind !== 'agent' || b.kind !== 'agent') return a.kind === b.kind;
  const sorted = (values: readonly string[]) => [...values].sort().join('\n');
  return (
    a.agentId === b.agentId &&
    a.administrationId === b.administrationId &&
    sorted(a.roles) === sorted(b.roles) &&
    sorted(a.hostOf) === sorted(b.hostOf)
  );
}

/** What completing an event came to: deliver it, or what the person's rights now call for. */
type EventOutcome =
  | { kind: 'deliver'; principal: Principal; result: FormattedExecutionResult }
  | { kind: 'gone' }
  | { kind: 'rightsChanged'; principal: Principal };

/** graphql-ws on the gateway's `/graphql`, bridging each subscription to its owning subgraph. */
export function startSubscriptionBridge(options: SubscriptionBridgeOptions): SubscriptionBridge {
  const { logger } = options;
  const retryPolicy = completionRetryPolicy();
  let planner = new SubscriptionPlanner(options.supergraphSdl);
  const services: Record<string, GraphQLDataSource<GatewayContext>> = {};
  for (const [name, url] of Object.entries(options.subgraphUrls))
    services[name] = new ForwardingDataSource({ name, url });
  const sharedFetches = new SharedPublicFetches(() => options.contextFor(ANONYMOUS, randomUUID()));
  // One socket per subgraph, shared by every subscription of this gateway; it carries the gateway's
  // own token, each subscription the token of its person.
  const upstreams = new Map<string, Client>();
  const upstream = (name: string): Client => {
    let client = upstreams.get(name);
    if (!client) {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`Sous-graphe inconnu : ${name}`);
      client = createClient({
        url: wsUrlOf(url),
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 5_000,
        keepAlive: 10_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (retries) => {
          await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** retries)));
        },
        connectionParams: async () => {
          await refreshTokens(name);
          return { authorization: `Bearer ${await signInternalToken(options.keys, SYSTEM)}` };
        },
        on: {
          closed: (event) => logger.debug({ subgraph: name, event: String(event) }, 'upstream socket closed'),
        },
      });
      upstreams.set(name, client);
    }
    return client;
  };

  /**
   * Where a subgraph's feed is now, asked once for all the subscriptions starting while the question
   * is out; null when the subgraph cannot say (the subscription then starts from "now" unresumed).
   */
  const positions = new Map<string, Promise<string | null>>();
  const feedPosition = (serviceName: string): Promise<string | null> => {
    const url = options.subgraphUrls[serviceName];
    if (!url) return Promise.resolve(null);
    let position = positions.get(serviceName);
    if (!position) {
      position = (async () => {
        try {
          // Beside the subgraph's `/graphql`, under whatever prefix a proxy gives it.
          const positionUrl = new URL(url);
          positionUrl.pathname = positionUrl.pathname.replace(/\/graphql\/?$/, '') + FEED_POSITION_PATH;
          const response = await fetch(positionUrl, {
            headers: { authorization: `Bearer ${await signInternalToken(options.keys, SYSTEM)}` },
            signal: AbortSignal.timeout(2_000),
          });
          const body = (await response.json()) as { cursor?: unknown };
          return response.ok && typeof body.cursor === 'string' ? body.cursor : null;
        } catch (error) {
          logger.warn({ err: error, subgraph: serviceName }, 'feed position unavailable');
          return null;
        } finally {
          positions.delete(serviceName);
        }
      })();
      positions.set(serviceName, position);
    }
    return position;
  };

  const lives = new Set<Live>();
  /**
   * graphql-ws resends every subscription of a socket after it reconnects, each with its token:
   * those of that socket are signed anew just before, once per person and side by side, rather than
   * on a timer for all of them. A failure keeps the tokens there are (the subgraph says if expired).
   */
  const refreshTokens = async (serviceName: string) => {
    const signed = new Map<Principal, Promise<string>>();
    try {
      await Promise.all(
        [...lives]
          .filter((live) => live.serviceName === serviceName)
          .map(async (live) => {
            let token = signed.get(live.principal);
            if (!token) {
              token = signInternalToken(options.keys, live.principal);
              signed.set(live.principal, token);
            }
            live.token = await token;
          }),
      );
    } catch (error) {
      logger.error({ err: error, subgraph: serviceName }, 'subscription tokens could not be renewed');
    }
  };

  const formatResult = (result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult => {
    const errors = result.errors?.map((error) =>
      options.formatError(error instanceof GraphQLError ? error.toJSON() : error),
    );
    return errors ? { ...result, errors } : (result as FormattedExecutionResult);
  };

  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const principals = new WeakMap<object, Principal>();
  const sockets = new Set<WebSocket>();
  wsServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  interface BridgeContext {
    principal: Principal;
    plan: SubscriptionPlan;
    socket: WebSocket;
    variables: Record<string, unknown>;
  }

  const cleanup = useGraphQLWsServer<Record<string, unknown>>(
    {
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
            ctx.extra.socket.close(CLOSE_CODES.tryAgainLater, 'Identification momentanément impossible.');
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
          plan = planner.plan(payload.query, payload.operationName);
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
          schema: planner.schema,
          document: plan.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      // graphql-ws types this as an AsyncGenerator; it only ever iterates it and calls return().
      subscribe: (args) =>
        bridgeSubscription(args.contextValue as BridgeContext) as unknown as AsyncGenerator<ExecutionResult>,
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => options.formatError(error instanceof GraphQLError ? error.toJSON() : error)),
    },
    wsServer,
    logger,
  );

  function bridgeSubscription(context: BridgeContext): AsyncIterableIterator<FormattedExecutionResult> {
    const { plan, socket } = context;
    let principal = context.principal;
    const queue: FormattedExecutionResult[] = [];
    let waiting: ((result: IteratorResult<FormattedExecutionResult>) => void) | null = null;
    let finished = false;
    const live: Live = { principal, token: '', serviceName: plan.primary.serviceName };

    const emit = (result: FormattedExecutionResult) => {
      if (finished) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: result, done: false });
        return;
      }
      if (queue.length >= MAX_QUEUED_EVENTS || socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        // Never let one slow reader hold events for the others: it reconnects and resumes.
        logger.warn({ queued: queue.length }, 'slow subscriber dropped');
        socket.close(CLOSE_CODES.slowConsumer, 'Abonné trop lent : reprenez avec after.');
        finish();
        return;
      }
      queue.push(result);
    };
    const finish = () => {
      if (finished) return;
      finished = true;
      lives.delete(live);
      unsubscribe?.();
      const resolve = waiting;
      waiting = null;
      resolve?.({ value: undefined, done: true });
    };

    const variableValue = (name: string | null) =>
      name !== null && typeof context.variables[name] === 'string'
        ? (context.variables[name] as string)
        : null;
    const primaryVariables: Record<string, unknown> = {};
    for (const name of plan.primary.variableUsages ?? []) {
      if (name in context.variables) primaryVariables[name] = context.variables[name];
    }
    if (plan.resumable)
      primaryVariables[AFTER_VARIABLE] = plan.literalAfter ?? variableValue(plan.afterVariable);
    const payload = {
      query: plan.primary.operation,
      operationName: plan.primary.operationName ?? undefined,
      variables: primaryVariables,
      extensions: {
        // Read each time graphql-ws (re)sends the subscription: signed at subscription, then anew
        // before each reconnection (refreshTokens).
        get authorization() {
          return `Bearer ${live.token}`;
        },
      },
    };
    const requestVariables = {
      ...context.variables,
      [AFTER_VARIABLE]: primaryVariables[AFTER_VARIABLE] ?? null,
    };

    let chain = Promise.resolve();
    /** Bumped when the subscription is made anew upstream: events of an older one are dropped. */
    let generation = 0;
    const cursorOf = (event: FormattedExecutionResult): unknown =>
      (event.data?.[plan.rootKey] as Record<string, unknown> | null | undefined)?.[CURSOR_ALIAS];
    /** One attempt at an event: the person as they are now, then the rest of the plan. */
    const attemptEvent = async (
      data: Record<string, unknown>,
      event: FormattedExecutionResult,
      cursor: unknown,
    ): Promise<Attempt<EventOutcome>> => {
      let current = principal;
      if (principal.kind === 'agent') {
        let fresh: Principal | null;
        try {
          fresh = await options.refresh(principal);
        } catch (error) {
          if (error instanceof PrincipalLookupError) return transient(`profiles: ${error.message}`);
          throw error;
        }
        if (!fresh) return done({ kind: 'gone' });
        if (!sameRights(principal, fresh)) return done({ kind: 'rightsChanged', principal: fresh });
        current = fresh;
      }
      const eventSource: GraphQLDataSource<GatewayContext> = {
        process: () => Promise.resolve({ data, errors: event.errors as GraphQLError[] | undefined }),
      };
      const queryPlan: QueryPlan = {
        kind: 'QueryPlan',
        node: plan.rest
          ? { kind: 'Sequence', nodes: [{ ...plan.primary, serviceName: EVENT_SERVICE }, plan.rest] }
          : { ...plan.primary, serviceName: EVENT_SERVICE },
      };
      const gatewayContext = options.contextFor(current, randomUUID());
      const requestContext = {
        request: {
          query: '',
          variables: requestVariables,
          operationName: plan.operationContext.operation.name?.value,
        },
        context: gatewayContext,
        logger,
        metrics: {},
        overallCachePolicy: undefined,
      } as unknown as Parameters<typeof executeQueryPlan>[2];
      const watched = watchingFailures(
        sharedFetches.dataSources(
          services,
          plan.publicFetches,
          typeof cursor === 'string' ? `${plan.primary.serviceName}:${cursor}` : null,
        ),
      );
      const result = await executeQueryPlan(
        queryPlan,
        { ...watched.sources, [EVENT_SERVICE]: eventSource },
        requestContext,
        plan.operationContext,
        planner.supergraphSchema,
        planner.apiSchema,
      );
      // Null fields standing for a subgraph that did not answer are not the event: try again.
      if (watched.failures.length > 0) return transient(watched.failures.join('; '));
      const shaped = result.data?.[plan.rootKey] as Record<string, unknown> | null | undefined;
      if (shaped && typeof shaped === 'object') delete shaped[CURSOR_ALIAS];
      return done({ kind: 'deliver', principal: current, result: formatResult(result) });
    };

    const onEvent = async (
      event: FormattedExecutionResult,
      ofGeneration: number,
      cursor: unknown,
      before: unknown,
    ) => {
      if (ofGeneration !== generation) return;
      const data = event.data as Record<string, unknown> | null | undefined;
      if (!data) {
        emit(formatResult(event));
        return;
      }
      let outcome: EventOutcome | null;
      try {
        outcome = await retryTransient(
          () => attemptEvent(data, event, cursor),
          retryPolicy,
          () => finished || ofGeneration !== generation,
        );
      } catch (error) {
        if (!(error instanceof CompletionUnavailable)) throw error;
        // Never delivered without its fields, never stepped over: the client resumes from the
        // cursor of the last event it received, once the subgraph is back.
        logger.warn({ reason: error.reason }, 'subscription ended: an event could not be completed');
        socket.close(
          CLOSE_CODES.serviceUnavailable,
          'Un service du hub ne répond pas : reprenez avec after.',
        );
        finish();
        return;
      }
      if (!outcome || finished || ofGeneration !== generation) return;
      if (outcome.kind === 'gone') {
        emit({
          errors: [
            {
              message: 'Votre session n’est plus valable : reconnectez-vous.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        });
        finish();
        return;
      }
      if (outcome.kind === 'rightsChanged') {
        // The subgraph filtered this event, and would filter the next ones, with rights the person
        // no longer has (or not yet): subscribed anew with the current ones, from just before it.
        generation += 1;
        unsubscribe?.();
        principal = outcome.principal;
        live.principal = outcome.principal;
        live.token = await signInternalToken(options.keys, outcome.principal);
        payload.variables[AFTER_VARIABLE] = before ?? null;
        if (!finished) openUpstream();
        return;
      }
      principal = outcome.principal;
      emit(outcome.result);
    };

    let unsubscribe: (() => void) | null = null;
    const openUpstream = () => {
      const ofGeneration = generation;
      unsubscribe = upstream(plan.primary.serviceName).subscribe(payload, {
        next: (received) => {
          if (ofGeneration !== generation) return;
          const event = received as FormattedExecutionResult;
          const before = payload.variables[AFTER_VARIABLE];
          const cursor = cursorOf(event);
          // On receipt, not once handled: a resubscription (subgraph restart) resumes after this
          // event even while earlier ones are still being completed.
          if (isLaterCursor(cursor, before)) payload.variables[AFTER_VARIABLE] = cursor;
          chain = chain
            .then(() => onEvent(event, ofGeneration, cursor, before))
            .catch((error: unknown) => {
              logger.error({ err: error }, 'subscription event failed');
              // Ended rather than stepped over: the client still holds the cursor before this event.
              emit({
                errors: [
                  {
                    message: 'Erreur interne du serveur. Réessayez plus tard.',
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              });
              finish();
            });
        },
        error: (error) => {
          if (ofGeneration !== generation) return;
          void chain.then(() => {
            const errors = Array.isArray(error)
              ? (error as GraphQLFormattedError[])
              : [
                  {
                    message: 'Un service du hub ne répond pas. Réessayez dans un instant.',
                    extensions: { code: 'SERVICE_UNAVAILABLE' },
                  },
                ];
            emit({ errors: errors.map((item) => options.formatError(item)) });
            finish();
          });
        },
        complete: () => {
          if (ofGeneration === generation) void chain.then(finish);
        },
      });
    };

    const startsFromNow = plan.resumable && primaryVariables[AFTER_VARIABLE] == null;
    void Promise.all([
      signInternalToken(options.keys, principal),
      startsFromNow ? feedPosition(plan.primary.serviceName) : null,
    ]).then(
      ([token, position]) => {
        if (finished) return;
        // "From now" made a cursor, so that a resubscription before the first event resumes too.
        if (position !== null) payload.variables[AFTER_VARIABLE] = position;
        live.token = token;
        lives.add(live);
        openUpstream();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not sign a subscription token');
        finish();
      },
    );

    const iterator: AsyncIterableIterator<FormattedExecutionResult> = {
      next: () => {
        const value = queue.shift();
        if (value) return Promise.resolve({ value, done: false });
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        finish();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  return {
    updateSupergraph(supergraphSdl) {
      planner = new SubscriptionPlanner(supergraphSdl);
      for (const socket of sockets) {
        socket.close(CLOSE_CODES.supergraphChanged, 'Schéma fédéré modifié : réabonnez-vous.');
      }
    },
    get active() {
      return lives.size;
    },
    async close() {
      for (const socket of sockets) socket.close(1001, 'Arrêt de la passerelle.');
      await cleanup.dispose();
      await Promise.all([...upstreams.values()].map((client) => client.dispose()));
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
