import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the programme's numbers (issue 13 item 4) need in approvals:
 * - each application's steps (when it reached each status), written by a trigger so that no path
 *   that changes a status can forget it, and rebuilt here from the audit log for the rows already
 *   there — the times to release and to acceptance are read from them;
 * - the mission's kind and publication instant in the projection (filters, time to first applicant);
 * - the ministry of each administration, loaded with the referential like missions' copy.
 */
export class ProgrammeNumbers1752000000000 implements MigrationInterface {
  name = 'ProgrammeNumbers1752000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE "approvals"."mission_projection"
        ADD COLUMN "kind" text NULL,
        ADD COLUMN "published_at" timestamptz NULL
    `);
    await runner.query(`
      CREATE TABLE "approvals"."administration_reference" (
        "id" text PRIMARY KEY CHECK (length("id") <= 100),
        "ministry_id" text NOT NULL CHECK (length("ministry_id") <= 100)
      )
    `);
    // A status is reached at most once: the workflow never goes back to an earlier one.
    await runner.query(`
      CREATE TABLE "approvals"."application_steps" (
        "application_id" uuid NOT NULL REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "status" text NOT NULL,
        "at" timestamptz NOT NULL,
        PRIMARY KEY ("application_id", "status")
      )
    `);
    await runner.query(`
      CREATE FUNCTION "approvals"."record_application_step"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
            VALUES (NEW."id", 'SUBMITTED', NEW."created_at") ON CONFLICT DO NOTHING;
          IF NEW."status" <> 'SUBMITTED' THEN
            INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
              VALUES (NEW."id", NEW."status", greatest(NEW."updated_at", NEW."created_at")) ON CONFLICT DO NOTHING;
          END IF;
        ELSIF NEW."status" IS DISTINCT FROM OLD."status" THEN
          INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
            VALUES (NEW."id", NEW."status", clock_timestamp()) ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$
    `);
    await runner.query(`
      CREATE TRIGGER "application_steps" AFTER INSERT OR UPDATE OF "status" ON "approvals"."applications"
        FOR EACH ROW EXECUTE FUNCTION "approvals"."record_application_step"()
    `);
    // The rows already there: filing, then each status change the audit log recorded, then the current status.
    await runner.query(`
      INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
        SELECT "id", 'SUBMITTED', "created_at" FROM "approvals"."applications"
      ON CONFLICT DO NOTHING
    `);
    await runner.query(`
      INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
        SELECT a."id", l."after"->>'status', min(l."at")
          FROM "approvals"."audit_log" l
          JOIN "approvals"."applications" a ON a."id"::text = l."entity_id"
         WHERE l."entity_type" = 'Application' AND l."after" ? 'status'
           AND l."before" IS NOT NULL AND l."before"->>'status' IS DISTINCT FROM l."after"->>'status'
         GROUP BY a."id", l."after"->>'status'
      ON CONFLICT DO NOTHING
    `);
    await runner.query(`
      INSERT INTO "approvals"."application_steps" ("application_id", "status", "at")
        SELECT "id", "status", "updated_at" FROM "approvals"."applications" WHERE "status" <> 'SUBMITTED'
      ON CONFLICT DO NOTHING
    `);
    await runner.query(`CREATE INDEX "applications_created" ON "approvals"."applications" ("created_at")`);
    await runner.query(
      `CREATE INDEX "mission_projection_published" ON "approvals"."mission_projection" ("published_at")`,
    );
    await runner.query(
      `CREATE INDEX "credit_ledger_application" ON "approvals"."credit_ledger" ("application_id")`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX "approvals"."credit_ledger_application"');
    await runner.query('DROP INDEX "approvals"."mission_projection_published"');
    await runner.query('DROP INDEX "approvals"."applications_created"');
    await runner.query('DROP TRIGGER "application_steps" ON "approvals"."applications"');
    await runner.query('DROP FUNCTION "approvals"."record_application_step"()');
    await runner.query('DROP TABLE "approvals"."application_steps"');
    await runner.query('DROP TABLE "approvals"."administration_reference"');
    await runner.query(`
      ALTER TABLE "approvals"."mission_projection" DROP COLUMN "published_at", DROP COLUMN "kind"
    `);
  }
}
