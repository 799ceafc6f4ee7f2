import { randomUUID } from 'node:crypto';
import {
  ApplicationStatus,
  auditedWrite,
  cleanText,
  frenchDate,
  todayInParis,
  conflict,
  DecisionReason,
  forbidden,
  hostsAdministration,
  isAdmin,
  isUuid,
  MissionStatus,
  normaliseUuid,
  notFound,
  type RecordChange,
  type RequestContext,
  type Viewer,
  denied,
} from '@talents/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { MissionProjectionEntity } from '../projection/projection.entity';
import { agentProjectionById, missionProjectionById } from '../projection/projection.loader';
import { auditApplicationsRead, canReadApplication, viewerAgentId } from './application.access';
import { ApplicationEntity, IDEMPOTENCY_KEY_INDEX, ONE_ACTIVE_APPLICATION_INDEX } from './application.entity';
import { appendApplicationUpdates, applicationChangedEvent } from './application.events';
import type { ApplyInput } from './application.inputs';
import {
  applicationById,
  applicationsByAgent,
  applicationsByMission,
  hostedApplicationsByAgent,
  ownApplicationsByMission,
} from './application.loader';
import {
  applicationContent,
  applicationMapper,
  toApplication,
  type ExportedApplication,
} from './application.mapper';
import type { Application } from './application.types';
import { approvalsToday } from '../deadline/clock';
import { approvalSchedule } from '../deadline/working-days';

const APPLICATION_LABEL = 'Candidature';
const MISSION_LABEL = 'Mission';

/**
 * Unknown, malformed and not-yours ids all mean “no such application”: null, so that nobody
 * learns that an application they may not see exists.
 */
export async function findApplication(ctx: RequestContext, id: string): Promise<Application | null> {
  if (!isUuid(id)) return null;
  const entity = await applicationById(ctx).load(normaliseUuid(id));
  if (!entity || !(await canReadApplication(ctx, entity))) return null;
  auditApplicationsRead(ctx, entity.agentId);
  return toApplication(entity);
}

export async function getApplication(ctx: RequestContext, id: string): Promise<Application> {
  const application = await findApplication(ctx, id);
  if (!application) throw notFound(APPLICATION_LABEL, id);
  return application;
}

/**
 * `Mission.applications`: hosts of the mission's administration, its contact and admins see them all, any
 * other agent only their own; anonymous callers and API clients nothing.
 */
export async function applicationsOfMission(ctx: RequestContext, missionId: string): Promise<Application[]> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'agent') {
    throw denied(
      viewer,
      'Les candidatures à une mission ne sont visibles que des agents connectés.',
      'applications',
    );
  }
  const key = normaliseUuid(missionId);
  let seesAll = isAdmin(viewer);
  if (!seesAll) {
    const mission = await missionProjectionById(ctx).load(key);
    seesAll =
      hostsAdministration(viewer, mission?.hostAdministrationId) ||
      (mission?.contactAgentId != null && mission.contactAgentId === viewerAgentId(viewer));
  }
  if (!seesAll) return (await ownApplicationsByMission(ctx).load(key)).map(toApplication);
  const entities = await applicationsByMission(ctx).load(key);
  for (const entity of entities) auditApplicationsRead(ctx, entity.agentId);
  return entities.map(toApplication);
}

const AGENT_APPLICATIONS_FORBIDDEN =
  'Les candidatures d’un agent ne sont visibles que de lui-même, de son supérieur hiérarchique, ' +
  'des porteurs des missions auxquelles il a candidaté et de l’équipe du programme.';

/**
 * `Agent.applications`: all of them to the agent, their manager and admins; to a host, those to
 * missions of the administrations they host (filtered in SQL); to anyone else, FORBIDDEN.
 */
export async function applicationsOfAgent(ctx: RequestContext, agentId: string): Promise<Application[]> {
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);
  if (!me) throw denied(viewer, AGENT_APPLICATIONS_FORBIDDEN, 'applications');
  const key = normaliseUuid(agentId);
  let seesAll = isAdmin(viewer) || key === me;
  if (!seesAll) seesAll = (await agentProjectionById(ctx).load(key))?.managerId === me;
  if (seesAll) {
    auditApplicationsRead(ctx, key);
    return (await applicationsByAgent(ctx).load(key)).map(toApplication);
  }
  const hosted = viewer.hostOf.length > 0 ? await hostedApplicationsByAgent(ctx).load(key) : [];
  // A host the agent never applied to is nobody to them: same answer as for any other agent.
  if (hosted.length === 0) throw forbidden(AGENT_APPLICATIONS_FORBIDDEN, 'applications');
  auditApplicationsRead(ctx, key);
  return hosted.map(toApplication);
}

