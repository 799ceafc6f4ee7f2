import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors';
import { denied, hasScope, isAdmin } from '../identity';
import type { Viewer } from '../identity';
import { todayInParis } from '../validation';
import { MissionKind } from '../vocabulary';

/**
 * What the programme's numbers are computed over (issue 13 item 4): missions posted and applications
 * filed between two days (Paris time, both included), optionally one ministry's (host side) and one
 * mission kind. Missions and approvals each compute their part from it; the gateway composes them.
 */
export interface ProgrammeScope {
  from: string;
  to: string;
  ministryId: string | null;
  kind: MissionKind | null;
}

/** The longest period one request may cover: ten years of the programme, no more. */
export const MAX_SCOPE_DAYS = 3660;

export const SCOPE_MESSAGES = {
  notADate: 'Date invalide : attendu AAAA-MM-JJ, par exemple 2026-01-31.',
  reversed: 'La fin de la période précède son début : choisissez une date de fin postérieure.',
  tooLong: `Période trop longue : ${MAX_SCOPE_DAYS} jours au plus.`,
  ministry: 'Identifiant de ministère invalide : choisissez un ministère de la liste.',
  refused:
    'Les chiffres du programme sont réservés à l’équipe du programme et aux clients d’API de portée « stats:read ».',
} as const;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const SEPARATOR = '~';

function isRealDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * The scope a client asked for, checked: by default the last twelve months up to today. Errors name
 * the field at fault under `path` (e.g. `filter.from`).
 */
export function programmeScope(
  input: { from?: string | null; to?: string | null; ministryId?: string | null; kind?: MissionKind | null },
  path = 'filter',
  today: string = todayInParis(),
): ProgrammeScope {
  const to = input.to ?? today;
  if (!isRealDate(to)) throw badUserInput(`${path}.to`, SCOPE_MESSAGES.notADate);
  const from = input.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4, 8)}01`;
  if (!isRealDate(from)) throw badUserInput(`${path}.from`, SCOPE_MESSAGES.notADate);
  if (from > to) throw badUserInput(`${path}.to`, SCOPE_MESSAGES.reversed);
  if (daysBetween(from, to) > MAX_SCOPE_DAYS) throw badUserInput(`${path}.from`, SCOPE_MESSAGES.tooLong);
  const ministryId = input.ministryId ?? null;
  if (ministryId !== null && !SLUG.test(ministryId)) {
    throw badUserInput(`${path}.ministryId`, SCOPE_MESSAGES.ministry);
  }
  return { from, to, ministryId, kind: input.kind ?? null };
}

/** The entity key of `ProgrammeNumbers`: the scope, readable, one way of writing each scope. */
export function encodeProgrammeScope(scope: ProgrammeScope): string {
  return [scope.from, scope.to, scope.ministryId ?? '', scope.kind ?? ''].join(SEPARATOR);
}

/** The scope of a `ProgrammeNumbers` key, or null when the key was not written by `encodeProgrammeScope`. */
export function decodeProgrammeScope(key: unknown): ProgrammeScope | null {
  if (typeof key !== 'string') return null;
  const parts = key.split(SEPARATOR);
  if (parts.length !== 4) return null;
  const [from = '', to = '', ministry = '', kind = ''] = parts;
  if (!isRealDate(from) || !isRealDate(to) || from > to || daysBetween(from, to) > MAX_SCOPE_DAYS)
    return null;
  if (ministry !== '' && !SLUG.test(ministry)) return null;
  if (kind !== '' && !(Object.values(MissionKind) as string[]).includes(kind)) return null;
  return {
    from,
    to,
    ministryId: ministry === '' ? null : ministry,
    kind: kind === '' ? null : (kind as MissionKind),
  };
}

/** The programme team and API clients holding `stats:read` read the numbers; anyone else is refused. */
export function checkProgrammeNumbersReader(viewer: Viewer, field: string): void {
  if (isAdmin(viewer) || hasScope(viewer, 'stats:read')) return;
  throw denied(viewer, SCOPE_MESSAGES.refused, field) as GraphQLError;
}

/**
 * The scope's bounds as SQL parameters: the first instant of `from` and the first instant after `to`,
 * both in Paris time, so that a day belongs to the period whatever the server's time zone.
 */
export const SCOPE_BOUNDS_SQL = {
  start: (parameter: string) => `((${parameter})::date::timestamp AT TIME ZONE 'Europe/Paris')`,
  end: (parameter: string) => `(((${parameter})::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
} as const;

/**
 * Count, median and 90th percentile of a duration in hours, as SQL select items over `hours`
 * (an expression): `<alias>_count`, `<alias>_median`, `<alias>_p90`.
 */
export function durationStatsSql(hours: string, alias: string, filter = 'TRUE'): string {
  return [
    `count(${hours}) FILTER (WHERE ${filter})::int AS "${alias}_count"`,
    `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours}) FILTER (WHERE ${filter}) AS "${alias}_median"`,
    `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours}) FILTER (WHERE ${filter}) AS "${alias}_p90"`,
  ].join(',\n');
}

/** A duration measured over many cases: how many, the median and the 90th percentile, in hours. */
@Directive('@shareable')
@ObjectType('DurationStats', {
  description: 'Durée mesurée sur plusieurs cas : leur nombre, la médiane et le 90e centile, en heures.',
})
export class DurationStats {
  @Field(() => Int, { description: 'Nombre de cas mesurés.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Médiane, en heures ; null sans aucun cas.' })
  medianHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '90e centile (9 cas sur 10 en moins de temps), en heures ; null sans aucun cas.',
  })
  p90Hours!: number | null;

  /** Reads the three columns `durationStatsSql` selected under `alias`, rounded to the tenth of an hour. */
  static fromRow(row: Record<string, unknown>, alias: string): DurationStats {
    const hours = (value: unknown): number | null =>
      value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;
    return Object.assign(new DurationStats(), {
      count: Number(row[`${alias}_count`] ?? 0),
      medianHours: hours(row[`${alias}_median`]),
      p90Hours: hours(row[`${alias}_p90`]),
    });
  }
}

