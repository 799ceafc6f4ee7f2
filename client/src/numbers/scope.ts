import type { MissionKind, ProgrammeNumbersFilter } from '../gql/graphql';
import { MISSION_KIND_LABELS } from '../common/labels';
import { todayInParis } from '../outcomes/outcome-rules';

/**
 * The scope of the numbers as the address holds it (`?du=2025-05-01&au=2026-05-14&ministere=…&type=…`),
 * so that a view can be shared and survives a reload. Values are passed to the API as they are: the
 * API checks them and names the field at fault.
 */
export interface NumbersScope {
  from: string;
  to: string;
  ministryId: string;
  kind: MissionKind | '';
}

const PARAMS = { from: 'du', to: 'au', ministryId: 'ministere', kind: 'type' } as const;

/**
 * The default period, the API's own: up to today, from the first day of the same month a year
 * earlier (twelve full months and the current one).
 */
export function defaultPeriod(today: string = todayInParis()): { from: string; to: string } {
  return { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`, to: today };
}

function isKind(value: string): value is MissionKind {
  return Object.prototype.hasOwnProperty.call(MISSION_KIND_LABELS, value);
}

export function scopeOf(params: URLSearchParams, today?: string): NumbersScope {
  const period = defaultPeriod(today);
  const kind = params.get(PARAMS.kind) ?? '';
  return {
    from: params.get(PARAMS.from) || period.from,
    to: params.get(PARAMS.to) || period.to,
    ministryId: params.get(PARAMS.ministryId) ?? '',
    kind: isKind(kind) ? kind : '',
  };
}

/** The address's query string of a scope (the period always written, so a shared view keeps it). */
export function paramsOf(scope: NumbersScope): URLSearchParams {
  const params = new URLSearchParams();
  if (scope.from) params.set(PARAMS.from, scope.from);
  if (scope.to) params.set(PARAMS.to, scope.to);
  if (scope.ministryId) params.set(PARAMS.ministryId, scope.ministryId);
  if (scope.kind) params.set(PARAMS.kind, scope.kind);
  return params;
}

export function filterOf(scope: NumbersScope): ProgrammeNumbersFilter {
  return {
    from: scope.from || null,
    to: scope.to || null,
    ministryId: scope.ministryId || null,
    kind: scope.kind || null,
  };
}

/** The CSV tables the gateway exports (`gateway/src/exports/`), by their name in the URL. */
export type NumbersTable =
  'entonnoir' | 'delais' | 'motifs' | 'heures-par-ministere' | 'competences' | 'missions-sans-candidature';

/** `/exports/chiffres/{table}.csv` for the same scope as the screen (the session cookie authorises it). */
export function csvHref(table: NumbersTable, scope: NumbersScope): string {
  const params = new URLSearchParams();
  if (scope.from) params.set('from', scope.from);
  if (scope.to) params.set('to', scope.to);
  if (scope.ministryId) params.set('ministryId', scope.ministryId);
  if (scope.kind) params.set('kind', scope.kind);
  const query = params.toString();
  return `/exports/chiffres/${table}.csv${query ? `?${query}` : ''}`;
}
