import {
  auditedWrite,
  badUserInput,
  cleanText,
  checkPageSize,
  keysetPage,
  conflict,
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
import { listableAgentCondition, requireSelfOrAdmin, viewerAgentId } from './agent.access';
import { AgentHiddenFromEntity } from './agent-hidden-from.entity';
import { checkExpectedVersion, loadedVersion, refuseStaleProfile } from './agent.concurrency';
import { AgentSkillEntity } from './agent-skill.entity';
import { AgentEntity } from './agent.entity';
import { agentChangedEventOf } from './agent.events';
import type {
  AgentAvailabilityInput,
  AgentFilter,
  AgentProfileInput,
  AgentSkillInput,
  AgentsArgs,
} from './agent.inputs';
import { agentById, agentSkillsByAgentId, hiddenFromByAgentId } from './agent.loader';
import { agentMapper } from './agent.mapper';
import type { Agent, AgentConnection, AgentSkill } from './agent.types';

const AGENT_LABEL = 'Agent';
const ERASED_ACCOUNT = 'Ce compte a été effacé : son profil ne peut plus être modifié.';
const DEFAULT_PAGE_SIZE = 20;
/** Beyond a handful of words a search is a paste accident, not a query. */
const MAX_SEARCH_WORDS = 8;

/** What an audited write records before and after itself: the part of the agent it changes. */
type Snapshot = (agent: AgentEntity, manager: EntityManager) => Promise<unknown> | unknown;

function profileSnapshot(agent: AgentEntity) {
  return {
    firstName: agent.firstName,
    lastName: agent.lastName,
    phone: agent.phone,
    unit: agent.unit,
    jobTitle: agent.jobTitle,
    city: agent.city,
    departmentCode: agent.departmentCode,
    workMode: agent.workMode,
  };
}

function availabilitySnapshot(agent: AgentEntity) {
  return {
    hoursPerMonth: agent.availableHoursPerMonth,
    from: agent.availableFrom,
    until: agent.availableUntil,
  };
}

async function skillsSnapshot(agent: AgentEntity, manager: EntityManager) {
  const rows = await manager
    .getRepository(AgentSkillEntity)
    .find({ where: { agentId: agent.id }, order: { skillId: 'ASC' } });
  return { skills: rows.map((row) => ({ skillId: row.skillId, level: row.level })) };
}

async function hiddenFromSnapshot(agent: AgentEntity, manager: EntityManager) {
  const rows = await manager
    .getRepository(AgentHiddenFromEntity)
    .find({ where: { agentId: agent.id }, order: { administrationId: 'ASC' } });
  return { administrationIds: rows.map((row) => row.administrationId) };
}

type ProfilePatch = Partial<
  Pick<
    AgentEntity,
    'firstName' | 'lastName' | 'phone' | 'unit' | 'jobTitle' | 'city' | 'departmentCode' | 'workMode'
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

  /** The signed-in agent's own profile; null for anyone else and for an erased account. */
  async me(): Promise<Agent | null> {
    const agent = await this.find(viewerAgentId(this.ctx.viewer));
    return agent && !agent.erased ? agent : null;
  }

  async skillsOf(agentId: string): Promise<AgentSkill[]> {
    return (await agentSkillsByAgentId(this.ctx).load(normaliseUuid(agentId))).map((row) => row.agentSkill);
  }

  async hiddenFromOf(agentId: string): Promise<string[]> {
    return (await hiddenFromByAgentId(this.ctx).load(normaliseUuid(agentId))).map(
      (row) => row.administrationId,
    );
  }

  /** The directory: agents this viewer may list, in name order, keyset-paginated. */
  async list(args: AgentsArgs): Promise<AgentConnection> {
    // An explicit null means "no preference", like an omitted argument.
    const first = checkPageSize(args.first ?? DEFAULT_PAGE_SIZE);
    const cursor = decodeCursor(args.after, isSortKey);
    const filtered = this.filteredQuery(args.filter ?? null);
    const page = keysetPage(
      filtered,
      {
        key: 'agent.sortName',
        id: 'agent.id',
        direction: 'ASC',
        after: '(agent.sortName, agent.id) > (:afterKey::text, :afterId::uuid)',
      },
      cursor,
      first,
    );
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered.getCount()]);
    const loader = agentById(this.ctx);
    const agents = rows.map((row) => {
      const agent = agentMapper.toGraph(row);
      // Listed by the listing's own rule: the viewer sees the profile, nothing more to look up.
      agent.profileVisible = Promise.resolve(true);
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

  /** Who is listed (`listableAgentCondition`), in SQL so that pages and counts stay right. */
  private visibleQuery(): SelectQueryBuilder<AgentEntity> {
    const parameters: Record<string, unknown> = {};
    const bind = (value: unknown): string => {
      const name = `visible${Object.keys(parameters).length}`;
      parameters[name] = value;
      return `:${name}`;
    };
    const condition = listableAgentCondition(this.ctx.viewer, 'agent', bind);
    return this.ctx.db.getRepository(AgentEntity).createQueryBuilder('agent').where(condition, parameters);
  }

  private filteredQuery(filter: AgentFilter | null): SelectQueryBuilder<AgentEntity> {
    const query = this.visibleQuery();
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
    const words = foldText(cleanText(filter.text ?? ''))
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

  async updateProfile(id: string, input: AgentProfileInput, expectedVersion?: number | null): Promise<Agent> {
    requireSelfOrAdmin(this.ctx.viewer, id, 'modifier ce profil');
    const expected = checkExpectedVersion(expectedVersion);
    return this.audited(id, expected, 'agent.updateProfile', profileSnapshot, async (manager, agent) => {
      const patch: ProfilePatch = {};
      if (input.firstName !== undefined) patch.firstName = cleanText(input.firstName);
      if (input.lastName !== undefined) patch.lastName = cleanText(input.lastName);
      if (input.phone !== undefined) patch.phone = input.phone === null ? null : cleanText(input.phone);
      if (input.unit !== undefined) patch.unit = cleanText(input.unit);
      if (input.jobTitle !== undefined) patch.jobTitle = cleanText(input.jobTitle);
      if (input.city !== undefined) patch.city = cleanText(input.city);
      if (input.departmentCode !== undefined) patch.departmentCode = input.departmentCode;
      if (input.workMode !== undefined) patch.workMode = input.workMode;
      if (Object.keys(patch).length > 0) {
        await manager
          .getRepository(AgentEntity)
          .update({ id: agent.id }, { ...patch, updatedAt: new Date() });
      }
    });
  }

  /** Replaces the agent's whole skill set atomically. */
  async setSkills(id: string, skills: AgentSkillInput[], expectedVersion?: number | null): Promise<Agent> {
    requireSelfOrAdmin(this.ctx.viewer, id, 'modifier ces compétences');
    const expected = checkExpectedVersion(expectedVersion);
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
    const agent = await this.audited(
      id,
      expected,
      'agent.setSkills',
      skillsSnapshot,
      async (manager, locked) => {
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
        await manager.getRepository(AgentSkillEntity).delete({ agentId: locked.id });
        if (skills.length > 0) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(AgentSkillEntity)
            .values(
              skills.map((skill) => ({ agentId: locked.id, skillId: skill.skillId, level: skill.level })),
            )
            .updateEntity(false)
            .execute();
        }
        await manager.getRepository(AgentEntity).update({ id: locked.id }, { updatedAt: new Date() });
      },
    );
    agentSkillsByAgentId(this.ctx).clear(agent.id);
    return agent;
  }

  async setAvailability(
    id: string,
    input: AgentAvailabilityInput,
    expectedVersion?: number | null,
  ): Promise<Agent> {
    requireSelfOrAdmin(this.ctx.viewer, id, 'modifier cette disponibilité');
    const expected = checkExpectedVersion(expectedVersion);
    const from = input.from ?? null;
    const until = input.until ?? null;
    // LocalDate values are YYYY-MM-DD strings: their order is the calendar order.
    // Both ends are included: from = until is a one-day availability.
    if (from !== null && until !== null && until < from) {
      throw badUserInput('input.until', 'La fin de la disponibilité ne peut pas précéder son début.');
    }
    return this.audited(
      id,
      expected,
      'agent.setAvailability',
      availabilitySnapshot,
      async (manager, agent) => {
        await manager.getRepository(AgentEntity).update(
          { id: agent.id },
          {
            availableHoursPerMonth: input.hoursPerMonth,
            availableFrom: from,
            availableUntil: until,
            updatedAt: new Date(),
          },
        );
      },
    );
  }

  async setDirectoryVisibility(
    id: string,
    inDirectory: boolean,
    expectedVersion?: number | null,
  ): Promise<Agent> {
    requireSelfOrAdmin(this.ctx.viewer, id, 'changer cette présence dans l’annuaire');
    const expected = checkExpectedVersion(expectedVersion);
    return this.audited(
      id,
      expected,
      'agent.setDirectoryVisibility',
      (agent) => ({ inDirectory: agent.inDirectory }),
      async (manager, agent) => {
        await manager
          .getRepository(AgentEntity)
          .update({ id: agent.id }, { inDirectory, updatedAt: new Date() });
      },
    );
  }

  /** Replaces the set of administrations the agent hides from; duplicates count once. */
  async setHiddenFrom(
    id: string,
    administrationIds: string[],
    expectedVersion?: number | null,
  ): Promise<Agent> {
    requireSelfOrAdmin(
      this.ctx.viewer,
      id,
      'choisir les administrations auxquelles cet agent est masqué',
      'agentId',
    );
    const expected = checkExpectedVersion(expectedVersion);
    const wanted = [...new Set(administrationIds)];
    const agent = await this.audited(
      id,
      expected,
      'agent.setHiddenFromAdministrations',
      hiddenFromSnapshot,
      async (manager, locked) => {
        if (wanted.length > 0) {
          const known = new Set(
            (
              await manager
                .getRepository(AdministrationEntity)
                .find({ select: { id: true }, where: { id: In(wanted) } })
            ).map((administration) => administration.id),
          );
          const unknownIndex = administrationIds.findIndex(
            (administrationId) => !known.has(administrationId),
          );
          if (unknownIndex >= 0) {
            throw badUserInput(
              `administrationIds.${unknownIndex}`,
              `Administration inconnue : ${administrationIds[unknownIndex]}. Choisissez une administration de la liste.`,
            );
          }
        }
        await manager.getRepository(AgentHiddenFromEntity).delete({ agentId: locked.id });
        if (wanted.length > 0) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(AgentHiddenFromEntity)
            .values(wanted.map((administrationId) => ({ agentId: locked.id, administrationId })))
            .updateEntity(false)
            .execute();
        }
        await manager.getRepository(AgentEntity).update({ id: locked.id }, { updatedAt: new Date() });
      },
    );
    hiddenFromByAgentId(this.ctx).clear(agent.id);
    return agent;
  }

  /**
   * One audited write: locks the agent (serialising concurrent writes to them), refuses it if the
   * client read a version that is no longer current (`expected`, null: no check), records the part
   * it changes before and after in the same transaction, and publishes `agent.changed` in that
   * transaction. Erased accounts are frozen.
   */
  private async audited(
    id: string,
    expected: number | null,
    action: string,
    snapshot: Snapshot,
    change: (manager: EntityManager, agent: AgentEntity) => Promise<void>,
  ): Promise<Agent> {
    const updated = await auditedWrite(this.ctx, async (manager, record) => {
      const locked = await this.lockAgent(manager, id);
      if (locked.erasedAt !== null) throw conflict(ERASED_ACCOUNT);
      refuseStaleProfile(loadedVersion(locked), expected);
      const before = await snapshot(locked, manager);
      await change(manager, locked);
      const after = await manager.getRepository(AgentEntity).findOneByOrFail({ id: locked.id });
      // Every write announces the agent's whole state: approvals reads the administration and the
      // manager, missions also the skills, availability, work mode and city (live matching). A
      // write that changes none of them costs one redundant, idempotent event — rare, and never a
      // change forgotten when a field starts to matter to a consumer.
      await record({
        audit: {
          action,
          entityType: 'Agent',
          entityId: locked.id,
          subjectAgentId: locked.id,
          before,
          after: await snapshot(after, manager),
        },
        events: [await agentChangedEventOf(manager, after)],
      });
      return after;
    });
    return this.refresh(updated);
  }

  /** Locks the agent's row for the transaction; unknown and malformed ids give NOT_FOUND. */
  async lockAgent(manager: EntityManager, id: string): Promise<AgentEntity> {
    const locked = !isUuid(id)
      ? null
      : await manager
          .getRepository(AgentEntity)
          .createQueryBuilder('agent')
          .where('agent.id = :agentId', { agentId: normaliseUuid(id) })
          .setLock('pessimistic_write')
          .getOne();
    if (!locked) throw notFound(AGENT_LABEL, id);
    return locked;
  }

  /** Refreshes the request's loader with the agent as just written. */
  refresh(entity: AgentEntity): Agent {
    const agent = agentMapper.toGraph(entity);
    agentById(this.ctx).clear(agent.id).prime(agent.id, agent);
    return agent;
  }
}
