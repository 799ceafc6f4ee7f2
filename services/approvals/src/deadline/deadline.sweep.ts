import {
  ApplicationStatus,
  asBackgroundWork,
  auditedWrite,
  createFailureLog,
  createLogger,
  createRequestContext,
  type DomainEvent,
  failureKind,
  type Logger,
  publishEvent,
  SYSTEM_VIEWER,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { fromRow, recordWrite, type ApplicationRow } from '../application/application.service';
import { updateApplication } from '../application/application.transitions';
import { checkTransition } from '../application/application.workflow';
import { scheduleDailyDigests } from '../notification/notification.digest';
import { approvalsNow, approvalsToday } from './clock';
import { approvalSchedule } from './working-days';

/*
 * The manager's deadline, kept by a periodic sweep that every approvals replica runs: it gives
 * older submitted applications their deadline, sends each reminder once, and expires what is past
 * due. Each step takes its rows `FOR UPDATE SKIP LOCKED` in short transactions: two replicas
 * sweeping at once share the rows instead of doing them twice, a decision in flight is skipped
 * (and re-read next time), and whatever a stopped hub missed is caught up on the next sweep, as
 * due work is selected by date, not by timer.
 */

export type ReminderKind = 'HALF_TIME' | 'LAST_DAY';

/** `approval.reminder`, routed to approvals (its notifications tell the manager). */
export interface ApprovalReminderPayload {
  applicationId: string;
  /** Who must answer: the approver named by the programme team, else the manager of record; null: the programme team's queue. */
  managerAgentId: string | null;
  /** Last day to answer ('YYYY-MM-DD', Paris). */
  deadline: string;
  kind: ReminderKind;
}

export function approvalReminderEvent(
  payload: ApprovalReminderPayload,
): DomainEvent<ApprovalReminderPayload> {
  return {
    type: 'approval.reminder',
    key: payload.applicationId,
    payload: { ...payload, version: new Date().toISOString() },
  };
}

export interface SweepResult {
  scheduled: number;
  reminders: Record<ReminderKind, number>;
  expired: number;
  /** Daily digests published (notification.digest.ts). */
  digests: number;
}

const BATCH = 50;

/**
 * Submitted applications filed before deadlines existed get theirs, counted
 * from the day of the sweep that finds them: their manager was never told of an earlier one, and
 * counting from their filing day would expire them all at once.
 */
async function scheduleOlderApplications(db: DataSource, today: string): Promise<number> {
  const schedule = approvalSchedule(today);
  let total = 0;
  for (;;) {
    const count = await db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT "id" FROM "approvals"."applications"
          WHERE "status" = $1 AND "deadline" IS NULL
          ORDER BY "created_at", "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [ApplicationStatus.SUBMITTED],
      )) as Array<{ id: string }>;
      if (rows.length > 0) {
        await manager.query(
          `UPDATE "approvals"."applications" SET "deadline" = $2, "half_time_on" = $3
            WHERE "id" = ANY($1::uuid[])`,
          [rows.map((row) => row.id), schedule.deadline, schedule.halfTimeOn],
        );
      }
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

/**
 * One kind of reminder for every submitted application whose day has come and whose deadline has
 * not passed. The row in `approval_reminders` (one per application and kind) is what makes it
 * once: it is written with the event, in one transaction, and a second sweep finds it.
 */
async function sendReminders(db: DataSource, kind: ReminderKind, today: string): Promise<number> {
  // The half-time reminder is not sent late on the last day (that day has its own).
  const due =
    kind === 'HALF_TIME'
      ? `a."half_time_on" <= $2::date AND ($2::date < a."deadline" OR a."half_time_on" = a."deadline")`
      : `a."deadline" = $2::date`;
  let total = 0;
  for (;;) {
    const count = await db.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT a."id", a."deadline"::text AS "deadline",
                coalesce(a."approver_agent_id", p."manager_id") AS "manager_agent_id"
           FROM "approvals"."applications" a
           LEFT JOIN "approvals"."agent_projection" p ON p."agent_id" = a."agent_id"
          WHERE a."status" = $1 AND ${due}
            AND NOT EXISTS (SELECT 1 FROM "approvals"."approval_reminders" r
                             WHERE r."application_id" = a."id" AND r."kind" = $3)
          ORDER BY a."deadline", a."id" LIMIT ${BATCH}
          FOR UPDATE OF a SKIP LOCKED`,
        [ApplicationStatus.SUBMITTED, today, kind],
      )) as Array<{ id: string; deadline: string; manager_agent_id: string | null }>;
      let sent = 0;
      for (const row of rows) {
        const inserted = (await manager.query(
          `INSERT INTO "approvals"."approval_reminders" ("application_id", "kind", "deadline")
           VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "application_id"`,
          [row.id, kind, row.deadline],
        )) as unknown[];
        if (inserted.length === 0) continue;
        await publishEvent(
          manager,
          approvalReminderEvent({
            applicationId: row.id,
            managerAgentId: row.manager_agent_id,
            deadline: row.deadline,
            kind,
          }),
        );
        sent += 1;
      }
      total += sent;
      return rows.length;
    });
    if (count < BATCH) return total;
  }
}

/** Expires, as the system and through the state machine, every submitted application past its deadline. */
async function expireOverdue(db: DataSource, logger: Logger, today: string): Promise<number> {
  const ctx = createRequestContext(db, logger, {}, SYSTEM_VIEWER, 'approvals');
  const system = new Set(['SYSTEM' as const]);
  let total = 0;
  for (;;) {
    const count = await auditedWrite(ctx, async (manager, record) => {
      const rows = (await manager.query(
        `SELECT * FROM "approvals"."applications"
          WHERE "status" = $1 AND "deadline" < $2::date
          ORDER BY "deadline", "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [ApplicationStatus.SUBMITTED, today],
      )) as ApplicationRow[];
      for (const row of rows) {
        const before = fromRow(row);
        const rule = checkTransition('expire', before, system, null);
        const after = await updateApplication(manager, before.id, {
          status: rule.to,
          reason: null,
          reasonText: null,
        });
        await recordWrite(record, manager, 'application.expire', before, after);
      }
      total += rows.length;
      return rows.length;
    });
    if (count < BATCH) return total;
  }
}