/**
 * What missions (the owner of `ProgrammeNumbers`) and approvals (which adds its part under the same key)
 * both say of the entity and of its key field: composition wants the same words on each side.
 */
export const PROGRAMME_NUMBERS_DESCRIPTIONS = {
  type:
    'Chiffres du programme sur un périmètre (période, ministère, type de mission), calculés par les services qui ' +
    'détiennent les données. Équipe du programme et clients d’API « stats:read ».',
  id: 'Le périmètre, écrit d’une seule façon : « début~fin~ministère~type ».',
};

/**
 * The ministry each administration belongs to: the top of its chain of parents (a ministry is its own).
 * Administrations whose parent is not in the list count as the top of their chain.
 */
export function ministryOfEach(
  administrations: ReadonlyArray<{ id: string; parentId?: string | null }>,
): Map<string, string> {
  const parentOf = new Map(
    administrations.map((administration) => [administration.id, administration.parentId ?? null]),
  );
  const ministries = new Map<string, string>();
  for (const { id } of administrations) {
    let top = id;
    const seen = new Set<string>([id]);
    for (
      let parent = parentOf.get(top);
      parent && parentOf.has(parent) && !seen.has(parent);
      parent = parentOf.get(top)
    ) {
      seen.add(parent);
      top = parent;
    }
    ministries.set(id, top);
  }
  return ministries;
}

/**
 * A request-scoped loader of figures computed once per scope key, however many fields of
 * `ProgrammeNumbers` read them (e.g. the funnel and the times come from one statement).
 */
export function scopeLoader<T>(
  compute: (db: DataSource, scope: ProgrammeScope) => Promise<T>,
): (db: DataSource) => DataLoader<string, T> {
  return (db) =>
    new DataLoader<string, T>((keys) =>
      Promise.all(
        keys.map((key) => {
          const scope = decodeProgrammeScope(key);
          // Keys come from `ProgrammeNumbers.id`, written by encodeProgrammeScope: anything else is a bug.
          return scope ? compute(db, scope) : Promise.reject(new Error(`Not a programme scope: ${key}`));
        }),
      ),
    );
}
