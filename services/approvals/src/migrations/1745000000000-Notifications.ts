import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications (issue 12 item 5): one row per recipient and step of an application. A
 * recipient is an agent, or a group whose members are known only from the token of the person
 * reading (the programme team, the référents of an administration). `dedup_key` makes the consumer
 * of `application.changed` idempotent: a redelivered or replayed event writes nothing twice.
 */
export class Notifications1745000000000 implements MigrationInterface {
  name = 'Notifications1745000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."notifications" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "recipient_agent_id" uuid NULL,
        "recipient_group" text NULL,
        "kind" text NOT NULL,
        "text" text NOT NULL,
        "link" text NOT NULL,
        "application_id" uuid NULL,
        "dedup_key" text NOT NULL,
        "read_at" timestamptz NULL,
        "created_at" timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "notifications_recipient_check"
          CHECK (("recipient_agent_id" IS NULL) <> ("recipient_group" IS NULL)),
        CONSTRAINT "notifications_dedup_key" UNIQUE ("dedup_key")
      )
    `);
    await runner.query(`
      CREATE INDEX "notifications_agent_created"
        ON "approvals"."notifications" ("recipient_agent_id", "created_at" DESC, "id" DESC)
        WHERE "recipient_agent_id" IS NOT NULL
    `);
    await runner.query(`
      CREATE INDEX "notifications_group_created"
        ON "approvals"."notifications" ("recipient_group", "created_at" DESC, "id" DESC)
        WHERE "recipient_group" IS NOT NULL
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."notifications"');
  }
}
