import { createAuditLogTableV1, dropAuditLogTableV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local projections of missions and agents (fed by `mission.changed` and `agent.changed`), the
 * host administration and erasure mark on applications, and the audit log (issue 3).
 * Administration ids are the slugs profiles and missions use (`dinum`…), hence text, not uuid.
 */
export class ProjectionsAndAudit1735000000000 implements MigrationInterface {
  name = 'ProjectionsAndAudit1735000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."mission_projection" (
        "mission_id" uuid PRIMARY KEY,
        "host_administration_id" text NOT NULL,
        "status" text NOT NULL,
        "seats" integer NOT NULL,
        "restricted_to" text[] NOT NULL DEFAULT '{}',
        "version" timestamptz NOT NULL
      )
    `);
    // Hosts' reads filter applications by the administrations they host.
    await runner.query(`
      CREATE INDEX "mission_projection_host"
        ON "approvals"."mission_projection" ("host_administration_id", "mission_id")
    `);
    await runner.query(`
      CREATE TABLE "approvals"."agent_projection" (
        "agent_id" uuid PRIMARY KEY,
        "administration_id" text NULL,
        "manager_id" uuid NULL,
        "erased" boolean NOT NULL DEFAULT false,
        "version" timestamptz NOT NULL
      )
    `);
    await runner.query(`
      CREATE INDEX "agent_projection_manager" ON "approvals"."agent_projection" ("manager_id")
    `);

    await runner.query(`
      ALTER TABLE "approvals"."applications"
        ADD COLUMN "host_administration_id" text NULL,
        ADD COLUMN "erased_at" timestamptz NULL
    `);
    // An erased agent's free text is blanked; the content rules only hold for rows still personal.
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        DROP CONSTRAINT "applications_motivation_check",
        DROP CONSTRAINT "applications_reason_text_check",
        ADD CONSTRAINT "applications_motivation_check"
          CHECK ("erased_at" IS NOT NULL OR char_length("motivation") BETWEEN 1 AND 2000),
        ADD CONSTRAINT "applications_reason_text_check"
          CHECK ("erased_at" IS NOT NULL OR "reason" IS DISTINCT FROM 'OTHER'
                 OR btrim(coalesce("reason_text", '')) <> ''),
        ADD CONSTRAINT "applications_erased_check"
          CHECK ("erased_at" IS NULL OR ("motivation" = '' AND "reason_text" IS NULL))
    `);

    await createAuditLogTableV1(runner, 'approvals');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAuditLogTableV1(runner, 'approvals');
    // Erased rows cannot satisfy the original content rules: they go back to a neutral text.
    await runner.query(`
      UPDATE "approvals"."applications"
         SET "motivation" = 'Contenu effacé.',
             "reason_text" = CASE WHEN "reason" = 'OTHER' THEN 'Contenu effacé.' ELSE NULL END
       WHERE "erased_at" IS NOT NULL
    `);
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        DROP CONSTRAINT "applications_erased_check",
        DROP CONSTRAINT "applications_motivation_check",
        DROP CONSTRAINT "applications_reason_text_check",
        ADD CONSTRAINT "applications_motivation_check" CHECK (char_length("motivation") BETWEEN 1 AND 2000),
        ADD CONSTRAINT "applications_reason_text_check"
          CHECK ("reason" IS DISTINCT FROM 'OTHER' OR btrim(coalesce("reason_text", '')) <> ''),
        DROP COLUMN "erased_at",
        DROP COLUMN "host_administration_id"
    `);
    await runner.query('DROP TABLE IF EXISTS "approvals"."agent_projection"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."mission_projection"');
  }
}