export interface ApprovalsData {
  agentId: string;
  applications: ExportedApplication[];
  /** The agreements of the agent's missions, without the other parties' identities. */
  agreements: unknown[];
  /** The completions of the agent's missions: hours, their answer, both sides' feedback (authors left out). */
  completions: unknown[];
}

/** `Agent.approvalsData`: the agent's own applications, for the agent and admins only. */
export async function approvalsDataOf(ctx: RequestContext, agentId: string): Promise<ApprovalsData> {
  const viewer = ctx.viewer;
  const key = normaliseUuid(agentId);
  if (!(isAdmin(viewer) || viewerAgentId(viewer) === key)) {
    throw denied(
      viewer,
      'Seuls l’agent lui-même et l’équipe du programme peuvent obtenir ses données de candidature.',
      'approvalsData',
    );
  }
  const entities = await applicationsByAgent(ctx).load(key);
  auditApplicationsRead(ctx, key, 'approvalsData');
  return {
    agentId: key,
    applications: entities.map(applicationMapper.toExport),
    ...(await outcomesDataOf(ctx, key)),
  };
}

/** The agent's outcomes for the RGPD export, in two statements: nothing that names another person. */
async function outcomesDataOf(
  ctx: RequestContext,
  agentId: string,
): Promise<Pick<ApprovalsData, 'agreements' | 'completions'>> {
  const [agreements, completions] = await Promise.all([
    ctx.db.query(
      `SELECT g."id", g."application_id" AS "applicationId", g."version", g."home_administration_id" AS "homeAdministrationId",
              g."host_administration_id" AS "hostAdministrationId", g."created_at" AS "createdAt",
              (SELECT json_agg(json_build_object('version', v."version", 'hours', v."hours", 'startDate', v."start_date",
                                                 'endDate', v."end_date") ORDER BY v."version")
                 FROM "approvals"."agreement_versions" v WHERE v."agreement_id" = g."id") AS "versions",
              (SELECT json_agg(json_build_object('version', k."version", 'acknowledgedAt', k."acknowledged_at")
                        ORDER BY k."version")
                 FROM "approvals"."agreement_acknowledgements" k
                WHERE k."agreement_id" = g."id" AND k."party" = 'AGENT') AS "myAcknowledgements"
         FROM "approvals"."agreements" g WHERE g."agent_id" = $1 ORDER BY g."created_at"`,
      [agentId],
    ),
    ctx.db.query(
      `SELECT c."application_id" AS "applicationId", c."hours_spent" AS "hoursSpent", c."recorded_at" AS "recordedAt",
              c."agent_response" AS "agentResponse", c."agent_comment" AS "agentComment", c."responded_at" AS "respondedAt",
              (SELECT json_agg(json_build_object('side', f."party", 'rating', f."rating", 'text', f."text",
                                                 'createdAt', f."created_at") ORDER BY f."party")
                 FROM "approvals"."completion_feedback" f WHERE f."application_id" = c."application_id") AS "feedback"
         FROM "approvals"."completions" c
         JOIN "approvals"."applications" a ON a."id" = c."application_id"
        WHERE a."agent_id" = $1 ORDER BY c."recorded_at"`,
      [agentId],
    ),
  ]);
  return { agreements: agreements as unknown[], completions: completions as unknown[] };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/** Statuses in which the mission is listed to agents at all (drafts stay with their hosts). */
const LISTED_MISSION_STATUSES: readonly string[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FILLED,
  MissionStatus.CLOSED,
  MissionStatus.CANCELLED,
];

const MISSION_STATUS_LABEL: Readonly<Record<string, string>> = {
  [MissionStatus.DRAFT]: 'brouillon',
  [MissionStatus.SUBMITTED]: 'en attente de modération',
  [MissionStatus.FILLED]: 'pourvue',
  [MissionStatus.CLOSED]: 'clôturée',
  [MissionStatus.CANCELLED]: 'annulée',
};

/**
 * A mission may be applied to when it is known here (projection), published, and open to the
 * applicant's administration. What the viewer may not see of it answers NOT_FOUND, as if it did
 * not exist; the viewer who may see it (host of its administration, admin) gets the real reason.
 */
function checkMissionOpen(
  viewer: Viewer,
  mission: MissionProjectionEntity | null,
  applicantAdministrationId: string | null,
  missionId: string,
): void {
  if (!mission) throw notFound(MISSION_LABEL, missionId);
  const seesEverything = isAdmin(viewer) || hostsAdministration(viewer, mission.hostAdministrationId);
  const restrictedAway =
    mission.restrictedTo.length > 0 &&
    (applicantAdministrationId === null || !mission.restrictedTo.includes(applicantAdministrationId));
  if (restrictedAway) {
    if (!seesEverything) throw notFound(MISSION_LABEL, missionId);
    throw conflict(
      'Cette mission est réservée à d’autres administrations que celle de l’agent : il ne peut pas y candidater.',
      { missionId: mission.missionId },
    );
  }
  if (!LISTED_MISSION_STATUSES.includes(mission.status) && !seesEverything) {
    throw notFound(MISSION_LABEL, missionId);
  }
  if (mission.status !== MissionStatus.PUBLISHED) {
    const label = MISSION_STATUS_LABEL[mission.status] ?? mission.status;
    throw conflict(`Cette mission n’est pas ouverte aux candidatures : elle est ${label}.`, {
      missionId: mission.missionId,
      status: mission.status,
    });
  }
  // The deadline is the last day to apply, in Paris.
  if (mission.applicationDeadline !== null && mission.applicationDeadline < todayInParis()) {
    throw conflict(
      `La date limite de candidature de cette mission (${frenchDate(mission.applicationDeadline)}) est passée : il n’est plus possible d’y candidater.`,
      { missionId: mission.missionId, field: 'applicationDeadline' },
    );
  }
}

export interface ApplicationRow {
  id: string;
  agent_id: string;
  mission_id: string;
  host_administration_id: string | null;
  motivation: string;
  proposed_hours: number;
  status: ApplicationStatus;
  reason: DecisionReason | null;
  reason_text: string | null;
  version: number;
  approved_hours: number | null;
  beyond_budget: boolean;
  /** node-postgres reads a date column as a local-midnight Date; `::text` selections give the string. */
  deadline: Date | string | null;
  half_time_on: Date | string | null;
  approver_agent_id: string | null;
  released_by_agent_id: string | null;
  created_at: Date;
  updated_at: Date;
  erased_at: Date | null;
}

/** A date column as 'YYYY-MM-DD', whichever way the driver handed it over. */
export function dateText(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const month = String(value.getMonth() + 1).padStart(2, '0');
  const day = String(value.getDate()).padStart(2, '0');
  return `${value.getFullYear()}-${month}-${day}`;
}

export function fromRow(row: ApplicationRow): ApplicationEntity {
  return Object.assign(new ApplicationEntity(), {
    id: row.id,
    agentId: row.agent_id,
    missionId: row.mission_id,
    hostAdministrationId: row.host_administration_id,
    motivation: row.motivation,
    proposedHours: row.proposed_hours,
    status: row.status,
    reason: row.reason,
    reasonText: row.reason_text,
    version: row.version,
    approvedHours: row.approved_hours,
    beyondBudget: row.beyond_budget,
    deadline: dateText(row.deadline),
    halfTimeOn: dateText(row.half_time_on),
    approverAgentId: row.approver_agent_id,
    releasedByAgentId: row.released_by_agent_id ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    erasedAt: row.erased_at,
  });
}

/** What the audit log keeps of an application before and after a write. */
function auditState(entity: ApplicationEntity): Record<string, unknown> {
  return {
    agentId: entity.agentId,
    ...applicationContent(entity),
    version: entity.version,
    approvedHours: entity.approvedHours,
    beyondBudget: entity.beyondBudget,
    deadline: entity.deadline,
    approverAgentId: entity.approverAgentId,
  };
}

/**
 * Audit row, event and live-feed row of one write, in its transaction: all three exist exactly when
 * the change does. Every write that changes a status goes through here, so subscribers see them all.
 */
export async function recordWrite(
  record: RecordChange,
  manager: EntityManager,
  action: `application.${string}`,
  before: ApplicationEntity | null,
  after: ApplicationEntity,
  /** What the audit row adds to the state after: `onBehalfOf` for a deputy's decision. */
  context: Record<string, unknown> = {},
): Promise<void> {
  await recordWrites(record, manager, action, [{ before, after }], context);
}

/**
 * Several applications changed by one act (the last seat declining the others): their audit
 * rows, events and feed rows, in a fixed number of statements whatever their number.
 */
export async function recordWrites(
  record: RecordChange,
  manager: EntityManager,
  action: `application.${string}`,
  changes: ReadonlyArray<{ before: ApplicationEntity | null; after: ApplicationEntity }>,
  context: Record<string, unknown> = {},
): Promise<void> {
  if (changes.length === 0) return;
  await record({
    audit: changes.map(({ before, after }) => ({
      action,
      entityType: 'Application',
      entityId: after.id,
      subjectAgentId: after.agentId,
      before: before ? auditState(before) : null,
      after: { ...auditState(after), ...context },
    })),
    events: changes.map(({ after }) => applicationChangedEvent(after)),
  });
  await appendApplicationUpdates(
    manager,
    changes.map(({ after }) => after),
  );
}

/**
 * The application an earlier `apply` of this agent filed with this idempotency key, as it is now;
 * the same key for another mission is a client's mistake: CONFLICT, nothing filed.
 */
async function applicationByIdempotencyKey(
  ctx: RequestContext,
  agentId: string,
  missionId: string,
  key: string,
): Promise<Application | null> {
  const [row] = (await ctx.db.query(
    'SELECT * FROM "approvals"."applications" WHERE "agent_id" = $1 AND "idempotency_key" = $2',
    [agentId, key],
  )) as ApplicationRow[];
  if (!row) return null;
  if (row.mission_id !== missionId) {
    throw conflict(
      'Cette clé d’idempotence a déjà servi à une candidature à une autre mission : choisissez une nouvelle clé ' +
        'pour chaque nouvelle candidature.',
      { field: 'input.idempotencyKey' },
    );
  }
  return toApplication(fromRow(row));
}

/**
 * Files a new application. A retried `apply` with the same `idempotencyKey` returns the
 * application the first one filed, never a second one. `input` has passed ApplyInput's decorators (ids, motivation length,
 * hours), the only place those rules live. Decided here: who applies (the signed-in agent; an
 * admin may name another), whether the mission is open to them (local projection), and one
 * active application per agent and mission (the partial unique index).
 */
export async function applyToMission(ctx: RequestContext, input: ApplyInput): Promise<Application> {
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);
  // @Authorized() on the mutation already keeps non-agents out; this narrows the type.
  if (!me) throw forbidden('Seul un agent connecté peut candidater.');
  const agentId = input.agentId ? normaliseUuid(input.agentId) : me;
  if (agentId !== me && !isAdmin(viewer)) {
    throw forbidden('Un agent ne peut candidater que pour lui-même.', 'input.agentId');
  }
  const missionId = normaliseUuid(input.missionId);
  const idempotencyKey = input.idempotencyKey ? cleanText(input.idempotencyKey) : null;
  if (idempotencyKey !== null) {
    const earlier = await applicationByIdempotencyKey(ctx, agentId, missionId, idempotencyKey);
    if (earlier) return earlier;
  }
  const applicantAdministrationId =
    agentId === me
      ? viewer.administrationId
      : ((await agentProjectionById(ctx).load(agentId))?.administrationId ?? null);

  try {
    return await auditedWrite(ctx, async (manager, record) => {
      // FOR SHARE: a consumer closing the mission waits for this application, or this one sees it closed.
      const mission = await manager.getRepository(MissionProjectionEntity).findOne({
        where: { missionId },
        lock: { mode: 'pessimistic_read' },
      });
      checkMissionOpen(viewer, mission, applicantAdministrationId, input.missionId);
      // The manager's deadline counts from the filing day, by the approvals clock (tests move it).
      const schedule = approvalSchedule(approvalsToday());
      const rows = (await manager.query(
        `INSERT INTO "approvals"."applications"
           ("id", "agent_id", "mission_id", "host_administration_id", "motivation", "proposed_hours", "status",
            "idempotency_key", "deadline", "half_time_on")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING *`,
        [
          randomUUID(),
          agentId,
          missionId,
          mission!.hostAdministrationId,
          cleanText(input.motivation),
          input.proposedHours,
          ApplicationStatus.SUBMITTED,
          idempotencyKey,
          schedule.deadline,
          schedule.halfTimeOn,
        ],
      )) as ApplicationRow[];
      const entity = fromRow(rows[0]!);
      await recordWrite(record, manager, 'application.submit', null, entity);
      return toApplication(entity);
    });
  } catch (error) {
    // A concurrent retry with the same key committed first (the index made this insert wait for it).
    if (
      idempotencyKey !== null &&
      (isUniqueViolation(error, IDEMPOTENCY_KEY_INDEX) ||
        isUniqueViolation(error, ONE_ACTIVE_APPLICATION_INDEX))
    ) {
      const earlier = await applicationByIdempotencyKey(ctx, agentId, missionId, idempotencyKey);
      if (earlier) return earlier;
    }
    // The partial unique index decides between concurrent applications: a check-then-insert would race.
    if (isUniqueViolation(error, ONE_ACTIVE_APPLICATION_INDEX)) {
      throw conflict(
        'Une candidature de cet agent à cette mission est déjà en cours : retirez-la avant d’en déposer une nouvelle.',
        { agentId, missionId },
      );
    }
    throw error;
  }
}
