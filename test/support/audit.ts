import type { DataSource } from 'typeorm';

/** A row of a subgraph's audit log: each subgraph keeps the same append-only table in its own schema. */
export interface AuditRow {
  actor_kind: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  subject_agent_id: string | null;
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

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
