import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skill endorsements (issue 13 item 2): after a completion, the host vouches for skills the agent
 * showed, one row per application and skill (endorsing it twice is one endorsement). The skill ids
 * are checked against `skill_reference`, approvals' copy of profiles' referential, loaded with it
 * (the seed), as missions does for required skills.
 */
export class SkillEndorsements1753100000000 implements MigrationInterface {
  name = 'SkillEndorsements1753100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE "approvals"."skill_reference" ("id" text PRIMARY KEY CHECK (length("id") <= 100))`,
    );
    await runner.query(`
      CREATE TABLE "approvals"."skill_endorsements" (
        "application_id" uuid NOT NULL REFERENCES "approvals"."completions" ("application_id") ON DELETE CASCADE,
        "skill_id" text NOT NULL REFERENCES "approvals"."skill_reference" ("id"),
        "endorsed_by_agent_id" uuid NOT NULL,
        "endorsed_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY ("application_id", "skill_id")
      )
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."skill_endorsements"');
    await runner.query('DROP TABLE IF EXISTS "approvals"."skill_reference"');
  }
}
