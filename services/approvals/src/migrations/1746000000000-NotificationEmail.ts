import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail of notifications (issue 12 item 5): where each agent is written to (projected from
 * `agent.changed` when it carries `email`), each person's choice per kind (in-app only, or in-app
 * and e-mail), and one row per e-mail to send — its `sent_at` is what keeps a retried job from
 * sending twice.
 */
export class NotificationEmail1746000000000 implements MigrationInterface {
  name = 'NotificationEmail1746000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."notification_addresses" (
        "agent_id" uuid PRIMARY KEY,
        "email" text NOT NULL CHECK (char_length("email") BETWEEN 3 AND 320),
        "version" timestamptz NOT NULL
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."notification_preferences" (
        "agent_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "email" boolean NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("agent_id", "kind")
      )
    `);
    await runner.query(`
      CREATE TABLE "approvals"."notification_emails" (
        "notification_id" uuid PRIMARY KEY
          REFERENCES "approvals"."notifications" ("id") ON DELETE CASCADE,
        "recipient" text NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "sent_at" timestamptz NULL,
        "message_id" text NULL,
        "last_error" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."notification_emails"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."notification_preferences"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."notification_addresses"');
  }
}
