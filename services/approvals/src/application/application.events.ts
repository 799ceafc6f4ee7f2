import type { DomainEvent, EventSnapshot } from '@talents/common';
import type { DataSource } from 'typeorm';
import type { ApplicationEntity } from './application.entity';

/** `application.changed` (approvals → profiles): who applied where, hosted by whom, at which stage. */
export interface ApplicationChangedPayload {
  id: string;
  agentId: string;
  missionId: string;
  hostAdministrationId: string | null;
  status: string;
  version: string;
}

/** The full current state of the application; its `updatedAt` is the version consumers compare. */
export function applicationChangedEvent(
  application: Pick<
    ApplicationEntity,
    'id' | 'agentId' | 'missionId' | 'hostAdministrationId' | 'status' | 'updatedAt'
  >,
): DomainEvent<ApplicationChangedPayload> {
  return {
    type: 'application.changed',
    key: application.id,
    payload: {
      id: application.id,
      agentId: application.agentId,
      missionId: application.missionId,
      hostAdministrationId: application.hostAdministrationId,
      status: application.status,
      version: application.updatedAt.toISOString(),
    },
  };
}

const SNAPSHOT_PAGE = 500;

interface SnapshotRow {
  id: string;
  agent_id: string;
  mission_id: string;
  host_administration_id: string | null;
  status: string;
  updated_at: Date;
}

/**
 * Every application as an `application.changed` event, for `npm run events -- replay approvals`.
 * Rows filed before the mission projection existed take their host from it now.
 */
export const applicationsSnapshot: EventSnapshot = async function* (db: DataSource) {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await db.query(
      `SELECT a.id, a.agent_id, a.mission_id, a.status, a.updated_at,
              coalesce(a.host_administration_id, m.host_administration_id) AS host_administration_id
         FROM "approvals"."applications" a
         LEFT JOIN "approvals"."mission_projection" m ON m.mission_id = a.mission_id
        WHERE a.id > $1
        ORDER BY a.id
        LIMIT ${SNAPSHOT_PAGE}`,
      [after],
    )) as SnapshotRow[];
    for (const row of rows) {
      yield applicationChangedEvent({
        id: row.id,
        agentId: row.agent_id,
        missionId: row.mission_id,
        hostAdministrationId: row.host_administration_id,
        status: row.status as ApplicationEntity['status'],
        updatedAt: row.updated_at,
      });
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < SNAPSHOT_PAGE) return;
    after = last.id;
  }
};
