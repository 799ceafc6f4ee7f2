import { isUuid, normaliseUuid } from '@talents/common';
import type { EntityManager } from 'typeorm';
import { PROFILES_SCHEMA } from '../shared/constants';

/** `application.changed` (approvals → profiles), as the event contract states it. */
export interface ApplicationChangedPayload {
  id: string;
  agentId: string;
  missionId: string;
  hostAdministrationId: string;
  status: string;
  version: string;
}

/**
 * Records that the agent applied to a mission of this host, whatever the application's status:
 * even after a withdrawal the host saw the applicant, so the row stays. Idempotent (upsert on the
 * pair) and order-proof (an older version never overwrites a newer one).
 */
export async function applyApplicationChanged(
  payload: ApplicationChangedPayload,
  manager: EntityManager,
): Promise<void> {
  if (
    typeof payload.agentId !== 'string' ||
    !isUuid(payload.agentId) ||
    typeof payload.hostAdministrationId !== 'string' ||
    payload.hostAdministrationId === '' ||
    typeof payload.version !== 'string' ||
    Number.isNaN(Date.parse(payload.version))
  ) {
    // Thrown so that the bus keeps the job as failed, visible to operators, rather than lose it.
    throw new Error(`application.changed ${String(payload.id)}: malformed payload`);
  }
  await manager.query(
    `INSERT INTO "${PROFILES_SCHEMA}".applicant_host (agent_id, administration_id, version)
     VALUES ($1, $2, $3)
     ON CONFLICT (agent_id, administration_id) DO UPDATE SET version = EXCLUDED.version
     WHERE applicant_host.version < EXCLUDED.version`,
    [normaliseUuid(payload.agentId), payload.hostAdministrationId, payload.version],
  );
}
