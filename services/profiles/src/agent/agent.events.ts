import { publishEvent, type AgentMatchFacts, type DomainEvent } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { In, MoreThan } from 'typeorm';
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

/** `skills` are the agent's skills as stored; they are listed in skill id order. */
export function agentChangedEvent(
  agent: AgentState,
  skills: readonly AgentSkillFact[],
  version: Date = new Date(),
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

/**
 * In the transaction of the change, so that the consumers hear of exactly what was committed. The
 * skills are read through that transaction too (an erased agent has none to read).
 */
export async function publishAgentChanged(manager: EntityManager, agent: AgentState): Promise<void> {
  const skills =
    agent.erasedAt !== null
      ? []
      : await manager.getRepository(AgentSkillEntity).find({
          select: { skillId: true, level: true },
          where: { agentId: agent.id },
          order: { skillId: 'ASC' },
        });
  await publishEvent(manager, agentChangedEvent(agent, skills));
}

const SNAPSHOT_CHUNK = 500;

/**
 * Every agent's current state, for a replay that rebuilds the consumers' projections: two
 * statements per chunk of agents, one for the agents and one for all their skills.
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
    for (const row of rows) yield agentChangedEvent(row, skills.get(row.id) ?? []);
    const last = rows[rows.length - 1];
    if (!last || rows.length < SNAPSHOT_CHUNK) return;
    after = last.id;
  }
}
