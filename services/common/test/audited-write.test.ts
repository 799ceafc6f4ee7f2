import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { agentViewer, AuditTrail, auditedWrite, createLogger, EventBus } from '@talents/common';
import { createAuditLogTableV1 } from '@talents/common/migrations';
import { createTestDatabase } from '../../../test/support/database';

interface AuditRow {
  action: string;
  entity_id: string;
  subject_agent_id: string | null;
  actor_kind: string;
  actor_id: string;
  before: unknown;
  after: unknown;
  request_id: string;
}

describe('auditedWrite: the change, its audit rows and its events in one transaction', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let bus: EventBus;
  const agentId = randomUUID();
  const viewer = agentViewer(agentId, { administrationId: 'ADM-A' });
  const logger = createLogger('audited-write-test');

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url, logging: false });
    await db.initialize();
    await db.query('CREATE SCHEMA IF NOT EXISTS "missions"');
    await db.query('CREATE TABLE "missions".thing (id uuid PRIMARY KEY, label text NOT NULL)');
    const runner = db.createQueryRunner();
    await createAuditLogTableV1(runner, 'missions');
    await runner.release();
    bus = await EventBus.start({ databaseUrl: database.url, source: 'missions', db, logger });
  });

  afterAll(async () => {
    await bus?.stop(db);
    await db?.destroy();
    await database?.drop();
  });

  const ctx = (requestId: string) => ({ db, audit: new AuditTrail(db, 'missions', viewer, requestId) });
  const auditRows = async (requestId: string) =>
    (await db.query(
      `SELECT action, entity_id, subject_agent_id, actor_kind, actor_id, before, after, request_id
         FROM "missions".audit_log WHERE request_id = $1 ORDER BY at, id`,
      [requestId],
    )) as AuditRow[];
  const jobs = async (key: string) =>
    (
      (await db.query(`SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'key' = $1`, [
        key,
      ])) as Array<{ count: number }>
    )[0]!.count;
  const event = (id: string) => ({
    type: 'mission.changed' as const,
    key: id,
    payload: { id, version: new Date().toISOString() },
  });

  it('commits the change with its rows, in the order recorded, and its events; returns what the work returns', async () => {
    const requestId = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    const result = await auditedWrite(ctx(requestId), async (manager, record) => {
      await manager.query('INSERT INTO "missions".thing (id, label) VALUES ($1, $2), ($3, $4)', [
        first,
        'un',
        second,
        'deux',
      ]);
      await record({
        audit: {
          action: 'thing.create',
          entityType: 'Thing',
          entityId: first,
          subjectAgentId: agentId,
          after: { label: 'un' },
        },
        events: [event(first)],
      });
      await record({
        audit: [
          {
            action: 'thing.create',
            entityType: 'Thing',
            entityId: second,
            before: null,
            after: { label: 'deux' },
          },
        ],
        events: [event(second)],
      });
      return 'fait';
    });
    expect(result).toBe('fait');
    const expected = (entityId: string, subject: string | null, label: string): AuditRow => ({
      action: 'thing.create',
      entity_id: entityId,
      subject_agent_id: subject,
      actor_kind: 'agent',
      actor_id: viewer.subject,
      before: null,
      after: { label },
      request_id: requestId,
    });
    expect(await auditRows(requestId)).toEqual([
      expected(first, agentId, 'un'),
      expected(second, null, 'deux'),
    ]);
    expect([await jobs(first), await jobs(second)]).toEqual([1, 1]);
  });

  it('leaves nothing when the work fails after recording: no change, no audit row, no event', async () => {
    const requestId = randomUUID();
    const id = randomUUID();
    await expect(
      auditedWrite(ctx(requestId), async (manager, record) => {
        await manager.query('INSERT INTO "missions".thing (id, label) VALUES ($1, $2)', [id, 'refusé']);
        await record({
          audit: { action: 'thing.create', entityType: 'Thing', entityId: id },
          events: [event(id)],
        });
        throw new Error('refusé après coup');
      }),
    ).rejects.toThrow('refusé après coup');
    expect(await db.query('SELECT id FROM "missions".thing WHERE id = $1', [id])).toEqual([]);
    expect(await auditRows(requestId)).toEqual([]);
    expect(await jobs(id)).toBe(0);
  });

  it('records an event without an audit row, and a write that records nothing leaves no row', async () => {
    const requestId = randomUUID();
    const id = randomUUID();
    await auditedWrite(ctx(requestId), (_manager, record) => record({ audit: [], events: [event(id)] }));
    await auditedWrite(ctx(requestId), async () => undefined);
    expect(await auditRows(requestId)).toEqual([]);
    expect(await jobs(id)).toBe(1);
  });
});
