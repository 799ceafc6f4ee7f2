import {
  groupedLoader,
  isUuid,
  keyedLoader,
  normaliseUuid,
  requestLoader,
  SEAT_HOLDING_STATUSES,
} from '@talents/common';
import { In, type DataSource } from 'typeorm';
import { MissionProjectionEntity } from '../projection/projection.entity';
import { ApplicationEntity } from './application.entity';

/**
 * Keys are lower-case UUIDs: callers pass them through `normaliseUuid`, as rows come back from
 * PostgreSQL. Malformed ids cannot match a uuid column; dropping them keeps PostgreSQL from
 * rejecting the batch.
 */
function validIds(keys: readonly string[]): string[] {
  return [...new Set(keys.filter(isUuid))];
}

function findApplications(db: DataSource, column: 'id' | 'agentId' | 'missionId', keys: readonly string[]) {
  const ids = validIds(keys);
  if (ids.length === 0) return Promise.resolve([]);
  return db.getRepository(ApplicationEntity).find({
    where: { [column]: In(ids) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

export const applicationById = requestLoader((db) =>
  keyedLoader<string, ApplicationEntity>(
    (keys) => findApplications(db, 'id', keys),
    (application) => application.id,
  ),
);

export const applicationsByMission = requestLoader((db) =>
  groupedLoader<string, ApplicationEntity>(
    (keys) => findApplications(db, 'missionId', keys),
    (application) => application.missionId,
  ),
);

export const applicationsByAgent = requestLoader((db) =>
  groupedLoader<string, ApplicationEntity>(
    (keys) => findApplications(db, 'agentId', keys),
    (application) => application.agentId,
  ),
);

interface SeatCount {
  missionId: string;
  taken: number;
}

/** Seats held per mission (ACCEPTED or COMPLETED applications): one GROUP BY for the whole batch. */
export const seatsTakenByMission = requestLoader((db) =>
  keyedLoader<string, SeatCount>(
    async (keys) => {
      const ids = validIds(keys);
      if (ids.length === 0) return [];
      const rows: Array<{ missionId: string; taken: string }> = await db
        .getRepository(ApplicationEntity)
        .createQueryBuilder('application')
        .select('application.missionId', 'missionId')
        .addSelect('COUNT(*)', 'taken')
        .where('application.missionId IN (:...ids)', { ids })
        .andWhere('application.status IN (:...statuses)', { statuses: [...SEAT_HOLDING_STATUSES] })
        .groupBy('application.missionId')
        .getRawMany();
      // COUNT(*) is a bigint, which pg returns as a string.
      return rows.map((row) => ({ missionId: row.missionId, taken: Number(row.taken) }));
    },
    (count) => count.missionId,
  ),
);

/** Per mission, the viewer's own applications only: what a plain agent sees of a mission's list. */
export const ownApplicationsByMission = requestLoader((db, viewer) =>
  groupedLoader<string, ApplicationEntity>(
    (keys) => {
      const ids = validIds(keys);
      if (ids.length === 0 || !viewer.agentId || !isUuid(viewer.agentId)) return Promise.resolve([]);
      return db.getRepository(ApplicationEntity).find({
        where: { missionId: In(ids), agentId: normaliseUuid(viewer.agentId) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    },
    (application) => application.missionId,
  ),
);

/**
 * Per agent, only the applications to missions of administrations the viewer hosts, through the
 * mission projection (the host of a mission is decided by missions, not frozen at apply time).
 */
export const hostedApplicationsByAgent = requestLoader((db, viewer) =>
  groupedLoader<string, ApplicationEntity>(
    (keys) => {
      const ids = validIds(keys);
      if (ids.length === 0 || viewer.hostOf.length === 0) return Promise.resolve([]);
      return db
        .getRepository(ApplicationEntity)
        .createQueryBuilder('application')
        .innerJoin(MissionProjectionEntity, 'mission', 'mission.missionId = application.missionId')
        .where('application.agentId IN (:...ids)', { ids })
        .andWhere('mission.hostAdministrationId IN (:...hosted)', { hosted: [...viewer.hostOf] })
        .orderBy('application.createdAt', 'ASC')
        .addOrderBy('application.id', 'ASC')
        .getMany();
    },
    (application) => application.agentId,
  ),
);
