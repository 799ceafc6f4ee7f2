export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Today at 00:00 UTC: the default reference date, so that a day's dataset is stable. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** `YYYY-MM-DD` of a UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
