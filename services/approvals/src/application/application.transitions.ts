import {
  ApplicationStatus,
  auditedWrite,
  badUserInput,
  checkText,
  conflict,
  DecisionReason,
  isUuid,
  MissionStatus,
  normaliseUuid,
  notFound,
  type RecordChange,
  SEAT_HOLDING_STATUSES,
  todayInParis,
  frenchDate,
  type RequestContext,
} from '@talents/common';
import type { EntityManager } from 'typeorm';
import { checkBudget, commitHours, lockAgentBudget, releaseHours, yearShares } from '../budget/budget.rules';
import { AgentProjectionEntity, MissionProjectionEntity } from '../projection/projection.entity';
import { canReadApplication, viewerAgentId } from './application.access';
import type { ApplicationEntity } from './application.entity';
import { missionFilledEvent } from './application.events';
import { createAgreement } from '../agreement/agreement.service';
import { checkHoursSpent, currentAgreementTerms, insertCompletion } from '../completion/completion.rules';
import { approvalsToday } from '../deadline/clock';
import { deputyOf } from '../delegation/delegation.service';
import { REASON_TEXT_MAX_LENGTH } from './application.inputs';
import { toApplication } from './application.mapper';
import { fromRow, recordWrite, recordWrites, type ApplicationRow } from './application.service';
import type { Application } from './application.types';
import {
  checkTransition,
  forbiddenTransition,
  mayAct,
  OPEN_STATUSES,
  rolesOf,
  TRANSITIONS,
  type WorkflowAction,
} from './application.workflow';

const APPLICATION_LABEL = 'Candidature';

/** What a decision carries beyond the application's id; each action reads its own part. */
export interface TransitionInput {
  expectedVersion?: number | null;
  reason?: DecisionReason | null;
  reasonText?: string | null;
  /** approve: fewer hours than proposed. */
  hours?: number | null;
  /** approve: release beyond the agent's annual budget (explicit override). */
  beyondBudget?: boolean | null;
  /** complete: the hours actually spent. */
  hoursSpent?: number | null;
}

const REASON_NOUN: Partial<Record<WorkflowAction, string>> = {
  refuse: 'du refus',
  decline: 'du déclin',
  withdraw: 'du retrait',
};

/** The reason and its text, checked before anything is read: BAD_USER_INPUT naming the argument. */
function checkedReason(
  action: WorkflowAction,
  input: TransitionInput,
): { reason: DecisionReason | null; text: string | null } {
  if (!TRANSITIONS[action].reasoned) return { reason: null, text: null };
  const noun = REASON_NOUN[action] ?? 'de la décision';
  if (!input.reason) throw badUserInput('reason', `Indiquez le motif ${noun}.`);
  // MISSION_FILLED is the hub's own reason: a person cannot claim it.
  if (input.reason === DecisionReason.MISSION_FILLED) {
    throw badUserInput(
      'reason',
      'Le motif « Mission pourvue » est réservé au déclin automatique quand la dernière place est prise.',
    );
  }
  const text = checkText(input.reasonText, 'reasonText', {
    // Required with OTHER alone: the reason says it otherwise.
    ...(input.reason === DecisionReason.OTHER
      ? { required: `Précisez le motif ${noun} : il est obligatoire avec le motif « Autre ».` }
      : {}),
    max: REASON_TEXT_MAX_LENGTH,
    tooLong: `La précision du motif ne doit pas dépasser ${REASON_TEXT_MAX_LENGTH} caractères.`,
  });
  return { reason: input.reason, text };
}

async function lockApplication(manager: EntityManager, id: string): Promise<ApplicationEntity | null> {
  const [row] = (await manager.query('SELECT * FROM "approvals"."applications" WHERE "id" = $1 FOR UPDATE', [
    id,
  ])) as ApplicationRow[];
  return row ? fromRow(row) : null;
}

