import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion (issue 13 item 2): after the mission's end the host records the hours actually spent,
 * the agent confirms or disputes them, and each side leaves one piece of feedback.
 */
export class Completion1750000000000 implements MigrationInterface {
  name = 'Completion1750000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."completions" (
        "application_id" uuid PRIMARY KEY REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "hours_spent" integer NOT NULL CHECK ("hours_spent" >= 1),
        "recorded_by_agent_id" uuid NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "agent_response" text NOT NULL DEFAULT 'PENDING' CHECK ("agent_response" IN ('PENDING', 'CONFIRMED', 'DISPUTED')),
        "agent_comment" text NULL,
        "responded_at" timestamptz NULL
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."completion_feedback" (
        "application_id" uuid NOT NULL REFERENCES "approvals"."completions" ("application_id") ON DELETE CASCADE,
        "party" text NOT NULL CHECK ("party" IN ('AGENT', 'HOST')),
        "author_agent_id" uuid NOT NULL,
        "rating" integer NOT NULL CHECK ("rating" BETWEEN 1 AND 5),
        "text" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY ("application_id", "party")
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."completion_feedback"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."completions"');
  }
}
