import {
  SKILL_LEVEL_RANK,
  type MatchScoreRow,
  type RequestContext,
  type SkillLevel,
  type WorkMode,
} from '@talents/common';
import DataLoader from 'dataloader';
import { listableAgentCondition } from '../agent/agent.access';
import { agentById } from '../agent/agent.loader';
import type { Agent } from '../agent/agent.types';
import { PROFILES_SCHEMA } from '../shared/constants';
import { skillById } from '../skill/skill.loader';
import { Skill } from '../skill/skill.types';
import { AgentSuggestion } from './mission.types';

/** What ranking needs of a mission, checked: the representation comes from outside type-graphql. */
export interface MissionRequirements {
  /** In the host's order (the most important first). */
  skills: Array<{ skillId: string; minLevel: SkillLevel; essential: boolean }>;
  startDate: string;
  endDate: string;
  effortHours: number;
  workMode: WorkMode;
  location: string | null;
  /** Administration ids; empty: open to every administration. */
  restrictedTo: string[];
}

/** One mission to rank agents for, with how many agents to return. */
export interface SuggestionRequest {
  missionId: string;
  take: number;
  requirements: MissionRequirements;
}

type RankedRow = Pick<
  MatchScoreRow,
  'score' | 'availability_score' | 'work_mode_score' | 'met' | 'partly_met' | 'missing' | 'endorsed'
> & {
  ord: number;
  agent_id: string;
};

const S = PROFILES_SCHEMA;

/**
 * Ranks agents for a batch of missions in ONE statement. The missions travel as parallel arrays
 * (`unnest`), their required skills and restrictions as rows keyed by the mission's position in the
 * batch; a LATERAL subquery per mission finds the candidates — agents holding or endorsed for at
 * least one required skill (`skill_ids &&` or `endorsed_skill_ids &&`, each with its GIN index),
 * listable to the viewer, of an
 * administration the mission is open to — scores each with `match_score` and keeps the best
 * `take`, ties broken by name then id so that the order is stable.
 */
function rankingStatement(
  requests: readonly SuggestionRequest[],
  bind: (value: unknown) => string,
  viewerCondition: (alias: string) => string,
): string {
  const missions = {
    ord: bind(requests.map((_, ord) => ord)),
    start: bind(requests.map((request) => request.requirements.startDate)),
    end: bind(requests.map((request) => request.requirements.endDate)),
    effort: bind(requests.map((request) => request.requirements.effortHours)),
    workMode: bind(requests.map((request) => request.requirements.workMode)),
    location: bind(requests.map((request) => request.requirements.location)),
    take: bind(requests.map((request) => request.take)),
  };
  const skills = requests.flatMap((request, ord) =>
    request.requirements.skills.map((skill, pos) => ({ ord, pos, ...skill })),
  );
  const required = {
    ord: bind(skills.map((skill) => skill.ord)),
    pos: bind(skills.map((skill) => skill.pos)),
    skillId: bind(skills.map((skill) => skill.skillId)),
    level: bind(skills.map((skill) => SKILL_LEVEL_RANK[skill.minLevel])),
    essential: bind(skills.map((skill) => skill.essential)),
  };
  const restrictions = requests.flatMap((request, ord) =>
    request.requirements.restrictedTo.map((administrationId) => ({ ord, administrationId })),
  );
  const restricted = {
    ord: bind(restrictions.map((row) => row.ord)),
    administrationId: bind(restrictions.map((row) => row.administrationId)),
  };
  return `
    WITH mission AS (
      SELECT * FROM unnest(${missions.ord}::int[], ${missions.start}::date[], ${missions.end}::date[],
                           ${missions.effort}::int[], ${missions.workMode}::text[], ${missions.location}::text[],
                           ${missions.take}::int[])
        AS m (ord, start_date, end_date, effort_hours, work_mode, location, take)
    ),
    requirement AS (
      SELECT r.ord,
             array_agg(r.skill_id ORDER BY r.pos) AS skill_ids,
             array_agg(r.min_level ORDER BY r.pos) AS min_levels,
             array_agg(r.essential ORDER BY r.pos) AS essential
      FROM unnest(${required.ord}::int[], ${required.pos}::int[], ${required.skillId}::text[],
                  ${required.level}::smallint[], ${required.essential}::boolean[])
        AS r (ord, pos, skill_id, min_level, essential)
      GROUP BY r.ord
    ),
    restriction AS (
      SELECT x.ord, array_agg(x.administration_id) AS administration_ids
      FROM unnest(${restricted.ord}::int[], ${restricted.administrationId}::text[]) AS x (ord, administration_id)
      GROUP BY x.ord
    )
    SELECT mission.ord, ranked.agent_id, ranked.score, ranked.availability_score, ranked.work_mode_score,
           ranked.met, ranked.partly_met, ranked.missing, ranked.endorsed
    FROM mission
    JOIN requirement ON requirement.ord = mission.ord
    LEFT JOIN restriction ON restriction.ord = mission.ord
    CROSS JOIN LATERAL (
      SELECT agent.id AS agent_id, agent.sort_name, scored.*
      FROM "${S}".agent agent
      CROSS JOIN LATERAL "${S}".match_score(
        requirement.skill_ids, requirement.min_levels, requirement.essential,
        agent.skill_ids, agent.skill_levels, agent.endorsed_skill_ids,
        mission.start_date, mission.end_date, mission.effort_hours, mission.work_mode, mission.location,
        agent.available_hours_per_month, agent.available_from, agent.available_until, agent.work_mode, agent.city
      ) scored
      WHERE (agent.skill_ids && requirement.skill_ids OR agent.endorsed_skill_ids && requirement.skill_ids)
        AND (restriction.administration_ids IS NULL OR agent.administration_id = ANY(restriction.administration_ids))
        AND ${viewerCondition('agent')}
      ORDER BY scored.score DESC, agent.sort_name, agent.id
      LIMIT mission.take
    ) ranked
    ORDER BY mission.ord, ranked.score DESC, ranked.sort_name, ranked.agent_id`;
}

