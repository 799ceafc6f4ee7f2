import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../identity/viewer';

/** One write, recorded in the transaction that makes it. */
export interface AuditedWrite {
  /** Verb in camelCase after the entity, e.g. `mission.publish`, `agent.updateProfile`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The agent whose personal data this touches, when there is one (RGPD export and erasure). */
  subjectAgentId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A human read another person's personal fields. */
export interface AuditedRead {
  entityType: string;
  entityId: string;
  subjectAgentId: string;
  field: string;
}

const INSERT_COLUMNS =
  '(actor_kind, actor_id, action, entity_type, entity_id, subject_agent_id, fields, before, after, request_id)';

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * The request's audit trail. Writes go into the caller's transaction, so a rolled-back change
 * leaves no row and a committed one always has its row. Reads are gathered during the request
 * and appended in one statement when the response leaves, whatever the number of fields read.
 */
export class AuditTrail {
  private readonly reads = new Map<string, AuditedRead & { fields: Set<string> }>();

  constructor(
    private readonly db: DataSource,
    private readonly schema: string,
    private readonly viewer: Viewer,
    private readonly requestId: string,
  ) {}

  /**
   * The writes of one change in one statement, in order, whatever their number. Mutations reach it
   * through `auditedWrite`, which also publishes the change's events in the same transaction.
   */
  async writeMany(manager: EntityManager, entries: readonly AuditedWrite[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO "${this.schema}".audit_log ${INSERT_COLUMNS}
       SELECT $1, $2, e.action, e.entity_type, e.entity_id, e.subject_agent_id, '{}', e.before, e.after, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::uuid[], $8::jsonb[], $9::jsonb[])
              WITH ORDINALITY AS e(action, entity_type, entity_id, subject_agent_id, before, after, position)
        ORDER BY e.position`,
      [
        this.viewer.kind,
        this.viewer.subject,
        this.requestId,
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.entityType),
        entries.map((entry) => entry.entityId),
        entries.map((entry) => entry.subjectAgentId ?? null),
        entries.map((entry) => json(entry.before)),
        entries.map((entry) => json(entry.after)),
      ],
    );
  }

  /** Only people are audited on reads (machines read under their scopes); reading oneself is not. */
  read(entry: AuditedRead): void {
    if (this.viewer.kind !== 'agent' || this.viewer.agentId === entry.subjectAgentId) return;
    const key = `${entry.entityType}:${entry.entityId}`;
    const existing = this.reads.get(key);
    if (existing) existing.fields.add(entry.field);
    else this.reads.set(key, { ...entry, fields: new Set([entry.field]) });
  }

  get pendingReads(): number {
    return this.reads.size;
  }

  async flush(): Promise<void> {
    if (this.reads.size === 0) return;
    const rows = [...this.reads.values()];
    this.reads.clear();
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const base = values.length;
      values.push(row.entityType, row.entityId, row.subjectAgentId, [...row.fields].sort());
      return `($1, $2, 'personalData.read', $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, NULL, NULL, $3)`;
    });
    await this.db.query(
      `INSERT INTO "${this.schema}".audit_log ${INSERT_COLUMNS} VALUES ${tuples.join(', ')}`,
      [this.viewer.kind, this.viewer.subject, this.requestId, ...values],
    );
  }
}

/**
 * RGPD erasure: blanks the before/after values of every row about `agentId`. The rows stay —
 * who did what and when — but no longer say anything personal.
 */
export async function redactAuditFor(manager: EntityManager, schema: string, agentId: string): Promise<void> {
  await manager.query(`SELECT set_config('talents.audit_redaction', 'on', true)`);
  await manager.query(
    `UPDATE "${schema}".audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"effacé": true}'::jsonb END,
       after = CASE WHEN after IS NULL THEN NULL ELSE '{"effacé": true}'::jsonb END
     WHERE subject_agent_id = $1`,
    [agentId],
  );
  await manager.query(`SELECT set_config('talents.audit_redaction', 'off', true)`);
}
