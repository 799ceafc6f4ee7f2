import type {
  ApplicationStatus,
  DecisionReason,
  MissionDomain,
  MissionKind,
  MissionStatus,
  SkillLevel,
  WorkMode,
} from '../gql/graphql';

export const WORK_MODE_LABELS: Record<WorkMode, string> = {
  REMOTE: 'À distance',
  HYBRID: 'Hybride',
  ON_SITE: 'Sur site',
};

export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  BEGINNER: 'Débutant',
  INTERMEDIATE: 'Intermédiaire',
  ADVANCED: 'Confirmé',
  EXPERT: 'Expert',
};

export const SKILL_LEVELS: SkillLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];

export const MISSION_KIND_LABELS: Record<MissionKind, string> = {
  PROJECT_SUPPORT: 'Appui à un projet',
  EXPERIENCE_FEEDBACK: 'Retour d’expérience',
  SKILLS_TRANSFER: 'Transfert de compétences',
  CONSULTING: 'Conseil',
  STUDY_AUDIT: 'Étude ou audit',
  COMPONENT_DEVELOPMENT: 'Développement d’un composant',
  SECURITY_HARDENING: 'Renforcement de la sécurité',
  UX_IMPROVEMENT: 'Amélioration de l’expérience usager',
  IDEATION_WORKSHOP: 'Atelier d’idéation',
};

export const DOMAIN_LABELS: Record<MissionDomain, string> = {
  TECHNICAL: 'Technique',
  BUSINESS: 'Métier',
};

export const MISSION_STATUS_LABELS: Record<MissionStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'En modération',
  PUBLISHED: 'Publiée',
  FILLED: 'Pourvue',
  CLOSED: 'Clôturée',
  CANCELLED: 'Annulée',
};

export type BadgeSeverity = 'success' | 'error' | 'info' | 'warning' | 'new';

export const APPLICATION_STATUS: Record<ApplicationStatus, { label: string; severity: BadgeSeverity }> = {
  SUBMITTED: { label: 'Déposée — en attente de votre supérieur', severity: 'info' },
  MANAGER_APPROVED: { label: 'Temps libéré — en attente du porteur', severity: 'new' },
  ACCEPTED: { label: 'Acceptée', severity: 'success' },
  COMPLETED: { label: 'Mission réalisée', severity: 'success' },
  REFUSED_BY_MANAGER: { label: 'Refusée par votre supérieur', severity: 'error' },
  DECLINED_BY_HOST: { label: 'Déclinée par le porteur', severity: 'error' },
  WITHDRAWN: { label: 'Retirée', severity: 'warning' },
  EXPIRED: { label: 'Expirée — votre supérieur n’a pas répondu à temps', severity: 'warning' },
};

/** The statuses an agent may still withdraw from (the server says the same). */
export const WITHDRAWABLE: ApplicationStatus[] = ['SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED'];

/** An application still in the running: the agent cannot apply again to the same mission. */
export const ACTIVE_APPLICATION: ApplicationStatus[] = [
  'SUBMITTED',
  'MANAGER_APPROVED',
  'ACCEPTED',
  'COMPLETED',
];

export const DECISION_REASON_LABELS: Record<DecisionReason, string> = {
  WORKLOAD: 'Charge de travail',
  NOT_INTERESTED: 'Plus intéressé par la mission',
  ALREADY_ENGAGED: 'Déjà engagé par ailleurs',
  NO_MANAGEMENT_APPROVAL: 'Pas d’accord de ma hiérarchie',
  OTHER: 'Autre motif (à préciser)',
  MISSION_FILLED: 'Mission pourvue : toutes les places sont prises',
};

/**
 * Reasons a person gives (an agent withdrawing, a manager refusing, a host declining); MISSION_FILLED
 * is the hub's own, when the last seat is taken.
 */
export const CHOSEN_DECISION_REASONS = (Object.keys(DECISION_REASON_LABELS) as DecisionReason[]).filter(
  (reason) => reason !== 'MISSION_FILLED',
);

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/** « 3 mars 2027 » from `2027-03-03` or an ISO instant. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** « 3 mars 2027 à 14:05 » (Paris time) from an ISO instant. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
}

export function formatPercent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** What the person reads where a field could not be had (a service down, or a field refused). */
export const UNAVAILABLE = 'indisponible pour le moment';

type Named = { name: string; acronym?: string | null } | null | undefined;

/** « Direction … (DINUM) », or that it is unavailable. */
export function administrationName(administration: Named): string {
  if (!administration) return `Administration ${UNAVAILABLE}`;
  return administration.acronym ? `${administration.name} (${administration.acronym})` : administration.name;
}

/** « 2 places restantes », « Complète », or that the count is unavailable. */
export function seatsLabel(seatsRemaining: number | null | undefined): string {
  if (seatsRemaining === null || seatsRemaining === undefined) return `Places restantes : ${UNAVAILABLE}`;
  if (seatsRemaining === 0) return 'Complète';
  return `${seatsRemaining} place${seatsRemaining > 1 ? 's' : ''} restante${seatsRemaining > 1 ? 's' : ''}`;
}
