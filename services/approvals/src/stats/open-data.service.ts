import type { MissionKind, RequestContext } from '@talents/common';
import { administrationReference } from '../agreement/administration.types';
import { OPEN_DATA_MIN_GROUP, ProgrammeOpenDataRow } from './open-data.types';

const A = '"approvals"';

/** A figure about `people` persons, or null when it would describe fewer than the minimum group. */
const SECRET = (figure: string, people: string) =>
  `CASE WHEN ${people} BETWEEN 1 AND $1 - 1 THEN NULL ELSE ${figure} END`;

/**
 * The programme's anonymised aggregates per year, host ministry and mission kind, in one statement:
 * missions published (no person in it), applications and applicants (the applicants are the group),
 * completed missions and hours (the agents credited are the group). A figure about 1 to 4 people is
 * null; zero stays zero (it describes nobody). Open to anyone: nothing in it names or singles out a person.
 */
export async function openDataRows(ctx: RequestContext): Promise<ProgrammeOpenDataRow[]> {
  const rows = (await ctx.db.query(
    `WITH missions AS (
       SELECT m."mission_id", m."kind", m."published_at",
              coalesce(host."ministry_id", m."host_administration_id") AS ministry
         FROM ${A}."mission_projection" m
         LEFT JOIN ${A}."administration_reference" host ON host."id" = m."host_administration_id"
        WHERE m."kind" IS NOT NULL
     ), published AS (
       SELECT extract(year FROM "published_at" AT TIME ZONE 'Europe/Paris')::int AS year, ministry, "kind",
              count(*)::int AS missions
         FROM missions WHERE "published_at" IS NOT NULL GROUP BY 1, 2, 3
     ), applied AS (
       SELECT extract(year FROM a."created_at" AT TIME ZONE 'Europe/Paris')::int AS year, m.ministry, m."kind",
              count(*)::int AS applications, count(DISTINCT a."agent_id")::int AS applicants
         FROM ${A}."applications" a JOIN missions m ON m."mission_id" = a."mission_id"
        GROUP BY 1, 2, 3
     ), credited AS (
       SELECT l."year", m.ministry, m."kind",
              count(DISTINCT l."application_id") FILTER (WHERE l."kind" = 'COMPLETION')::int AS completed,
              sum(l."hours")::int AS hours, count(DISTINCT a."agent_id")::int AS agents
         FROM ${A}."credit_ledger" l
         JOIN ${A}."applications" a ON a."id" = l."application_id"
         JOIN missions m ON m."mission_id" = a."mission_id"
        GROUP BY 1, 2, 3
     )
     SELECT coalesce(p.year, ap.year, c.year) AS year,
            coalesce(p.ministry, ap.ministry, c.ministry) AS ministry,
            coalesce(p."kind", ap."kind", c."kind") AS kind,
            coalesce(p.missions, 0) AS "missionsPublished",
            ${SECRET('coalesce(ap.applications, 0)', 'coalesce(ap.applicants, 0)')} AS applications,
            ${SECRET('coalesce(ap.applicants, 0)', 'coalesce(ap.applicants, 0)')} AS applicants,
            ${SECRET('coalesce(c.completed, 0)', 'coalesce(c.agents, 0)')} AS "completedMissions",
            ${SECRET('coalesce(c.hours, 0)', 'coalesce(c.agents, 0)')} AS "hoursCompleted",
            (coalesce(ap.applicants, 0) BETWEEN 1 AND $1 - 1 OR coalesce(c.agents, 0) BETWEEN 1 AND $1 - 1) AS suppressed
       FROM published p
       FULL JOIN applied ap ON (ap.year, ap.ministry, ap."kind") = (p.year, p.ministry, p."kind")
       FULL JOIN credited c
         ON (c.year, c.ministry, c."kind") = (coalesce(p.year, ap.year), coalesce(p.ministry, ap.ministry),
                                               coalesce(p."kind", ap."kind"))
      ORDER BY 1, 2, 3`,
    [OPEN_DATA_MIN_GROUP],
  )) as Array<{
    year: number;
    ministry: string;
    kind: MissionKind;
    missionsPublished: number;
    applications: number | null;
    applicants: number | null;
    completedMissions: number | null;
    hoursCompleted: number | null;
    suppressed: boolean;
  }>;
  return rows.map((row) =>
    Object.assign(new ProgrammeOpenDataRow(), { ...row, ministry: administrationReference(row.ministry)! }),
  );
}
