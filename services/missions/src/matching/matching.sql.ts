import { MATCH_COLUMNS, MissionStatus, type MatchScoreRow, type Viewer } from '@talents/common';
import type { DataSource } from 'typeorm';
import { visibleMissionCondition } from '../mission/mission.access';
import { MISSION_TABLE } from '../mission/mission.entity';

const PROFILE_TABLE = 'missions.agent_match_profile';

/** The arguments of `match_score` for mission `m` and agent profile `a`. */
const MATCH_CALL = `missions.match_score(
  m.skill_ids, m.skill_levels, m.skill_essential, a.skill_ids, a.skill_levels,
  m.start_date, m.end_date, m.effort_hours, m.work_mode, m.location,
  a.hours_per_month, a.available_from, a.available_until, a.work_mode, a.city)`;

/**
 * The missions an agent may be offered: published, still open to applications, open to every
 * administration or restricted to the agent's own — whoever asks.
 */
const OFFERABLE = `m.status = '${MissionStatus.PUBLISHED}'
  AND m.application_deadline >= current_date
  AND (cardinality(m.restricted_to) = 0 OR a.administration_id = ANY(m.restricted_to))`;

export interface ScoredMission extends MatchScoreRow {
  agent_id: string;
  mission_id: string;
}

/** TypeORM's named parameters turned into the driver's positional ones. */
function positional(db: DataSource, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  return db.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
}

/**
 * The best missions for each agent, in one statement for the whole batch: candidates are found by
 * skill overlap on the GIN index, scored by `match_score`, ranked and cut in SQL.
 */
export async function recommendMissions(
  db: DataSource,
  viewer: Viewer,
  agentIds: readonly string[],
  first: number,
  minScore: number,
): Promise<ScoredMission[]> {
  if (agentIds.length === 0) return [];
  const visible = visibleMissionCondition(viewer, 'm');
  const [sql, params] = positional(
    db,
    `SELECT a.agent_id, best.*
       FROM ${PROFILE_TABLE} a
       CROSS JOIN LATERAL (
         SELECT m.id AS mission_id, r.*
           FROM ${MISSION_TABLE} m
           CROSS JOIN LATERAL ${MATCH_CALL} r
          WHERE m.skill_ids && a.skill_ids
            AND ${OFFERABLE}
            AND ${visible.sql}
            AND r.score >= :minScore
          ORDER BY r.score DESC, m.listed_at DESC, m.id DESC
          LIMIT :first
       ) best
      WHERE a.agent_id = ANY(CAST(:agentIds AS uuid[])) AND NOT a.erased
      ORDER BY a.agent_id, best.score DESC`,
    { ...visible.params, agentIds: [...agentIds], first, minScore },
  );
  return (await db.query(sql, params)) as ScoredMission[];
}

/**
 * For one mission, the score of each given agent that holds at least one of its skills — the
 * live feed's work per publication: one statement, proportional to the agents it matches.
 */
export async function scoreAgentsForMission(
  db: DataSource,
  missionId: string,
  agentIds: readonly string[],
): Promise<ScoredMission[]> {
  if (agentIds.length === 0) return [];
  return (await db.query(
    `SELECT a.agent_id, m.id AS mission_id, ${MATCH_COLUMNS.split(', ')
      .map((column) => `r.${column}`)
      .join(', ')}
       FROM ${MISSION_TABLE} m
       JOIN ${PROFILE_TABLE} a ON a.skill_ids && m.skill_ids AND NOT a.erased
       CROSS JOIN LATERAL ${MATCH_CALL} r
      WHERE m.id = $1 AND a.agent_id = ANY($2::uuid[]) AND ${OFFERABLE}`,
    [missionId, [...agentIds]],
  )) as ScoredMission[];
}
