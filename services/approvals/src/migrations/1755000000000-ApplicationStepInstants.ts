import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The instants of the release, the acceptance and the completion, copied onto each application from
 * its steps by a trigger on `application_steps` (whoever writes a step: the status trigger, the
 * seed, a backfill). The programme's funnel then reads one row per application instead of joining
 * 100,000 applications to their 280,000 steps three times (bench/programme-numbers.bench.ts).
 */
export class ApplicationStepInstants1755000000000 implements MigrationInterface {
  name = 'ApplicationStepInstants1755000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        ADD COLUMN "released_at" timestamptz NULL,
        ADD COLUMN "accepted_at" timestamptz NULL,
        ADD COLUMN "completed_at" timestamptz NULL
    `);
    // The row's own status change is done when this runs (AFTER triggers): the update only stamps.
    await runner.query(`
      CREATE FUNCTION "approvals"."copy_step_instant"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "approvals"."applications" SET
          "released_at" = CASE WHEN NEW."status" = 'MANAGER_APPROVED' THEN NEW."at" ELSE "released_at" END,
          "accepted_at" = CASE WHEN NEW."status" = 'ACCEPTED' THEN NEW."at" ELSE "accepted_at" END,
          "completed_at" = CASE WHEN NEW."status" = 'COMPLETED' THEN NEW."at" ELSE "completed_at" END
         WHERE "id" = NEW."application_id";
        RETURN NULL;
      END $$
    `);
    await runner.query(`
      CREATE TRIGGER "application_step_instants" AFTER INSERT OR UPDATE OF "at" ON "approvals"."application_steps"
        FOR EACH ROW WHEN (NEW."status" IN ('MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED'))
        EXECUTE FUNCTION "approvals"."copy_step_instant"()
    `);
    await runner.query(`
      UPDATE "approvals"."applications" a SET
        "released_at" = s.released, "accepted_at" = s.accepted, "completed_at" = s.completed
        FROM (SELECT "application_id",
                     max("at") FILTER (WHERE "status" = 'MANAGER_APPROVED') AS released,
                     max("at") FILTER (WHERE "status" = 'ACCEPTED') AS accepted,
                     max("at") FILTER (WHERE "status" = 'COMPLETED') AS completed
                FROM "approvals"."application_steps"
               WHERE "status" IN ('MANAGER_APPROVED', 'ACCEPTED', 'COMPLETED')
               GROUP BY "application_id") s
       WHERE a."id" = s."application_id"
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER "application_step_instants" ON "approvals"."application_steps"');
    await runner.query('DROP FUNCTION "approvals"."copy_step_instant"()');
    await runner.query(`
      ALTER TABLE "approvals"."applications"
        DROP COLUMN "completed_at", DROP COLUMN "accepted_at", DROP COLUMN "released_at"
    `);
  }
}
