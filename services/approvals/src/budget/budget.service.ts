import {
  ApplicationStatus,
  auditedWrite,
  badUserInput,
  denied,
  isAdmin,
  isUuid,
  normaliseUuid,
  notFound,
  type RequestContext,
} from '@talents/common';
import type { EntityManager } from 'typeorm';
import { approvalsToday } from '../deadline/clock';
import { agentReference } from '../agent/agent.types';
import { auditApplicationsRead, viewerAgentId } from '../application/application.access';
import { toApplication } from '../application/application.mapper';
import { fromRow, type ApplicationRow } from '../application/application.service';
import { missionReference } from '../mission/mission.types';
import { agentProjectionById } from '../projection/projection.loader';
import { BUDGET_HOURS_MAX, defaultAnnualHours, lockAgentBudget, yearShares } from './budget.rules';
import { ApprovalRequest, TimeBudget } from './budget.types';

const BUDGET_FORBIDDEN =
  'Le budget de temps d’un agent n’est visible que de lui-même, de son supérieur hiérarchique et de l’équipe ' +
  'du programme.';

/** The agent, their manager of record and admins; `forWrite`: the manager or admins only. */
async function checkBudgetAccess(ctx: RequestContext, agentId: string, forWrite: boolean): Promise<void> {
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);
  if (me && isAdmin(viewer)) return;
  const managerId = me ? ((await agentProjectionById(ctx).load(agentId))?.managerId ?? null) : null;
  if (me && managerId === me) return;
  if (!forWrite && me === agentId) return;
  throw denied(
    viewer,
    forWrite
      ? 'Seuls le supérieur hiérarchique de l’agent et l’équipe du programme peuvent fixer son budget de temps.'
      : BUDGET_FORBIDDEN,
    forWrite ? 'agentId' : 'timeBudget',
  );
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput('year', 'L’année doit être un nombre entier entre 2000 et 2100.');
  }
}

async function readBudget(
  manager: EntityManager | RequestContext['db'],
  agentId: string,
  year: number,
): Promise<TimeBudget> {
  const [row] = (await manager.query(
    `SELECT (SELECT b.annual_hours FROM "approvals"."time_budgets" b WHERE b.agent_id = $1 AND b.year = $2) AS annual_hours,
            coalesce((SELECT sum(c.hours) FROM "approvals"."hour_commitments" c
                       WHERE c.agent_id = $1 AND c.year = $2), 0)::integer AS committed_hours`,
    [agentId, year],
  )) as Array<{ annual_hours: number | null; committed_hours: number }>;
  return timeBudgetFrom(agentId, year, row?.annual_hours ?? null, row?.committed_hours ?? 0);
}

/** A budget from its stored hours (null: the programme's default) and the hours committed. */
export function timeBudgetFrom(
  agentId: string,
  year: number,
  storedAnnualHours: number | null,
  committedHours: number,
): TimeBudget {
  const annualHours = storedAnnualHours ?? defaultAnnualHours();
  return Object.assign(new TimeBudget(), {
    agentId,
    year,
    annualHours,
    committedHours,
    remainingHours: Math.max(0, annualHours - committedHours),
    customised: storedAnnualHours !== null,
  });
}

/** `Agent.timeBudget(year)`. */
export async function timeBudgetOf(ctx: RequestContext, agentId: string, year: number): Promise<TimeBudget> {
  checkYear(year);
  const key = normaliseUuid(agentId);
  await checkBudgetAccess(ctx, key, false);
  return readBudget(ctx.db, key, year);
}

/**
 * `setTimeBudget`: the manager of record (or the programme team) sets an agent's hours for one
 * year; audited with before and after. Under the agent's budget lock, so that an acceptance
 * running meanwhile reads either the old budget or the new one, never a mix.
 */
export async function setTimeBudget(
  ctx: RequestContext,
  agentId: string,
  year: number,
  hours: number,
): Promise<TimeBudget> {
  checkYear(year);
  if (!Number.isInteger(hours) || hours < 0 || hours > BUDGET_HOURS_MAX) {
    throw badUserInput(
      'hours',
      `Le budget annuel doit être un nombre entier d’heures entre 0 et ${BUDGET_HOURS_MAX}.`,
    );
  }
  if (!isUuid(agentId)) throw notFound('Agent', agentId);
  const key = normaliseUuid(agentId);
  await checkBudgetAccess(ctx, key, true);
  return auditedWrite(ctx, async (manager, record) => {
    await lockAgentBudget(manager, key);
    const before = await readBudget(manager, key, year);
    await manager.query(
      `INSERT INTO "approvals"."time_budgets" ("agent_id", "year", "annual_hours", "updated_at")
       VALUES ($1, $2, $3, clock_timestamp())
       ON CONFLICT ("agent_id", "year") DO UPDATE SET "annual_hours" = EXCLUDED."annual_hours",
         "updated_at" = EXCLUDED."updated_at"`,
      [key, year, hours],
    );
    const after = await readBudget(manager, key, year);
    await record({
      audit: {
        action: 'timeBudget.set',
        entityType: 'TimeBudget',
        entityId: `${key}:${year}`,
        subjectAgentId: key,
        before: { year, annualHours: before.annualHours, customised: before.customised },
        after: { year, annualHours: after.annualHours, customised: true },
      },
    });
    return after;
  });
}

