import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application workflow (issue 12): a version per application (stale writes are refused), the
 * hours the manager released and their "beyond the budget" override, the idempotency key of
 * `apply`, the EXPIRED status and the MISSION_FILLED reason; the mission's contact and schedule
 * in the projection (who hosts it, which years its hours fall in); annual time budgets and the
 * hours each accepted application commits, per year.
 */
export class ApplicationWorkflow1742000000000 implements MigrationInterface {
  name = 'ApplicationWorkflow1742000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        ADD COLUMN "version" integer NOT NULL DEFAULT 1,
        ADD COLUMN "approved_hours" integer NULL,
        ADD COLUMN "beyond_budget" boolean NOT NULL DEFAULT false,
        ADD COLUMN "idempotency_key" text NULL,
        DROP CONSTRAINT "applications_status_check",
        DROP CONSTRAINT "applications_reason_check",
        ADD CONSTRAINT "applications_status_check" CHECK ("status" IN (
          'SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED',
          'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'WITHDRAWN', 'EXPIRED'
        )),
        ADD CONSTRAINT "applications_reason_check" CHECK ("reason" IN (
          'WORKLOAD', 'NOT_INTERESTED', 'ALREADY_ENGAGED', 'NO_MANAGEMENT_APPROVAL', 'OTHER', 'MISSION_FILLED'
        )),
        ADD CONSTRAINT "applications_approved_hours_check"
          CHECK ("approved_hours" IS NULL OR "approved_hours" BETWEEN 1 AND "proposed_hours"),
        ADD CONSTRAINT "applications_idempotency_key_check"
          CHECK ("idempotency_key" IS NULL OR char_length("idempotency_key") BETWEEN 1 AND 100)
    `);
    // A retried apply finds the application its key filed: one per agent and key, whatever the race.
    await runner.query(`
      CREATE UNIQUE INDEX "applications_idempotency_key"
        ON "approvals"."applications" ("agent_id", "idempotency_key")
        WHERE "idempotency_key" IS NOT NULL
    `);
    await runner.query(`
      ALTER TABLE "approvals"."mission_projection"
        ADD COLUMN "contact_agent_id" uuid NULL,
        ADD COLUMN "start_date" date NULL,
        ADD COLUMN "end_date" date NULL
    `);
    // Rows exist only where the manager changed the default (DEFAULT_ANNUAL_HOURS).
    await runner.query(`
      CREATE TABLE "approvals"."time_budgets" (
        "agent_id" uuid NOT NULL,
        "year" integer NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
        "annual_hours" integer NOT NULL CHECK ("annual_hours" BETWEEN 0 AND 1607),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("agent_id", "year")
      )
    `);
    // Written when an application is accepted, deleted when it is withdrawn: the agent's committed hours.
    await runner.query(`
      CREATE TABLE "approvals"."hour_commitments" (
        "application_id" uuid NOT NULL REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "agent_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "hours" integer NOT NULL CHECK ("hours" >= 0),
        PRIMARY KEY ("application_id", "year")
      )
    `);
    await runner.query(`
      CREATE INDEX "hour_commitments_agent_year" ON "approvals"."hour_commitments" ("agent_id", "year")
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."hour_commitments"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."time_budgets"');
    await runner.query(`
      ALTER TABLE "approvals"."mission_projection"
        DROP COLUMN "end_date", DROP COLUMN "start_date", DROP COLUMN "contact_agent_id"
    `);
    await runner.query('DROP INDEX IF EXISTS "approvals"."applications_idempotency_key"');
    // Rows in the new status or with the new reason cannot go back: they become withdrawals.
    await runner.query(`
      UPDATE "approvals"."applications"
         SET "status" = 'WITHDRAWN', "reason" = coalesce("reason", 'OTHER'),
             "reason_text" = coalesce("reason_text", 'Candidature expirée.')
       WHERE "status" = 'EXPIRED'
    `);
    await runner.query(`
      UPDATE "approvals"."applications"
         SET "reason" = 'OTHER', "reason_text" = coalesce("reason_text", 'Mission pourvue.')
       WHERE "reason" = 'MISSION_FILLED'
    `);
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        DROP CONSTRAINT "applications_idempotency_key_check",
        DROP CONSTRAINT "applications_approved_hours_check",
        DROP CONSTRAINT "applications_reason_check",
        DROP CONSTRAINT "applications_status_check",
        ADD CONSTRAINT "applications_status_check" CHECK ("status" IN (
          'SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED',
          'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'WITHDRAWN'
        )),
        ADD CONSTRAINT "applications_reason_check" CHECK ("reason" IN (
          'WORKLOAD', 'NOT_INTERESTED', 'ALREADY_ENGAGED', 'NO_MANAGEMENT_APPROVAL', 'OTHER'
        )),
        DROP COLUMN "idempotency_key",
        DROP COLUMN "beyond_budget",
        DROP COLUMN "approved_hours",
        DROP COLUMN "version"
    `);
  }
}
