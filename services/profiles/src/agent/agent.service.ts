import {
  badUserInput,
  checkPageSize,
  decodeCursor,
  isUuid,
  normaliseUuid,
  notFound,
  toPage,
  type RequestContext,
  SkillMatch,
} from '@talents/common';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AdministrationEntity } from '../administration/administration.entity';
import { PROFILES_SCHEMA } from '../shared/constants';
import { NAME_MAX_LENGTH } from '../shared/patterns';
import { escapeLike, foldText } from '../shared/text';
import { SkillEntity } from '../skill/skill.entity';
import { AgentSkillEntity } from './agent-skill.entity';
import { AgentEntity } from './agent.entity';
import type {
  AgentAvailabilityInput,
  AgentFilter,
  AgentProfileInput,
  AgentSkillInput,
  AgentsArgs,
} from './agent.inputs';
import { agentById, agentSkillsByAgentId } from './agent.loader';
import { Agent, type AgentConnection, type AgentSkill } from './agent.types';

const AGENT_LABEL = 'Agent';
const DEFAULT_PAGE_SIZE = 20;
/** Beyond a handful of words a search is a paste accident, not a query. */
const MAX_SEARCH_WORDS = 8;

type ProfilePatch = Partial<
  Pick<
    AgentEntity,
    | 'firstName'
    | 'lastName'
    | 'phone'
    | 'unit'
    | 'jobTitle'
    | 'city'
    | 'departmentCode'
    | 'workMode'
    | 'administrationId'
  >
>;

/** Separates the folded last name from the folded first name in `sort_name` (see the migration). */
const SORT_NAME_SEPARATOR = '\u001f';
/**
 * `sort_name` is two folded names of at most NAME_MAX_LENGTH characters each: folding may double a
 * character (Œ → oe) and a character outside the BMP counts twice in a JavaScript string.
 */
const SORT_KEY_MAX_LENGTH = 2 * (2 * NAME_MAX_LENGTH) + SORT_NAME_SEPARATOR.length;

/**
 * A key this service could have written: it holds the separator and no NUL (PostgreSQL text cannot
 * hold one and would fail on it with an internal error instead of a user error).
 */
function isSortKey(key: string): boolean {
  return key.length <= SORT_KEY_MAX_LENGTH && key.includes(SORT_NAME_SEPARATOR) && !key.includes('\u0000');
}

export class AgentService {
  constructor(private readonly ctx: RequestContext) {}

  /** Unknown and malformed ids alike give NOT_FOUND. */
  async get(id: string): Promise<Agent> {
    const agent = await this.find(id);
    if (!agent) throw notFound(AGENT_LABEL, id);
    return agent;
  }

  /** Any case of a UUID finds the agent; malformed ids resolve to null in the loader. */
  async find(id: string | null): Promise<Agent | null> {
    return id === null ? null : agentById(this.ctx).load(normaliseUuid(id));
  }

  async skillsOf(agentId: string): Promise<AgentSkill[]> {
    return (await agentSkillsByAgentId(this.ctx).load(normaliseUuid(agentId))).map((row) => row.agentSkill);
  }

