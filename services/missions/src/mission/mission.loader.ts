import DataLoader from 'dataloader';
import {
  checkPageSize,
  groupedLoader,
  isUuid,
  keyedLoader,
  MissionStatus,
  requestLoader,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { MISSION_TABLE, MissionEntity, MissionSkillEntity } from './mission.entity';

/** Every status but DRAFT: what lists show when the caller names no status. */
export const LISTED_STATUSES: readonly MissionStatus[] = Object.values(MissionStatus).filter(
  (status) => status !== MissionStatus.DRAFT,
);

function missionsById(db: DataSource) {
  return keyedLoader<string, MissionEntity>(
    async (ids) => {
      // A malformed id would make PostgreSQL reject the whole batch; it simply matches nothing.
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db
        .getRepository(MissionEntity)
        .createQueryBuilder('m')
        .where('m.id = ANY(:ids)', { ids: valid })
        .getMany();
    },
    (mission) => mission.id,
  );
}

function requiredSkillsByMission(db: DataSource) {
  return groupedLoader<string, MissionSkillEntity>(
    (missionIds) =>
      db
        .getRepository(MissionSkillEntity)
        .createQueryBuilder('s')
        .where('s.mission_id = ANY(:missionIds)', { missionIds: [...missionIds] })
        .orderBy('s.missionId')
        .addOrderBy('s.position')
        .getMany(),
    (row) => row.missionId,
  );
}

function missionsByContact(db: DataSource) {
  return groupedLoader<string, MissionEntity>(
    async (agentIds) => {
      const valid = agentIds.filter(isUuid);
      if (valid.length === 0) return [];
      return db
        .getRepository(MissionEntity)
        .createQueryBuilder('m')
        .where('m.contact_agent_id = ANY(:agentIds)', { agentIds: valid })
        .orderBy('m.listedAt', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .getMany();
    },
    (mission) => mission.contactAgentId,
  );
}

export interface AdministrationMissionsKey {
  administrationId: string;
  statuses: readonly MissionStatus[];
  first: number;
}

const argumentsKey = (key: AdministrationMissionsKey) => `${[...key.statuses].sort().join(',')}|${key.first}`;

/**
 * The latest missions of each administration. Keys sharing the same arguments (the usual case: one
 * field in one query) are answered by a single statement that caps each administration's list
 * with a window function.
 */
function missionsByAdministration(db: DataSource) {
  return new DataLoader<AdministrationMissionsKey, MissionEntity[], string>(
    async (keys) => {
      const groups = new Map<string, AdministrationMissionsKey[]>();
      for (const key of keys) {
        const group = groups.get(argumentsKey(key));
        if (group) group.push(key);
        else groups.set(argumentsKey(key), [key]);
      }
      const results = new Map<string, MissionEntity[]>();
      for (const [argsKey, group] of groups) {
        const [{ statuses, first }] = group as [AdministrationMissionsKey];
        const administrationIds = [...new Set(group.map((key) => key.administrationId))];
        const rows = await db
          .getRepository(MissionEntity)
          .createQueryBuilder('m')
          .where(
            `m.id IN (
              SELECT ranked.id FROM (
                SELECT id, row_number() OVER (
                  PARTITION BY host_administration_id ORDER BY listed_at DESC, id DESC
                ) AS rank
                FROM ${MISSION_TABLE}
                WHERE host_administration_id = ANY(:administrationIds) AND status = ANY(:statuses)
              ) ranked
              WHERE ranked.rank <= :first
            )`,
            { administrationIds, statuses: [...statuses], first },
          )
          .orderBy('m.listedAt', 'DESC')
          .addOrderBy('m.id', 'DESC')
          .getMany();
        for (const row of rows) {
          const resultKey = `${row.hostAdministrationId}|${argsKey}`;
          const list = results.get(resultKey);
          if (list) list.push(row);
          else results.set(resultKey, [row]);
        }
      }
      return keys.map((key) => results.get(`${key.administrationId}|${argumentsKey(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.administrationId}|${argumentsKey(key)}` },
  );
}

export const missionLoaders = {
  byId: requestLoader(missionsById),
  requiredSkills: requestLoader(requiredSkillsByMission),
  byContact: requestLoader(missionsByContact),
  byAdministration: requestLoader(missionsByAdministration),
};

/** Arguments of `Administration.missions`, checked and given their defaults. */
export function administrationMissionsKey(
  administrationId: string,
  statuses: readonly MissionStatus[] | null | undefined,
  first: number,
): AdministrationMissionsKey {
  return {
    administrationId,
    statuses: statuses && statuses.length > 0 ? [...new Set(statuses)] : LISTED_STATUSES,
    first: checkPageSize(first),
  };
}