export async function updateApplication(
  manager: EntityManager,
  id: string,
  changes: {
    status: ApplicationStatus;
    reason: DecisionReason | null;
    reasonText: string | null;
    approvedHours?: number | null;
    beyondBudget?: boolean;
    releasedByAgentId?: string;
  },
): Promise<ApplicationEntity> {
  // The CTE makes the command a SELECT, so the rows come back alone; rows filed before the
  // projection existed get their host administration now.
  const [row] = (await manager.query(
    `WITH updated AS (
       UPDATE "approvals"."applications" AS a
          SET "status" = $2, "reason" = $3, "reason_text" = $4,
              "approved_hours" = CASE WHEN $5 THEN $6::integer ELSE a."approved_hours" END,
              "beyond_budget" = coalesce($7::boolean, a."beyond_budget"),
              "released_by_agent_id" = coalesce($8::uuid, a."released_by_agent_id"),
              "version" = a."version" + 1, "updated_at" = clock_timestamp(),
              "host_administration_id" = coalesce(a."host_administration_id",
                (SELECT m."host_administration_id" FROM "approvals"."mission_projection" m
                  WHERE m."mission_id" = a."mission_id"))
        WHERE a."id" = $1
        RETURNING a.*
     )
     SELECT * FROM updated`,
    [
      id,
      changes.status,
      changes.reason,
      changes.reasonText,
      changes.approvedHours !== undefined,
      changes.approvedHours ?? null,
      changes.beyondBudget ?? null,
      changes.releasedByAgentId ?? null,
    ],
  )) as ApplicationRow[];
  return fromRow(row!);
}

async function seatsTaken(manager: EntityManager, missionId: string): Promise<number> {
  const [row] = (await manager.query(
    `SELECT count(*)::integer AS taken FROM "approvals"."applications"
      WHERE "mission_id" = $1 AND "status" = ANY($2::text[])`,
    [missionId, [...SEAT_HOLDING_STATUSES]],
  )) as Array<{ taken: number }>;
  return row?.taken ?? 0;
}

/** The hours an application commits once accepted: what the manager released, else what was proposed. */
export function hoursOf(application: Pick<ApplicationEntity, 'approvedHours' | 'proposedHours'>): number {
  return application.approvedHours ?? application.proposedHours;
}

/**
 * One transition of the state machine, in one transaction: locks (mission, then application, then
 * the agent's budget — always in this order, so concurrent decisions queue instead of deadlocking),
 * checks the person, the version and the status (`checkTransition`), then the action's own rules,
 * writes, and leaves the audit row, the `application.changed` event and the feed row. Any refusal
 * throws before the first write: nothing changes.
 */
