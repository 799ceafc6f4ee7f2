import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manager's deadline (issue 12): the last day to answer and the half-time reminder's day of each
 * submitted application (French working days, set by `apply`; rows filed before get theirs from
 * the first sweep), the reminders already sent (one per kind and application, never twice), the
 * approver the programme team named in place of a manager who is gone, and the managers'
 * delegations to a deputy.
 */
export class DeadlinesAndDelegation1743000000000 implements MigrationInterface {
  name = 'DeadlinesAndDelegation1743000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        ADD COLUMN "deadline" date NULL,
        ADD COLUMN "half_time_on" date NULL,
        ADD COLUMN "approver_agent_id" uuid NULL,
        ADD CONSTRAINT "applications_half_time_check" CHECK ("half_time_on" <= "deadline")
    `);
    // What the sweep looks for: submitted applications by deadline.
    await runner.query(`
      CREATE INDEX "applications_submitted_deadline"
        ON "approvals"."applications" ("deadline") WHERE "status" = 'SUBMITTED'
    `);
    await runner.query(`
      CREATE TABLE "approvals"."approval_reminders" (
        "application_id" uuid NOT NULL REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "kind" text NOT NULL CHECK ("kind" IN ('HALF_TIME', 'LAST_DAY')),
        "deadline" date NOT NULL,
        "sent_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY ("application_id", "kind")
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."approval_delegations" (
        "id" uuid PRIMARY KEY,
        "manager_agent_id" uuid NOT NULL,
        "deputy_agent_id" uuid NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "revoked_at" timestamptz NULL,
        CHECK ("manager_agent_id" <> "deputy_agent_id"),
        CHECK ("starts_on" <= "ends_on")
      )
    `);
    await runner.query(`
      CREATE INDEX "approval_delegations_manager" ON "approvals"."approval_delegations" ("manager_agent_id")
        WHERE "revoked_at" IS NULL
    `);
    await runner.query(`
      CREATE INDEX "approval_delegations_deputy" ON "approvals"."approval_delegations" ("deputy_agent_id")
        WHERE "revoked_at" IS NULL
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."approval_delegations"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."approval_reminders"');
    await runner.query('DROP INDEX IF EXISTS "approvals"."applications_submitted_deadline"');
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        DROP CONSTRAINT "applications_half_time_check",
        DROP COLUMN "approver_agent_id",
        DROP COLUMN "half_time_on",
        DROP COLUMN "deadline"
    `);
  }
}
