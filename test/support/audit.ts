import type { AuditLogRow } from '@talents/common';
import type { DataSource } from 'typeorm';

/** The columns of an audit log row the suites read, `before` and `after` as the objects they hold. */
export type AuditRow = Omit<AuditLogRow, 'id' | 'at' | 'request_id' | 'before' | 'after'> & {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The rows of `schema`'s audit log that match `where`, oldest first. */
export async function readAuditLog(
  db: DataSource,
  schema: 'profiles' | 'missions' | 'approvals',
  where: string,
  params: unknown[],
): Promise<AuditRow[]> {
  return (await db.query(
    `SELECT actor_kind, actor_id, action, entity_type, entity_id, subject_agent_id, fields, before, after
       FROM "${schema}".audit_log WHERE ${where} ORDER BY at, id`,
    params,
  )) as AuditRow[];
}
