import { errorCodeOf, reportOf } from '../common/errors';
import type { BadgeSeverity } from '../common/labels';
import type { ApplicationStatus, DecisionReason } from '../gql/graphql';

/** The reasons as the person deciding reads them (the schema's own wording). */
export const REASON_LABELS: Record<DecisionReason, string> = {
  WORKLOAD: 'Charge de travail',
  NOT_INTERESTED: 'Pas intéressé',
  ALREADY_ENGAGED: 'Déjà engagé par ailleurs',
  NO_MANAGEMENT_APPROVAL: 'Pas d’accord de la hiérarchie',
  OTHER: 'Autre (à préciser)',
  MISSION_FILLED: 'Mission pourvue : toutes les places ont été prises',
};

export const REASON_TEXT_MAX = 1000;

/** The reason as a confirmation quotes it (« Autre », not « Autre (à préciser) »). */
export function reasonInSentence(reason: DecisionReason): string {
  return reason === 'OTHER' ? 'Autre' : REASON_LABELS[reason];
}

/** An application's status as a manager or a host reads it (the agent's screens say « votre »). */
export const DECIDER_STATUS: Record<ApplicationStatus, { label: string; severity: BadgeSeverity }> = {
  SUBMITTED: { label: 'En attente du supérieur hiérarchique', severity: 'info' },
  MANAGER_APPROVED: { label: 'Temps libéré — à accepter ou décliner', severity: 'new' },
  ACCEPTED: { label: 'Acceptée', severity: 'success' },
  COMPLETED: { label: 'Mission réalisée', severity: 'success' },
  REFUSED_BY_MANAGER: { label: 'Refusée par le supérieur hiérarchique', severity: 'error' },
  DECLINED_BY_HOST: { label: 'Déclinée', severity: 'error' },
  WITHDRAWN: { label: 'Retirée par l’agent', severity: 'warning' },
  EXPIRED: { label: 'Expirée sans réponse du supérieur', severity: 'warning' },
};

/** The problem with a reason's free text, as the person types (OTHER needs one). */
export function reasonTextProblem(reason: DecisionReason | null, text: string): string | null {
  if (reason === 'OTHER' && !text.trim()) return 'Précisez le motif : c’est obligatoire avec « Autre ».';
  if (text.trim().length > REASON_TEXT_MAX)
    return `La précision ne doit pas dépasser ${REASON_TEXT_MAX} caractères.`;
  return null;
}

export interface DecisionProblem {
  title: string;
  messages: string[];
  fields: Record<string, string>;
  /** The list read before is out of date: read it again. */
  stale: boolean;
}

const TITLES: Record<string, string> = {
  CONFLICT: 'Décision impossible en l’état',
  FORBIDDEN: 'Décision non autorisée',
  NOT_FOUND: 'Candidature introuvable',
  BAD_USER_INPUT: 'Saisie à corriger',
  UNAUTHENTICATED: 'Session expirée',
};

/** A refused decision as the person should read it: a title naming the kind, the server's French text. */
export function decisionProblemOf(error: unknown): DecisionProblem {
  const code = errorCodeOf(error);
  const report = reportOf(error);
  return {
    title: (code && TITLES[code]) ?? 'La décision n’a pas été enregistrée',
    messages: report.general,
    fields: report.fields,
    stale: code === 'CONFLICT' || code === 'NOT_FOUND',
  };
}

/** What a decision's small form (release, refuse, decline) is given by the request it decides. */
export interface DecisionFormProps<Decision> {
  id: string;
  /** The form's accessible name, e.g. « Refuser la demande de Marie DUPONT ». */
  label: string;
  busy: boolean;
  /** The server's messages by field, shown beside the field at fault. */
  serverFields: Record<string, string>;
  onSubmit(decision: Decision): void;
  onCancel(): void;
}
