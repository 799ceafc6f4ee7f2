import DataLoader from 'dataloader';
import {
  checkPageSize,
  groupedLoader,
  isUuid,
  keyedLoader,
  type MissionStatus,
  normaliseUuid,
  requestLoader,
  type Viewer,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { visibleMissionCondition } from './mission.access';
import { MISSION_TABLE, MissionEntity, MissionSkillEntity } from './mission.entity';
import { DEFAULT_LISTED_STATUSES, PUBLICATION_STATUSES } from './mission.rules';

/** Missions by id, as far as the viewer may see them: a hidden mission resolves to null. */
function missionsById(db: DataSource, viewer: Viewer) {
  return keyedLoader<string, MissionEntity>(
    async (ids) => {
      // A malformed id would make PostgreSQL reject the whole batch; it simply matches nothing.
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      const visible = visibleMissionCondition(viewer, 'm');
      return db
        .getRepository(MissionEntity)
        .createQueryBuilder('m')
        .where('m.id = ANY(:ids)', { ids: valid })
        .andWhere(visible.sql, visible.params)
        .getMany();
    },
    (mission) => mission.id,
  );
}

/**
 * Every mission an agent is the contact of, whatever its status or audience: the agent's own data
 * for the RGPD export (`Agent.missionsData`), which only the agent and admins reach.
 */
function allMissionsByContact(db: DataSource) {
  return groupedLoader<string, MissionEntity>(
    async (agentIds) => {
      const valid = agentIds.filter(isUuid);
      if (valid.length === 0) return [];
      return db
        .getRepository(MissionEntity)
        .createQueryBuilder('m')
        .where('m.contact_agent_id = ANY(:agentIds)', { agentIds: valid })
        .orderBy('m.createdAt', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .getMany();
    },
    (mission) => mission.contactAgentId,
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

/** Rows grouped by a column, keeping their order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** Statuses as a stable text key: the same set in any order is the same key. */
const statusesKey = (statuses: readonly MissionStatus[]) => [...statuses].sort().join(',');

/** Statuses asked for, without repeats, or the default when none is named. */
function statusesOrDefault(
  statuses: readonly MissionStatus[] | null | undefined,
  fallback: readonly MissionStatus[],
): readonly MissionStatus[] {
  return statuses && statuses.length > 0 ? [...new Set(statuses)] : fallback;
}

export interface ContactMissionsKey {
  /** Lower-case UUID (see `contactMissionsKey`). */
  agentId: string;
  statuses: readonly MissionStatus[];
}

const contactCacheKey = (key: ContactMissionsKey) => `${key.agentId}|${statusesKey(key.statuses)}`;

/**
 * The missions each agent is the contact of, most recent first. One statement per batch whatever
 * the mix of statuses asked for: it reads the union, and each key keeps its own statuses.
 */
function missionsByContact(db: DataSource, viewer: Viewer) {
  return new DataLoader<ContactMissionsKey, MissionEntity[], string>(
    async (keys) => {
      const agentIds = [...new Set(keys.map((key) => key.agentId).filter(isUuid))];
      const statuses = [...new Set(keys.flatMap((key) => key.statuses))];
      const visible = visibleMissionCondition(viewer, 'm');
      const rows =
        agentIds.length === 0
          ? []
          : await db
              .getRepository(MissionEntity)
              .createQueryBuilder('m')
              .where('m.contact_agent_id = ANY(:agentIds) AND m.status = ANY(:statuses)', {
                agentIds,
                statuses,
              })
              .andWhere(visible.sql, visible.params)
              .orderBy('m.listedAt', 'DESC')
              .addOrderBy('m.id', 'DESC')
              .getMany();
      const byAgent = groupBy(rows, (row) => row.contactAgentId);
      return keys.map((key) =>
        (byAgent.get(key.agentId) ?? []).filter((row) => key.statuses.includes(row.status)),
      );
    },
    { cacheKeyFn: contactCacheKey },
  );
}

export interface AdministrationMissionsKey {
  administrationId: string;
  statuses: readonly MissionStatus[];
  first: number;
}

const administrationCacheKey = (key: AdministrationMissionsKey) =>
  `${key.administrationId}|${statusesKey(key.statuses)}|${key.first}`;

/**
 * The latest missions of each administration. One statement per batch, whatever the arguments of
 * each key: a lateral subquery takes each key's `first` latest missions (index on host, listed_at),
 * and each key then keeps, in order, the first rows of the union that match its own arguments —
 * exactly its own top `first`, since they are all in the union.
 */
function missionsByAdministration(db: DataSource, viewer: Viewer) {
  return new DataLoader<AdministrationMissionsKey, MissionEntity[], string>(
    async (keys) => {
      // Inside the lateral subquery, before its LIMIT: hidden missions must not take a place.
      const visible = visibleMissionCondition(viewer, 'v');
      const rows = await db
        .getRepository(MissionEntity)
        .createQueryBuilder('m')
        .where(
          `m.id IN (
            SELECT latest.id
            FROM unnest(CAST(:administrationIds AS text[]), CAST(:statuses AS text[]), CAST(:limits AS int[]))
              AS k(administration_id, statuses, row_limit)
            CROSS JOIN LATERAL (
              SELECT v.id FROM ${MISSION_TABLE} v
              WHERE v.host_administration_id = k.administration_id
                AND v.status = ANY(string_to_array(k.statuses, ','))
                AND ${visible.sql}
              ORDER BY v.listed_at DESC, v.id DESC
              LIMIT k.row_limit
            ) latest
          )`,
          {
            administrationIds: keys.map((key) => key.administrationId),
            statuses: keys.map((key) => statusesKey(key.statuses)),
            limits: keys.map((key) => key.first),
            ...visible.params,
          },
        )
        .orderBy('m.listedAt', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .getMany();
      const byAdministration = groupBy(rows, (row) => row.hostAdministrationId);
      return keys.map((key) =>
        (byAdministration.get(key.administrationId) ?? [])
          .filter((row) => key.statuses.includes(row.status))
          .slice(0, key.first),
      );
    },
    { cacheKeyFn: administrationCacheKey },
  );
}

export const missionLoaders = {
  byId: requestLoader(missionsById),
  requiredSkills: requestLoader(requiredSkillsByMission),
  byContact: requestLoader(missionsByContact),
  byAdministration: requestLoader(missionsByAdministration),
  allByContact: requestLoader(allMissionsByContact),
};

/** Arguments of `Agent.publishedMissions`, given their defaults; the agent id in lower case. */
export function contactMissionsKey(
  agentId: string,
  statuses: readonly MissionStatus[] | null | undefined,
): ContactMissionsKey {
  return { agentId: normaliseUuid(agentId), statuses: statusesOrDefault(statuses, PUBLICATION_STATUSES) };
}

/** Arguments of `Administration.missions`, checked and given their defaults. */
export function administrationMissionsKey(
  administrationId: string,
  statuses: readonly MissionStatus[] | null | undefined,
  first: number,
): AdministrationMissionsKey {
  return {
    administrationId,
    statuses: statusesOrDefault(statuses, DEFAULT_LISTED_STATUSES),
    first: checkPageSize(first),
  };
}
