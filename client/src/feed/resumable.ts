import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { errorCodeOf, reportOf } from '../common/errors';
import { isAfter, retryDelayMs } from './cursor';

export type LiveStatus =
  | { kind: 'off' }
  | { kind: 'subscribing'; resuming: boolean }
  | { kind: 'waiting'; attempt: number; retryInMs: number }
  | { kind: 'refused'; message: string };

/** Refusals that a new attempt would not change. */
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

export interface ResumableSubscription<TData, TVariables extends OperationVariables> {
  apollo: ApolloClient<unknown>;
  query: TypedDocumentNode<TData, TVariables>;
  /** The variables of each attempt, resuming after `after` (null: from now on). */
  variables(after: string | null): TVariables;
  cursorOf(data: TData): string | null | undefined;
  onEvent(data: TData): void;
  onStatus(status: LiveStatus): void;
}

/**
 * Follows a subscription of the hub for as long as it is wanted. When the socket drops (gateway
 * restart, close codes 4205 and 4413, network) or the server ends it, it subscribes again after a
 * growing delay with `after` = the last cursor received: what happened meanwhile arrives first,
 * and an event at or before that cursor is never handed over twice. Returns the way to stop.
 */
export function subscribeResumably<TData, TVariables extends OperationVariables>(
  options: ResumableSubscription<TData, TVariables>,
): () => void {
  let stopped = false;
  let attempt = 0;
  let lastCursor: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let subscription: { unsubscribe(): void } | null = null;

  const retry = () => {
    subscription?.unsubscribe();
    subscription = null;
    attempt += 1;
    const retryInMs = retryDelayMs(attempt);
    options.onStatus({ kind: 'waiting', attempt, retryInMs });
    timer = setTimeout(start, retryInMs);
  };

  function start() {
    if (stopped) return;
    options.onStatus({ kind: 'subscribing', resuming: lastCursor !== null });
    subscription = options.apollo
      .subscribe({ query: options.query, variables: options.variables(lastCursor) })
      .subscribe({
        next: (result) => {
          if (!result.data) return;
          attempt = 0;
          const cursor = options.cursorOf(result.data);
          if (cursor) {
            if (!isAfter(cursor, lastCursor)) return;
            lastCursor = cursor;
          }
          options.onEvent(result.data);
        },
        error: (error: unknown) => {
          if (stopped) return;
          const code = errorCodeOf(error);
          if (code && FINAL_CODES.has(code)) {
            options.onStatus({ kind: 'refused', message: reportOf(error).general.join(' ') });
          } else {
            retry();
          }
        },
        complete: () => {
          if (!stopped) retry();
        },
      });
  }

  start();
  return () => {
    stopped = true;
    clearTimeout(timer);
    subscription?.unsubscribe();
    options.onStatus({ kind: 'off' });
  };
}
