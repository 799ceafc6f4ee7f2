/** The rules of `ApplyInput` (approvals), checked as the person types; the server checks them again. */
export const MOTIVATION_MIN = 20;
export const MOTIVATION_MAX = 2000;
export const HOURS_MIN = 1;
export const HOURS_MAX = 105;

export interface ApplyDraft {
  motivation: string;
  proposedHours: string;
}

export function motivationProblem(motivation: string): string | null {
  const length = motivation.trim().length;
  if (length < MOTIVATION_MIN) {
    return `Encore ${MOTIVATION_MIN - length} caractère${MOTIVATION_MIN - length > 1 ? 's' : ''} au moins : la motivation compte de ${MOTIVATION_MIN} à ${MOTIVATION_MAX} caractères.`;
  }
  if (length > MOTIVATION_MAX) {
    return `${length - MOTIVATION_MAX} caractère${length - MOTIVATION_MAX > 1 ? 's' : ''} de trop : la motivation compte au plus ${MOTIVATION_MAX} caractères.`;
  }
  return null;
}

export function hoursProblem(hours: string): string | null {
  const text = hours.trim();
  if (!/^\d+$/.test(text)) return `Indiquez un nombre entier d’heures, entre ${HOURS_MIN} et ${HOURS_MAX}.`;
  const value = Number(text);
  if (value < HOURS_MIN || value > HOURS_MAX) {
    return `Le nombre d’heures doit être compris entre ${HOURS_MIN} et ${HOURS_MAX}.`;
  }
  return null;
}
