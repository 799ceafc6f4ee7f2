import { createAuditLogTable, dropAuditLogTable } from '@talents/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMissionsAuditLog1736000000000 implements MigrationInterface {
  name = 'CreateMissionsAuditLog1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    await createAuditLogTable(runner, 'missions');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropAuditLogTable(runner, 'missions');
  }
}
