import type { DataSource, EntityManager } from 'typeorm';
import { publishEvents, type DomainEvent } from '../events/bus';
import type { AuditedWrite, AuditTrail } from './audit.trail';

/** What one change leaves behind in the transaction that makes it, besides the change itself. */
export interface ChangeRecord {
  /** Its audit rows, in order: one statement whatever their number. */
  audit: AuditedWrite | readonly AuditedWrite[];
  /**
   * The domain events announcing it, published through the same transaction (the outbox): a
   * rolled-back change announces nothing, a committed one is always announced.
   */
  events?: ReadonlyArray<DomainEvent<object>>;
}

/** Records a change in the audited write's transaction; nothing else writes an audit row. */
export type RecordChange = (change: ChangeRecord) => Promise<void>;

/** What an audited write needs of the request: a request context has both. */
export interface AuditedWriter {
  db: DataSource;
  audit: AuditTrail;
}

/**
 * One audited write, the only way a mutation of the three subgraphs changes data: `work` makes the
 * change in one transaction and hands `record` its audit rows and events as it goes — a write may
 * record several changes (an acceptance declines the other applicants), or none (nothing changed,
 * an idempotent retry). All of it commits or rolls back together.
 */
export function auditedWrite<T>(
  ctx: AuditedWriter,
  work: (manager: EntityManager, record: RecordChange) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction((manager) => work(manager, changeRecorder(ctx.audit, manager)));
}

/** The `record` of a transaction: audit rows first, then the events, each in one statement. */
export function changeRecorder(audit: AuditTrail, manager: EntityManager): RecordChange {
  return async ({ audit: rows, events = [] }) => {
    await audit.writeMany(manager, isList(rows) ? rows : [rows]);
    await publishEvents(manager, events);
  };
}

function isList(rows: ChangeRecord['audit']): rows is readonly AuditedWrite[] {
  return Array.isArray(rows);
}
