import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-click approve / refuse links of the manager's e-mail (issue 12 item 5): a random token per
 * link, stored only as its SHA-256, bound to one application, one person and one act, expiring,
 * and used once (`used_at`).
 */
export class ApprovalLinks1747000000000 implements MigrationInterface {
  name = 'ApprovalLinks1747000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE "approvals"."approval_links" (
        "token_hash" text PRIMARY KEY,
        "application_id" uuid NOT NULL REFERENCES "approvals"."applications" ("id") ON DELETE CASCADE,
        "agent_id" uuid NOT NULL,
        "action" text NOT NULL CHECK ("action" IN ('approve', 'refuse')),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )
    `);
    await runner.query(
      'CREATE INDEX "approval_links_application" ON "approvals"."approval_links" ("application_id")',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."approval_links"');
  }
}
