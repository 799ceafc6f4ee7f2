import {
  ApplicationStatus,
  DecisionReason,
  ministryOfEach,
  SEAT_HOLDING_STATUSES,
  seededPublication,
} from '@talents/common';
import type { DemoApplication, DemoData } from '@talents/demo';
import type { DataSource, EntityManager } from 'typeorm';
import { yearShares } from './budget/budget.rules';
import { seedDemoEndorsements, seedDemoOutcomes } from './seed-outcomes';
import { approvalsToday } from './deadline/clock';
import { approvalSchedule } from './deadline/working-days';

const CHUNK_SIZE = 500;

interface SeedReason {
  reason: DecisionReason;
  reasonText: string | null;
}

/**
 * The demo data carries no reason, but the table requires one on every withdrawn, refused or
 * declined application: each such status gets a plausible one, the same at every run.
 */
export const DEMO_REASONS: Readonly<Partial<Record<ApplicationStatus, SeedReason>>> = {
  [ApplicationStatus.WITHDRAWN]: { reason: DecisionReason.ALREADY_ENGAGED, reasonText: null },
  [ApplicationStatus.REFUSED_BY_MANAGER]: { reason: DecisionReason.WORKLOAD, reasonText: null },
  [ApplicationStatus.DECLINED_BY_HOST]: {
    reason: DecisionReason.OTHER,
    reasonText: 'Un autre profil a été retenu pour cette mission.',
  },
};

function reasonOf(application: DemoApplication): SeedReason | null {
  return DEMO_REASONS[application.status] ?? null;
}

/**
 * Version of the seeded projection rows: older than any event, so that the first `mission.changed`
 * or `agent.changed` a subgraph publishes replaces them.
 */
export const SEED_PROJECTION_VERSION = '1970-01-01T00:00:00.000Z';

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK_SIZE)
    result.push(items.slice(start, start + CHUNK_SIZE));
  return result;
}

/**
 * Fills the projections straight from the demo data (no events at seed time), then inserts the
 * demo applications with the host administration of their mission. Rows already there (same id)
 * are left alone, so running it twice changes nothing — and a projection already brought up to
 * date by events is not set back. Rows that would break the one-active-application rule are
 * skipped as well.
 */
