import { randomUUID } from 'node:crypto';
import {
  appendToFeed,
  auditedWrite,
  type ChangeRecord,
  cleanText,
  checkPageSize,
  keysetPage,
  conflict,
  decodeCursor,
  forbidden,
  isAdmin,
  ISO_INSTANT,
  isUuid,
  MissionStatus,
  normaliseUuid,
  notFound,
  toPage,
  type RequestContext,
  type SkillLevel,
  SkillMatch,
} from '@talents/common';
import { MISSION_PUBLISHED_TOPIC } from '../matching/matching.feed';
import { dropMissionMatches, scoreMission } from '../matching/matching.sql';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  CONCURRENCY_MESSAGES,
  checkExpectedVersion,
  checkIdempotencyKey,
  refuseStaleMission,
  requestFingerprint,
} from './mission.concurrency';
import {
  CREATE_REQUEST_TABLE,
  MISSION_SKILL_TABLE,
  MissionEntity,
  MissionSkillEntity,
} from './mission.entity';
import type { MissionFilter, MissionInput } from './mission.inputs';
import {
  ACCESS_MESSAGES,
  canManageMissionsOf,
  checkAgentWriter,
  checkCatalogueAccess,
  isMissionVisible,
  visibleMissionCondition,
} from './mission.access';
import { missionChangedEvent } from './mission.events';
import { missionLoaders } from './mission.loader';
import { checkMissionReferences } from './mission.references';
import {
  checkMissionInput,
  checkReturnReason,
  checkScheduleAhead,
  refusedTransitionMessage,
  STATUS_IN_SENTENCE,
  TRANSITION_TEXT,
  DEFAULT_LISTED_STATUSES,
  EDITABLE_STATUSES,
  MISSION_TRANSITIONS,
  type MissionFields,
  type MissionTransition,
} from './mission.rules';
import type { MissionPage } from './mission.types';

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
    essential: skill.essential,
    position,
  }));
}

function columnValues(fields: MissionFields) {
  const { requiredSkills: _skills, ...columns } = fields;
  return columns;
}

interface RequiredSkillFields {
  skillId: string;
  minLevel: SkillLevel;
  essential: boolean;
}

/**
 * What every mission write leaves behind in its transaction: the audit row (before/after) and
 * the `mission.changed` event for approvals' projection.
 */
function missionChange(
  verb: 'create' | 'update' | MissionTransition,
  before: MissionEntity | null,
  after: MissionEntity,
  skillsAfter?: RequiredSkillFields[],
  skillsBefore?: RequiredSkillFields[],
): ChangeRecord {
  return {
    audit: {
      action: `mission.${verb}`,
      entityType: 'Mission',
      entityId: after.id,
      subjectAgentId: after.contactAgentId,
      before: before ? auditedMission(before, skillsBefore) : null,
      after: auditedMission(after, skillsAfter),
    },
    events: [missionChangedEvent(after)],
  };
}

/** A mission as the audit log keeps it: its columns, and its skills when the write set them. */
function auditedMission(mission: MissionEntity, requiredSkills?: RequiredSkillFields[]) {
  // Derived columns (listing order, skill arrays kept by a trigger) say nothing new.
  const { listedAt: _listedAt, skillIds: _skillIds, ...columns } = mission;
  return requiredSkills ? { ...columns, requiredSkills } : columns;
}

export class MissionService {
  constructor(private readonly ctx: RequestContext) {}

  private get repository() {
    return this.ctx.db.getRepository(MissionEntity);
  }

  /** A mission the viewer may not see is NOT_FOUND, exactly like one that does not exist. */
  async get(id: string): Promise<MissionEntity> {
    checkCatalogueAccess(this.ctx.viewer);
    const mission = isUuid(id) ? await missionLoaders.byId(this.ctx).load(normaliseUuid(id)) : null;
    if (!mission) throw notFound(MISSION_LABEL, id);
    return mission;
  }

  async list(filter: MissionFilter | null | undefined, first: number, after: string | null | undefined) {
    checkCatalogueAccess(this.ctx.viewer);
    const size = checkPageSize(first);
    const cursor = decodeCursor(after, (key) => ISO_INSTANT.test(key));
    const base = this.filtered(filter);
    const pageQuery = keysetPage(
      base,
      {
        key: 'm.listedAt',
        id: 'm.id',
        direction: 'DESC',
        after: '(m.listed_at, m.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))',
      },
      cursor,
      size,
    );
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
    const visible = visibleMissionCondition(this.ctx.viewer, 'm');
    query.andWhere(visible.sql, visible.params);
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
    const search = cleanText(filter?.search ?? '');
    if (search) query.andWhere(`m.search_vector @@ ${SEARCH_QUERY}`, { search });
    return query;
  }