export async function transitionApplication(
  ctx: RequestContext,
  action: Exclude<WorkflowAction, 'expire'>,
  id: string,
  input: TransitionInput,
): Promise<Application> {
  const { reason, text } = checkedReason(action, input);
  if (!isUuid(id)) throw notFound(APPLICATION_LABEL, id);
  const key = normaliseUuid(id);
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);

  return auditedWrite(ctx, async (manager, record) => {
    const [located] = (await manager.query(
      'SELECT "mission_id", "agent_id" FROM "approvals"."applications" WHERE "id" = $1',
      [key],
    )) as Array<{ mission_id: string; agent_id: string }>;
    if (!located) throw notFound(APPLICATION_LABEL, id);
    // Seats change on accept and withdraw: those lock the mission first, so they run one at a time.
    const seatsMove = action === 'accept' || action === 'withdraw';
    const mission = await manager.getRepository(MissionProjectionEntity).findOne({
      where: { missionId: located.mission_id },
      ...(seatsMove ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const before = await lockApplication(manager, key);
    if (!before) throw notFound(APPLICATION_LABEL, id);
    const agent = await manager.getRepository(AgentProjectionEntity).findOneBy({ agentId: before.agentId });
    // The approver the programme team named replaces a manager of record who is gone.
    const approverId = before.approverAgentId ?? agent?.managerId ?? null;
    const today = approvalsToday();
    const deputyId = await deputyOf(manager, approverId, today);
    const roles = rolesOf(viewer, me, {
      agentId: before.agentId,
      managerId: approverId,
      deputyId,
      hostAdministrationId: mission?.hostAdministrationId ?? before.hostAdministrationId,
      contactAgentId: mission?.contactAgentId ?? null,
    });
    if (!mayAct(action, roles)) {
      // Those who may see it learn why they may not act; others learn nothing.
      if (roles.size > 0 || (await canReadApplication(ctx, before))) throw forbiddenTransition(action);
      throw notFound(APPLICATION_LABEL, id);
    }
    const rule = checkTransition(action, before, roles, input.expectedVersion);
    // A deputy decides in the manager's name: the audit row says for whom.
    const onBehalf =
      (action === 'approve' || action === 'refuse') && me !== null && me !== approverId && me === deputyId
        ? { onBehalfOfAgentId: approverId }
        : {};
    if (
      (action === 'approve' || action === 'refuse') &&
      before.deadline !== null &&
      before.deadline < today
    ) {
      // The sweep expires it soon; until then nobody decides past the deadline.
      throw conflict(
        `Le délai de réponse du supérieur hiérarchique est passé (${frenchDate(before.deadline)}) : ` +
          'la candidature expire, l’agent peut en déposer une nouvelle.',
        { field: 'deadline', deadline: before.deadline },
      );
    }

    switch (action) {
      case 'approve': {
        const hours = input.hours ?? null;
        if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > before.proposedHours)) {
          throw badUserInput(
            'hours',
            `Les heures libérées doivent être un nombre entier entre 1 et les ${before.proposedHours} h proposées par l’agent.`,
          );
        }
        const after = await updateApplication(manager, key, {
          status: rule.to,
          reason: null,
          reasonText: null,
          approvedHours: hours !== null && hours < before.proposedHours ? hours : null,
          beyondBudget: input.beyondBudget === true,
          ...(me ? { releasedByAgentId: me } : {}),
        });
        await recordWrite(record, manager, 'application.approve', before, after, onBehalf);
        return toApplication(after);
      }
      case 'accept':
        return toApplication(
          await accept(ctx, manager, record, before, mission, agent?.administrationId ?? null),
        );
      case 'complete':
        return toApplication(await complete(manager, record, before, mission, input.hoursSpent, me));
      case 'withdraw': {
        if (mission?.startDate && mission.startDate <= todayInParis()) {
          throw conflict(
            `La mission a commencé le ${frenchDate(mission.startDate)} : la candidature ne peut plus être retirée. ` +
              'Adressez-vous au porteur de la mission.',
            { field: 'id', startDate: mission.startDate },
          );
        }
        const after = await updateApplication(manager, key, { status: rule.to, reason, reasonText: text });
        await recordWrite(record, manager, 'application.withdraw', before, after);
        if (before.status === ApplicationStatus.ACCEPTED) await freeSeat(manager, record, before, mission);
        return toApplication(after);
      }
      default: {
        const after = await updateApplication(manager, key, { status: rule.to, reason, reasonText: text });
        await recordWrite(record, manager, `application.${action}`, before, after, onBehalf);
        return toApplication(after);
      }
    }
  });
}

/**
 * Host acceptance, under the mission's row lock: a free seat (never overbooked), the agent's
 * budget (under the agent's lock) unless the release carried the override, then the hours are
 * committed; the last seat fills the mission and declines the other open applications.
 */
async function accept(
  ctx: RequestContext,
  manager: EntityManager,
  record: RecordChange,
  before: ApplicationEntity,
  mission: MissionProjectionEntity | null,
  homeAdministrationId: string | null,
): Promise<ApplicationEntity> {
  if (!mission) {
    throw conflict(
      'La mission de cette candidature n’est pas encore connue du service des candidatures : réessayez dans un instant.',
      { field: 'id' },
    );
  }
  if (mission.status !== MissionStatus.PUBLISHED && mission.status !== MissionStatus.FILLED) {
    throw conflict(
      `Cette mission n’accueille plus personne (statut ${mission.status}) : la candidature ne peut pas être acceptée.`,
      { field: 'id', missionStatus: mission.status },
    );
  }
  const taken = await seatsTaken(manager, mission.missionId);
  if (taken >= mission.seats) {
    throw conflict(
      `Plus aucune place n’est libre sur cette mission : ${mission.seats === 1 ? 'sa place est prise' : `ses ${mission.seats} places sont prises`}. ` +
        'Déclinez la candidature ou attendez qu’une place se libère.',
      { field: 'seats', seats: mission.seats, taken },
    );
  }
  const shares = yearShares(mission, hoursOf(before));
  await lockAgentBudget(manager, before.agentId);
  await checkBudget(manager, before.agentId, shares, before.beyondBudget);
  const after = await updateApplication(manager, before.id, {
    status: ApplicationStatus.ACCEPTED,
    reason: null,
    reasonText: null,
  });
  await commitHours(manager, after.id, after.agentId, shares);
  await createAgreement(
    manager,
    after,
    mission,
    homeAdministrationId,
    hoursOf(after),
    viewerAgentId(ctx.viewer),
  );
  await recordWrite(record, manager, 'application.accept', before, after);
  if (taken + 1 >= mission.seats) await fillMission(manager, record, mission);
  return after;
}