export async function seedApprovals(db: DataSource, data: DemoData): Promise<void> {
  const applications = data.applications;
  const hostOf = new Map(data.missions.map((mission) => [mission.id, mission.hostAdministrationId]));
  await db.transaction(async (manager) => {
    for (const chunk of chunks(data.missions)) {
      await manager.query(
        `INSERT INTO "approvals"."mission_projection"
           ("mission_id", "host_administration_id", "status", "seats", "restricted_to", "application_deadline",
            "version", "contact_agent_id", "start_date", "end_date", "kind", "published_at")
         SELECT id, host, status, seats,
                coalesce(array(SELECT jsonb_array_elements_text(restricted)), '{}'), deadline, $6::timestamptz,
                contact, starts, ends, kind, published
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::jsonb[], $7::date[], $8::uuid[],
                       $9::date[], $10::date[], $11::text[], $12::timestamptz[])
             AS rows (id, host, status, seats, restricted, deadline, contact, starts, ends, kind, published)
         ON CONFLICT ("mission_id") DO UPDATE
           SET "kind" = EXCLUDED."kind", "published_at" = coalesce("mission_projection"."published_at", EXCLUDED."published_at")
           WHERE "mission_projection"."kind" IS NULL`,
        [
          chunk.map((mission) => mission.id),
          chunk.map((mission) => mission.hostAdministrationId),
          chunk.map((mission) => mission.status),
          chunk.map((mission) => mission.seats),
          // unnest flattens a 2-D array: each restriction list travels as one JSON value instead.
          chunk.map((mission) => JSON.stringify(mission.restrictedToAdministrationIds)),
          SEED_PROJECTION_VERSION,
          chunk.map((mission) => mission.applicationDeadline),
          chunk.map((mission) => mission.contactAgentId),
          chunk.map((mission) => mission.startDate),
          chunk.map((mission) => mission.endDate),
          chunk.map((mission) => mission.kind),
          chunk.map((mission) => seededPublication(mission)?.toISOString() ?? null),
        ],
      );
    }
    for (const chunk of chunks(data.agents)) {
      await manager.query(
        `INSERT INTO "approvals"."agent_projection"
           ("agent_id", "administration_id", "manager_id", "erased", "version")
         SELECT id, administration, manager, false, $4::timestamptz
           FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS rows (id, administration, manager)
         ON CONFLICT DO NOTHING`,
        [
          chunk.map((agent) => agent.id),
          chunk.map((agent) => agent.administrationId),
          chunk.map((agent) => agent.managerId),
          SEED_PROJECTION_VERSION,
        ],
      );
    }
    for (const chunk of chunks(applications)) {
      // One statement per chunk: unnest turns the column arrays back into rows.
      await manager.query(
        `INSERT INTO "approvals"."applications"
           ("id", "agent_id", "mission_id", "motivation", "proposed_hours", "status", "reason", "reason_text",
            "created_at", "updated_at", "host_administration_id")
         SELECT id, agent_id, mission_id, motivation, proposed_hours, status, reason, reason_text,
                created_at, created_at, host_administration_id
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[],
                       $8::text[], $9::timestamptz[], $10::text[])
             AS rows (id, agent_id, mission_id, motivation, proposed_hours, status, reason, reason_text,
                      created_at, host_administration_id)
         ON CONFLICT DO NOTHING`,
        [
          chunk.map((a) => a.id),
          chunk.map((a) => a.agentId),
          chunk.map((a) => a.missionId),
          chunk.map((a) => a.motivation),
          chunk.map((a) => a.proposedHours),
          chunk.map((a) => a.status),
          chunk.map((a) => reasonOf(a)?.reason ?? null),
          chunk.map((a) => reasonOf(a)?.reasonText ?? null),
          chunk.map((a) => a.createdAt.toISOString()),
          chunk.map((a) => hostOf.get(a.missionId) ?? null),
        ],
      );
    }
    await seedAdministrationReferences(manager, data.administrations);
    await seedDemoSteps(
      manager,
      applications.map((application) => application.id),
    );
    await scheduleDemoRequests(manager, data);
    await commitDemoHours(manager, data);
    await seedDemoOutcomes(
      manager,
      applications.map((application) => application.id),
    );
    await seedDemoEndorsements(manager, data);
  });
}

/**
 * Approvals' copy of the referential's administrations with their ministry (the programme's numbers
 * filter and sum by ministry); run again, it refreshes the ministries.
 */
export async function seedAdministrationReferences(
  db: DataSource | EntityManager,
  administrations: ReadonlyArray<{ id: string; parentId?: string | null }>,
): Promise<void> {
  const ministries = ministryOfEach(administrations);
  await db.query(
    `INSERT INTO "approvals"."administration_reference" ("id", "ministry_id")
     SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT ("id") DO UPDATE SET "ministry_id" = EXCLUDED."ministry_id"`,
    [[...ministries.keys()], [...ministries.values()]],
  );
}

/**
 * The demo data gives each application its filing instant and final status only; the steps in between
 * (release, acceptance, the final decision) get plausible instants, the same at every run — a few
 * hours to a few days apart, never after now — so the demo's times to each step are not all zero.
 * Only the steps the seeding itself wrote (at the filing instant) are replaced: a step a person took
 * since keeps its real instant.
 */
