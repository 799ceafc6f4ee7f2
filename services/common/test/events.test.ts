import { DataSource, type EntityManager } from 'typeorm';
import { createLogger, EVENT_ROUTES, EventBus, publishEvent, queueName } from '@talents/common';
import { createTestDatabase } from '../../../test/support/database';
import { eventually } from '../../../test/support/eventually';

interface MissionChanged {
  id: string;
  seats: number;
  version: string;
}

describe('event bus (pg-boss in PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let publisher: EventBus;
  let consumer: EventBus;
  let failuresLeft = 0;
  const logger = createLogger('events-test');

  // Two data sources on one database stand for two subgraphs: the bus is found by data source.
  let consumerDb: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url, logging: false });
    consumerDb = new DataSource({ type: 'postgres', url: database.url, logging: false });
    await db.initialize();
    await consumerDb.initialize();
    await db.query('CREATE TABLE mission (id uuid PRIMARY KEY, seats int NOT NULL)');
    await db.query(
      'CREATE TABLE projection (id uuid PRIMARY KEY, seats int NOT NULL, version timestamptz NOT NULL)',
    );
    publisher = await EventBus.start({ databaseUrl: database.url, source: 'missions', db, logger });
    consumer = await EventBus.start({
      databaseUrl: database.url,
      source: 'approvals',
      db: consumerDb,
      logger,
      consumers: {
        'mission.changed': async (payload: MissionChanged, manager: EntityManager) => {
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            throw new Error('consumer down for a moment');
          }
          await manager.query(
            `INSERT INTO projection (id, seats, version) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET seats = EXCLUDED.seats, version = EXCLUDED.version
             WHERE projection.version <= EXCLUDED.version`,
            [payload.id, payload.seats, payload.version],
          );
        },
      },
    });
  });

  afterAll(async () => {
    await consumer?.stop(consumerDb);
    await publisher?.stop(db);
    await db?.destroy();
    await consumerDb?.destroy();
    await database?.drop();
  });

  const change = (id: string, seats: number) =>
    db.transaction(async (manager) => {
      await manager.query(
        'INSERT INTO mission (id, seats) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET seats = $2',
        [id, seats],
      );
      await publishEvent(manager, {
        type: 'mission.changed',
        key: id,
        payload: { id, seats, version: new Date().toISOString() },
      });
    });

  const projected = async (id: string) =>
    (
      (await consumerDb.query('SELECT seats FROM projection WHERE id = $1', [id])) as Array<{ seats: number }>
    )[0]?.seats;

  it('delivers an event published in a committed transaction to its consumer', async () => {
    const id = '11111111-1111-4111-8111-111111111111';
    await change(id, 3);
    expect(
      await eventually(
        () => projected(id),
        (seats) => seats === 3,
      ),
    ).toBe(3);
    await change(id, 5);
    expect(
      await eventually(
        () => projected(id),
        (seats) => seats === 5,
      ),
    ).toBe(5);
  });

  it('announces nothing when the transaction rolls back', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    await expect(
      db.transaction(async (manager) => {
        await publishEvent(manager, {
          type: 'mission.changed',
          key: id,
          payload: { id, seats: 9, version: new Date().toISOString() },
        });
        throw new Error('the change fails after publishing');
      }),
    ).rejects.toThrow('the change fails');
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'key' = $1`,
      [id],
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('refuses to publish outside a transaction', async () => {
    await expect(
      publishEvent(db.manager, {
        type: 'mission.changed',
        key: 'x',
        payload: { version: new Date().toISOString() },
      }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('retries a failing consumer until the projection catches up', async () => {
    const id = '33333333-3333-4333-8333-333333333333';
    failuresLeft = 1;
    await change(id, 7);
    expect(
      await eventually(
        () => projected(id),
        (seats) => seats === 7,
        20_000,
      ),
    ).toBe(7);
    expect(failuresLeft).toBe(0);
  }, 30_000);

  it('keeps one queue per consumer and event type', async () => {
    expect(queueName('approvals', 'mission.changed')).toBe('approvals__mission_changed');
    const backlog = await publisher.backlog();
    // One queue per (consumer, event type) of the routes, whatever routes are added later.
    const expected = Object.entries(EVENT_ROUTES).flatMap(([type, consumers]) =>
      consumers.map((consumer: string) => queueName(consumer, type)),
    );
    expect(Object.keys(backlog).sort()).toEqual([...new Set(expected)].sort());
    expect(Object.keys(backlog)).toEqual(
      expect.arrayContaining(['approvals__mission_changed', 'profiles__application_changed']),
    );
  });
});
