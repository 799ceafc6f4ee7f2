import type { GraphQLFormattedError } from 'graphql';
import type { DraftField } from './mission-draft';

const NETWORK_MESSAGE = 'Le service ne répond pas. Vérifiez votre connexion puis réessayez.';

/** The input paths the missions service names, by the form field that shows them. */
const FIELD_OF: Record<string, DraftField> = {
  title: 'title',
  kind: 'kind',
  domain: 'domain',
  description: 'description',
  effortHours: 'effortHours',
  startDate: 'startDate',
  endDate: 'endDate',
  applicationDeadline: 'applicationDeadline',
  workMode: 'workMode',
  location: 'location',
  requiredSkills: 'requiredSkills',
  seats: 'seats',
  hostAdministrationId: 'hostAdministrationId',
  contactAgentId: 'contactAgentId',
  restrictedToAdministrationIds: 'restrictedTo',
};

export interface MissionErrors {
  fields: Partial<Record<DraftField, string>>;
  general: string[];
  /** The first error's code (`CONFLICT`, `FORBIDDEN`…). */
  code?: string;
}

/**
 * `input.requiredSkills.2.skillId` → `requiredSkills`: the form shows a list's problems beside the
 * list. `common/errors.ts` keeps the last segment, which for these lists is an index; and a
 * CONFLICT of a transition may name a date (`endDate`), which belongs beside that date too.
 */
function fieldOf(path: unknown): DraftField | undefined {
  if (typeof path !== 'string') return undefined;
  const segments = path.split('.');
  const name = segments[0] === 'input' ? segments[1] : segments[0];
  return name ? FIELD_OF[name] : undefined;
}

export function missionErrorsOf(error: unknown): MissionErrors {
  const list =
    error && typeof error === 'object' && 'graphQLErrors' in error
      ? (error as { graphQLErrors: unknown }).graphQLErrors
      : [];
  const errors = Array.isArray(list) ? (list as GraphQLFormattedError[]) : [];
  const result: MissionErrors = { fields: {}, general: [] };
  if (errors.length === 0) {
    result.general.push(error ? NETWORK_MESSAGE : 'Une erreur inattendue est survenue.');
    return result;
  }
  result.code = typeof errors[0]?.extensions?.code === 'string' ? errors[0].extensions.code : undefined;
  for (const graphQLError of errors) {
    const extensions = graphQLError.extensions ?? {};
    const problems = Array.isArray(extensions.fields)
      ? (extensions.fields as Array<{ field?: unknown; message?: unknown }>)
      : [{ field: extensions.field, message: graphQLError.message }];
    let placed = false;
    for (const problem of problems) {
      const field = fieldOf(problem.field);
      if (field && typeof problem.message === 'string') {
        result.fields[field] ??= problem.message;
        placed = true;
      }
    }
    if (!placed) result.general.push(graphQLError.message);
  }
  return result;
}

/** The title of the alert that tells why an action was refused. */
export function refusalTitle(code: string | undefined): string {
  switch (code) {
    case 'CONFLICT':
      return 'Action impossible à cette étape';
    case 'FORBIDDEN':
      return 'Action réservée';
    case 'NOT_FOUND':
      return 'Mission introuvable';
    case 'UNAUTHENTICATED':
      return 'Session expirée';
    default:
      return 'L’action a échoué';
  }
}
