import { badUserInput } from '@talents/common';

export const MATCHING_LIMITS = {
  maxRecommendations: 50,
  defaultRecommendations: 10,
  defaultMinScore: 0.3,
} as const;

/** `minScore` in [0, 1], `first` in [1, 50]: anything else names its argument. */
export function checkMinScore(minScore: number, field = 'minScore'): number {
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw badUserInput(field, 'Le score minimal doit être compris entre 0 et 1.');
  }
  return minScore;
}

export function checkRecommendationCount(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MATCHING_LIMITS.maxRecommendations) {
    throw badUserInput(
      field,
      `Le nombre de missions recommandées doit être compris entre 1 et ${MATCHING_LIMITS.maxRecommendations}.`,
    );
  }
  return first;
}
