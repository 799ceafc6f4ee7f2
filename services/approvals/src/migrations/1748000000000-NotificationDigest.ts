import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily digest (issue 12 item 5): a person may have their e-mails grouped into one message a
 * day. Their e-mail rows wait (`digest`), and one row per person and day records the digest, so
 * that the sweep publishes it once whichever replica gets there, and its job sends it once.
 */
export class NotificationDigest1748000000000 implements MigrationInterface {
  name = 'NotificationDigest1748000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."notification_settings" (
        "agent_id" uuid PRIMARY KEY,
        "daily_digest" boolean NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )
    `);
    await runner.query(
      'ALTER TABLE "approvals"."notification_emails" ADD COLUMN "digest" boolean NOT NULL DEFAULT false',
    );
    await runner.query(`
      CREATE INDEX "notification_emails_digest_waiting" ON "approvals"."notification_emails" ("notification_id")
        WHERE "digest" AND "sent_at" IS NULL
    `);
    await runner.query(`
      CREATE TABLE "approvals"."notification_digests" (
        "agent_id" uuid NOT NULL,
        "day" date NOT NULL,
        "emails" integer NULL,
        "sent_at" timestamptz NULL,
        "message_id" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("agent_id", "day")
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."notification_digests"');
    // Waiting digest e-mails become ordinary ones, sent by nobody: marked as such rather than lost silently.
    await runner.query(
      `UPDATE "approvals"."notification_emails" SET "last_error" = 'récapitulatif supprimé'
        WHERE "digest" AND "sent_at" IS NULL`,
    );
    await runner.query('DROP INDEX IF EXISTS "approvals"."notification_emails_digest_waiting"');
    await runner.query('ALTER TABLE "approvals"."notification_emails" DROP COLUMN IF EXISTS "digest"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."notification_settings"');
  }
}
