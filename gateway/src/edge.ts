import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import cors from 'cors';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import helmet from 'helmet';
import type { GatewayContext } from './context';

/** What the gateway lets browsers and machines do at its door (issue 15, edge protections). */
export interface EdgeSettings {
  /** Other sites whose pages may call the API from a browser (`CORS_ORIGINS`); same origin always may. */
  allowedOrigins: ReadonlySet<string>;
  /** Introspection for the programme team only, schema details kept out of errors. */
  production: boolean;
}

/** `CORS_ORIGINS`: origins separated by commas (`https://rh.interieur.gouv.fr,https://…`). */
export function edgeSettings(env: NodeJS.ProcessEnv = process.env): EdgeSettings {
  const origins = new Set<string>();
  for (const raw of (env.CORS_ORIGINS ?? '').split(',').map((value) => value.trim())) {
    if (!raw) continue;
    let origin: string;
    try {
      origin = new URL(raw).origin;
    } catch {
      origin = 'null';
    }
    if (origin === 'null' || origin !== raw.replace(/\/$/, '')) {
      throw new Error(
        `CORS_ORIGINS : « ${raw} » n’est pas une origine (schéma, hôte et port seulement, par exemple https://rh.interieur.gouv.fr).`,
      );
    }
    origins.add(origin);
  }
  return { allowedOrigins: origins, production: env.NODE_ENV === 'production' };
}

/** The page's own origin, as the browser sees it (behind a proxy, X-Forwarded-Proto says the scheme). */
function ownOrigin(request: IncomingMessage): string | null {
  const host = request.headers.host;
  if (!host) return null;
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  return `${proto ?? (encrypted ? 'https' : 'http')}://${host}`;
}

/**
 * May a browser page from `origin` use the API? Its own site, and the listed ones. A request
 * without Origin is not a browser page's cross-site request (a server, curl): allowed, its
 * credentials decide.
 */
export function isAllowedOrigin(settings: EdgeSettings, request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === ownOrigin(request) || settings.allowedOrigins.has(origin);
}

/**
 * Security headers on every answer. The dashboard and GraphiQL load only their own scripts; their
 * components set styles inline (React, CodeMirror), hence `'unsafe-inline'` for styles alone.
 * `connect-src 'self'` covers the same site's WebSocket in the browsers the State supports.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sent over HTTPS only by browsers' rule; a year, as the State's sites do.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/**
 * CORS for the API: the listed origins may call it with credentials; any other foreign page gets
 * no CORS header, so its browser keeps the answer from it.
 */
export function crossOrigin(settings: EdgeSettings): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && settings.allowedOrigins.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
    // A browser page may read the id it can quote when it reports a problem.
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}

function asksForSchema(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.name.value === '__schema' || selection.name.value === '__type'),
  );
}

/**
 * In production the schema is explored by the programme team (GraphiQL, signed in) and by nobody
 * else: other callers know the contract from docs and schema/. In development, everybody.
 */
export function introspectionPlugin(settings: EdgeSettings): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!settings.production || !operation || !asksForSchema(operation)) return;
          const principal = contextValue.principal;
          if (principal.kind === 'agent' && principal.roles.includes('ADMIN')) return;
          throw new GraphQLError(
            'L’exploration du schéma (introspection) est réservée à l’équipe du programme ; le contrat est publié dans schema/supergraph.graphql.',
            { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
          );
        },
      };
    },
  };
}

/**
 * An operation name the document does not define, or none for a document of several operations:
 * graphql-js answers it at execution, but @apollo/gateway throws it while building its plan, which
 * Apollo Server then answers as a fault of its own (HTTP 500). Refused here, after validation and
 * before any plan, as the caller's mistake it is.
 */
export function operationNamePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `Aucune opération nommée « ${request.operationName} » dans la requête.`
              : 'La requête contient plusieurs opérations : indiquez laquelle exécuter (operationName).',
            { extensions: { code: 'BAD_REQUEST', field: 'operationName', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/**
 * A masked internal error carries the request's id, which the person can quote to the support:
 * the logs of the gateway and of every subgraph carry it too.
 */
export function requestIdOnInternalErrors(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) return;
          response.body.singleResult.errors = errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
        },
      };
    },
  };
}
