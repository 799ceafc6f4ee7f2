import { randomUUID } from 'node:crypto';
import {
  checkPageSize,
  conflict,
  decodeCursor,
  ISO_INSTANT,
  isUuid,
  normaliseUuid,
  notFound,
  toPage,
  type MissionStatus,
  type RequestContext,
  SkillMatch,
} from '@talents/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MISSION_SKILL_TABLE, MissionEntity, MissionSkillEntity } from './mission.entity';
import type { MissionFilter, MissionInput } from './mission.inputs';
import { missionLoaders } from './mission.loader';
import {
  checkMissionInput,
  checkReturnReason,
  DEFAULT_LISTED_STATUSES,
  EDITABLE_STATUSES,
  MISSION_TRANSITIONS,
  type MissionFields,
  type MissionTransition,
} from './mission.rules';
import { MISSION_STATUS_LABEL, type MissionPage } from './mission.types';

const MISSION_LABEL = 'Mission';

/**
 * websearch_to_tsquery gives the stems of the words searched; making each one a prefix lets
 * « sécurité » (stem « sécur ») also find « sécuriser » and « sécurisation » (stem « sécuris »),
 * which the French stemmer does not bring together.
 */
const SEARCH_QUERY = String.raw`CAST(regexp_replace(CAST(websearch_to_tsquery('french', :search) AS text), '''([^'']+)''', '''\1'':*', 'g') AS tsquery)`;

function skillRows(missionId: string, fields: MissionFields) {
  return fields.requiredSkills.map((skill, position) => ({
    missionId,
    skillId: skill.skillId,
    minLevel: skill.minLevel,
    position,
  }));
}

function columnValues(fields: MissionFields) {
  const { requiredSkills: _skills, ...columns } = fields;
  return columns;
}

export class MissionService {
  constructor(private readonly ctx: RequestContext) {}

  private get repository() {
    return this.ctx.db.getRepository(MissionEntity);
  }

  async get(id: string): Promise<MissionEntity> {
    const mission = isUuid(id) ? await missionLoaders.byId(this.ctx).load(normaliseUuid(id)) : null;
    if (!mission) throw notFound(MISSION_LABEL, id);
    return mission;
  }

