import { groupedLoader, isUuid, keyedLoader, requestLoader } from '@talents/common';
import { In } from 'typeorm';
import { SkillEntity } from '../skill/skill.entity';
import { Skill } from '../skill/skill.types';
import { AgentHiddenFromEntity } from './agent-hidden-from.entity';
import { AgentSkillEntity } from './agent-skill.entity';
import { ApplicantHostEntity } from './applicant-host.entity';
import { AgentEntity } from './agent.entity';
import { AgentSkill, type Agent } from './agent.types';
import { agentMapper } from './agent.mapper';

/**
 * Agents by id, one `IN (…)` query per batch. Keys are lower-case UUIDs (callers pass them through
 * `normaliseUuid`), as PostgreSQL prints them. Malformed ids are dropped before the query (PostgreSQL
 * would reject the whole batch) and resolve to null like unknown ones.
 */
export const agentById = requestLoader((db) =>
  keyedLoader<string, Agent>(
    async (ids) => {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return (await db.getRepository(AgentEntity).findBy({ id: In(valid) })).map(agentMapper.toGraph);
    },
    (agent) => agent.id,
  ),
);

interface AgentSkillRow {
  agentId: string;
  agentSkill: AgentSkill;
}

/**
 * Each agent's skills with the skill itself joined in, so that `skills { skill { label } }` costs one
 * query per batch of agents, not one more for the skills. Ordered by family then label.
 */
export const agentSkillsByAgentId = requestLoader((db) =>
  groupedLoader<string, AgentSkillRow>(
    async (agentIds) => {
      const valid = agentIds.filter(isUuid);
      if (valid.length === 0) return [];
      const rows = await db
        .getRepository(AgentSkillEntity)
        .createQueryBuilder('agentSkill')
        .innerJoinAndMapOne('agentSkill.skill', SkillEntity, 'skill', 'skill.id = agentSkill.skillId')
        .where('agentSkill.agentId IN (:...agentIds)', { agentIds: valid })
        .orderBy('skill.family')
        .addOrderBy('skill.label')
        .getMany();
      return rows.map((row) => ({
        agentId: row.agentId,
        agentSkill: Object.assign(new AgentSkill(), {
          skill: Skill.fromEntity((row as AgentSkillEntity & { skill: SkillEntity }).skill),
          level: row.level,
          agentId: row.agentId,
        }),
      }));
    },
    (row) => row.agentId,
  ),
);

interface AgentAdministrationRow {
  agentId: string;
  administrationId: string;
}

/**
 * Administrations hosting a mission each agent applied to (the `applicant_host` projection): one
 * query per batch, whatever the number of agents and personal fields asked for.
 */
export const applicantHostsByAgentId = requestLoader((db) =>
  groupedLoader<string, AgentAdministrationRow>(
    async (agentIds) => {
      const valid = agentIds.filter(isUuid);
      if (valid.length === 0) return [];
      return (await db.getRepository(ApplicantHostEntity).findBy({ agentId: In(valid) })).map((row) => ({
        agentId: row.agentId,
        administrationId: row.administrationId,
      }));
    },
    (row) => row.agentId,
  ),
);

/** Administrations each agent hides from, one query per batch, in id order. */
export const hiddenFromByAgentId = requestLoader((db) =>
  groupedLoader<string, AgentAdministrationRow>(
    async (agentIds) => {
      const valid = agentIds.filter(isUuid);
      if (valid.length === 0) return [];
      return (
        await db
          .getRepository(AgentHiddenFromEntity)
          .find({ where: { agentId: In(valid) }, order: { administrationId: 'ASC' } })
      ).map((row) => ({ agentId: row.agentId, administrationId: row.administrationId }));
    },
    (row) => row.agentId,
  ),
);
