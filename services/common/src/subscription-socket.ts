import type { IncomingHttpHeaders, Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type Source,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { takeDetachedAuthorization, useGraphQLWsServer } from '@talents/platform';
import { createRequestContext, type RequestContext } from './context';
import type { Viewer } from './identity/viewer';
import type { FeedHub } from './feed/feed';
import type { TokenVerifier } from './identity/token';
import type { DataSource } from 'typeorm';
import type { Logger } from '@talents/platform';

function headersFromConnectionParams(params: Record<string, unknown> | undefined): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') headers[key.toLowerCase()] = value;
  }
  return headers;
}

const DOCUMENT_CACHE_SIZE = 500;

/**
 * The gateway opens the same few subscription documents thousands of times over its shared
 * socket: each is parsed (without locations) and validated once, and shared by its subscriptions,
 * instead of holding one syntax tree per subscription.
 */
function documentCache() {
  const documents = new Map<string, { text: string; document: DocumentNode }>();
  const parseOnce = (input: string | Source): DocumentNode => {
    const source = typeof input === 'string' ? input : input.body;
    const known = documents.get(source);
    if (known) return known.document;
    const document = parse(source, { noLocation: true });
    documents.set(source, { text: source, document });
    if (documents.size > DOCUMENT_CACHE_SIZE) {
      const oldest = documents.keys().next().value;
      if (oldest !== undefined) documents.delete(oldest);
    }
    return document;
  };
  const validations = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const validateOnce = (target: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => {
    let errors = validations.get(document);
    if (!errors) {
      errors = validate(target, document);
      validations.set(document, errors);
    }
    return errors;
  };
  /** The cached copy of a document's text, so that every subscription of it shares one string. */
  const sharedText = (query: string) => documents.get(query)?.text ?? query;
  return { parseOnce, validateOnce, sharedText };
}

/**
 * graphql-ws on the subgraph's `/graphql`, for the gateway's subscriptions only: the socket is
 * opened with the gateway's token, each subscription carries the token of the person it runs for.
 * Resolves to what the HTTP server's drain disposes of.
 */
export interface SubscriptionSocketOptions {
  name: string;
  schema: GraphQLSchema;
  db: DataSource;
  logger: Logger;
  verifyToken: TokenVerifier;
  feed?: FeedHub | null;
}

export function startSubscriptionSocket(
  options: SubscriptionSocketOptions,
  httpServer: Server,
  path: string,
  formatAll: (errors: readonly GraphQLError[]) => ReturnType<GraphQLError['toJSON']>[],
): { dispose(graceMs?: number): Promise<void> } {
  const { name, schema, db, logger } = options;
  const { parseOnce, validateOnce, sharedText } = documentCache();
  const wsServer = new WebSocketServer({ server: httpServer, path });
  const socketViewers = new WeakMap<object, Viewer>();
  const socketHeaders = new WeakMap<object, IncomingHttpHeaders>();
  const headersOf = (ctx: { connectionParams?: Readonly<Record<string, unknown>> }) => {
    let headers = socketHeaders.get(ctx);
    if (!headers) {
      headers = headersFromConnectionParams(ctx.connectionParams);
      socketHeaders.set(ctx, headers);
    }
    return headers;
  };
  return useGraphQLWsServer<Record<string, unknown>>(
    {
      schema,
      parse: parseOnce,
      validate: validateOnce,
      // The socket's token (the gateway's own) is checked when it opens; each subscription then
      // carries the token of the person it runs for, in `extensions.authorization`.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        try {
          socketViewers.set(
            ctx,
            await options.verifyToken(typeof authorization === 'string' ? authorization : undefined),
          );
          return true;
        } catch (error) {
          logger.warn(
            { reason: error instanceof Error ? error.message : String(error) },
            'websocket refused: gateway token rejected',
          );
          return false;
        }
      },
      context: async (ctx, id): Promise<RequestContext> => {
        const socketViewer = socketViewers.get(ctx);
        // onConnect ran first; a missing viewer would mean graphql-ws skipped it.
        if (!socketViewer)
          throw new GraphQLError('Connexion non authentifiée.', { extensions: { code: 'UNAUTHENTICATED' } });
        // The adapter took the subscription's token out of its message (takeDetachedAuthorization).
        const operationToken = takeDetachedAuthorization(ctx.extra.socket, id);
        const viewer = operationToken ? await options.verifyToken(operationToken) : socketViewer;
        return createRequestContext(db, logger, headersOf(ctx), viewer, name, options.feed ?? null);
      },
      // Queries and mutations go through HTTP, where Apollo's plugins and limits apply; the
      // socket is for subscriptions only.
      onSubscribe: (_ctx, _id, payload) => {
        let operation: OperationTypeNode | undefined;
        try {
          operation = getOperationAST(parseOnce(payload.query), payload.operationName)?.operation;
          // The payload lives as long as the subscription: one copy of the text for all of them.
          (payload as { query: string }).query = sharedText(payload.query);
        } catch {
          return undefined; // graphql-ws reports the syntax error itself
        }
        if (operation === OperationTypeNode.SUBSCRIPTION) return undefined;
        return [
          new GraphQLError(
            'Seules les souscriptions passent par WebSocket : envoyez requêtes et mutations en HTTP.',
            {
              extensions: { code: 'BAD_REQUEST' },
            },
          ),
        ];
      },
      onError: (ctx, id, _payload, errors) => {
        // A subscription refused before its context was made leaves its token behind otherwise.
        takeDetachedAuthorization(ctx.extra.socket, id);
        return formatAll(errors);
      },
      onComplete: (ctx, id) => {
        takeDetachedAuthorization(ctx.extra.socket, id);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatAll(result.errors) } : undefined,
    },
    wsServer,
    logger,
  );
}
