import { reportOf } from '../common/errors';
import type { NotificationKind } from '../gql/graphql';

/** Each kind of notification as the preferences screen names it, and who receives it. */
export const NOTIFICATION_KINDS: Record<NotificationKind, { label: string; who: string }> = {
  APPROVAL_REQUESTED: {
    label: 'Une demande attend votre décision',
    who: 'Supérieurs hiérarchiques et équipe du programme',
  },
  APPROVAL_REMINDER: {
    label: 'Rappel d’une demande encore sans réponse',
    who: 'Supérieurs hiérarchiques',
  },
  APPLICATION_RELEASED: {
    label: 'Votre supérieur a libéré votre temps',
    who: 'Agents qui candidatent',
  },
  APPLICANT_RELEASED: {
    label: 'Une candidature à votre mission attend votre décision',
    who: 'Porteurs de besoin',
  },
  APPLICATION_REFUSED: {
    label: 'Votre supérieur a refusé votre demande',
    who: 'Agents qui candidatent',
  },
  APPLICATION_ACCEPTED: {
    label: 'Une candidature est acceptée par le porteur',
    who: 'L’agent et son supérieur hiérarchique',
  },
  APPLICATION_DECLINED: {
    label: 'Le porteur a décliné votre candidature',
    who: 'Agents qui candidatent',
  },
  MISSION_FILLED: {
    label: 'La mission est pourvue, votre candidature est close',
    who: 'Agents qui candidatent',
  },
  APPLICATION_WITHDRAWN: {
    label: 'Un agent a retiré sa candidature',
    who: 'Supérieurs hiérarchiques et porteurs de besoin',
  },
  APPLICATION_EXPIRED: {
    label: 'Une demande a expiré faute de réponse',
    who: 'L’agent et son supérieur hiérarchique',
  },
  AGREEMENT_AMENDED: {
    label: 'Une nouvelle version de la convention est à prendre en compte',
    who: 'L’agent et son supérieur hiérarchique',
  },
  COMPLETION_RECORDED: {
    label: 'Les heures réalisées sont à confirmer',
    who: 'Agents en mission',
  },
};

/** « 3 non lues », « 1 non lue », « aucune non lue ». */
export function unreadLabel(count: number): string {
  if (count === 0) return 'aucune non lue';
  return `${count} non lue${count > 1 ? 's' : ''}`;
}

/** Only the dashboard's own pages are followed: anything else in `link` is shown without a link. */
export function isDashboardPath(link: string): boolean {
  return /^\/(?![/\\])/.test(link);
}

/** Why marking notifications read failed, in the server's words when it gave some. */
export function markReadProblem(error: unknown): string {
  return reportOf(error).general.join(' ') || 'Les notifications n’ont pas pu être marquées comme lues.';
}

/** « 3 notifications non lues », « 1 notification », … */
export function countLabel(count: number, unread = false): string {
  const plural = count > 1 ? 's' : '';
  return `${count} notification${plural}${unread ? ` non lue${plural}` : ''}`;
}
