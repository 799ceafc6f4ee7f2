import Holidays from 'date-holidays';

/*
 * French working days for the manager's deadline: Monday to Friday, minus the public holidays of
 * metropolitan France (date-holidays' `FR`, public ones only: Pentecost Sunday or Mother's Day are
 * observances). Dates are calendar dates in Europe/Paris, 'YYYY-MM-DD', as the date columns take.
 */

const holidays = new Holidays('FR', { types: ['public'] });
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function publicHolidays(year: number): ReadonlySet<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    // `date` is the local date in France followed by a time ('2026-05-01 00:00:00').
    days = new Set(holidays.getHolidays(year).map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(year, days);
  }
  return days;
}

/** 'YYYY-MM-DD' as a UTC noon instant: calendar arithmetic with no daylight-saving edge. */
function asUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

function asText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isFrenchPublicHoliday(date: string): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: string): boolean {
  const weekday = asUtc(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(date);
}

/** The `days`-th working day after `date` (`date` itself never counts). */
export function addWorkingDays(date: string, days: number): string {
  const cursor = asUtc(date);
  let left = days;
  while (left > 0) {
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    if (isWorkingDay(asText(cursor))) left -= 1;
  }
  return asText(cursor);
}

/** `APPROVAL_DEADLINE_DAYS`: working days the manager has to answer (default 5, 1 to 60). */
export function approvalDeadlineDays(): number {
  const raw = process.env.APPROVAL_DEADLINE_DAYS;
  if (raw === undefined || raw === '') return 5;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 60) {
    throw new Error(
      `APPROVAL_DEADLINE_DAYS doit être un nombre entier de jours ouvrés entre 1 et 60 (reçu « ${raw} »).`,
    );
  }
  return days;
}

/** When a request filed on `submittedOn` is due, and when its half-time reminder goes. */
export interface ApprovalSchedule {
  /** Last day the manager may answer; the application expires the next day. */
  deadline: string;
  /** Half of the working days gone (rounded up): the first reminder. */
  halfTimeOn: string;
}

export function approvalSchedule(submittedOn: string, days = approvalDeadlineDays()): ApprovalSchedule {
  return {
    deadline: addWorkingDays(submittedOn, days),
    halfTimeOn: addWorkingDays(submittedOn, Math.ceil(days / 2)),
  };
}
