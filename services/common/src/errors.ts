import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { SERVICE_UNAVAILABLE_MESSAGE, translateGraphQLMessage } from '@talents/platform';
import { validationProblems } from './validation';

/** Stable codes that clients may switch on; never rename one without announcing it. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, message }] },
  });
}

/**
 * No valid gateway token, or nobody signed in where somebody must be. No HTTP status here: a
 * refused *field* must leave the rest of the answer intact (@apollo/gateway drops a whole subgraph
 * fetch answered with 401); only the gateway-token guard answers 401, for the request as a whole.
 */
export function unauthenticated(message = 'Connectez-vous pour accéder à cette information.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Signed in, but not entitled: `field` names the field or argument refused, when there is one. */
export function forbidden(
  message = 'Vous n’avez pas le droit d’accéder à cette information.',
  field?: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...(field ? { field } : {}) } });
}

export function notFound(entityLabel: string, id: string): GraphQLError {
  return new GraphQLError(`${entityLabel} introuvable : ${id}`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

/** PostgreSQL rejected a value's form (bad text, date out of range, number overflow…). */
const POSTGRES_BAD_VALUE_CODES = new Set(['22P02', '22007', '22008', '22003']);

function isPostgresBadValue(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && POSTGRES_BAD_VALUE_CODES.has(code);
}

/**
 * PostgreSQL did not answer in time or is out of reach: a statement cancelled by
 * `statement_timeout` (57014), a server shutting down or refusing connections (57P0x), a lost
 * connection (08xxx), too many connections (53300); or the pool gave up waiting for a connection.
 */
const POSTGRES_UNAVAILABLE_CODE = /^(57014|57P0\d|08\w{3}|53300)$/;
const POOL_UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && POSTGRES_UNAVAILABLE_CODE.test(code)) return true;
  return typeof message === 'string' && POOL_UNAVAILABLE_MESSAGE.test(message);
}

/**
 * Gives every error that leaves a subgraph a stable code, French text and, for input errors, the
 * field at fault. Unexpected errors are logged with their stack but reach clients as a generic
 * message so that internals never leak.
 */
export function createErrorFormatter(options: {
  exposeInternals: boolean;
  onUnexpected: (error: unknown) => void;
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = validationProblems(original.extensions.validationErrors);
      const first = fields[0];
      return {
        message: first ? first.message : 'Données invalides.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: first?.field, fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const translated = translateGraphQLMessage(formatted.message);
      const extensions = { ...formatted.extensions };
      if (!options.exposeInternals) delete extensions.stacktrace;
      if (translated?.field && extensions.field === undefined) extensions.field = translated.field;
      return { ...formatted, message: translated?.message ?? formatted.message, extensions };
    }
    if (isPostgresBadValue(original)) {
      return {
        message: 'Valeur mal formée ou hors des bornes acceptées.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    options.onUnexpected(original);
    return {
      message: 'Erreur interne du serveur. Réessayez plus tard.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(options.exposeInternals && original instanceof Error ? { detail: original.message } : {}),
      },
    };
  };
}
