import {
  checkPageSize,
  decodeProgrammeScope,
  DurationStats,
  durationStatsSql,
  encodeProgrammeScope,
  SCOPE_BOUNDS_SQL,
  scopeLoader,
  type ProgrammeScope,
  type RequestContext,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { Administration } from '../administration/administration.types';
import { Skill } from '../skill/skill.types';
import { MissionFunnel, ProgrammeNumbers, SkillSupplyDemand } from './programme-numbers.types';

const S = 'missions';

/** The scope's missions: created in the period (Paris days), of the ministry and kind when chosen. */
const SCOPED_MISSIONS = `
  SELECT m.* FROM ${S}.mission m
    LEFT JOIN ${S}.administration_reference a ON a.id = m.host_administration_id
   WHERE m.created_at >= ${SCOPE_BOUNDS_SQL.start('$1')} AND m.created_at < ${SCOPE_BOUNDS_SQL.end('$2')}
     AND ($3::text IS NULL OR a.ministry_id = $3)
     AND ($4::text IS NULL OR m.kind = $4)`;

function scopeParameters(scope: ProgrammeScope): unknown[] {
  return [scope.from, scope.to, scope.ministryId, scope.kind];
}

export function programmeNumbersOf(scope: ProgrammeScope): ProgrammeNumbers {
  return Object.assign(new ProgrammeNumbers(), {
    id: encodeProgrammeScope(scope),
    from: scope.from,
    to: scope.to,
    ministry: scope.ministryId === null ? null : Administration.ref(scope.ministryId),
    kind: scope.kind,
  });
}

interface MissionFigures {
  funnel: MissionFunnel;
  timeToPublication: DurationStats;
}

/** The funnel's first steps and the time to publication, in one statement per scope and request. */
async function missionFigures(db: DataSource, scope: ProgrammeScope): Promise<MissionFigures> {
  const [row] = (await db.query(
    `SELECT count(*) FILTER (WHERE status <> 'DRAFT')::int AS posted,
            count(*) FILTER (WHERE published_at IS NOT NULL)::int AS published,
            count(*) FILTER (WHERE status = 'SUBMITTED')::int AS awaiting,
            count(*) FILTER (WHERE status = 'FILLED')::int AS filled,
            count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
            count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
            ${durationStatsSql('extract(epoch FROM published_at - created_at) / 3600', 'publication', 'published_at IS NOT NULL')}
       FROM (${SCOPED_MISSIONS}) scoped`,
    scopeParameters(scope),
  )) as Array<Record<string, unknown>>;
  const figures = row ?? {};
  return {
    funnel: Object.assign(new MissionFunnel(), {
      posted: Number(figures.posted ?? 0),
      published: Number(figures.published ?? 0),
      awaitingModeration: Number(figures.awaiting ?? 0),
      filled: Number(figures.filled ?? 0),
      closed: Number(figures.closed ?? 0),
      cancelled: Number(figures.cancelled ?? 0),
    }),
    timeToPublication: DurationStats.fromRow(figures, 'publication'),
  };
}

const missionFiguresLoader = scopeLoader(missionFigures);

export function missionFiguresOf(ctx: RequestContext, numbers: ProgrammeNumbers): Promise<MissionFigures> {
  return ctx.loaders.get(missionFiguresLoader).load(numbers.id);
}

/**
 * Skills the scope's missions ask for against the skills agents declare, in one statement. Supply
 * counts every agent (of the chosen ministry, when there is one) whatever the period: it is a stock.
 */
export async function skillsSupplyDemandOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
  first: number,
): Promise<SkillSupplyDemand[]> {
  const size = checkPageSize(first);
  const scope = decodeProgrammeScope(numbers.id);
  if (!scope) return [];
  const rows = (await ctx.db.query(
    `WITH demand AS (
       SELECT s.skill_id, count(DISTINCT scoped.id)::int AS missions
         FROM (${SCOPED_MISSIONS}) scoped
         JOIN ${S}.mission_skill s ON s.mission_id = scoped.id
        WHERE scoped.status <> 'DRAFT'
        GROUP BY s.skill_id
     ), supply AS (
       SELECT skill.id AS skill_id, count(*)::int AS agents,
              count(*) FILTER (WHERE p.hours_per_month > 0)::int AS available
         FROM ${S}.agent_match_profile p
         LEFT JOIN ${S}.administration_reference a ON a.id = p.administration_id
         CROSS JOIN LATERAL unnest(p.skill_ids) AS skill(id)
        WHERE NOT p.erased AND ($3::text IS NULL OR a.ministry_id = $3)
        GROUP BY skill.id
     )
     SELECT coalesce(demand.skill_id, supply.skill_id) AS skill_id,
            coalesce(demand.missions, 0) AS missions,
            coalesce(supply.agents, 0) AS agents,
            coalesce(supply.available, 0) AS available
       FROM demand FULL JOIN supply ON supply.skill_id = demand.skill_id
      ORDER BY missions DESC, agents DESC, skill_id
      LIMIT $5`,
    [...scopeParameters(scope), size],
  )) as Array<{ skill_id: string; missions: number; agents: number; available: number }>;
  return rows.map((row) =>
    Object.assign(new SkillSupplyDemand(), {
      skill: Skill.ref(row.skill_id),
      missionsDemanding: row.missions,
      agentsOffering: row.agents,
      agentsAvailable: row.available,
    }),
  );
}
