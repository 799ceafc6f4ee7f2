import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './gateway';
import { forwardableHeaders } from './headers';

/**
 * Node's own fetch (undici, pooled keep-alive connections) instead of Apollo's default
 * make-fetch-happen, whose agent captures a stack trace on every request to tell HTTP from HTTPS:
 * measured as the largest single cost of a subscription event's entity fetches.
 */
const nodeFetch = globalThis.fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/** Sends a fetch of a query plan to a subgraph with the gateway's own token, never the client's. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override fetcher = nodeFetch;

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