  /**
   * Creates a draft. With an idempotency key, the key is claimed (caller, key) in the transaction
   * before anything is written: a concurrent retry waits on that row for this transaction, then
   * finds the mission it made; a retry after a failure that rolled back creates it afresh.
   */
  async create(input: MissionInput, idempotencyKey?: string | null): Promise<MissionEntity> {
    checkAgentWriter(this.ctx.viewer, 'rédiger');
    const fields = checkMissionInput(input);
    const key = checkIdempotencyKey(idempotencyKey);
    if (!canManageMissionsOf(this.ctx.viewer, fields.hostAdministrationId)) {
      throw forbidden(ACCESS_MESSAGES.notHostOfInput, 'input.hostAdministrationId');
    }
    const id = randomUUID();
    return auditedWrite(this.ctx, async (manager, record) => {
      if (key !== null) {
        const earlier = await this.claimKey(manager, key, requestFingerprint(fields), id);
        if (earlier) return earlier;
      }
      await checkMissionReferences(manager, fields);
      await manager
        .createQueryBuilder()
        .insert()
        .into(MissionEntity)
        .values({ id, ...columnValues(fields), updatedAt: () => 'clock_timestamp()' })
        .updateEntity(false)
        .execute();
      await this.insertSkills(manager, id, fields);
      const after = await this.reload(manager, id);
      await record(missionChange('create', null, after, fields.requiredSkills));
      return after;
    });
  }

  /**
   * Claims `key` for the viewer and the mission about to be created, or returns the mission the key
   * already created. Reusing a key for another input is a CONFLICT: the client mixed up requests.
   */
  private async claimKey(
    manager: EntityManager,
    key: string,
    fingerprint: string,
    missionId: string,
  ): Promise<MissionEntity | null> {
    const callerId = this.ctx.viewer.agentId;
    const claimed = (await manager.query(
      `INSERT INTO ${CREATE_REQUEST_TABLE} (caller_id, idempotency_key, request_hash, mission_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (caller_id, idempotency_key) DO NOTHING RETURNING mission_id`,
      [callerId, key, fingerprint, missionId],
    )) as unknown[];
    if (claimed.length > 0) return null;
    // A new statement sees what the transaction that held the key committed.
    const [earlier] = (await manager.query(
      `SELECT request_hash AS "requestHash", mission_id AS "missionId" FROM ${CREATE_REQUEST_TABLE}
       WHERE caller_id = $1 AND idempotency_key = $2`,
      [callerId, key],
    )) as Array<{ requestHash: string; missionId: string }>;
    if (!earlier) throw new Error('idempotency key neither claimed nor found');
    if (earlier.requestHash !== fingerprint) {
      throw conflict(CONCURRENCY_MESSAGES.keyReused, { field: 'idempotencyKey' });
    }
    return this.reload(manager, earlier.missionId);
  }

  /**
   * Replaces a draft's or submitted mission's content. With `expectedVersion`, the edit is refused
   * (CONFLICT) unless the mission is still at that version once locked; without it, the last writer
   * wins, as before versions existed.
   */
  async update(rawId: string, input: MissionInput, expectedVersion?: number | null): Promise<MissionEntity> {
    checkAgentWriter(this.ctx.viewer, 'modifier');
    if (!isUuid(rawId)) throw notFound(MISSION_LABEL, rawId);
    const id = normaliseUuid(rawId);
    const fields = checkMissionInput(input);
    const expected = checkExpectedVersion(expectedVersion);
    return auditedWrite(this.ctx, async (manager, record) => {
      // The row lock makes a concurrent transition wait for this edit, or this edit see its outcome.
      const before = await this.lockManaged(manager, id, 'modifier');
      // Before any other rule: what the client decided was based on a state that is gone.
      refuseStaleMission(before.version, expected);
      if (!canManageMissionsOf(this.ctx.viewer, fields.hostAdministrationId)) {
        throw forbidden(ACCESS_MESSAGES.notHostOfInput, 'input.hostAdministrationId');
      }
      if (!EDITABLE_STATUSES.includes(before.status)) {
        throw conflict(
          `Seule une mission en brouillon ou soumise peut être modifiée ; celle-ci est ${STATUS_IN_SENTENCE[before.status]}.`,
          { field: 'status', from: before.status },
        );
      }
      await checkMissionReferences(manager, fields);
      const skillsBefore = await this.skillsOf(manager, id);
      await manager
        .createQueryBuilder()
        .update(MissionEntity)
        .set({ ...columnValues(fields), updatedAt: () => 'clock_timestamp()' })
        .where('id = :id', { id })
        .execute();
      await manager
        .createQueryBuilder()
        .delete()
        .from(MissionSkillEntity)
        .where('mission_id = :id', { id })
        .execute();
      await this.insertSkills(manager, id, fields);
      const after = await this.reload(manager, id);
      await record(missionChange('update', before, after, fields.requiredSkills, skillsBefore));
      return after;
    });
  }

