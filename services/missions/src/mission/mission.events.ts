import type { MissionKind, MissionStatus } from '@talents/common';
import type { DataSource } from 'typeorm';
import { MissionEntity } from './mission.entity';

/** Payload of `mission.changed` (docs/identity.md): the mission's full current state for approvals. */
export interface MissionChangedPayload {
  id: string;
  hostAdministrationId: string;
  status: MissionStatus;
  seats: number;
  restrictedTo: string[];
  /** Last day to apply ('YYYY-MM-DD', Paris): `apply` after it is refused. */
  applicationDeadline: string;
  /** The mission's contact: a host of the mission for approvals, beside the référents. */
  contactAgentId: string;
  /** First and last day ('YYYY-MM-DD'): no withdrawal once started; hours counted in these years. */
  startDate: string;
  endDate: string;
  /** The programme's numbers filter and time approvals' figures by these. */
  kind: MissionKind;
  /** ISO instant of publication; null while never published. */
  publishedAt: string | null;
  /** ISO instant; consumers keep a projection row only for an equal or newer version. */
  version: string;
}

export interface MissionChangedEvent {
  type: 'mission.changed';
  key: string;
  payload: MissionChangedPayload;
}

/**
 * The event every mission write publishes in its transaction. The version is the row's
 * `updated_at`, which each write sets to `clock_timestamp()` once it holds the row: successive
 * writes of one mission, serialised by that lock, get non-decreasing versions, whatever the
 * replica and however long a transaction waited.
 */
export function missionChangedEvent(mission: MissionEntity): MissionChangedEvent {
  return {
    type: 'mission.changed',
    key: mission.id,
    payload: {
      id: mission.id,
      hostAdministrationId: mission.hostAdministrationId,
      status: mission.status,
      seats: mission.seats,
      restrictedTo: [...mission.restrictedTo],
      applicationDeadline: mission.applicationDeadline,
      contactAgentId: mission.contactAgentId,
      startDate: mission.startDate,
      endDate: mission.endDate,
      kind: mission.kind,
      publishedAt: mission.publishedAt?.toISOString() ?? null,
      version: mission.updatedAt.toISOString(),
    },
  };
}

const SNAPSHOT_BATCH = 500;

/**
 * The current state of every mission as `mission.changed` events, in id order and batches, for
 * `npm run events -- replay missions` (it rebuilds approvals' projection).
 */
export async function* missionEventsSnapshot(db: DataSource): AsyncIterable<MissionChangedEvent> {
  let after: string | null = null;
  for (;;) {
    const query = db
      .getRepository(MissionEntity)
      .createQueryBuilder('m')
      .orderBy('m.id', 'ASC')
      .limit(SNAPSHOT_BATCH);
    if (after !== null) query.where('m.id > :after', { after });
    const rows = await query.getMany();
    for (const row of rows) yield missionChangedEvent(row);
    const last = rows[rows.length - 1];
    if (!last || rows.length < SNAPSHOT_BATCH) return;
    after = last.id;
  }
}
