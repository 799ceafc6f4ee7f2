import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { unwrapResolverError } from '@apollo/server/errors';

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

export function notFound(entityLabel: string, id: string): GraphQLError {
  return new GraphQLError(`${entityLabel} introuvable : ${id}`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

export function validationProblems(error: ArgumentValidationError): FieldProblem[] {
  return flattenValidationErrors(error.extensions.validationErrors);
}

function isPostgresInvalidText(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '22P02';
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
      const fields = validationProblems(original);
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
      if (options.exposeInternals) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isPostgresInvalidText(original)) {
      return {
        message: 'Identifiant ou valeur mal formé.',
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
