/** Figures as a French reader writes them: « 1 234 », « 47,5 h », « 12,5 jours », « 38,2 % ». */
const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return INTEGER.format(value);
}

/** Work hours (given, received): always in hours, a day of work not being 24 of them. */
export function formatHours(value: number): string {
  return `${ONE_DECIMAL.format(value)} h`;
}

/** Beyond two days, an elapsed time reads better in days. */
const DAYS_FROM_HOURS = 48;

/** An elapsed time in hours: « 47,5 h » up to two days, « 12,5 jours » beyond; « — » without any case. */
export function formatDuration(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '—';
  if (hours < DAYS_FROM_HOURS) return `${ONE_DECIMAL.format(hours)} h`;
  const days = hours / 24;
  return `${ONE_DECIMAL.format(days)} jour${days >= 2 ? 's' : ''}`;
}

/** The share of `count` in `previous`, « 38,2 % », or « — » when there is nothing to compare with. */
export function formatShare(count: number, previous: number | null | undefined): string {
  if (previous === null || previous === undefined || previous === 0) return '—';
  return `${ONE_DECIMAL.format((count / previous) * 100)} %`;
}
