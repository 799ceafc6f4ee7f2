import type { MatchExplanationFragment, MissionApplicantsQuery } from '../gql/graphql';

type Suggestion = NonNullable<NonNullable<MissionApplicantsQuery['mission']>['suggestedAgents']>[number];

/**
 * The agent feed's explanation for an applicant, from profiles' suggestion for the mission (the
 * same matching function). A suggestion does not carry the skills part of the score: it is the
 * score divided by the documented factor `0,6 + 0,25 × disponibilité + 0,15 × modalité`.
 */
export function explanationOf(suggestion: Suggestion): MatchExplanationFragment {
  const factor = 0.6 + 0.25 * suggestion.availabilityScore + 0.15 * suggestion.workModeScore;
  return {
    score: suggestion.score,
    skillsScore: factor > 0 ? Math.min(1, suggestion.score / factor) : 0,
    availabilityScore: suggestion.availabilityScore,
    workModeScore: suggestion.workModeScore,
    met: suggestion.met,
    partlyMet: suggestion.partlyMet,
    missing: suggestion.missing,
    endorsed: suggestion.endorsed,
  };
}

/** Explanations by agent id. */
export function explanationsByAgent(
  suggestions: readonly Suggestion[] | null | undefined,
): Map<string, MatchExplanationFragment> {
  return new Map((suggestions ?? []).map((suggestion) => [suggestion.agent.id, explanationOf(suggestion)]));
}

/** « 2 places au total ». */
export function seatsTotal(seats: number): string {
  return `${seats} place${seats > 1 ? 's' : ''} au total`;
}
