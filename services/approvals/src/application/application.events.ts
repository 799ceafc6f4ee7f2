import { appendManyToFeed, type DomainEvent, type EventSnapshot } from '@talents/common';
import type { DataSource, EntityManager } from 'typeorm';
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

/** Topic of the feed rows behind `myApplicationUpdates` and `approvalInboxUpdates`. */
export const APPLICATION_UPDATE_TOPIC = 'application.status';

/**
 * What a feed row says of a change: enough to pick its subscribers (the applicant; the manager is
 * looked up at delivery time) and to tell the status and instant of the change, which a client
 * resuming later must still see as they were, whatever the application became since.
 */
export interface ApplicationUpdatePayload {
  applicationId: string;
  agentId: string;
  missionId: string;
  status: string;
  /** ISO instant of the change (the application's `updatedAt` after the write). */
  occurredAt: string;
}

type FeedApplication = Pick<ApplicationEntity, 'id' | 'agentId' | 'missionId' | 'status' | 'updatedAt'>;

/**
 * Appends the changes to the live feed, through the transaction of the change: a rolled-back
 * write is never pushed, a committed one always is (and can be replayed from its cursor). The
 * changes of one act go in order, in a fixed number of statements.
 */
export async function appendApplicationUpdates(
  manager: EntityManager,
  applications: readonly FeedApplication[],
): Promise<string[]> {
  return appendManyToFeed(
    manager,
    'approvals',
    applications.map((application) => {
      const payload: ApplicationUpdatePayload = {
        applicationId: application.id,
        agentId: application.agentId,
        missionId: application.missionId,
        status: application.status,
        occurredAt: application.updatedAt.toISOString(),
      };
      return { topic: APPLICATION_UPDATE_TOPIC, entityId: application.id, payload: { ...payload } };
    }),
  );
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

/**
 * `mission.filled` (approvals → missions): the last seat of the mission was just taken
 * (`filled: true`, missions moves it to FILLED), or a seat of a full mission was freed
 * (`filled: false`, missions reopens it if it has not started). Published in the transaction of
 * the acceptance or the withdrawal.
 */
export interface MissionFilledPayload {
  missionId: string;
  filled: boolean;
  /** ISO instant of the change. */
  version: string;
}

export function missionFilledEvent(missionId: string, filled: boolean): DomainEvent<MissionFilledPayload> {
  return {
    type: 'mission.filled',
    key: missionId,
    payload: { missionId, filled, version: new Date().toISOString() },
  };
}