  /** The directory: visible agents only, in name order, keyset-paginated. */
  async list(args: AgentsArgs): Promise<AgentConnection> {
    // An explicit null means "no preference", like an omitted argument.
    const first = checkPageSize(args.first ?? DEFAULT_PAGE_SIZE);
    const cursor = decodeCursor(args.after, isSortKey);
    const filtered = this.filteredQuery(args.filter ?? null);
    const page = filtered
      .clone()
      .orderBy('agent.sortName', 'ASC')
      .addOrderBy('agent.id', 'ASC')
      .limit(first + 1);
    if (cursor) {
      page.andWhere('(agent.sortName, agent.id) > (:cursorKey::text, :cursorId::uuid)', {
        cursorKey: cursor.key,
        cursorId: cursor.id,
      });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered.getCount()]);
    const loader = agentById(this.ctx);
    const agents = rows.map((row) => {
      const agent = Agent.fromEntity(row);
      // Managers already on the page then cost nothing more.
      loader.prime(agent.id, agent);
      return { agent, sortName: row.sortName };
    });
    const { nodes, pageInfo } = toPage(agents, first, ({ agent, sortName }) => ({
      key: sortName,
      id: agent.id,
    }));
    return { nodes: nodes.map(({ agent }) => agent), pageInfo, totalCount };
  }

  private filteredQuery(filter: AgentFilter | null): SelectQueryBuilder<AgentEntity> {
    const query = this.ctx.db
      .getRepository(AgentEntity)
      .createQueryBuilder('agent')
      .where('agent.inDirectory = true');
    if (!filter) return query;

    const skillIds = [...new Set(filter.skillIds ?? [])];
    if (skillIds.length > 0) {
      const ownsRequestedSkill = `FROM "${PROFILES_SCHEMA}".agent_skill owned
        WHERE owned.agent_id = agent.id AND owned.skill_id IN (:...skillIds)`;
      if (filter.skillMatch === SkillMatch.ALL) {
        // (agent_id, skill_id) is the primary key: counting rows counts distinct skills.
        query.andWhere(`(SELECT count(*) ${ownsRequestedSkill}) = :skillCount`, {
          skillIds,
          skillCount: skillIds.length,
        });
      } else {
        query.andWhere(`EXISTS (SELECT 1 ${ownsRequestedSkill})`, { skillIds });
      }
    }
    if (filter.administrationId) {
      query.andWhere('agent.administrationId = :administrationId', {
        administrationId: filter.administrationId,
      });
    }
    const words = foldText(filter.text ?? '')
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .slice(0, MAX_SEARCH_WORDS);
    words.forEach((word, index) => {
      query.andWhere(`agent.search_text LIKE :searchWord${index}`, {
        [`searchWord${index}`]: `%${escapeLike(word)}%`,
      });
    });
    return query;
  }

  async updateProfile(id: string, input: AgentProfileInput): Promise<Agent> {
    const agentId = await this.requireAgentId(id);
    if (input.administrationId !== undefined) {
      const known = await this.ctx.db
        .getRepository(AdministrationEntity)
        .existsBy({ id: input.administrationId });
      if (!known) {
        throw badUserInput(
          'input.administrationId',
          `Administration inconnue : ${input.administrationId}. Choisissez une administration de la liste.`,
        );
      }
    }
    const patch: ProfilePatch = {};
    if (input.firstName !== undefined) patch.firstName = input.firstName.trim();
    if (input.lastName !== undefined) patch.lastName = input.lastName.trim();
    if (input.phone !== undefined) patch.phone = input.phone === null ? null : input.phone.trim();
    if (input.unit !== undefined) patch.unit = input.unit.trim();
    if (input.jobTitle !== undefined) patch.jobTitle = input.jobTitle.trim();
    if (input.city !== undefined) patch.city = input.city.trim();
    if (input.departmentCode !== undefined) patch.departmentCode = input.departmentCode;
    if (input.workMode !== undefined) patch.workMode = input.workMode;
    if (input.administrationId !== undefined) patch.administrationId = input.administrationId;
    if (Object.keys(patch).length > 0) {
      await this.ctx.db
        .getRepository(AgentEntity)
        .update({ id: agentId }, { ...patch, updatedAt: new Date() });
    }
    return this.reload(agentId);
  }

  /** Replaces the agent's whole skill set atomically. */
  async setSkills(id: string, skills: AgentSkillInput[]): Promise<Agent> {
    const seen = new Set<string>();
    skills.forEach((skill, index) => {
      if (seen.has(skill.skillId)) {
        throw badUserInput(
          `skills.${index}.skillId`,
          `La compétence ${skill.skillId} figure plusieurs fois.`,
        );
      }
      seen.add(skill.skillId);
    });
    const agentId = await this.ctx.db.transaction(async (manager) => {
      const lockedId = await this.lockAgent(manager, id);
      if (seen.size > 0) {
        const known = new Set(
          (
            await manager
              .getRepository(SkillEntity)
              .find({ select: { id: true }, where: { id: In([...seen]) } })
          ).map((skill) => skill.id),
        );
        const unknownIndex = skills.findIndex((skill) => !known.has(skill.skillId));
        if (unknownIndex >= 0) {
          throw badUserInput(
            `skills.${unknownIndex}.skillId`,
            `Compétence inconnue : ${skills[unknownIndex]?.skillId}. Choisissez une compétence du référentiel.`,
          );
        }
      }
      await manager.getRepository(AgentSkillEntity).delete({ agentId: lockedId });
      if (skills.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AgentSkillEntity)
          .values(skills.map((skill) => ({ agentId: lockedId, skillId: skill.skillId, level: skill.level })))
          .updateEntity(false)
          .execute();
      }
      await manager.getRepository(AgentEntity).update({ id: lockedId }, { updatedAt: new Date() });
      return lockedId;
    });
    agentSkillsByAgentId(this.ctx).clear(agentId);
    return this.reload(agentId);
  }

  async setAvailability(id: string, input: AgentAvailabilityInput): Promise<Agent> {
    const from = input.from ?? null;
    const until = input.until ?? null;
    // LocalDate values are YYYY-MM-DD strings: their order is the calendar order.
    // Both ends are included: from = until is a one-day availability.
    if (from !== null && until !== null && until < from) {
      throw badUserInput('input.until', 'La fin de la disponibilité ne peut pas précéder son début.');
    }
    const agentId = await this.requireAgentId(id);
    await this.ctx.db.getRepository(AgentEntity).update(
      { id: agentId },
      {
        availableHoursPerMonth: input.hoursPerMonth,
        availableFrom: from,
        availableUntil: until,
        updatedAt: new Date(),
      },
    );
    return this.reload(agentId);
  }

  async setDirectoryVisibility(id: string, inDirectory: boolean): Promise<Agent> {
    const agentId = await this.requireAgentId(id);
    await this.ctx.db
      .getRepository(AgentEntity)
      .update({ id: agentId }, { inDirectory, updatedAt: new Date() });
    return this.reload(agentId);
  }

  /** The stored (lower-case) id of an existing agent; unknown and malformed ids give NOT_FOUND. */
  private async requireAgentId(id: string): Promise<string> {
    return (await this.get(id)).id;
  }

  /** Serialises concurrent replacements of one agent's skills. */
  private async lockAgent(manager: EntityManager, id: string): Promise<string> {
    const locked = !isUuid(id)
      ? null
      : await manager
          .getRepository(AgentEntity)
          .createQueryBuilder('agent')
          .select('agent.id')
          .where('agent.id = :agentId', { agentId: normaliseUuid(id) })
          .setLock('pessimistic_write')
          .getOne();
    if (!locked) throw notFound(AGENT_LABEL, id);
    return locked.id;
  }

  /** Reads the agent after a write and refreshes the request's loader with it. */
  private async reload(agentId: string): Promise<Agent> {
    const entity = await this.ctx.db.getRepository(AgentEntity).findOneByOrFail({ id: agentId });
    const agent = Agent.fromEntity(entity);
    agentById(this.ctx).clear(agentId).prime(agentId, agent);
    return agent;
  }
}
