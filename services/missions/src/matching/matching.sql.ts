import {
  ADVISORY_LOCK_KEYS,
  MATCH_COLUMNS,
  MissionStatus,
  type MatchScoreRow,
  type Viewer,
} from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { visibleMissionCondition } from '../mission/mission.access';
import { MISSION_TABLE } from '../mission/mission.entity';

const PROFILE_TABLE = 'missions.agent_match_profile';

/** The arguments of `match_score` for mission `m` and agent profile `a`. */
const MATCH_CALL = `missions.match_score(
  m.skill_ids, m.skill_levels, m.skill_essential, a.skill_ids, a.skill_levels, a.endorsed_skill_ids,
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
 * Agent `a` may match mission `m`: they declared or were endorsed for one of its skills (each
 * array has its GIN index, and PostgreSQL combines the two bitmaps).
 */
const CANDIDATE = '(a.skill_ids && m.skill_ids OR a.endorsed_skill_ids && m.skill_ids)';

const MATCH_TABLE = 'missions.agent_mission_match';
const SCORE_COLUMNS = MATCH_COLUMNS.split(', ')
  .map((column) => `r.${column}`)
  .join(', ');

/**
 * Match rows are written by one writer at a time: a publication and an agent's new profile,
 * committed concurrently, would each score against the other's old state and leave a stale row.
 */
async function lockMatches(executor: Executor): Promise<void> {
  await executor.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEYS.matches()]);
}

type Executor = Pick<EntityManager, 'query'>;

/** Inserts the matches of the published mission `$1`, or of every one, with each agent who may match it. */
function insertPublishedMatches(missions: 'mission $1' | 'every mission'): string {
  return `INSERT INTO ${MATCH_TABLE}
     SELECT a.agent_id, m.id, ${SCORE_COLUMNS}
       FROM ${MISSION_TABLE} m
       JOIN ${PROFILE_TABLE} a ON ${CANDIDATE} AND NOT a.erased
       CROSS JOIN LATERAL ${MATCH_CALL} r
      WHERE ${missions === 'mission $1' ? 'm.id = $1 AND ' : ''}m.status = '${MissionStatus.PUBLISHED}' AND r.score > 0`;
}

/** Scores a mission that became published for every agent holding one of its skills. */
export async function scoreMission(manager: EntityManager, missionId: string): Promise<void> {
  await dropMissionMatches(manager, missionId);
  await manager.query(insertPublishedMatches('mission $1'), [missionId]);
}

/** A mission that left publication is no longer anybody's match. */
export async function dropMissionMatches(manager: EntityManager, missionId: string): Promise<void> {
  await lockMatches(manager);
  await manager.query(`DELETE FROM ${MATCH_TABLE} WHERE mission_id = $1`, [missionId]);
}

/** Re-scores every published mission for an agent whose profile changed (or who was erased). */
export async function scoreAgent(manager: EntityManager, agentId: string): Promise<void> {
  await lockMatches(manager);
  await manager.query(`DELETE FROM ${MATCH_TABLE} WHERE agent_id = $1`, [agentId]);
  await manager.query(
    `INSERT INTO ${MATCH_TABLE}
     SELECT a.agent_id, m.id, ${SCORE_COLUMNS}
       FROM ${PROFILE_TABLE} a
       JOIN ${MISSION_TABLE} m ON ${CANDIDATE} AND m.status = '${MissionStatus.PUBLISHED}'
       CROSS JOIN LATERAL ${MATCH_CALL} r
      WHERE a.agent_id = $1 AND NOT a.erased AND r.score > 0`,
    [agentId],
  );
}

/** Every match from scratch (seed, repair): one statement over all published missions. */
export async function scoreEverything(db: DataSource): Promise<void> {
  await db.transaction(async (manager) => {
    await lockMatches(manager);
    await manager.query(`DELETE FROM ${MATCH_TABLE}`);
    await manager.query(insertPublishedMatches('every mission'));
  });
}

/**
 * The best missions for each agent, in one statement for the whole batch: each agent's rows are
 * read from the rank index in score order until `first` of them are offerable and visible.
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
         SELECT x.mission_id, x.score, x.skills_score, x.availability_score, x.work_mode_score,
                x.met, x.partly_met, x.missing, x.endorsed
           FROM (
             -- The agent's rows in the rank index's order. OFFSET 0 keeps this a subquery: the
             -- planner, which cannot estimate the visibility filter, would otherwise scan every
             -- mission; this way it reads in rank order and stops after 'first' offerable rows.
             SELECT * FROM ${MATCH_TABLE} r
              WHERE r.agent_id = a.agent_id AND r.score >= :minScore
              ORDER BY r.score DESC, r.mission_id DESC
             OFFSET 0
           ) x
           JOIN ${MISSION_TABLE} m ON m.id = x.mission_id
          WHERE ${OFFERABLE}
            AND ${visible.sql}
          ORDER BY x.score DESC, x.mission_id DESC
          LIMIT :first
       ) best
      WHERE a.agent_id = ANY(CAST(:agentIds AS uuid[])) AND NOT a.erased
      ORDER BY a.agent_id, best.score DESC`,
    { ...visible.params, agentIds: [...agentIds], first, minScore },
  );
  return (await db.query(sql, params)) as ScoredMission[];
}

/**
 * For one mission, the match of each given agent, as kept in the table — the live feed's work per
 * publication: one indexed statement, proportional to the agents it matches.
 */
export async function scoreAgentsForMission(
  db: DataSource,
  missionId: string,
  agentIds: readonly string[],
): Promise<ScoredMission[]> {
  if (agentIds.length === 0) return [];
  return (await db.query(
    `SELECT x.agent_id, x.mission_id, x.score, x.skills_score, x.availability_score, x.work_mode_score,
            x.met, x.partly_met, x.missing, x.endorsed
       FROM ${MATCH_TABLE} x
       JOIN ${MISSION_TABLE} m ON m.id = x.mission_id
       JOIN ${PROFILE_TABLE} a ON a.agent_id = x.agent_id
      WHERE x.mission_id = $1 AND x.agent_id = ANY($2::uuid[]) AND ${OFFERABLE}`,
    [missionId, [...agentIds]],
  )) as ScoredMission[];
}
