import { dropRowVersionSqlV1, rowVersionSqlV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const S = 'profiles';

/**
 * `agent.version` counts the writes to an agent's row (a trigger raises it on each one: profile
 * edits, identity changes, erasure): the profile's edits refuse a change based on a version that
 * is no longer current.
 */
export class AgentVersion1742200000000 implements MigrationInterface {
  name = 'AgentVersion1742200000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of rowVersionSqlV1(S, 'agent')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of dropRowVersionSqlV1(S, 'agent')) await runner.query(statement);
  }
}
