import { feedTableSqlV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live feed of approvals (issue 4): one row per change of an application's status, written in
 * the transaction of the change, read back by `myApplicationUpdates` and `approvalInboxUpdates`
 * (and by clients resuming from a cursor).
 */
export class ApplicationFeed1738000000000 implements MigrationInterface {
  name = 'ApplicationFeed1738000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of feedTableSqlV1('approvals')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE IF EXISTS "approvals"."feed"');
  }
}
