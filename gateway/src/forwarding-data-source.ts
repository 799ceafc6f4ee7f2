import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './context';
import { forwardableHeaders } from './headers';

/**
 * Node's own fetch (undici, pooled keep-alive connections) instead of Apollo's default
 * make-fetch-happen, whose agent captures a stack trace on every request to tell HTTP from HTTPS:
 * measured as the largest single cost of a subscription event's entity fetches.
 */
const nodeFetch = globalThis.fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/**
 * Failures of a subgraph fetch, as the gateway's error formatter recognises them: `subgraph <name>
 * unreachable` or `subgraph <name> timed out`. The name becomes `extensions.service` of the French
 * SERVICE_UNAVAILABLE error, so that a client knows which part of its answer is missing and why.
 */
export const SUBGRAPH_FAILURE = /^subgraph (\w+) (?:unreachable|timed out)/;

/** `SUBGRAPH_TIMEOUT_MS` (default 15 s): above the subgraphs' own statement timeout, so that theirs speaks first. */
export function subgraphTimeoutMs(): number {
  const raw = process.env.SUBGRAPH_TIMEOUT_MS;
  const value = raw ? Number(raw) : 15_000;
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      `SUBGRAPH_TIMEOUT_MS doit être un nombre entier de millisecondes, positif (reçu « ${raw} »).`,
    );
  }
  return value;
}

/** Reads only; a mutation is never sent twice, whatever became of the first attempt. */
function isRetryable(init: RequestInit): boolean {
  if (typeof init.body !== 'string') return false;
  try {
    const { query } = JSON.parse(init.body) as { query?: unknown };
    return typeof query === 'string' && !/^\s*mutation\b/.test(query);
  } catch {
    return false;
  }
}

/**
 * Node's fetch, given up after `timeoutMs` so that a stalled subgraph costs seconds, not minutes.
 * A read that fails before any answer is tried once more on a fresh connection: a pooled
 * keep-alive connection to a subgraph that just restarted fails on first use.
 */
export function boundedFetch(serviceName: string, timeoutMs: number): RemoteGraphQLDataSource['fetcher'] {
  const attempt = (url: string, init: RequestInit) =>
    (nodeFetch as unknown as typeof fetch)(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return (async (url: string, init: RequestInit) => {
    try {
      try {
        return await attempt(url, init);
      } catch (error) {
        if (error instanceof DOMException || !isRetryable(init)) throw error;
        return await attempt(url, init);
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new Error(`subgraph ${serviceName} timed out after ${timeoutMs} ms`);
      }
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new Error(`subgraph ${serviceName} unreachable: ${cause}`);
    }
  }) as unknown as RemoteGraphQLDataSource['fetcher'];
}

/** Sends a fetch of a query plan to a subgraph with the gateway's own token, never the client's. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override fetcher: RemoteGraphQLDataSource['fetcher'];

  constructor(config: { name: string; url: string; timeoutMs?: number }) {
    super({ url: config.url });
    this.fetcher = boundedFetch(config.name, config.timeoutMs ?? subgraphTimeoutMs());
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    // Apollo asks subgraphs for their SDL with an empty context only when it introspects, which
    // this gateway never does (static supergraph); nothing to sign for then.
    if (!context.headers) return;
    for (const [name, value] of forwardableHeaders(context.headers)) request.http?.headers.set(name, value);
    request.http?.headers.set('x-request-id', context.requestId);
    // The client's own credentials never reach a subgraph: only what the gateway vouches for.
    request.http?.headers.set('authorization', `Bearer ${await context.internalToken()}`);
  }
}
