import { isUuid, normaliseUuid } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { publishAgentChanged } from '../agent/agent.events';
import { AgentEntity } from '../agent/agent.entity';
import { PROFILES_SCHEMA } from '../shared/constants';

/** `skills.endorsed` (approvals → profiles), as the event contract states it. */
export interface SkillsEndorsedPayload {
  applicationId: string;
  agentId: string;
  missionId: string;
  endorsements: Array<{ skillId: string; endorsedBy: string; endorsedAt: string }>;
  version: string;
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function checked(payload: SkillsEndorsedPayload): SkillsEndorsedPayload {
  const valid =
    typeof payload.applicationId === 'string' &&
    isUuid(payload.applicationId) &&
    typeof payload.agentId === 'string' &&
    isUuid(payload.agentId) &&
    typeof payload.missionId === 'string' &&
    isUuid(payload.missionId) &&
    isInstant(payload.version) &&
    Array.isArray(payload.endorsements) &&
    payload.endorsements.every(
      (item) =>
        typeof item?.skillId === 'string' &&
        typeof item.endorsedBy === 'string' &&
        isUuid(item.endorsedBy) &&
        isInstant(item.endorsedAt),
    );
  // Thrown so that the bus keeps the job as failed, visible to operators, rather than lose it.
  if (!valid) throw new Error(`skills.endorsed ${String(payload.applicationId)}: malformed payload`);
  return payload;
}

/**
 * Keeps the application's endorsements as evidence on the agent's skills. Endorsements are only
 * ever added, so the rows are a union: a copy applied twice, late or out of order inserts nothing
 * new. An erased agent keeps none (as their skills). When something new was kept, missions hears
 * of the agent's new match facts (`agent.changed`) in this transaction.
 */
export async function applySkillsEndorsed(
  payload: SkillsEndorsedPayload,
  manager: EntityManager,
): Promise<void> {
  const event = checked(payload);
  const agentId = normaliseUuid(event.agentId);
  const inserted = (await manager.query(
    `INSERT INTO "${PROFILES_SCHEMA}".skill_endorsement
       (application_id, skill_id, agent_id, mission_id, endorsed_by, endorsed_at)
     SELECT $1, e.skill_id, a.id, $3, e.endorsed_by, e.endorsed_at
       FROM unnest($4::text[], $5::uuid[], $6::timestamptz[]) AS e (skill_id, endorsed_by, endorsed_at)
       JOIN "${PROFILES_SCHEMA}".agent a ON a.id = $2 AND a.erased_at IS NULL
     ON CONFLICT (application_id, skill_id) DO NOTHING
     RETURNING skill_id`,
    [
      normaliseUuid(event.applicationId),
      agentId,
      normaliseUuid(event.missionId),
      event.endorsements.map((item) => item.skillId),
      event.endorsements.map((item) => normaliseUuid(item.endorsedBy)),
      event.endorsements.map((item) => item.endorsedAt),
    ],
  )) as unknown[];
  if (inserted.length === 0) return;
  const agent = await manager.getRepository(AgentEntity).findOneByOrFail({ id: agentId });
  await publishAgentChanged(manager, agent);
}