  async list(filter: MissionFilter | null | undefined, first: number, after: string | null | undefined) {
    const size = checkPageSize(first);
    const cursor = decodeCursor(after, (key) => ISO_INSTANT.test(key));
    const base = this.filtered(filter);
    const pageQuery = base
      .clone()
      .orderBy('m.listedAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(size + 1);
    if (cursor) {
      pageQuery.andWhere('(m.listed_at, m.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))', {
        afterKey: cursor.key,
        afterId: cursor.id,
      });
    }
    const rows = await pageQuery.getMany();
    const page: MissionPage = {
      ...toPage(rows, size, (mission) => ({ key: mission.listedAt.toISOString(), id: mission.id })),
      countTotal: () => base.clone().getCount(),
    };
    return page;
  }

  private filtered(filter: MissionFilter | null | undefined): SelectQueryBuilder<MissionEntity> {
    const query = this.repository.createQueryBuilder('m');
    const statuses = filter?.statuses?.length ? filter.statuses : DEFAULT_LISTED_STATUSES;
    query.where('m.status = ANY(:statuses)', { statuses: [...statuses] });
    if (filter?.kinds?.length) query.andWhere('m.kind = ANY(:kinds)', { kinds: filter.kinds });
    if (filter?.workModes?.length)
      query.andWhere('m.work_mode = ANY(:workModes)', { workModes: filter.workModes });
    if (filter?.hostAdministrationId) {
      query.andWhere('m.host_administration_id = :hostId', { hostId: filter.hostAdministrationId });
    }
    if (filter?.crisis !== null && filter?.crisis !== undefined) {
      query.andWhere('m.crisis = :crisis', { crisis: filter.crisis });
    }
    const skillIds = [...new Set(filter?.skillIds ?? [])];
    if (skillIds.length > 0) {
      const matching = `SELECT count(*) FROM ${MISSION_SKILL_TABLE} ms WHERE ms.mission_id = m.id AND ms.skill_id = ANY(:skillIds)`;
      if (filter?.skillMatch === SkillMatch.ALL) {
        query.andWhere(`(${matching}) = :skillCount`, { skillIds, skillCount: skillIds.length });
      } else {
        query.andWhere(
          `EXISTS (SELECT 1 FROM ${MISSION_SKILL_TABLE} ms WHERE ms.mission_id = m.id AND ms.skill_id = ANY(:skillIds))`,
          { skillIds },
        );
      }
    }
    const search = filter?.search?.trim();
    if (search) query.andWhere(`m.search_vector @@ ${SEARCH_QUERY}`, { search });
    return query;
  }

  async create(input: MissionInput): Promise<MissionEntity> {
    const fields = checkMissionInput(input);
    const id = randomUUID();
    await this.ctx.db.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(MissionEntity)
        .values({ id, ...columnValues(fields) })
        .updateEntity(false)
        .execute();
      await this.insertSkills(manager, id, fields);
    });
    return this.repository.findOneByOrFail({ id });
  }

  async update(rawId: string, input: MissionInput): Promise<MissionEntity> {
    if (!isUuid(rawId)) throw notFound(MISSION_LABEL, rawId);
    const id = normaliseUuid(rawId);
    const fields = checkMissionInput(input);
    await this.ctx.db.transaction(async (manager) => {
      // The status condition sits in the UPDATE itself so that a concurrent transition wins or loses
      // cleanly: the row lock makes this statement see the committed status.
      const result = await manager
        .createQueryBuilder()
        .update(MissionEntity)
        .set({ ...columnValues(fields), updatedAt: () => 'now()' })
        .where('id = :id AND status = ANY(:editable)', { id, editable: [...EDITABLE_STATUSES] })
        .execute();
      if (!result.affected) {
        const current = await this.currentStatus(manager, id);
        throw conflict(
          `La mission est au statut « ${MISSION_STATUS_LABEL[current]} » : seule une mission en brouillon ou soumise peut être modifiée.`,
          { field: 'status', from: current },
        );
      }
      await manager
        .createQueryBuilder()
        .delete()
        .from(MissionSkillEntity)
        .where('mission_id = :id', { id })
        .execute();
      await this.insertSkills(manager, id, fields);
    });
    return this.repository.findOneByOrFail({ id });
  }

  async transition(rawId: string, transition: MissionTransition, reason?: string): Promise<MissionEntity> {
    if (!isUuid(rawId)) throw notFound(MISSION_LABEL, rawId);
    const id = normaliseUuid(rawId);
    const returnReason = transition === 'returnToDraft' ? checkReturnReason(reason ?? '') : null;
    const { from, to } = MISSION_TRANSITIONS[transition];
    const changes: QueryDeepPartialEntity<MissionEntity> = { status: to, updatedAt: () => 'now()' };
    if (transition === 'publish') Object.assign(changes, { publishedAt: () => 'now()', returnReason: null });
    if (transition === 'returnToDraft') changes.returnReason = returnReason;
    const result = await this.ctx.db
      .createQueryBuilder()
      .update(MissionEntity)
      .set(changes)
      .where('id = :id AND status = ANY(:from)', { id, from: [...from] })
      .execute();
    if (!result.affected) {
      const current = await this.currentStatus(this.ctx.db.manager, id);
      throw conflict(
        `Impossible de passer la mission du statut « ${MISSION_STATUS_LABEL[current]} » au statut « ${MISSION_STATUS_LABEL[to]} ».`,
        { field: 'status', from: current, to },
      );
    }
    return this.repository.findOneByOrFail({ id });
  }

  /** After a refused conditional write: NOT_FOUND if the row is missing, else its status. */
  private async currentStatus(manager: EntityManager, id: string): Promise<MissionStatus> {
    const row = await manager
      .getRepository(MissionEntity)
      .findOne({ where: { id }, select: { id: true, status: true } });
    if (!row) throw notFound(MISSION_LABEL, id);
    return row.status;
  }

  private async insertSkills(
    manager: EntityManager,
    missionId: string,
    fields: MissionFields,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MissionSkillEntity)
      .values(skillRows(missionId, fields))
      .updateEntity(false)
      .execute();
  }
}
