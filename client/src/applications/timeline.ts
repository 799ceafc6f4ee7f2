import type { ApplicationStatus } from '../gql/graphql';

/**
 * A step as the agent reads it in the timeline: what happened, not what is awaited (the status
 * badge says that). The badge's labels (« Déposée — en attente de votre supérieur ») would be
 * wrong for a step already passed.
 */
export const STEP_LABELS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Candidature déposée',
  MANAGER_APPROVED: 'Temps libéré par votre supérieur',
  ACCEPTED: 'Acceptée par le porteur',
  COMPLETED: 'Mission réalisée',
  REFUSED_BY_MANAGER: 'Refusée par votre supérieur',
  DECLINED_BY_HOST: 'Déclinée par le porteur',
  WITHDRAWN: 'Retirée',
  EXPIRED: 'Expirée : votre supérieur n’a pas répondu à temps',
};

/** The way an application goes when all goes well. */
const HAPPY_PATH: ApplicationStatus[] = ['SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED'];

/**
 * The steps still ahead of an application in `status`: none once it is closed (refused, declined,
 * withdrawn, expired or completed), else the rest of the happy path.
 */
export function upcomingSteps(status: ApplicationStatus): ApplicationStatus[] {
  const index = HAPPY_PATH.indexOf(status);
  return index < 0 ? [] : HAPPY_PATH.slice(index + 1);
}
