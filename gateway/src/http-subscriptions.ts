import type { RequestHandler } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { checkHandler } from './limits';

/** What a caller reads when it sends a subscription over HTTP. */
export const SUBSCRIPTION_OVER_HTTP_MESSAGE =
  'Les souscriptions passent par WebSocket (protocole graphql-transport-ws, à la même adresse) : elles ne sont pas acceptées en HTTP.';

/**
 * Subscriptions over HTTP are refused before Apollo Server sees them: @apollo/gateway cannot
 * execute one, and graphql-js's validation of a subscription throws — rather than reports — a
 * malformed `@skip`/`@include` on its root field, which Apollo Server answers with a 500. A
 * document with any subscription in it is refused with a 400 and where to send it; the text is
 * parsed again only when it contains the word.
 */
export function subscriptionsOverSocketOnly(options: {
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  onRefused?(error: GraphQLError): void;
  /** The operation limit on tokens: the operation limits have refused longer texts already. */
  maxTokens: number;
}): RequestHandler {
  return checkHandler(options, (req) => {
    const query = queryOf(req.method, req.body, req.query);
    if (typeof query !== 'string' || !query.includes('subscription')) return;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: options.maxTokens, noLocation: true });
    } catch {
      return; // Apollo Server answers the syntax error itself.
    }
    const subscription = document.definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription',
    );
    if (subscription) {
      throw new GraphQLError(SUBSCRIPTION_OVER_HTTP_MESSAGE, { extensions: { code: 'BAD_REQUEST' } });
    }
  });
}

function queryOf(method: string, body: unknown, search: unknown): unknown {
  if (method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    return (body as { query?: unknown }).query;
  }
  if (method === 'GET' && search && typeof search === 'object') return (search as { query?: unknown }).query;
  return undefined;
}
