import {
  checkPageSize,
  decodeProgrammeScope,
  DurationStats,
  durationStatsSql,
  SCOPE_BOUNDS_SQL,
  scopeLoader,
  type ApplicationStatus,
  type DecisionReason,
  type ProgrammeScope,
  type RequestContext,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { administrationReference } from '../agreement/administration.types';
import { missionReference } from '../mission/mission.types';
import {
  ApplicationFunnel,
  ClosureReasonCount,
  MinistryHours,
  MissionsWithoutApplicants,
  type ProgrammeNumbers,
} from './programme-numbers.types';

const A = '"approvals"';

/** The ministry of an administration, itself when approvals' copy of the referential does not know it. */
const MINISTRY_OF = (administration: string, alias: string) =>
  `coalesce(${alias}."ministry_id", ${administration})`;

/** Missions `m` of the chosen ministry (host side, joined as `host`) and kind, given as parameters. */
function missionFilter(ministry = '$3', kind = '$4'): string {
  return `(${ministry}::text IS NULL OR ${MINISTRY_OF('m."host_administration_id"', 'host')} = ${ministry})
    AND (${kind}::text IS NULL OR m."kind" = ${kind})`;
}

/** The scope's applications: filed in the period (Paris days), to missions of the ministry and kind. */
const SCOPED_APPLICATIONS = `
  SELECT a."id", a."agent_id", a."status", a."reason", a."created_at",
         a."released_at", a."accepted_at", a."completed_at"
    FROM ${A}."applications" a
    JOIN ${A}."mission_projection" m ON m."mission_id" = a."mission_id"
    LEFT JOIN ${A}."administration_reference" host ON host."id" = m."host_administration_id"
   WHERE a."created_at" >= ${SCOPE_BOUNDS_SQL.start('$1')} AND a."created_at" < ${SCOPE_BOUNDS_SQL.end('$2')}
     AND ${missionFilter()}`;

function scopeParameters(scope: ProgrammeScope): unknown[] {
  return [scope.from, scope.to, scope.ministryId, scope.kind];
}

function scopeOf(numbers: Pick<ProgrammeNumbers, 'id'>): ProgrammeScope {
  const scope = decodeProgrammeScope(numbers.id);
  // __resolveReference lets only keys written by missions through: anything else is a wiring bug.
  if (!scope) throw new Error(`Not a programme scope: ${numbers.id}`);
  return scope;
}

interface ApplicationFigures {
  funnel: ApplicationFunnel;
  timeToRelease: DurationStats;
  timeToAcceptance: DurationStats;
}

const HOURS = (later: string, earlier: string) => `extract(epoch FROM ${later} - ${earlier}) / 3600`;

/**
 * The funnel's application steps and the times to release and acceptance: one statement per scope,
 * one row per application — the steps' instants are copied onto it (migration 1755000000000); over
 * 100,000 applications, joining the steps instead cost several times as much (bench/
 * programme-numbers.bench.ts). An application that reached a step has that step's instant or a
 * later one's (a row inserted with a later status records only that one).
 */
async function applicationFigures(db: DataSource, scope: ProgrammeScope): Promise<ApplicationFigures> {
  const [row = {}] = (await db.query(
    `SELECT count(*)::int AS applied,
            count(DISTINCT a."agent_id")::int AS applicants,
            count(*) FILTER (WHERE coalesce(a."released_at", a."accepted_at", a."completed_at") IS NOT NULL)::int AS released,
            count(*) FILTER (WHERE coalesce(a."accepted_at", a."completed_at") IS NOT NULL)::int AS accepted,
            count(a."completed_at")::int AS completed,
            count(*) FILTER (WHERE a."status" IN ('SUBMITTED', 'MANAGER_APPROVED'))::int AS pending,
            ${durationStatsSql(HOURS('a."released_at"', 'a."created_at"'), 'release', 'a."released_at" IS NOT NULL')},
            ${durationStatsSql(
              HOURS('a."accepted_at"', 'a."released_at"'),
              'acceptance',
              'a."accepted_at" IS NOT NULL AND a."released_at" IS NOT NULL',
            )}
       FROM (${SCOPED_APPLICATIONS}) a`,
    scopeParameters(scope),
  )) as Array<Record<string, unknown>>;
  return {
    funnel: Object.assign(new ApplicationFunnel(), {
      applied: Number(row.applied ?? 0),
      applicants: Number(row.applicants ?? 0),
      released: Number(row.released ?? 0),
      accepted: Number(row.accepted ?? 0),
      completed: Number(row.completed ?? 0),
      pending: Number(row.pending ?? 0),
    }),
    timeToRelease: DurationStats.fromRow(row, 'release'),
    timeToAcceptance: DurationStats.fromRow(row, 'acceptance'),
  };
}

const applicationFiguresLoader = scopeLoader(applicationFigures);

export function applicationFiguresOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
): Promise<ApplicationFigures> {
  return ctx.loaders.get(applicationFiguresLoader).load(numbers.id);
}

