import type { Logger } from '@talents/platform';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type WebSocket from 'ws';
import type { SigningKeys } from '../auth/keys';
import { signInternalToken } from '../auth/internal-token';
import type { Principal } from '../auth/principal';
import { ClientQueue, type SlowClientLimits } from './client-queue';
import { completeEvent, type CompletionDeps, type UpstreamEvent } from './completion';
import {
  CompletionUnavailable,
  done,
  retryTransient,
  type Attempt,
  type RetryPolicy,
} from './completion-retry';
import { isLaterCursor } from './cursor';
import { AFTER_VARIABLE, CURSOR_ALIAS, type SubscriptionPlan } from './planner';
import { principalNow } from './rights';
import type { UpstreamHolder, UpstreamSockets } from './upstreams';

/** One client's subscription, as the connection layer hands it over once planned and checked. */
export interface BridgeContext {
  principal: Principal;
  plan: SubscriptionPlan;
  socket: WebSocket;
  variables: Record<string, unknown>;
}

export interface ClientSubscriptionDeps {
  completion: CompletionDeps;
  upstreams: UpstreamSockets;
  keys: SigningKeys;
  /** The principal as it is now, per event: null when they may no longer sign in. */
  refresh(principal: Principal): Promise<Principal | null>;
  retryPolicy: RetryPolicy;
  limits: SlowClientLimits;
  /** Ends the client's connection with `code` (connections.ts: the close reaches it, or it is cut). */
  closeClient(socket: WebSocket, code: number, reason: string): void;
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  logger: Logger;
  /** Every client subscription whose events are not all read yet (metrics). */
  running: Set<ClientSubscription>;
}

/** Close codes this part ends a client's socket with (docs/subscriptions.md). */
export const SUBSCRIPTION_CLOSE_CODES = {
  /** The client read too slowly; reconnect and resume with `after`. */
  slowConsumer: 4413,
  /** An event could not be completed within the retry bound (a subgraph down); resume with `after`. */
  serviceUnavailable: 4503,
} as const;

/**
 * Events received upstream and not yet handed to the client, past which the subscription is
 * paused upstream; it is resumed from its cursor once they are down to UPSTREAM_RESUME. A long
 * backlog (a resume from far behind) thus streams page by page at the client's pace.
 */
export const UPSTREAM_PAGE = 100;
const UPSTREAM_RESUME = 10;

/** What completing an event came to: deliver it, or what the person's rights now call for. */
type EventOutcome =
  | { kind: 'deliver'; principal: Principal; result: FormattedExecutionResult }
  | { kind: 'gone' }
  | { kind: 'changed'; principal: Principal };

/**
 * The upstream subscription of one client's subscription: subscribed on the owning subgraph over
 * the gateway's shared socket, with the person's token and the gateway's own resume cursor; each
 * event completed with the rest of the plan (retried while a subgraph is down), checked against the
 * person's current rights, and queued for the client, in order, one at a time.
 */
export class ClientSubscription {
  private principal: Principal;
  private readonly holder: UpstreamHolder;
  private readonly queue: ClientQueue;
  private readonly payload: {
    query: string;
    operationName: string | undefined;
    variables: Record<string, unknown>;
    extensions: { readonly authorization: string };
  };
  /** The client's variables, `after` as the subscription started, for the rest of the plan. */
  private readonly requestVariables: Record<string, unknown>;
  private chain: Promise<void> = Promise.resolve();
  /** Bumped when the subscription is made anew upstream after a change of rights. */
  private generation = 0;
  /** The upstream subscription events are taken from (null while paused or finished). */
  private upstream: { unsubscribe: () => void } | null = null;
  private inFlight = 0;
  private paused = false;
  private finished = false;