async function rank(
  ctx: RequestContext,
  requests: readonly SuggestionRequest[],
): Promise<AgentSuggestion[][]> {
  const values: unknown[] = [];
  const bind = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const sql = rankingStatement(requests, bind, (alias) => listableAgentCondition(ctx.viewer, alias, bind));
  const rows = (await ctx.db.query(sql, values)) as RankedRow[];

  // The agents and the skills named, each in one more statement for the whole batch.
  const agentIds = [...new Set(rows.map((row) => row.agent_id))];
  const skillIds = [...new Set(rows.flatMap((row) => [...row.met, ...row.partly_met, ...row.missing]))];
  const [agents, skills] = await Promise.all([
    agentById(ctx).loadMany(agentIds),
    skillById(ctx).loadMany(skillIds),
  ]);
  const agentOf = new Map<string, Agent>();
  agents.forEach((agent, index) => {
    if (agent && !(agent instanceof Error)) {
      // Ranked under the listing's rule: the viewer sees the profile.
      agent.profileVisible = Promise.resolve(true);
      agentOf.set(agentIds[index]!, agent);
    }
  });
  const skillOf = new Map<string, Skill>();
  skills.forEach((skill, index) => {
    if (skill instanceof Skill) skillOf.set(skillIds[index]!, skill);
  });
  // A required skill unknown to the referential cannot be shown; it cannot be held either.
  const known = (ids: string[]) => ids.flatMap((id) => skillOf.get(id) ?? []);

  const byMission = requests.map((): AgentSuggestion[] => []);
  for (const row of rows) {
    const agent = agentOf.get(row.agent_id);
    // Erased between the two statements: not suggested.
    if (!agent || agent.erased) continue;
    byMission[row.ord]!.push(
      Object.assign(new AgentSuggestion(), {
        agent,
        score: row.score,
        met: known(row.met),
        partlyMet: known(row.partly_met),
        missing: known(row.missing),
        endorsed: known(row.endorsed),
        availabilityScore: row.availability_score,
        workModeScore: row.work_mode_score,
      }),
    );
  }
  return byMission;
}

const loaders = new WeakMap<RequestContext, DataLoader<SuggestionRequest, AgentSuggestion[], string>>();

/**
 * Suggestions per mission, one ranking statement per batch (`missions { nodes { suggestedAgents } }`
 * costs the same whatever the number of missions). Request-scoped like every loader, and bound to
 * the request's viewer, whose directory view the ranking respects.
 */
export function suggestionsFor(
  ctx: RequestContext,
): DataLoader<SuggestionRequest, AgentSuggestion[], string> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((requests) => rank(ctx, requests), {
      cacheKeyFn: (request) => JSON.stringify([request.missionId, request.take, request.requirements]),
    });
    loaders.set(ctx, loader);
  }
  return loader;
}
