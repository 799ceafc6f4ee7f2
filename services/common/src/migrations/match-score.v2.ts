/**
 * Frozen history (see ./index.ts): version 2 of the matching function `match_score`, as the
 * migrations of profiles and missions installed it in place of version 1. What changed: the
 * agent's endorsed skills (skills a host vouched for after a completed mission, issue 13) are a
 * sixth argument, and an endorsement counts as stronger evidence than a claim — a required skill
 * backed by an endorsement earns its full credit, one the agent only declared
 * `claimedEvidence` of it. A skill endorsed but not declared counts as held at the lowest level.
 * The result gains `endorsed`: the required skills backed by an endorsement, for the explanation.
 */
export const MATCH_SCORE_V2_WEIGHTS = {
  essential: 2,
  niceToHave: 1,
  partlyMetCredit: 0.5,
  /** Share of a skill's credit that a claim alone earns; an endorsement earns it all. */
  claimedEvidence: 0.9,
  /** Level rank of a skill endorsed but not declared (BEGINNER). */
  endorsedOnlyLevel: 1,
  base: 0.6,
  availability: 0.25,
  workMode: 0.15,
} as const;

/** The argument types of version 2, for `DROP FUNCTION` (overloads are told apart by them). */
export const MATCH_SCORE_V2_SIGNATURE =
  'text[], smallint[], boolean[], text[], smallint[], text[], date, date, integer, text, text, integer, date, date, text, text';

/** The argument types of version 1, which version 2 replaces. */
export const MATCH_SCORE_V1_SIGNATURE =
  'text[], smallint[], boolean[], text[], smallint[], date, date, integer, text, text, integer, date, date, text, text';

/**
 * `CREATE OR REPLACE FUNCTION "<schema>".match_score(...)`, version 2. Arguments, in order: the
 * mission's required skills (ids, level ranks, essential flags, in the host's order), the agent's
 * declared skills (ids, level ranks), the agent's endorsed skill ids, the mission's start, end,
 * effort in hours, work mode and location, the agent's hours per month, availability window (from,
 * until; null is open), work mode and city.
 */
export function matchScoreFunctionSqlV2(schema: string): string {
  const W = MATCH_SCORE_V2_WEIGHTS;
  return `
    CREATE OR REPLACE FUNCTION "${schema}".match_score(
      req_skills text[], req_levels smallint[], req_essential boolean[],
      agent_skills text[], agent_levels smallint[], agent_endorsed text[],
      m_start date, m_end date, m_effort integer, m_work_mode text, m_location text,
      a_hours integer, a_from date, a_until date, a_work_mode text, a_city text
    ) RETURNS TABLE (
      score double precision, skills_score double precision, availability_score double precision,
      work_mode_score double precision, met text[], partly_met text[], missing text[], endorsed text[]
    ) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
      WITH required AS (
        SELECT r.skill, r.ord, r.min_level,
               coalesce(a.level, CASE WHEN r.skill = ANY(agent_endorsed) THEN ${W.endorsedOnlyLevel}::smallint END) AS level,
               coalesce(r.skill = ANY(agent_endorsed), false) AS endorsed,
               CASE WHEN coalesce(r.essential, true) THEN ${W.essential} ELSE ${W.niceToHave} END AS weight
        FROM unnest(req_skills, req_levels, req_essential) WITH ORDINALITY AS r(skill, min_level, essential, ord)
        LEFT JOIN unnest(agent_skills, agent_levels) AS a(skill, level) ON a.skill = r.skill
      ),
      skills AS (
        SELECT
          coalesce(sum(weight * CASE WHEN level >= min_level THEN 1
                                     WHEN level IS NOT NULL THEN ${W.partlyMetCredit} ELSE 0 END
                              * CASE WHEN endorsed THEN 1 ELSE ${W.claimedEvidence} END)
                   / nullif(sum(weight), 0), 0)::double precision AS value,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level >= min_level), '{}') AS met,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level < min_level), '{}') AS partly_met,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE level IS NULL), '{}') AS missing,
          coalesce(array_agg(skill ORDER BY ord) FILTER (WHERE endorsed), '{}') AS endorsed
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
        s.met, s.partly_met, s.missing, s.endorsed
      FROM skills s, availability av, work_mode wm
    $fn$`;
}
