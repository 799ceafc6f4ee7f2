import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mission agreement (issue 13 item 1): one per accepted application, between the agent, their
 * home administration (the manager who released the time) and the host administration (its
 * contact); versioned — a change of hours or dates is a new version — and acknowledged by each
 * party per version. Who released the time is kept on the application from now on.
 */
export class Agreements1749000000000 implements MigrationInterface {
  name = 'Agreements1749000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE "approvals"."applications" ADD COLUMN "released_by_agent_id" uuid NULL');
    await runner.query(`
      CREATE TABLE "approvals"."agreements" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL UNIQUE REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "mission_id" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "home_administration_id" text NULL,
        "released_by_agent_id" uuid NULL,
        "host_administration_id" text NULL,
        "host_agent_id" uuid NULL,
        "version" integer NOT NULL CHECK ("version" >= 1),
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."agreement_versions" (
        "agreement_id" uuid NOT NULL REFERENCES "approvals"."agreements" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "hours" integer NOT NULL CHECK ("hours" >= 1),
        "start_date" date NULL,
        "end_date" date NULL,
        "created_by_agent_id" uuid NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY ("agreement_id", "version")
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."agreement_acknowledgements" (
        "agreement_id" uuid NOT NULL REFERENCES "approvals"."agreements" ("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "party" text NOT NULL CHECK ("party" IN ('AGENT', 'HOME', 'HOST')),
        "agent_id" uuid NOT NULL,
        "acknowledged_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY ("agreement_id", "version", "party")
      )
    `);
    await runner.query('CREATE INDEX "agreements_agent" ON "approvals"."agreements" ("agent_id")');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."agreement_acknowledgements"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."agreement_versions"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."agreements"');
    await runner.query('ALTER TABLE "approvals"."applications" DROP COLUMN IF EXISTS "released_by_agent_id"');
  }
}
