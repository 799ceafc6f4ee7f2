import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/**
 * Missions' copies of the referentials a mission points into — profiles' skills and administrations —
 * so that every id a mission stores is checked when it is written, without asking profiles. They
 * are loaded with the referential (the seed); contacts are checked against `agent_match_profile`.
 */
export class MissionReferences1740000000000 implements MigrationInterface {
  name = 'MissionReferences1740000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${S}.skill_reference (id text PRIMARY KEY CHECK (length(id) <= 100))`);
    await runner.query(
      `CREATE TABLE ${S}.administration_reference (id text PRIMARY KEY CHECK (length(id) <= 100))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${S}.administration_reference`);
    await runner.query(`DROP TABLE ${S}.skill_reference`);
  }
}
