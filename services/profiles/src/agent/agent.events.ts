import { publishEvent, type AgentMatchFacts, type DomainEvent } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { In, MoreThan } from 'typeorm';
import { SkillEndorsementEntity } from '../endorsement/endorsement.entity';
import { AgentSkillEntity } from './agent-skill.entity';
import { AgentEntity } from './agent.entity';

/**
 * `agent.changed` (profiles → approvals, missions): the agent's full current state, never a diff.
 * Approvals reads the administration, the manager, the erasure and the address (e-mail
 * notifications); missions also reads `match`,
 * what the live feed scores an agent with.
 */
export interface AgentChangedPayload {
  id: string;
  administrationId: string;
  managerId: string | null;
  erased: boolean;
  /** Professional address, for approvals' e-mail notifications; null once the agent is erased. */
  email: string | null;
  /** Skills, availability, work mode and city; null once the agent is erased (nothing to match). */
  match: AgentMatchFacts | null;
  /** ISO instant taken after the write: consumers drop older copies. */
  version: string;
}

/** What the event is made of: the agent's row as written. */
export type AgentState = Pick<
  AgentEntity,
  | 'id'
  | 'administrationId'
  | 'managerId'
  | 'email'
  | 'erasedAt'
  | 'availableHoursPerMonth'
  | 'availableFrom'
  | 'availableUntil'
  | 'workMode'
  | 'city'
>;

export type AgentSkillFact = AgentMatchFacts['skills'][number];

const AGENT_STATE_COLUMNS = {
  id: true,
  administrationId: true,
  managerId: true,
  email: true,
  erasedAt: true,
  availableHoursPerMonth: true,
  availableFrom: true,
  availableUntil: true,
  workMode: true,
  city: true,
} as const;

/**
 * `skills` are the agent's skills as stored, `endorsedSkillIds` the skills hosts endorsed (declared
 * or not); both are listed in skill id order.
 */
export function agentChangedEvent(
  agent: AgentState,
  skills: readonly AgentSkillFact[],
  version: Date = new Date(),
  endorsedSkillIds: readonly string[] = [],
): DomainEvent<AgentChangedPayload> {
  const erased = agent.erasedAt !== null;
  return {
    type: 'agent.changed',
    key: agent.id,
    payload: {
      id: agent.id,
      administrationId: agent.administrationId,
      managerId: agent.managerId,
      erased,
      email: erased ? null : agent.email,
      match: erased
        ? null
        : {
            skills: [...skills]
              .sort((a, b) => (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0))
              .map((skill) => ({ skillId: skill.skillId, level: skill.level })),
            endorsedSkillIds: [...new Set(endorsedSkillIds)].sort(),
            hoursPerMonth: agent.availableHoursPerMonth,
            availableFrom: agent.availableFrom,
            availableUntil: agent.availableUntil,
            workMode: agent.workMode,
            city: agent.city,
          },
      version: version.toISOString(),
    },
  };
}

/** Each agent's endorsed skill ids, in id order: one statement for the whole list of agents. */
async function endorsedSkillIdsOf(
  executor: Pick<EntityManager, 'getRepository'>,
  agentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byAgent = new Map<string, string[]>();
  if (agentIds.length === 0) return byAgent;
  const rows = await executor.getRepository(SkillEndorsementEntity).find({
    select: { agentId: true, skillId: true },
    where: { agentId: In([...agentIds]) },
    order: { agentId: 'ASC', skillId: 'ASC' },
  });
  for (const row of rows) {
    const list = byAgent.get(row.agentId);
    if (!list) byAgent.set(row.agentId, [row.skillId]);
    else if (list[list.length - 1] !== row.skillId) list.push(row.skillId);
  }
  return byAgent;
}

/**
 * The agent's `agent.changed` as the transaction of the change sees it, so that the consumers hear
 * of exactly what was committed: the skills and endorsements are read through that transaction too
 * (an erased agent has none).
 */
export async function agentChangedEventOf(
  manager: EntityManager,
  agent: AgentState,
): Promise<DomainEvent<AgentChangedPayload>> {
  if (agent.erasedAt !== null) return agentChangedEvent(agent, []);
  const skills = await manager.getRepository(AgentSkillEntity).find({
    select: { skillId: true, level: true },
    where: { agentId: agent.id },
    order: { skillId: 'ASC' },
  });
  const endorsed = await endorsedSkillIdsOf(manager, [agent.id]);
  return agentChangedEvent(agent, skills, new Date(), endorsed.get(agent.id) ?? []);
}

/** For the consumers, which change an agent without an audited write of profiles' own. */
export async function publishAgentChanged(manager: EntityManager, agent: AgentState): Promise<void> {
  await publishEvent(manager, await agentChangedEventOf(manager, agent));
}

const SNAPSHOT_CHUNK = 500;

/**
 * Every agent's current state, for a replay that rebuilds the consumers' projections: three
 * statements per chunk of agents, for the agents, all their skills and all their endorsements.
 */
export async function* agentChangedSnapshot(db: DataSource): AsyncIterable<DomainEvent<AgentChangedPayload>> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.getRepository(AgentEntity).find({
      select: AGENT_STATE_COLUMNS,
      where: { id: MoreThan(after) },
      order: { id: 'ASC' },
      take: SNAPSHOT_CHUNK,
    });
    const skills = new Map<string, AgentSkillFact[]>();
    const endorsed = await endorsedSkillIdsOf(
      db,
      rows.map((row) => row.id),
    );
    if (rows.length > 0) {
      const owned = await db.getRepository(AgentSkillEntity).find({
        where: { agentId: In(rows.map((row) => row.id)) },
        order: { agentId: 'ASC', skillId: 'ASC' },
      });
      for (const row of owned) {
        const list = skills.get(row.agentId);
        const fact = { skillId: row.skillId, level: row.level };
        if (list) list.push(fact);
        else skills.set(row.agentId, [fact]);
      }
    }
    for (const row of rows) {
      yield agentChangedEvent(row, skills.get(row.id) ?? [], new Date(), endorsed.get(row.id) ?? []);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < SNAPSHOT_CHUNK) return;
    after = last.id;
  }
}
