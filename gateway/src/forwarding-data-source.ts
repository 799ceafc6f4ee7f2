import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './context';
import { forwardableHeaders } from './headers';

/**
 * Node's own fetch (undici, pooled keep-alive connections) instead of Apollo's default
 * make-fetch-happen, whose agent captures a stack trace on every request to tell HTTP from HTTPS:
 * measured as the largest single cost of a subscription event's entity fetches.
 */
const nodeFetch = globalThis.fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/** What the gateway's errors recognise: a subgraph that did not answer within its bound. */
export const SUBGRAPH_TIMEOUT_MESSAGE = 'subgraph fetch timed out';

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

/** Node's fetch, given up after `timeoutMs` so that a stalled subgraph costs seconds, not minutes. */
export function boundedFetch(timeoutMs: number): RemoteGraphQLDataSource['fetcher'] {
  return (async (url: string, init: RequestInit) => {
    try {
      return await (nodeFetch as unknown as typeof fetch)(url, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new Error(`${SUBGRAPH_TIMEOUT_MESSAGE} after ${timeoutMs} ms`);
      }
      throw error;
    }
  }) as unknown as RemoteGraphQLDataSource['fetcher'];
}

/** Sends a fetch of a query plan to a subgraph with the gateway's own token, never the client's. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override fetcher: RemoteGraphQLDataSource['fetcher'];

  constructor(config: { url: string; timeoutMs?: number }) {
    super({ url: config.url });
    this.fetcher = boundedFetch(config.timeoutMs ?? subgraphTimeoutMs());
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
