import { createAuditLogTableV1, dropAuditLogTableV1 } from '@talents/common/migrations';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMissionsAuditLog1736000000000 implements MigrationInterface {
  name = 'CreateMissionsAuditLog1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createAuditLogTableV1(runner, 'missions');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAuditLogTableV1(runner, 'missions');
  }
}