/** Missions published in the period: from publication to their first application, when they have one. */
export async function timeToFirstApplicantOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
): Promise<DurationStats> {
  const [row = {}] = (await ctx.db.query(
    `SELECT ${durationStatsSql(HOURS('first."at"', 'm."published_at"'), 'first', 'first."at" IS NOT NULL')}
       FROM ${A}."mission_projection" m
       LEFT JOIN ${A}."administration_reference" host ON host."id" = m."host_administration_id"
       CROSS JOIN LATERAL (
         SELECT min(a."created_at") AS "at" FROM ${A}."applications" a WHERE a."mission_id" = m."mission_id"
       ) first
      WHERE m."published_at" >= ${SCOPE_BOUNDS_SQL.start('$1')} AND m."published_at" < ${SCOPE_BOUNDS_SQL.end('$2')}
        AND ${missionFilter()}`,
    scopeParameters(scopeOf(numbers)),
  )) as Array<Record<string, unknown>>;
  return DurationStats.fromRow(row, 'first');
}

/** Withdrawals, refusals and expiries of the scope's applications, by reason, most frequent first. */
export async function closureReasonsOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
): Promise<ClosureReasonCount[]> {
  const rows = (await ctx.db.query(
    `SELECT a."status", a."reason", count(*)::int AS "count"
       FROM (${SCOPED_APPLICATIONS}) a
      WHERE a."status" IN ('WITHDRAWN', 'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'EXPIRED')
      GROUP BY a."status", a."reason"
      ORDER BY "count" DESC, a."status", a."reason" NULLS LAST`,
    scopeParameters(scopeOf(numbers)),
  )) as Array<{ status: ApplicationStatus; reason: DecisionReason | null; count: number }>;
  return rows.map((row) => Object.assign(new ClosureReasonCount(), row));
}

/**
 * Hours given and received per ministry, from the credit ledger's entries of the years the period
 * touches (the ledger counts by year), of missions of the chosen kind; with a ministry chosen, its
 * row only. The years are compared as integers: `extract` gives a numeric, which hid the year's
 * statistics from the planner (it expected a hundred entries of 25,000 and looked each one's
 * application up by index); and the missions are read only when a kind is chosen.
 */
export async function hoursByMinistryOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
): Promise<MinistryHours[]> {
  const scope = scopeOf(numbers);
  const rows = (await ctx.db.query(
    `WITH entries AS (
       SELECT l."hours",
              ${MINISTRY_OF('l."giver_administration_id"', 'giver')} AS giver,
              ${MINISTRY_OF('l."receiver_administration_id"', 'receiver')} AS receiver
         FROM ${A}."credit_ledger" l
         LEFT JOIN ${A}."administration_reference" giver ON giver."id" = l."giver_administration_id"
         LEFT JOIN ${A}."administration_reference" receiver ON receiver."id" = l."receiver_administration_id"
        WHERE l."year" BETWEEN extract(year FROM $1::date)::int AND extract(year FROM $2::date)::int
          AND ($4::text IS NULL OR EXISTS (
                SELECT 1 FROM ${A}."applications" a
                  JOIN ${A}."mission_projection" m ON m."mission_id" = a."mission_id"
                 WHERE a."id" = l."application_id" AND m."kind" = $4))
     )
     SELECT ministry, sum(given)::int AS given, sum(received)::int AS received
       FROM (SELECT giver AS ministry, "hours" AS given, 0 AS received FROM entries
             UNION ALL
             SELECT receiver, 0, "hours" FROM entries) sides
      WHERE $3::text IS NULL OR ministry = $3
      GROUP BY ministry
      ORDER BY ministry`,
    scopeParameters(scope),
  )) as Array<{ ministry: string; given: number; received: number }>;
  return rows.map((row) =>
    Object.assign(new MinistryHours(), {
      ministry: administrationReference(row.ministry)!,
      hoursGiven: row.given,
      hoursReceived: row.received,
      balance: row.given - row.received,
    }),
  );
}

/** Published missions with no application at all, oldest publication first: a count and the first ones. */
export async function missionsWithoutApplicantsOf(
  ctx: RequestContext,
  numbers: ProgrammeNumbers,
  first: number,
): Promise<MissionsWithoutApplicants> {
  const size = checkPageSize(first);
  const scope = scopeOf(numbers);
  const rows = (await ctx.db.query(
    `SELECT m."mission_id", count(*) OVER ()::int AS total
       FROM ${A}."mission_projection" m
       LEFT JOIN ${A}."administration_reference" host ON host."id" = m."host_administration_id"
      WHERE m."status" = 'PUBLISHED' AND ${missionFilter('$1', '$2')}
        AND NOT EXISTS (SELECT 1 FROM ${A}."applications" a WHERE a."mission_id" = m."mission_id")
      ORDER BY m."published_at" NULLS LAST, m."mission_id"
      LIMIT $3`,
    [scope.ministryId, scope.kind, size],
  )) as Array<{ mission_id: string; total: number }>;
  return Object.assign(new MissionsWithoutApplicants(), {
    count: rows[0]?.total ?? 0,
    missions: rows.map((row) => missionReference(row.mission_id)),
  });
}
