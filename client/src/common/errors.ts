import type { GraphQLFormattedError } from 'graphql';

/** What the dashboard shows of a failed operation: messages by input field, and the rest. */
export interface ErrorReport {
  /** By the last segment of the field path (`input.motivation` → `motivation`). */
  fields: Record<string, string>;
  general: string[];
}

interface FieldProblem {
  field?: unknown;
  message?: unknown;
}

const NETWORK_MESSAGE = 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.';

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (error && typeof error === 'object' && 'graphQLErrors' in error) {
    const list = (error as { graphQLErrors: unknown }).graphQLErrors;
    if (Array.isArray(list)) return list as GraphQLFormattedError[];
  }
  return [];
}

function lastSegment(path: string): string {
  return path.split('.').pop() ?? path;
}

/** Sorts the errors of a mutation: those naming an input field go beside it, others above the form. */
export function reportOf(error: unknown): ErrorReport {
  const report: ErrorReport = { fields: {}, general: [] };
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) {
    report.general.push(error ? NETWORK_MESSAGE : 'Une erreur inattendue est survenue.');
    return report;
  }
  for (const graphQLError of errors) {
    const extensions = graphQLError.extensions ?? {};
    const problems = Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : [];
    let placed = false;
    for (const problem of problems) {
      if (typeof problem.field === 'string' && typeof problem.message === 'string') {
        report.fields[lastSegment(problem.field)] ??= problem.message;
        placed = true;
      }
    }
    if (!placed && typeof extensions.field === 'string' && extensions.code === 'BAD_USER_INPUT') {
      report.fields[lastSegment(extensions.field)] ??= graphQLError.message;
      placed = true;
    }
    if (!placed) report.general.push(graphQLError.message);
  }
  return report;
}

/** The code of the first error, e.g. `UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND`. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
