import { SKILL_LEVEL_RANK, type SkillLevel, WorkMode } from '../vocabulary';

/**
 * The matching function of the hub, in SQL so that every caller — `Agent.recommendedMissions`,
 * `Mission.suggestedAgents`, the live feed — ranks inside PostgreSQL with the same definition and
 * never loads a table into Node. Each subgraph installs it in its own schema (`match_score`);
 * changing it means a new migration in each subgraph that re-creates it from this text.
 *
 * Score in [0, 1] = skills × (0.6 + 0.25 × availability + 0.15 × work mode), rounded to 3 places:
 * - skills: each required skill weighs 2 (essential) or 1 (nice to have); it is met (credit 1)
 *   when the agent's level reaches the minimum, partly met (0.5) when the agent has it below the
 *   minimum, missing (0) otherwise. No skill of the mission held → 0, whatever the rest.
 * - availability: the hours the agent offers over the overlap of their availability window with
 *   the mission's schedule (hours per month × months of overlap, one month at least) against the
 *   mission's effort, capped at 1; no overlap or no hours → 0.
 * - work mode: a remote mission fits anyone (1); a hybrid one fits the agent of the same city (1)
 *   and others half (0.5); an on-site one fits the agent of the same city (1, or 0.5 if they only
 *   work remotely) and others a quarter (0.25).
 */
export const MATCH_WEIGHTS = {
  essential: 2,
  niceToHave: 1,
  partlyMetCredit: 0.5,
  base: 0.6,
  availability: 0.25,
  workMode: 0.15,
} as const;

/** One row of `match_score(...)`. */
export interface MatchScoreRow {
  score: number;
  skills_score: number;
  availability_score: number;
  work_mode_score: number;
  met: string[];
  partly_met: string[];
  missing: string[];
}

/** The columns `match_score` returns, for SELECT lists. */
export const MATCH_COLUMNS =
  'score, skills_score, availability_score, work_mode_score, met, partly_met, missing';

/**
 * `CREATE OR REPLACE FUNCTION "<schema>".match_score(...)`. Arguments, in order: the mission's
 * required skills (ids, level ranks, essential flags, in the host's order), the agent's skills (ids,
 * level ranks), the mission's start, end, effort in hours, work mode and location, the agent's
 * hours per month, availability window (from, until; null is open) work mode and city.
 */
export function matchFunctionSql(schema: string): string {
  const W = MATCH_WEIGHTS;
  return `
    CREATE OR REPLACE FUNCTION "${schema}".match_score(
      req_skills text[], req_levels smallint[], req_essential boolean[],
      agent_skills text[], agent_levels smallint[],
      m_start date, m_end date, m_effort integer, m_work_mode text, m_location text,
      a_hours integer, a_from date, a_until date, a_work_mode text, a_city text
    ) RETURNS TABLE (
      score double precision, skills_score double precision, availability_score double precision,
      work_mode_score double precision, met text[], partly_met text[], missing text[]
    ) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
      WITH required AS (
        SELECT r.skill, r.ord, r.min_level, a.level,
               CASE WHEN coalesce(r.essential, true) THEN ${W.essential} ELSE ${W.niceToHave} END AS weight
        FROM unnest(req_skills, req_levels, req_essential) WITH ORDINALITY AS r(skill, min_level, essential, ord)
        LEFT JOIN unnest(agent_skills, agent_levels) AS a(skill, level) ON a.skill = r.skill
      ),
      skills AS (
        SELECT
          coalesce(sum(weight * CASE WHEN level >= min_level THEN 1
                                     WHEN level IS NOT NULL THEN ${W.partlyMetCredit} ELSE 0 END)
                   / nullif(sum(weight), 0), 0)::double precision AS value,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level >= min_level), '{}') AS met,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level < min_level), '{}') AS partly_met,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level IS NULL), '{}') AS missing
        FROM required
      ),
      window_days AS (
        SELECT (least(m_end, coalesce(a_until, m_end)) - greatest(m_start, coalesce(a_from, m_start)) + 1) AS days
      ),
      availability AS (
        SELECT CASE
          WHEN coalesce(a_hours, 0) <= 0 OR days <= 0 OR coalesce(m_effort, 0) <= 0 THEN 0::double precision
          ELSE least(1, a_hours * greatest(1, days / 30.44) / m_effort)::double precision
        END AS value
        FROM window_days
      ),
      work_mode AS (
        SELECT (CASE
          WHEN m_work_mode = '${WorkMode.REMOTE}' THEN 1
          WHEN m_location IS NOT NULL AND lower(btrim(m_location)) <> lower(btrim(coalesce(a_city, '')))
            THEN CASE WHEN m_work_mode = '${WorkMode.HYBRID}' THEN 0.5 ELSE 0.25 END
          WHEN m_work_mode = '${WorkMode.HYBRID}' THEN 1
          WHEN a_work_mode = '${WorkMode.REMOTE}' THEN 0.5
          ELSE 1
        END)::double precision AS value
      )
      SELECT
        round((s.value * (${W.base} + ${W.availability} * av.value + ${W.workMode} * wm.value))::numeric, 3)::double precision,
        round(s.value::numeric, 3)::double precision,
        round(av.value::numeric, 3)::double precision,
        wm.value,
        s.met, s.partly_met, s.missing
      FROM skills s, availability av, work_mode wm
    $fn$`;
}

/** SQL expression: a `SkillLevel` text column as its rank (`SKILL_LEVEL_RANK`), for the level arrays. */
export function levelRankSql(column: string): string {
  const cases = Object.entries(SKILL_LEVEL_RANK)
    .map(([level, rank]) => `WHEN '${level}' THEN ${rank}`)
    .join(' ');
  return `(CASE ${column} ${cases} END)::smallint`;
}

/**
 * What profiles tells the other subgraphs of an agent for matching (`agent.changed`, field
 * `match`): missions keeps it in a projection so that the live feed scores agents without asking
 * profiles, and a skills change applies to running subscriptions at the next event.
 */
export interface AgentMatchFacts {
  skills: Array<{ skillId: string; level: SkillLevel }>;
  hoursPerMonth: number;
  /** YYYY-MM-DD; null: no bound. */
  availableFrom: string | null;
  availableUntil: string | null;
  workMode: WorkMode;
  city: string;
}
