import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/**
 * The programme's numbers (issue 13 item 4) are filtered by ministry: each administration's copy
 * carries the ministry it belongs to (loaded with the referential, like the ids), and the posting
 * period is read on `created_at`.
 */
export class ProgrammeNumbers1752100000000 implements MigrationInterface {
  name = 'ProgrammeNumbers1752100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE ${S}.administration_reference ADD COLUMN ministry_id text NULL`);
    await runner.query(`CREATE INDEX mission_created_idx ON ${S}.mission (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX ${S}.mission_created_idx`);
    await runner.query(`ALTER TABLE ${S}.administration_reference DROP COLUMN ministry_id`);
  }
}
