import { publishEvent, type DomainEvent } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import { AgentEntity } from './agent.entity';

/** `agent.changed` (profiles → approvals): the agent's full current state, never a diff. */
export interface AgentChangedPayload {
  id: string;
  administrationId: string;
  managerId: string | null;
  erased: boolean;
  /** ISO instant taken after the write: consumers drop older copies. */
  version: string;
}

type AgentState = Pick<AgentEntity, 'id' | 'administrationId' | 'managerId' | 'erasedAt'>;

export function agentChangedEvent(
  agent: AgentState,
  version: Date = new Date(),
): DomainEvent<AgentChangedPayload> {
  return {
    type: 'agent.changed',
    key: agent.id,
    payload: {
      id: agent.id,
      administrationId: agent.administrationId,
      managerId: agent.managerId,
      erased: agent.erasedAt !== null,
      version: version.toISOString(),
    },
  };
}

/** In the transaction of the change, so that approvals hears of exactly what was committed. */
export async function publishAgentChanged(manager: EntityManager, agent: AgentState): Promise<void> {
  await publishEvent(manager, agentChangedEvent(agent));
}

const SNAPSHOT_CHUNK = 500;

/** Every agent's current state, for a replay that rebuilds approvals' projection. */
export async function* agentChangedSnapshot(db: DataSource): AsyncIterable<DomainEvent<AgentChangedPayload>> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.getRepository(AgentEntity).find({
      select: { id: true, administrationId: true, managerId: true, erasedAt: true },
      where: { id: MoreThan(after) },
      order: { id: 'ASC' },
      take: SNAPSHOT_CHUNK,
    });
    for (const row of rows) yield agentChangedEvent(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < SNAPSHOT_CHUNK) return;
    after = last.id;
  }
}
