import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application deadline in approvals' projection of a mission (`mission.changed` carries it),
 * so that `apply` after the deadline says so. Null for rows projected from older events: no check.
 */
export class MissionDeadline1741000000000 implements MigrationInterface {
  name = 'MissionDeadline1741000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "approvals"."mission_projection" ADD COLUMN "application_deadline" date`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "approvals"."mission_projection" DROP COLUMN "application_deadline"`);
  }
}