async function seedDemoSteps(manager: EntityManager, ids: readonly string[]): Promise<void> {
  for (const chunk of chunks(ids)) {
    await manager.query(
      `WITH demo AS (
         SELECT a."id", a."status", a."created_at",
                ('x' || substr(md5(a."id"::text), 1, 8))::bit(32)::int & 2147483647 AS h
           FROM "approvals"."applications" a WHERE a."id" = ANY($1::uuid[])
       ), timed AS (
         SELECT "id", "status", "created_at", h,
                least("created_at" + make_interval(hours => 2 + h % 94), now()) AS released
           FROM demo
       ), steps AS (
         SELECT "id", "status", "created_at", released,
                least(released + make_interval(hours => 4 + (h / 97) % 160), now()) AS accepted,
                least("created_at" + make_interval(hours => 1 + (h / 7) % 200), now()) AS closed
           FROM timed
       )
       INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
       SELECT "id", 'MANAGER_APPROVED', released FROM steps
        WHERE "status" IN ('MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED', 'DECLINED_BY_HOST')
       UNION ALL
       SELECT "id", 'ACCEPTED', accepted FROM steps WHERE "status" IN ('ACCEPTED', 'COMPLETED')
       UNION ALL
       SELECT "id", 'COMPLETED', least(accepted + interval '3 days', now()) FROM steps WHERE "status" = 'COMPLETED'
       UNION ALL
       SELECT "id", "status", greatest(closed, released) FROM steps WHERE "status" = 'DECLINED_BY_HOST'
       UNION ALL
       SELECT "id", "status", closed FROM steps WHERE "status" IN ('REFUSED_BY_MANAGER', 'WITHDRAWN', 'EXPIRED')
       ON CONFLICT ("application_id", "status") DO UPDATE SET "at" = EXCLUDED."at"
        WHERE "application_steps"."at" <= (SELECT a."created_at" FROM "approvals"."applications" a
                                            WHERE a."id" = EXCLUDED."application_id")`,
      [chunk],
    );
  }
}

/**
 * The demo's pending requests get their manager's deadline from the day of the seed, as the first
 * sweep would: the demo shows a deadline at once, not « non fixée » until a later sweep.
 */
async function scheduleDemoRequests(manager: EntityManager, data: DemoData): Promise<void> {
  const schedule = approvalSchedule(approvalsToday());
  const pending = data.applications.filter(
    (application) => application.status === ApplicationStatus.SUBMITTED,
  );
  for (const chunk of chunks(pending)) {
    await manager.query(
      `UPDATE "approvals"."applications" SET "deadline" = $2, "half_time_on" = $3
        WHERE "id" = ANY($1::uuid[]) AND "status" = $4 AND "deadline" IS NULL`,
      [
        chunk.map((application) => application.id),
        schedule.deadline,
        schedule.halfTimeOn,
        ApplicationStatus.SUBMITTED,
      ],
    );
  }
}

/**
 * The demo's accepted and completed applications hold hours of their agent's budget, as an
 * acceptance would have committed them (only for rows the seed did write, never twice).
 */
async function commitDemoHours(manager: EntityManager, data: DemoData): Promise<void> {
  const missions = new Map(data.missions.map((mission) => [mission.id, mission]));
  const shares = data.applications
    .filter((application) => SEAT_HOLDING_STATUSES.includes(application.status))
    .flatMap((application) => {
      const mission = missions.get(application.missionId);
      return yearShares(mission ?? null, application.proposedHours).map((share) => ({ application, share }));
    });
  for (const chunk of chunks(shares)) {
    await manager.query(
      `INSERT INTO "approvals"."hour_commitments" ("application_id", "agent_id", "year", "hours")
       SELECT a.id, a.agent_id, rows.year, rows.hours
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS rows (id, year, hours)
         JOIN "approvals"."applications" a ON a.id = rows.id AND a.status = ANY($4::text[])
       ON CONFLICT DO NOTHING`,
      [
        chunk.map(({ application }) => application.id),
        chunk.map(({ share }) => share.year),
        chunk.map(({ share }) => share.hours),
        [...SEAT_HOLDING_STATUSES],
      ],
    );
  }
}
