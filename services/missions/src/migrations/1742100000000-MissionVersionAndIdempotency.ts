import { dropRowVersionSqlV1, rowVersionSqlV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'missions';

/**
 * Writes that survive retries and races. `mission.version` counts the writes to a mission (a
 * trigger raises it on each one): `updateMission` refuses an edit based on a version that is no
 * longer current. `create_request` remembers each `createMission` idempotency key with its caller,
 * the fingerprint of the input it came with and the mission it created: the primary key makes
 * concurrent retries of one request wait for the first and then find its mission, never make a
 * second one. The mission reference is checked at commit (deferred), because the key is claimed
 * before the mission row is written.
 */
export class MissionVersionAndIdempotency1742100000000 implements MigrationInterface {
  name = 'MissionVersionAndIdempotency1742100000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of rowVersionSqlV1(S, 'mission')) await runner.query(statement);
    await runner.query(`
      CREATE TABLE ${S}.create_request (
        caller_id uuid NOT NULL,
        idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 1 AND 128),
        request_hash text NOT NULL CHECK (char_length(request_hash) = 64),
        mission_id uuid NOT NULL REFERENCES ${S}.mission (id) DEFERRABLE INITIALLY DEFERRED,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (caller_id, idempotency_key)
      )`);
    await runner.query(`CREATE INDEX create_request_mission_idx ON ${S}.create_request (mission_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${S}.create_request`);
    for (const statement of dropRowVersionSqlV1(S, 'mission')) await runner.query(statement);
  }
}
