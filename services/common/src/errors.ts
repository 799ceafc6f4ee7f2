import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { translateGraphQLMessage } from './graphql-messages';
import { validationProblems } from './validation';

/** Stable codes that clients may switch on; never rename one without announcing it. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

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