/**
 * One sweep, by the approvals clock: what is due now is done, once, whichever replica gets there;
 * the daily digests leave with the first sweep after their hour.
 */
export async function sweepApprovalDeadlines(
  db: DataSource,
  logger: Logger = createLogger('approvals'),
): Promise<SweepResult> {
  const today = approvalsToday();
  const scheduled = await scheduleOlderApplications(db, today);
  const halfTime = await sendReminders(db, 'HALF_TIME', today);
  const lastDay = await sendReminders(db, 'LAST_DAY', today);
  const expired = await expireOverdue(db, logger, today);
  const digests = await scheduleDailyDigests(db, approvalsNow());
  return { scheduled, reminders: { HALF_TIME: halfTime, LAST_DAY: lastDay }, expired, digests };
}

/** `APPROVAL_SWEEP_SECONDS`: seconds between two sweeps of one replica (default 60). */
export function approvalSweepSeconds(): number {
  const raw = process.env.APPROVAL_SWEEP_SECONDS;
  if (raw === undefined || raw === '') return 60;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 1) {
    throw new Error(`APPROVAL_SWEEP_SECONDS doit être un nombre de secondes ≥ 1 (reçu « ${raw} »).`);
  }
  return seconds;
}

export interface ApprovalsScheduler {
  /** Runs a sweep now (between the periodic ones); resolves with what it did. */
  sweep(): Promise<SweepResult>;
  stop(): Promise<void>;
}

/**
 * The periodic sweep of one replica: the first at once (catching up after a restart), then every
 * `APPROVAL_SWEEP_SECONDS`. A failed sweep is logged and the next one tries again.
 */
export function startApprovalsScheduler(options: {
  db: DataSource;
  logger?: Logger;
  intervalSeconds?: number;
}): ApprovalsScheduler {
  const logger = options.logger ?? createLogger('approvals');
  const failures = createFailureLog(logger);
  const interval = (options.intervalSeconds ?? approvalSweepSeconds()) * 1000;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    // Not a request: its statements stay out of the per-request counts.
    const next = running.then(() => asBackgroundWork(() => sweepApprovalDeadlines(options.db, logger)));
    running = next.catch(() => undefined);
    return next;
  };
  const tick = () => {
    timer = null;
    sweep()
      .catch((error: unknown) =>
        failures(`sweep:${failureKind(error)}`, { err: error, at: approvalsNow() }, 'approval sweep failed'),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, interval);
      });
  };
  tick();
  return {
    sweep,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