/**
 * The host records the hours actually spent, once the mission has ended (by the approvals clock):
 * the application is COMPLETED, the completion waits for the agent's confirmation, and the
 * agent's budget holds the hours spent instead of the hours agreed (no budget check: they are done).
 */
async function complete(
  manager: EntityManager,
  record: RecordChange,
  before: ApplicationEntity,
  mission: MissionProjectionEntity | null,
  hoursSpent: number | null | undefined,
  me: string | null,
): Promise<ApplicationEntity> {
  const terms = await currentAgreementTerms(manager, before.id);
  const endDate = terms?.endDate ?? mission?.endDate ?? null;
  const today = approvalsToday();
  if (endDate === null || endDate >= today) {
    throw conflict(
      endDate === null
        ? 'La mission n’a pas de date de fin : fixez-la dans la convention avant d’enregistrer sa réalisation.'
        : `La mission se termine le ${frenchDate(endDate)} : sa réalisation s’enregistre à partir du lendemain.`,
      { field: 'id', endDate },
    );
  }
  const spent = checkHoursSpent(hoursSpent, terms?.hours ?? hoursOf(before));
  const after = await updateApplication(manager, before.id, {
    status: ApplicationStatus.COMPLETED,
    reason: null,
    reasonText: null,
  });
  await insertCompletion(manager, before.id, spent, me);
  await releaseHours(manager, before.id);
  const schedule = {
    startDate: terms?.startDate ?? mission?.startDate ?? null,
    endDate,
    applicationDeadline: mission?.applicationDeadline ?? null,
  };
  await commitHours(manager, before.id, before.agentId, yearShares(schedule, spent));
  await recordWrite(record, manager, 'application.complete', before, after, { hoursSpent: spent });
  return after;
}

/**
 * The last seat is taken: missions is told (it moves the mission to FILLED), and every open
 * application not yet accepted is declined with MISSION_FILLED, each with its audit row, event and
 * feed row, in the acceptance's transaction — in a fixed number of statements, however many
 * applicants the mission had.
 */
async function fillMission(
  manager: EntityManager,
  record: RecordChange,
  mission: MissionProjectionEntity,
): Promise<void> {
  // The acceptance's audit row says it; missions only needs to hear of it.
  await record({ audit: [], events: [missionFilledEvent(mission.missionId, true)] });
  const open = (await manager.query(
    `SELECT * FROM "approvals"."applications"
      WHERE "mission_id" = $1 AND "status" = ANY($2::text[])
      ORDER BY "created_at", "id"
      FOR UPDATE`,
    [mission.missionId, OPEN_STATUSES.filter((status) => status !== ApplicationStatus.ACCEPTED)],
  )) as ApplicationRow[];
  if (open.length === 0) return;
  // As in updateApplication, the CTE makes the command a SELECT, so the rows come back alone.
  const declined = (await manager.query(
    `WITH updated AS (
       UPDATE "approvals"."applications" AS a
          SET "status" = $2, "reason" = $3, "reason_text" = NULL,
              "version" = a."version" + 1, "updated_at" = clock_timestamp()
        WHERE a."id" = ANY($1::uuid[])
        RETURNING a.*
     )
     SELECT * FROM updated`,
    [open.map((row) => row.id), ApplicationStatus.DECLINED_BY_HOST, DecisionReason.MISSION_FILLED],
  )) as ApplicationRow[];
  const after = new Map(declined.map((row) => [row.id, fromRow(row)]));
  await recordWrites(
    record,
    manager,
    'application.declineFilled',
    open.map((row) => ({ before: fromRow(row), after: after.get(row.id)! })),
  );
}

/** An accepted application withdrawn: its hours are released, and a filled mission is told a seat is free. */
async function freeSeat(
  manager: EntityManager,
  record: RecordChange,
  before: ApplicationEntity,
  mission: MissionProjectionEntity | null,
): Promise<void> {
  await releaseHours(manager, before.id);
  if (!mission) return;
  // Counted after the withdrawal: the mission was full before it exactly when one seat is now free.
  const taken = await seatsTaken(manager, mission.missionId);
  if (taken + 1 >= mission.seats) {
    await record({ audit: [], events: [missionFilledEvent(mission.missionId, false)] });
  }
}
