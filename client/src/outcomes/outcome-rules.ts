import { errorCodeOf, reportOf } from '../common/errors';
import type { AgreementParty, FeedbackSide } from '../gql/graphql';

/** Who each party of an agreement is, as the parties read it. */
export const PARTY_LABELS: Record<AgreementParty, string> = {
  AGENT: 'L’agent',
  HOME: 'L’administration d’origine',
  HOST: 'L’administration d’accueil',
};

export const PARTIES: AgreementParty[] = ['AGENT', 'HOME', 'HOST'];

export const SIDE_LABELS: Record<FeedbackSide, string> = {
  AGENT: 'Retour de l’agent',
  HOST: 'Retour de l’administration d’accueil',
};

export const AGREEMENT_MAX_HOURS = 1607;
export const FEEDBACK_TEXT_MAX = 2000;

/** Skills a host may endorse for one completed application, those already endorsed included. */
export const ENDORSEMENTS_MAX = 5;

/** What is wrong with the skills a host is about to endorse, as they tick them; null when nothing. */
export function endorsementProblem(chosen: number, alreadyEndorsed: number): string | null {
  const left = ENDORSEMENTS_MAX - alreadyEndorsed;
  if (chosen === 0) return 'Cochez au moins une compétence.';
  if (chosen > left) {
    return `Vous pouvez recommander ${ENDORSEMENTS_MAX} compétences au plus pour cette mission : ${left === 1 ? 'encore une' : `encore ${left}`}. Décochez-en ${chosen - left}.`;
  }
  return null;
}

const wholeHours = (value: string): number | null => {
  const hours = Number(value);
  return value.trim() && Number.isInteger(hours) ? hours : null;
};

/**
 * How the bound on the hours spent reads: the server's `Agreement.maxHoursSpent` (hours agreed plus
 * its configured margin), which the client does not compute.
 */
export function hoursSpentBound(agreedHours: number, maxHoursSpent: number): string {
  const margin = maxHoursSpent - agreedHours;
  return `${agreedHours} h convenues, ${margin > 0 ? `plus ${margin} h de marge` : 'sans marge'}`;
}

export function hoursSpentProblem(value: string, agreedHours: number, maxHoursSpent: number): string | null {
  const hours = wholeHours(value);
  if (hours === null || hours < 1 || hours > maxHoursSpent)
    return `Indiquez un nombre entier d’heures, de 1 à ${maxHoursSpent} (${hoursSpentBound(agreedHours, maxHoursSpent)}).`;
  return null;
}

export interface AmendmentDraft {
  hours: string;
  startDate: string;
  endDate: string;
}

/** The amendment's problems by field, as the host types (the server checks the same). */
export function amendmentProblems(
  draft: AmendmentDraft,
  current: { hours: number; startDate?: string | null; endDate?: string | null },
): Partial<Record<keyof AmendmentDraft | 'input', string>> {
  const problems: Partial<Record<keyof AmendmentDraft | 'input', string>> = {};
  const hours = wholeHours(draft.hours);
  if (hours === null || hours < 1 || hours > AGREEMENT_MAX_HOURS)
    problems.hours = `Indiquez un nombre entier d’heures, de 1 à ${AGREEMENT_MAX_HOURS}.`;
  if (!draft.startDate) problems.startDate = 'Indiquez le premier jour de la mission.';
  if (!draft.endDate) problems.endDate = 'Indiquez le dernier jour de la mission.';
  else if (draft.startDate && draft.endDate < draft.startDate)
    problems.endDate = 'Le dernier jour de la mission ne peut pas précéder le premier.';
  if (
    Object.keys(problems).length === 0 &&
    hours === current.hours &&
    draft.startDate === (current.startDate ?? '') &&
    draft.endDate === (current.endDate ?? '')
  )
    problems.input = 'Rien ne change : indiquez d’autres heures ou d’autres dates.';
  return problems;
}

export function disputeCommentProblem(confirmed: boolean, comment: string): string | null {
  if (!confirmed && !comment.trim()) return 'Expliquez ce que vous contestez : c’est obligatoire.';
  if (comment.trim().length > FEEDBACK_TEXT_MAX)
    return `Le commentaire ne doit pas dépasser ${FEEDBACK_TEXT_MAX} caractères.`;
  return null;
}

export interface ActionProblem {
  title: string;
  messages: string[];
  fields: Record<string, string>;
  /** What the page shows is out of date: read it again. */
  stale: boolean;
}

const TITLES: Record<string, string> = {
  CONFLICT: 'Action impossible en l’état',
  FORBIDDEN: 'Action non autorisée',
  NOT_FOUND: 'Convention introuvable',
  BAD_USER_INPUT: 'Saisie à corriger',
  UNAUTHENTICATED: 'Session expirée : reconnectez-vous',
};

/** A refused action as the person should read it: a title naming its kind, the server's French text. */
export function actionProblemOf(error: unknown): ActionProblem {
  const code = errorCodeOf(error);
  const report = reportOf(error);
  return {
    title: (code && TITLES[code]) ?? 'L’action n’a pas été enregistrée',
    messages: report.general,
    fields: report.fields,
    stale: code === 'CONFLICT' || code === 'NOT_FOUND',
  };
}

/** Today in France, as a LocalDate reads it. */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}
