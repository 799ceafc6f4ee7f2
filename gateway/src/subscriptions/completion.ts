import { randomUUID } from 'node:crypto';
import { executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { Logger } from '@talents/platform';
import type { FormattedExecutionResult, GraphQLError } from 'graphql';
import type { Principal } from '../auth/principal';
import type { GatewayContext } from '../context';
import { done, transient, watchingFailures, type Attempt } from './completion-retry';
import { CURSOR_ALIAS, type SubscriptionPlan, type SubscriptionPlanner } from './planner';
import type { SharedPublicFetches } from './public-fetches';

/** Stand-in service of the primary fetch: the event from the subgraph is its response. */
const EVENT_SERVICE = '__subscription_event__';

export interface CompletionDeps {
  services: Readonly<Record<string, GraphQLDataSource<GatewayContext>>>;
  sharedFetches: SharedPublicFetches;
  /** The planner of the supergraph served now. */
  planner(): SubscriptionPlanner;
  contextFor(principal: Principal, requestId: string): GatewayContext;
  formatResult(result: { data?: unknown; errors?: readonly unknown[] }): FormattedExecutionResult;
  logger: Logger;
}

/** One event from the owning subgraph, as received on the gateway's shared socket. */
export interface UpstreamEvent {
  data: Record<string, unknown>;
  errors: FormattedExecutionResult['errors'];
  cursor: unknown;
}

/**
 * Completes one event with the rest of the plan: `executeQueryPlan` runs `Sequence[primary, rest]`
 * where the primary fetch goes to a stand-in answering with the event itself, so that the payload
 * may select any field of the supergraph. Public fetches are shared by the deliveries of one event
 * (public-fetches.ts); a subgraph that does not answer makes the attempt a passing failure.
 */
export async function completeEvent(
  deps: CompletionDeps,
  plan: SubscriptionPlan,
  event: UpstreamEvent,
  principal: Principal,
  variables: Record<string, unknown>,
): Promise<Attempt<FormattedExecutionResult>> {
  const eventSource: GraphQLDataSource<GatewayContext> = {
    process: () => Promise.resolve({ data: event.data, errors: event.errors as GraphQLError[] | undefined }),
  };
  const queryPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: plan.rest
      ? { kind: 'Sequence', nodes: [{ ...plan.primary, serviceName: EVENT_SERVICE }, plan.rest] }
      : { ...plan.primary, serviceName: EVENT_SERVICE },
  };
  const requestContext = {
    request: { query: '', variables, operationName: plan.operationContext.operation.name?.value },
    context: deps.contextFor(principal, randomUUID()),
    logger: deps.logger,
    metrics: {},
    overallCachePolicy: undefined,
  } as unknown as Parameters<typeof executeQueryPlan>[2];
  const eventKey = typeof event.cursor === 'string' ? `${plan.primary.serviceName}:${event.cursor}` : null;
  const watched = watchingFailures(
    deps.sharedFetches.dataSources(deps.services, plan.publicFetches, eventKey),
  );
  const planner = deps.planner();
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
  return done(deps.formatResult(result));
}