  constructor(
    private readonly deps: ClientSubscriptionDeps,
    private readonly context: BridgeContext,
  ) {
    const { plan, variables, socket } = context;
    this.principal = context.principal;
    const holder: UpstreamHolder = {
      principal: this.principal,
      token: '',
      serviceName: plan.primary.serviceName,
    };
    this.holder = holder;
    this.queue = new ClientQueue(
      deps.limits,
      () => socket.bufferedAmount,
      () => this.finish(),
    );
    const primaryVariables: Record<string, unknown> = {};
    for (const name of plan.primary.variableUsages ?? []) {
      if (name in variables) primaryVariables[name] = variables[name];
    }
    if (plan.resumable) {
      const fromClient = plan.afterVariable === null ? null : variables[plan.afterVariable];
      primaryVariables[AFTER_VARIABLE] =
        plan.literalAfter ?? (typeof fromClient === 'string' ? fromClient : null);
    }
    this.payload = {
      query: plan.primary.operation,
      operationName: plan.primary.operationName ?? undefined,
      variables: primaryVariables,
      extensions: {
        // Read each time graphql-ws (re)sends the subscription: signed at subscription, then anew
        // before each reconnection (UpstreamSockets).
        get authorization() {
          return `Bearer ${holder.token}`;
        },
      },
    };
    this.requestVariables = { ...variables, [AFTER_VARIABLE]: primaryVariables[AFTER_VARIABLE] ?? null };
  }

  /** What graphql-ws iterates: the client's queue. */
  get events(): AsyncIterableIterator<FormattedExecutionResult> {
    return this.queue.events;
  }

  /** Events waiting for the client (tests, metrics). */
  get queued(): number {
    return this.queue.length;
  }

  /** Signs the person's token (and, without `after`, asks where the feed is), then subscribes. */
  start(): void {
    this.deps.running.add(this);
    const { plan } = this.context;
    const startsFromNow = plan.resumable && this.payload.variables[AFTER_VARIABLE] == null;
    void Promise.all([
      signInternalToken(this.deps.keys, this.principal),
      startsFromNow ? this.deps.upstreams.feedPosition(plan.primary.serviceName) : null,
    ]).then(
      ([token, position]) => {
        if (this.finished) return;
        // "From now" made a cursor, so that a resubscription before the first event resumes too.
        if (position !== null) this.payload.variables[AFTER_VARIABLE] = position;
        this.holder.token = token;
        this.deps.upstreams.holders.add(this.holder);
        this.open();
      },
      (error: unknown) => {
        this.deps.logger.error({ err: error }, 'could not sign a subscription token');
        this.finish();
      },
    );
  }

  private open(): void {
    this.paused = false;
    const handle = { unsubscribe: () => undefined as void };
    this.upstream = handle;
    const current = () => this.upstream === handle;
    handle.unsubscribe = this.deps.upstreams
      .client(this.context.plan.primary.serviceName)
      .subscribe(this.payload, {
        next: (received) => {
          if (current()) this.receive(received as FormattedExecutionResult);
        },
        error: (error) => {
          if (current()) this.chain = this.chain.then(() => this.upstreamFailed(error));
        },
        complete: () => {
          if (current()) this.chain = this.chain.then(() => this.end());
        },
      });
  }

  private receive(event: FormattedExecutionResult): void {
    const before = this.payload.variables[AFTER_VARIABLE];
    const cursor = (event.data?.[this.context.plan.rootKey] as Record<string, unknown> | null | undefined)?.[
      CURSOR_ALIAS
    ];
    // On receipt, not once handled: a resubscription (subgraph restart, page) resumes after this
    // event even while earlier ones are still being completed.
    if (isLaterCursor(cursor, before)) this.payload.variables[AFTER_VARIABLE] = cursor;
    const generation = this.generation;
    this.inFlight += 1;
    if (this.inFlight >= UPSTREAM_PAGE) this.pause();
    this.chain = this.chain
      .then(() => this.handle(event, generation, cursor, before))
      .catch((error: unknown) => this.internalError(error))
      .finally(() => {
        this.inFlight -= 1;
        if (this.paused && !this.finished && this.inFlight <= UPSTREAM_RESUME) this.open();
      });
  }

  /** Unsubscribed upstream while the events received are completed: resumed from the cursor. */
  private pause(): void {
    if (this.paused) return;
    this.paused = true;
    const upstream = this.upstream;
    this.upstream = null;
    upstream?.unsubscribe();
  }

