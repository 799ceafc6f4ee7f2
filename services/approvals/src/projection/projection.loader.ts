import { isUuid, keyedLoader, requestLoader } from '@talents/common';
import { In } from 'typeorm';
import { AgentProjectionEntity, MissionProjectionEntity } from './projection.entity';

/** Keys are lower-case UUIDs; malformed ones cannot match and would make PostgreSQL refuse the batch. */
function validIds(keys: readonly string[]): string[] {
  return [...new Set(keys.filter(isUuid))];
}

export const missionProjectionById = requestLoader((db) =>
  keyedLoader<string, MissionProjectionEntity>(
    (keys) => {
      const ids = validIds(keys);
      if (ids.length === 0) return Promise.resolve([]);
      return db.getRepository(MissionProjectionEntity).findBy({ missionId: In(ids) });
    },
    (mission) => mission.missionId,
  ),
);

export const agentProjectionById = requestLoader((db) =>
  keyedLoader<string, AgentProjectionEntity>(
    (keys) => {
      const ids = validIds(keys);
      if (ids.length === 0) return Promise.resolve([]);
      return db.getRepository(AgentProjectionEntity).findBy({ agentId: In(ids) });
    },
    (agent) => agent.agentId,
  ),
);
