import type { SkillLevel, WorkMode } from '../vocabulary';

/**
 * The matching function of the hub, in SQL so that every caller — `Agent.recommendedMissions`,
 * `Mission.suggestedAgents`, the live feed — ranks inside PostgreSQL with the same definition and
 * never loads a table into Node. Each subgraph installs it in its own schema (`match_score`) from
 * the frozen text of `migrations/match-score.v2.ts` (version 1 is history); changing it means a
 * version 3 there and a new migration in each subgraph that installs it.
 *
 * Score in [0, 1] = skills × (0.6 + 0.25 × availability + 0.15 × work mode), rounded to 3 places:
 * - skills: each required skill weighs 2 (essential) or 1 (nice to have); it is met (credit 1)
 *   when the agent's level reaches the minimum, partly met (0.5) when the agent has it below the
 *   minimum, missing (0) otherwise. No skill of the mission held → 0, whatever the rest.
 * - evidence: an endorsement (a host vouched for the skill after a completed mission) is stronger
 *   evidence than a claim: an endorsed skill earns its whole credit, a skill only declared 0.9 of
 *   it. A skill endorsed but not declared counts as held at the lowest level (BEGINNER).
 * - availability: the hours the agent offers over the overlap of their availability window with
 *   the mission's schedule (hours per month × months of overlap, one month at least) against the
 *   mission's effort, capped at 1; no overlap or no hours → 0.
 * - work mode: a remote mission fits anyone (1); a hybrid one fits the agent of the same city (1)
 *   and others half (0.5); an on-site one fits the agent of the same city (1, or 0.5 if they only
 *   work remotely) and others a quarter (0.25).
 */
export interface MatchScoreRow {
  score: number;
  skills_score: number;
  availability_score: number;
  work_mode_score: number;
  met: string[];
  partly_met: string[];
  missing: string[];
  /** Required skills backed by an endorsement (met or partly met). */
  endorsed: string[];
}

/** The columns `match_score` returns, for SELECT lists. */
export const MATCH_COLUMNS =
  'score, skills_score, availability_score, work_mode_score, met, partly_met, missing, endorsed';

/**
 * What profiles tells the other subgraphs of an agent for matching (`agent.changed`, field
 * `match`): missions keeps it in a projection so that the live feed scores agents without asking
 * profiles, and a skills change applies to running subscriptions at the next event.
 */
export interface AgentMatchFacts {
  skills: Array<{ skillId: string; level: SkillLevel }>;
  /**
   * Skills hosts endorsed after completed missions, declared or not, in id order. Absent from
   * events published before endorsements existed: none then.
   */
  endorsedSkillIds?: string[];
  hoursPerMonth: number;
  /** YYYY-MM-DD; null: no bound. */
  availableFrom: string | null;
  availableUntil: string | null;
  workMode: WorkMode;
  city: string;
}
