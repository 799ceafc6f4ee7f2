/**
 * Frozen history (see ./index.ts): version 1 of the matching function `match_score`, as the
 * migrations of profiles and missions installed it, with the weights and ranks of that day.
 * `matching/match.ts` documents the function; a test checks that its live constants still equal
 * these, so that changing them without a migration that installs a version 2 fails.
 */
export const MATCH_SCORE_V1_WEIGHTS = {
  essential: 2,
  niceToHave: 1,
  partlyMetCredit: 0.5,
  base: 0.6,
  availability: 0.25,
  workMode: 0.15,
} as const;

export const SKILL_LEVEL_RANK_V1 = { BEGINNER: 1, INTERMEDIATE: 2, ADVANCED: 3, EXPERT: 4 } as const;

/**
 * `CREATE OR REPLACE FUNCTION "<schema>".match_score(...)`, version 1. Arguments, in order: the
 * mission's required skills (ids, level ranks, essential flags, in the host's order), the agent's
 * skills (ids, level ranks), the mission's start, end, effort in hours, work mode and location, the
 * agent's hours per month, availability window (from, until; null is open) work mode and city.
 */
export function matchScoreFunctionSqlV1(schema: string): string {
  const W = MATCH_SCORE_V1_WEIGHTS;
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
          WHEN m_work_mode = 'REMOTE' THEN 1
          WHEN m_location IS NOT NULL AND lower(btrim(m_location)) <> lower(btrim(coalesce(a_city, '')))
            THEN CASE WHEN m_work_mode = 'HYBRID' THEN 0.5 ELSE 0.25 END
          WHEN m_work_mode = 'HYBRID' THEN 1
          WHEN a_work_mode = 'REMOTE' THEN 0.5
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

/** SQL expression: a `SkillLevel` text column as its rank, for the level arrays (version 1). */
export function levelRankSqlV1(column: string): string {
  const cases = Object.entries(SKILL_LEVEL_RANK_V1)
    .map(([level, rank]) => `WHEN '${level}' THEN ${rank}`)
    .join(' ');
  return `(CASE ${column} ${cases} END)::smallint`;
}