  private async handle(
    event: FormattedExecutionResult,
    generation: number,
    cursor: unknown,
    before: unknown,
  ): Promise<void> {
    if (generation !== this.generation || this.finished) return;
    const data = event.data as Record<string, unknown> | null | undefined;
    if (!data) {
      await this.deliver(this.deps.completion.formatResult(event));
      return;
    }
    let outcome: EventOutcome | null;
    try {
      outcome = await retryTransient(
        () => this.attempt({ data, errors: event.errors, cursor }),
        this.deps.retryPolicy,
        () => this.finished || generation !== this.generation,
      );
    } catch (error) {
      if (!(error instanceof CompletionUnavailable)) throw error;
      // Never delivered without its fields, never stepped over: the client resumes from the
      // cursor of the last event it received, once the subgraph is back.
      this.deps.logger.warn({ reason: error.reason }, 'subscription ended: an event could not be completed');
      this.closeClient(
        SUBSCRIPTION_CLOSE_CODES.serviceUnavailable,
        'Un service du hub ne répond pas : reprenez avec after.',
      );
      return;
    }
    if (!outcome || this.finished || generation !== this.generation) return;
    if (outcome.kind === 'gone') {
      await this.deliver({
        errors: [
          {
            message: 'Votre session n’est plus valable : reconnectez-vous.',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      this.end();
    } else if (outcome.kind === 'changed') {
      await this.resubscribe(outcome.principal, before);
    } else {
      this.principal = outcome.principal;
      await this.deliver(outcome.result);
    }
  }

  /** One attempt at an event: the person as they are now, then the rest of the plan. */
  private async attempt(event: UpstreamEvent): Promise<Attempt<EventOutcome>> {
    const now = await principalNow(this.principal, this.deps.refresh);
    if (!now.done) return now;
    if (now.value.kind !== 'same') return now as Attempt<EventOutcome>;
    const principal = now.value.principal;
    const completed = await completeEvent(
      this.deps.completion,
      this.context.plan,
      event,
      principal,
      this.requestVariables,
    );
    return completed.done ? done({ kind: 'deliver', principal, result: completed.value }) : completed;
  }

  /**
   * The subgraph filtered this event, and would filter the next ones, with rights the person no
   * longer has (or not yet): subscribed anew with the current ones, from just before it.
   */
  private async resubscribe(principal: Principal, before: unknown): Promise<void> {
    this.generation += 1;
    const upstream = this.upstream;
    this.upstream = null;
    upstream?.unsubscribe();
    this.principal = principal;
    this.holder.principal = principal;
    this.holder.token = await signInternalToken(this.deps.keys, principal);
    this.payload.variables[AFTER_VARIABLE] = before ?? null;
    if (!this.finished) this.open();
  }

  private async deliver(result: FormattedExecutionResult): Promise<void> {
    if (this.finished) return;
    if (await this.queue.deliver(result)) return;
    // Never let one slow reader hold events for the others: it reconnects and resumes.
    this.deps.logger.warn({ queued: this.queue.length }, 'slow subscriber dropped');
    this.closeClient(SUBSCRIPTION_CLOSE_CODES.slowConsumer, 'Abonné trop lent : reprenez avec after.');
  }

  private async upstreamFailed(error: unknown): Promise<void> {
    const errors = Array.isArray(error)
      ? (error as GraphQLFormattedError[])
      : [
          {
            message: 'Un service du hub ne répond pas. Réessayez dans un instant.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ];
    await this.deliver({ errors: errors.map((item) => this.deps.formatError(item)) });
    this.end();
  }

  /** Ended rather than stepped over: the client still holds the cursor before this event. */
  private async internalError(error: unknown): Promise<void> {
    this.deps.logger.error({ err: error }, 'subscription event failed');
    await this.deliver({
      errors: [
        {
          message: 'Erreur interne du serveur. Réessayez plus tard.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    this.end();
  }

  private closeClient(code: number, reason: string): void {
    this.deps.closeClient(this.context.socket, code, reason);
    this.finish();
  }

  /** Ends after what is queued for the client. */
  private end(): void {
    this.stop();
    this.queue.events.end();
  }

  /** Ends at once (the client left, or is dropped). */
  finish(): void {
    this.stop();
    this.queue.events.close();
    this.deps.running.delete(this);
  }

  private stop(): void {
    if (this.finished) return;
    this.finished = true;
    this.deps.upstreams.holders.delete(this.holder);
    const upstream = this.upstream;
    this.upstream = null;
    upstream?.unsubscribe();
  }
}
