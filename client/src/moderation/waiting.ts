/**
 * How long a mission has waited for moderation, as the queue shows it. The thresholds only draw
 * the eye (information, then warning after two days, alert after five): the programme has not set
 * a moderation deadline in the API yet.
 */
export function waitingSince(
  since: string,
  now: Date,
): { label: string; severity: 'info' | 'warning' | 'error' } {
  const hours = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 3_600_000));
  const days = Math.floor(hours / 24);
  const label =
    hours < 1
      ? 'En attente depuis moins d’une heure'
      : days < 1
        ? `En attente depuis ${hours} heure${hours > 1 ? 's' : ''}`
        : `En attente depuis ${days} jour${days > 1 ? 's' : ''}`;
  return { label, severity: days >= 5 ? 'error' : days >= 2 ? 'warning' : 'info' };
}