interface InboxRow extends ApplicationRow {
  start_date: string | null;
  end_date: string | null;
  application_deadline: string | null;
  programme_queue: boolean;
  approver_id: string | null;
}

/**
 * `Agent.approvalInbox`: the submitted applications of the agents this person manages (projected
 * manager of record), oldest first; for a programme admin looking at their own inbox, also those
 * of agents without a manager of record (their queue). Each with the remaining budget of the
 * mission's first year — one statement for the requests, one for all the budgets.
 */
export async function approvalInboxOf(ctx: RequestContext, agentId: string): Promise<ApprovalRequest[]> {
  const viewer = ctx.viewer;
  const me = viewerAgentId(viewer);
  const key = normaliseUuid(agentId);
  if (!me || (me !== key && !isAdmin(viewer))) {
    throw denied(
      viewer,
      'La boîte de réception des demandes d’un supérieur hiérarchique n’est visible que de lui-même et de ' +
        'l’équipe du programme.',
      'approvalInbox',
    );
  }
  const withQueue = me === key && isAdmin(viewer);
  const rows = (await ctx.db.query(
    `SELECT a.*, m.start_date::text AS start_date, m.end_date::text AS end_date,
            m.application_deadline::text AS application_deadline,
            (a.approver_agent_id IS NULL AND p.manager_id IS NULL) AS programme_queue,
            coalesce(a.approver_agent_id, p.manager_id) AS approver_id
       FROM "approvals"."applications" a
       LEFT JOIN "approvals"."agent_projection" p ON p.agent_id = a.agent_id
       LEFT JOIN "approvals"."mission_projection" m ON m.mission_id = a.mission_id
      WHERE a.status = $2 AND a.agent_id <> $1
        AND (coalesce(a.approver_agent_id, p.manager_id) = $1
             OR ($3 AND a.approver_agent_id IS NULL AND p.manager_id IS NULL)
             OR coalesce(a.approver_agent_id, p.manager_id) IN (
                  SELECT d.manager_agent_id FROM "approvals"."approval_delegations" d
                   WHERE d.deputy_agent_id = $1 AND d.revoked_at IS NULL
                     AND $4::date BETWEEN d.starts_on AND d.ends_on))
      ORDER BY a.created_at, a.id`,
    [key, ApplicationStatus.SUBMITTED, withQueue, approvalsToday()],
  )) as InboxRow[];
  const requests = rows.map((row) => {
    const entity = fromRow(row);
    const [first] = yearShares(
      { startDate: row.start_date, endDate: row.end_date, applicationDeadline: row.application_deadline },
      entity.proposedHours,
    );
    return { row, entity, year: first!.year };
  });
  const budgets = (await ctx.db.query(
    `SELECT k.agent_id, k.year,
            coalesce(b.annual_hours, $3::integer) - coalesce((SELECT sum(c.hours) FROM "approvals"."hour_commitments" c
                       WHERE c.agent_id = k.agent_id AND c.year = k.year), 0)::integer AS remaining
       FROM unnest($1::uuid[], $2::integer[]) AS k(agent_id, year)
       LEFT JOIN "approvals"."time_budgets" b ON b.agent_id = k.agent_id AND b.year = k.year`,
    [
      requests.map((request) => request.entity.agentId),
      requests.map((request) => request.year),
      defaultAnnualHours(),
    ],
  )) as Array<{ agent_id: string; year: number; remaining: number }>;
  const remaining = new Map(budgets.map((row) => [`${row.agent_id}:${row.year}`, row.remaining]));
  return requests.map(({ row, entity, year }) => {
    auditApplicationsRead(ctx, entity.agentId, 'approvalInbox');
    return Object.assign(new ApprovalRequest(), {
      application: toApplication(entity),
      agent: agentReference(entity.agentId),
      mission: missionReference(entity.missionId),
      hoursAsked: entity.proposedHours,
      budgetYear: year,
      remainingHours: Math.max(0, remaining.get(`${entity.agentId}:${year}`) ?? defaultAnnualHours()),
      programmeQueue: row.programme_queue,
      deadline: entity.deadline,
      onBehalfOf:
        row.approver_id !== null && row.approver_id !== key ? agentReference(row.approver_id) : null,
    });
  });
}
