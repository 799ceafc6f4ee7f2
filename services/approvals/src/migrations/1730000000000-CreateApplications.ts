import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApplications1730000000000 implements MigrationInterface {
  name = 'CreateApplications1730000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."applications" (
        "id" uuid PRIMARY KEY,
        "agent_id" uuid NOT NULL,
        "mission_id" uuid NOT NULL,
        "motivation" text NOT NULL,
        "proposed_hours" integer NOT NULL,
        "status" text NOT NULL DEFAULT 'SUBMITTED',
        "reason" text NULL,
        "reason_text" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "applications_status_check" CHECK ("status" IN (
          'SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED',
          'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST', 'WITHDRAWN'
        )),
        CONSTRAINT "applications_reason_check" CHECK ("reason" IN (
          'WORKLOAD', 'NOT_INTERESTED', 'ALREADY_ENGAGED', 'NO_MANAGEMENT_APPROVAL', 'OTHER'
        )),
        CONSTRAINT "applications_reason_text_check"
          CHECK ("reason" IS DISTINCT FROM 'OTHER' OR btrim(coalesce("reason_text", '')) <> ''),
        -- A withdrawal, a manager's refusal and a host's decline each carry a reason from the list.
        CONSTRAINT "applications_reason_required_check"
          CHECK ("status" NOT IN ('WITHDRAWN', 'REFUSED_BY_MANAGER', 'DECLINED_BY_HOST') OR "reason" IS NOT NULL),
        CONSTRAINT "applications_proposed_hours_check" CHECK ("proposed_hours" BETWEEN 1 AND 105),
        CONSTRAINT "applications_motivation_check" CHECK (char_length("motivation") BETWEEN 1 AND 2000)
      )
    `);
    // One active application per agent and mission; concurrent applies are decided here.
    await runner.query(`
      CREATE UNIQUE INDEX "applications_one_active_per_agent_mission"
        ON "approvals"."applications" ("agent_id", "mission_id")
        WHERE "status" IN ('SUBMITTED', 'MANAGER_APPROVED', 'ACCEPTED')
    `);
    await runner.query(`
      CREATE INDEX "applications_mission_created"
        ON "approvals"."applications" ("mission_id", "created_at", "id")
    `);
    await runner.query(`
      CREATE INDEX "applications_agent_created"
        ON "approvals"."applications" ("agent_id", "created_at", "id")
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."applications"');
  }
}
