import {
  isUuid,
  normaliseUuid,
  SKILL_LEVEL_RANK,
  SkillLevel,
  WorkMode,
  type AgentMatchFacts,
} from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoData } from '@talents/demo';
import { scoreAgent } from './matching.sql';

/** `agent.changed` as missions reads it: who the agent is for matching, or that they are gone. */
export interface AgentChangedForMatching {
  id: string;
  administrationId: string | null;
  managerId: string | null;
  erased: boolean;
  /** Absent from events published before matching existed: the row keeps no skills then. */
  match?: AgentMatchFacts | null;
  version: string;
}

class MalformedAgentEvent extends Error {
  constructor(problem: string) {
    super(`Malformed agent.changed event: ${problem}`);
    this.name = 'MalformedAgentEvent';
  }
}

const LEVELS = new Set<string>(Object.values(SkillLevel));
const WORK_MODES = new Set<string>(Object.values(WorkMode));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkedFacts(match: AgentMatchFacts | null | undefined): AgentMatchFacts | null {
  if (match === null || match === undefined) return null;
  if (!Array.isArray(match.skills)) throw new MalformedAgentEvent('match.skills is not a list');
  for (const skill of match.skills) {
    if (typeof skill?.skillId !== 'string' || !LEVELS.has(skill.level)) {
      throw new MalformedAgentEvent('match.skills holds an invalid skill');
    }
  }
  if (!Number.isInteger(match.hoursPerMonth) || match.hoursPerMonth < 0) {
    throw new MalformedAgentEvent('match.hoursPerMonth is not a non-negative integer');
  }
  for (const date of [match.availableFrom, match.availableUntil]) {
    if (date !== null && (typeof date !== 'string' || !DATE.test(date))) {
      throw new MalformedAgentEvent('match availability dates are not YYYY-MM-DD');
    }
  }
  if (!WORK_MODES.has(match.workMode)) throw new MalformedAgentEvent('match.workMode is unknown');
  const endorsed = match.endorsedSkillIds ?? [];
  if (!Array.isArray(endorsed) || !endorsed.every((skillId) => typeof skillId === 'string')) {
    throw new MalformedAgentEvent('match.endorsedSkillIds is not a list of skill ids');
  }
  return match;
}

interface ProfileRow {
  id: string;
  administrationId: string | null;
  managerId: string | null;
  facts: AgentMatchFacts | null;
  erased: boolean;
  version: string;
}

/** One statement for many agents (seed) or one (event); older copies than the row are ignored. */
async function upsertProfiles(executor: EntityManager | DataSource, rows: ProfileRow[]): Promise<void> {
  if (rows.length === 0) return;
  await executor.query(
    `INSERT INTO missions.agent_match_profile AS p
       (agent_id, administration_id, manager_id, skill_ids, skill_levels, endorsed_skill_ids, hours_per_month,
        available_from, available_until, work_mode, city, erased, version)
     SELECT r.agent_id, r.administration_id, r.manager_id,
            ARRAY(SELECT jsonb_array_elements_text(r.skills::jsonb)),
            ARRAY(SELECT jsonb_array_elements_text(r.levels::jsonb)::smallint),
            ARRAY(SELECT jsonb_array_elements_text(r.endorsed::jsonb)),
            r.hours, r.available_from, r.available_until, r.work_mode, r.city, r.erased, r.version
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::int[],
                   $7::date[], $8::date[], $9::text[], $10::text[], $11::boolean[], $12::timestamptz[],
                   $13::text[])
         AS r (agent_id, administration_id, manager_id, skills, levels, hours,
               available_from, available_until, work_mode, city, erased, version, endorsed)
     ON CONFLICT (agent_id) DO UPDATE SET
       administration_id = EXCLUDED.administration_id,
       manager_id = EXCLUDED.manager_id,
       skill_ids = EXCLUDED.skill_ids,
       skill_levels = EXCLUDED.skill_levels,
       endorsed_skill_ids = EXCLUDED.endorsed_skill_ids,
       hours_per_month = EXCLUDED.hours_per_month,
       available_from = EXCLUDED.available_from,
       available_until = EXCLUDED.available_until,
       work_mode = EXCLUDED.work_mode,
       city = EXCLUDED.city,
       erased = p.erased OR EXCLUDED.erased,
       version = EXCLUDED.version
     WHERE p.version <= EXCLUDED.version`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.administrationId),
      rows.map((row) => row.managerId),
      rows.map((row) => JSON.stringify(row.facts?.skills.map((skill) => skill.skillId) ?? [])),
      rows.map((row) =>
        JSON.stringify(row.facts?.skills.map((skill) => SKILL_LEVEL_RANK[skill.level]) ?? []),
      ),
      rows.map((row) => row.facts?.hoursPerMonth ?? 0),
      rows.map((row) => row.facts?.availableFrom ?? null),
      rows.map((row) => row.facts?.availableUntil ?? null),
      rows.map((row) => row.facts?.workMode ?? null),
      rows.map((row) => row.facts?.city ?? null),
      rows.map((row) => row.erased),
      rows.map((row) => row.version),
      rows.map((row) => JSON.stringify([...new Set(row.facts?.endorsedSkillIds ?? [])].sort())),
    ],
  );
}

/**
 * Keeps missions' projection of an agent for the live feed. Erasure is final and drops what
 * matching knew of the person.
 */
export async function applyAgentChangedForMatching(
  payload: AgentChangedForMatching,
  manager: EntityManager,
): Promise<void> {
  if (typeof payload.id !== 'string' || !isUuid(payload.id))
    throw new MalformedAgentEvent('id is not a UUID');
  if (typeof payload.erased !== 'boolean') throw new MalformedAgentEvent('erased is not a boolean');
  if (typeof payload.version !== 'string' || Number.isNaN(Date.parse(payload.version))) {
    throw new MalformedAgentEvent('version is not an ISO instant');
  }
  const managerId =
    typeof payload.managerId === 'string' && isUuid(payload.managerId) ? payload.managerId : null;
  await upsertProfiles(manager, [
    {
      id: normaliseUuid(payload.id),
      administrationId: typeof payload.administrationId === 'string' ? payload.administrationId : null,
      managerId,
      facts: payload.erased ? null : checkedFacts(payload.match),
      erased: payload.erased,
      version: payload.version,
    },
  ]);
  // Re-scored from the projection as it now stands (a stale copy changed nothing: same scores).
  await scoreAgent(manager, normaliseUuid(payload.id));
}

/** The instant demo rows carry: any real event is newer and wins. */
const SEED_VERSION = '2000-01-01T00:00:00.000Z';
const CHUNK = 500;

/** Fills the projection from the demo data, as profiles would have announced it. */
export async function seedAgentMatchProfiles(db: DataSource, data: DemoData): Promise<void> {
  const endorsed = new Map<string, string[]>();
  for (const row of data.endorsements ?? []) {
    endorsed.set(row.agentId, [...(endorsed.get(row.agentId) ?? []), row.skillId]);
  }
  for (let start = 0; start < data.agents.length; start += CHUNK) {
    await upsertProfiles(
      db,
      data.agents.slice(start, start + CHUNK).map((agent) => ({
        id: agent.id,
        administrationId: agent.administrationId,
        managerId: agent.managerId,
        facts: {
          skills: agent.skills,
          endorsedSkillIds: endorsed.get(agent.id) ?? [],
          hoursPerMonth: agent.availableHoursPerMonth,
          availableFrom: agent.availableFrom,
          availableUntil: agent.availableUntil,
          workMode: agent.workMode,
          city: agent.city,
        },
        erased: false,
        version: SEED_VERSION,
      })),
    );
  }
}
