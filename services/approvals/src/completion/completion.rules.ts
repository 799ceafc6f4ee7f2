import { badUserInput } from '@talents/common';
import type { EntityManager } from 'typeorm';

/** `COMPLETION_TOLERANCE_PERCENT` (20): how far the hours spent may exceed the hours agreed. */
export function completionTolerancePercent(): number {
  const raw = process.env.COMPLETION_TOLERANCE_PERCENT;
  if (raw === undefined || raw.trim() === '') return 20;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new Error(
      `COMPLETION_TOLERANCE_PERCENT doit être un pourcentage entier de 0 à 100 (reçu « ${raw} »).`,
    );
  }
  return value;
}

/** The agreement's current version: hours and period (null before any agreement). */
export async function currentAgreementTerms(
  manager: EntityManager,
  applicationId: string,
): Promise<{ hours: number; startDate: string | null; endDate: string | null } | null> {
  const [row] = (await manager.query(
    `SELECT v."hours", v."start_date"::text AS "start_date", v."end_date"::text AS "end_date"
       FROM "approvals"."agreements" g
       JOIN "approvals"."agreement_versions" v ON v."agreement_id" = g."id" AND v."version" = g."version"
      WHERE g."application_id" = $1`,
    [applicationId],
  )) as Array<{ hours: number; start_date: string | null; end_date: string | null }>;
  return row ? { hours: row.hours, startDate: row.start_date, endDate: row.end_date } : null;
}

/** The most hours a completion may record: the hours agreed plus the tolerance, rounded up. */
export function maxHoursSpent(agreed: number): number {
  return Math.ceil((agreed * (100 + completionTolerancePercent())) / 100);
}

/** The hours spent, from 1 to the hours agreed plus the tolerance; else BAD_USER_INPUT on `hoursSpent`. */
export function checkHoursSpent(hoursSpent: number | null | undefined, agreed: number): number {
  const most = maxHoursSpent(agreed);
  if (
    hoursSpent === null ||
    hoursSpent === undefined ||
    !Number.isInteger(hoursSpent) ||
    hoursSpent < 1 ||
    hoursSpent > most
  ) {
    throw badUserInput(
      'hoursSpent',
      `Les heures réalisées vont de 1 à ${most} : ${agreed} h convenues, plus ${completionTolerancePercent()} % de marge.`,
    );
  }
  return hoursSpent;
}

export async function insertCompletion(
  manager: EntityManager,
  applicationId: string,
  hoursSpent: number,
  recordedBy: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO "approvals"."completions" ("application_id", "hours_spent", "recorded_by_agent_id") VALUES ($1, $2, $3)`,
    [applicationId, hoursSpent, recordedBy],
  );
}