  async transition(rawId: string, transition: MissionTransition, reason?: string): Promise<MissionEntity> {
    const text = TRANSITION_TEXT[transition];
    checkAgentWriter(this.ctx.viewer, text.verb);
    const { from, to, by } = MISSION_TRANSITIONS[transition];
    // Moderation is the programme team's alone.
    if (by === 'admin' && !isAdmin(this.ctx.viewer)) {
      throw forbidden(text.moderation ?? ACCESS_MESSAGES.moderationOnly);
    }
    if (!isUuid(rawId)) throw notFound(MISSION_LABEL, rawId);
    const id = normaliseUuid(rawId);
    const returnReason = transition === 'returnToDraft' ? checkReturnReason(reason ?? '') : null;
    const changes: QueryDeepPartialEntity<MissionEntity> = {
      status: to,
      updatedAt: () => 'clock_timestamp()',
    };
    if (transition === 'publish') Object.assign(changes, { publishedAt: () => 'now()', returnReason: null });
    if (transition === 'returnToDraft') changes.returnReason = returnReason;
    return auditedWrite(this.ctx, async (manager, record) => {
      // Concurrent transitions of one mission queue on this lock; each then sees the committed status.
      const before = await this.lockManaged(manager, id, text.verb);
      if (from.includes(before.status) && (transition === 'submit' || transition === 'publish')) {
        checkScheduleAhead(before, transition);
      }
      if (!from.includes(before.status)) {
        throw conflict(refusedTransitionMessage(transition, before.status), {
          field: 'status',
          from: before.status,
          to,
        });
      }
      await manager
        .createQueryBuilder()
        .update(MissionEntity)
        .set(changes)
        .where('id = :id', { id })
        .execute();
      const after = await this.reload(manager, id);
      await record(missionChange(transition, before, after));
      // Matches are scored, and subscribers hear of the publication, only once it is committed.
      if (to === MissionStatus.PUBLISHED) {
        await scoreMission(manager, id);
        await appendToFeed(manager, 'missions', { topic: MISSION_PUBLISHED_TOPIC, entityId: id });
      } else if (before.status === MissionStatus.PUBLISHED) {
        await dropMissionMatches(manager, id);
      }
      return after;
    });
  }

  /**
   * Locks the mission for a write by its hosts (or an admin). A mission the viewer may not even
   * see is NOT_FOUND, as for `mission(id)`, so that a refusal never tells it exists; one they see
   * but do not manage is FORBIDDEN.
   */
  private async lockManaged(manager: EntityManager, id: string, verb: string): Promise<MissionEntity> {
    const mission = await manager
      .getRepository(MissionEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    if (!mission || !isMissionVisible(this.ctx.viewer, mission)) throw notFound(MISSION_LABEL, id);
    if (!canManageMissionsOf(this.ctx.viewer, mission.hostAdministrationId)) {
      throw forbidden(ACCESS_MESSAGES.notHostOfMission(verb));
    }
    return mission;
  }

  private reload(manager: EntityManager, id: string): Promise<MissionEntity> {
    return manager.getRepository(MissionEntity).findOneByOrFail({ id });
  }

  private async skillsOf(manager: EntityManager, id: string): Promise<RequiredSkillFields[]> {
    const rows = await manager
      .getRepository(MissionSkillEntity)
      .find({ where: { missionId: id }, order: { position: 'ASC' } });
    return rows.map((row) => ({ skillId: row.skillId, minLevel: row.minLevel, essential: row.essential }));
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
