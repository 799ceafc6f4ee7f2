import { groupedLoader, isUuid, requestLoader } from '@talents/common';
import { In } from 'typeorm';
import { SkillEndorsementEntity } from './endorsement.entity';

/**
 * Each agent's endorsements, one statement per batch of agents, by skill then from the oldest:
 * `skills { endorsements }` costs the same for one agent or a page of them.
 */
export const endorsementsByAgentId = requestLoader((db) =>
  groupedLoader<string, SkillEndorsementEntity>(
    async (agentIds) => {
      const valid = [...new Set(agentIds.filter(isUuid))];
      if (valid.length === 0) return [];
      return db.getRepository(SkillEndorsementEntity).find({
        where: { agentId: In(valid) },
        order: { agentId: 'ASC', skillId: 'ASC', endorsedAt: 'ASC', applicationId: 'ASC' },
      });
    },
    (row) => row.agentId,
  ),
);
