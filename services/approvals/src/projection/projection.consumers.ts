import { redactAuditFor } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { MalformedEventError, optionalUuidOf, statusOf, uuidOf, versionOf } from './event-payload';

/** `mission.changed` (missions → approvals): the full current state of one mission. */
export interface MissionChangedPayload {
  id: string;
  hostAdministrationId: string;
  status: string;
  seats: number;
  /** Administration slugs; empty: open to every administration. */
  restrictedTo: string[];
  /** 'YYYY-MM-DD'; absent from events published before it existed. */
  applicationDeadline?: string | null;
  /**
   * Contact agent and schedule ('YYYY-MM-DD'): who hosts the mission beside the référents, and the
   * years its hours count in. Absent from events that do not carry them: the row keeps its values.
   */
  contactAgentId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** Mission kind and ISO instant of publication (the programme's numbers); absent: the row keeps its values. */
  kind?: string | null;
  publishedAt?: string | null;
  /** ISO instant taken after the write. */
  version: string;
}

/** `agent.changed` (profiles → approvals): an agent's administration, manager and erasure. */
export interface AgentChangedPayload {
  id: string;
  administrationId: string | null;
  managerId: string | null;
  erased: boolean;
  version: string;
}

function optionalText(type: string, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value === '')
    throw new MalformedEventError(type, `${field} is not a text`);
  return value;
}

function optionalDate(type: string, field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new MalformedEventError(type, `${field} is not a YYYY-MM-DD date`);
  }
  return value;
}

/**
 * Upserts the mission's projection. Events may arrive twice or out of order: a copy older than
 * the row is ignored, one of the same version rewrites the same values.
 */
export async function applyMissionChanged(
  payload: MissionChangedPayload,
  manager: EntityManager,
): Promise<void> {
  const type = 'mission.changed';
  const id = uuidOf(type, 'id', payload.id);
  const host = optionalText(type, 'hostAdministrationId', payload.hostAdministrationId);
  if (host === null) throw new MalformedEventError(type, 'hostAdministrationId is missing');
  statusOf(type, payload.status);
  if (!Number.isInteger(payload.seats) || payload.seats < 0) {
    throw new MalformedEventError(type, 'seats is not a non-negative integer');
  }
  const restrictedTo = payload.restrictedTo ?? [];
  if (!Array.isArray(restrictedTo) || !restrictedTo.every((item) => typeof item === 'string')) {
    throw new MalformedEventError(type, 'restrictedTo is not a list of administration ids');
  }
  const deadline = payload.applicationDeadline ?? null;
  if (deadline !== null && (typeof deadline !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(deadline))) {
    throw new MalformedEventError(type, 'applicationDeadline is not a YYYY-MM-DD date');
  }
  const contact = optionalUuidOf(type, 'contactAgentId', payload.contactAgentId);
  const startDate = optionalDate(type, 'startDate', payload.startDate);
  const endDate = optionalDate(type, 'endDate', payload.endDate);
  const kind = optionalText(type, 'kind', payload.kind);
  const publishedAt = optionalText(type, 'publishedAt', payload.publishedAt);
  if (publishedAt !== null && Number.isNaN(Date.parse(publishedAt))) {
    throw new MalformedEventError(type, 'publishedAt is not an ISO instant');
  }
  await manager.query(
    `INSERT INTO "approvals"."mission_projection"
       ("mission_id", "host_administration_id", "status", "seats", "restricted_to", "application_deadline",
        "version", "contact_agent_id", "start_date", "end_date", "kind", "published_at")
     VALUES ($1, $2, $3, $4, $5::text[], $6::date, $7, $8::uuid, $9::date, $10::date, $13, $14::timestamptz)
     ON CONFLICT ("mission_id") DO UPDATE SET
       "host_administration_id" = EXCLUDED."host_administration_id",
       "status" = EXCLUDED."status",
       "seats" = EXCLUDED."seats",
       "restricted_to" = EXCLUDED."restricted_to",
       "application_deadline" = EXCLUDED."application_deadline",
       "version" = EXCLUDED."version",
       "contact_agent_id" = CASE WHEN $11 THEN EXCLUDED."contact_agent_id" ELSE "mission_projection"."contact_agent_id" END,
       "start_date" = CASE WHEN $12 THEN EXCLUDED."start_date" ELSE "mission_projection"."start_date" END,
       "end_date" = CASE WHEN $12 THEN EXCLUDED."end_date" ELSE "mission_projection"."end_date" END,
       "kind" = CASE WHEN $15 THEN EXCLUDED."kind" ELSE "mission_projection"."kind" END,
       "published_at" = CASE WHEN $15 THEN EXCLUDED."published_at" ELSE "mission_projection"."published_at" END
     WHERE "mission_projection"."version" <= EXCLUDED."version"`,
    [
      id,
      host,
      payload.status,
      payload.seats,
      [...new Set(restrictedTo)],
      deadline,
      versionOf(type, payload.version),
      contact,
      startDate,
      endDate,
      payload.contactAgentId !== undefined,
      payload.startDate !== undefined || payload.endDate !== undefined,
      kind,
      publishedAt,
      payload.kind !== undefined,
    ],
  );
}

/**
 * Upserts the agent's projection, ignoring copies older than the row. Erasure cannot be undone:
 * once an event said `erased`, the flag stays, and the blanking runs whatever the event's age —
 * an out-of-order copy must never leave personal text behind.
 */
export async function applyAgentChanged(payload: AgentChangedPayload, manager: EntityManager): Promise<void> {
  const type = 'agent.changed';
  const id = uuidOf(type, 'id', payload.id);
  const managerId = optionalUuidOf(type, 'managerId', payload.managerId);
  const administrationId = optionalText(type, 'administrationId', payload.administrationId);
  if (typeof payload.erased !== 'boolean') throw new MalformedEventError(type, 'erased is not a boolean');
  await manager.query(
    `INSERT INTO "approvals"."agent_projection"
       ("agent_id", "administration_id", "manager_id", "erased", "version")
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ("agent_id") DO UPDATE SET
       "administration_id" = EXCLUDED."administration_id",
       "manager_id" = EXCLUDED."manager_id",
       "erased" = "agent_projection"."erased" OR EXCLUDED."erased",
       "version" = EXCLUDED."version"
     WHERE "agent_projection"."version" <= EXCLUDED."version"`,
    [id, administrationId, managerId, payload.erased, versionOf(type, payload.version)],
  );
  if (payload.erased) await eraseAgent(manager, id);
}

/**
 * RGPD erasure of one agent on the approvals side: the free text they wrote is blanked, while the
 * history — ids, statuses, hours, dates — is kept, anonymous once profiles has erased the person.
 */
async function eraseAgent(manager: EntityManager, agentId: string): Promise<void> {
  await manager.query(
    `UPDATE "approvals"."agent_projection" SET "erased" = true WHERE "agent_id" = $1 AND NOT "erased"`,
    [agentId],
  );
  await manager.query(
    `UPDATE "approvals"."applications"
        SET "motivation" = '', "reason_text" = NULL, "erased_at" = clock_timestamp()
      WHERE "agent_id" = $1 AND "erased_at" IS NULL`,
    [agentId],
  );
  await redactAuditFor(manager, 'approvals', agentId);
}
