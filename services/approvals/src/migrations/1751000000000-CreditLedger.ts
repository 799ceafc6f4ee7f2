import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credit ledger (issue 13 item 3): hours given by a home administration and received by a host
 * administration, per year, from confirmed completions. Entries are never changed nor removed —
 * a trigger refuses it — a correction is a new entry.
 */
export class CreditLedger1751000000000 implements MigrationInterface {
  name = 'CreditLedger1751000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."credit_ledger" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL,
        "year" integer NOT NULL CHECK ("year" BETWEEN 2000 AND 2100),
        "giver_administration_id" text NOT NULL,
        "receiver_administration_id" text NOT NULL,
        "hours" integer NOT NULL CHECK ("hours" <> 0),
        "kind" text NOT NULL CHECK ("kind" IN ('COMPLETION', 'CORRECTION')),
        "reason" text NULL,
        "recorded_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp()
      )
    `);
    await runner.query(
      'CREATE INDEX "credit_ledger_year" ON "approvals"."credit_ledger" ("year", "created_at", "id")',
    );
    await runner.query(`
      CREATE FUNCTION "approvals"."credit_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'credit_ledger is append-only: a correction is a new entry';
      END $$
    `);
    await runner.query(`
      CREATE TRIGGER "credit_ledger_append_only" BEFORE UPDATE OR DELETE ON "approvals"."credit_ledger"
        FOR EACH ROW EXECUTE FUNCTION "approvals"."credit_ledger_append_only"()
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."credit_ledger"');
    await runner.query('DROP FUNCTION IF EXISTS "approvals"."credit_ledger_append_only"()');
  }
}
