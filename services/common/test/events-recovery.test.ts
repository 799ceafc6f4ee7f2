import { DataSource, type EntityManager } from 'typeorm';
import { createLogger, EventBus, publishEvent, type EventBusTimings } from '@talents/common';
import { describeBacklog } from '../../../hub/src/events-cli';
import { createTestDatabase } from '../../../test/support/database';
import { eventually } from '../../../test/support/eventually';

interface MissionChanged {
  id: string;
  seats: number;
  version: string;
}

const QUEUE = 'approvals__mission_changed';

/**
 * A consumer that dies holding a job must not stall the events between subgraphs: the job is
 * handed to another consumer once its expiry has passed, and the backlog says what is going on.
 */
describe('event bus recovery after a consumer dies mid-job', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  const logger = createLogger('events-recovery-test');
  const stopped: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({ type: 'postgres', url: database.url, logging: false, extra: { max: 4 } });
    await db.initialize();
    await db.query('CREATE TABLE projection (id uuid PRIMARY KEY, seats int NOT NULL)');
  });

  // Every bus of a test stops with it: one left running consumes the same queue as the next test's
  // and may take its jobs first (seen once in CI: the next test waited for a job that never came).
  afterEach(async () => {
    for (const stop of stopped.splice(0).reverse()) await stop();
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** A bus on its own data source, as another process would have. */
  const startBus = async (
    source: string,
    timings: EventBusTimings,
    consume?: (payload: MissionChanged, manager: EntityManager) => Promise<void>,
  ) => {
    const own = new DataSource({ type: 'postgres', url: database.url, logging: false, extra: { max: 2 } });
    await own.initialize();
    const bus = await EventBus.start({
      databaseUrl: database.url,
      source,
      db: own,
      logger,
      timings,
      pollingIntervalSeconds: 0.2,
      consumers: consume ? { 'mission.changed': consume } : undefined,
    });
    let running = true;
    const stop = async () => {
      if (!running) return;
      running = false;
      await bus.stop(own);
      await own.destroy();
    };
    stopped.push(stop);
    return { bus, db: own, stop };
  };

  const jobState = async (id: string) =>
    (
      (await db.query(
        `SELECT state FROM pgboss.job WHERE data->>'key' = $1 ORDER BY created_on DESC LIMIT 1`,
        [id],
      )) as Array<{ state: string }>
    )[0]?.state;

  it('hands a job held by a dead consumer to another within the configured expiry, and tells it in the backlog', async () => {
    const timings: EventBusTimings = { jobExpirySeconds: 2, maintenanceIntervalSeconds: 1 };
    // Only the rescuer below runs pg-boss's maintenance, so that the stalled job can be seen first.
    const noMaintenance: EventBusTimings = { ...timings, maintenanceIntervalSeconds: 3_600 };
    const publisher = await startBus('missions', noMaintenance);

    // The doomed consumer takes the job and never finishes it, as a process that froze or was killed.
    let taken!: () => void;
    const jobTaken = new Promise<void>((resolve) => (taken = resolve));
    let release!: () => void;
    const never = new Promise<void>((resolve) => (release = resolve));
    const doomed = await startBus('approvals', noMaintenance, async () => {
      taken();
      await never;
      throw new Error('the dead consumer never completes');
    });

    const id = '44444444-4444-4444-8444-444444444444';
    await publisher.db.transaction((manager) =>
      publishEvent(manager, {
        type: 'mission.changed',
        key: id,
        payload: { id, seats: 4, version: new Date().toISOString() },
      }),
    );
    await jobTaken;
    expect(await jobState(id)).toBe('active');
    const held = (await publisher.bus.backlogStates())[QUEUE];
    expect(held).toEqual({ waiting: 0, active: 1, stalled: 0, failed: 0 });
    expect(describeBacklog(QUEUE, held!)).toBe(`${QUEUE} : 0 en attente, 1 en cours`);

    // Stopped without completing: its job stays active, as a crashed process leaves it.
    const stopping = doomed.stop();
    const diedAt = Date.now();

    // Past its expiry, before any maintenance: the backlog says the job is stalled.
    const stalled = await eventually(
      async () => (await publisher.bus.backlogStates())[QUEUE]!,
      (counts) => counts.stalled === 1,
    );
    expect(stalled).toEqual({ waiting: 0, active: 1, stalled: 1, failed: 0 });
    expect(describeBacklog(QUEUE, stalled)).toMatch(/1 en cours dont 1 bloqué \(consommateur disparu/);

    // Another consumer, whose maintenance runs every second, applies it.
    await startBus('approvals', timings, async (payload, manager) => {
      await manager.query(
        'INSERT INTO projection (id, seats) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET seats = EXCLUDED.seats',
        [payload.id, payload.seats],
      );
    });
    const seats = await eventually(
      async () =>
        ((await db.query('SELECT seats FROM projection WHERE id = $1', [id])) as Array<{ seats: number }>)[0]
          ?.seats,
      (value) => value === 4,
      15_000,
    );
    expect(seats).toBe(4);
    // Expiry (2 s) plus at most one maintenance interval (1 s), with room for a busy machine.
    expect(Date.now() - diedAt).toBeLessThan(8_000);
    expect(
      await eventually(
        () => jobState(id),
        (state) => state === 'completed',
      ),
    ).toBe('completed');

    release();
    await stopping;
  }, 30_000);

  it('on a graceful stop, finishes the job in hand and hands the rest of its batch back at once, unexpired and uncounted', async () => {
    // Expiry and maintenance far off: only the hand-back can make the jobs available again in time.
    const slow: EventBusTimings = { jobExpirySeconds: 3_600, maintenanceIntervalSeconds: 3_600 };
    const ids = [
      '55555555-5555-4555-8555-555555555551',
      '55555555-5555-4555-8555-555555555552',
      '55555555-5555-4555-8555-555555555553',
    ];
    const publisher = await startBus('missions', slow);
    // One transaction: the consumer below takes all three in its first batch.
    await publisher.db.transaction(async (manager) => {
      for (const [index, id] of ids.entries()) {
        await publishEvent(manager, {
          type: 'mission.changed',
          key: id,
          payload: { id, seats: index + 1, version: new Date().toISOString() },
        });
      }
    });
    const project = async (payload: MissionChanged, manager: EntityManager) => {
      await manager.query(
        'INSERT INTO projection (id, seats) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET seats = EXCLUDED.seats',
        [payload.id, payload.seats],
      );
    };
    let taken!: (id: string) => void;
    const firstTaken = new Promise<string>((resolve) => (taken = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const stopping = await startBus('approvals', slow, async (payload, manager) => {
      taken(payload.id);
      await released;
      await project(payload, manager);
    });
    const inHand = await firstTaken;
    const states = async () =>
      (await db.query(
        `SELECT data->>'key' AS key, state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'key' = ANY($2) ORDER BY data->>'key'`,
        [QUEUE, ids],
      )) as Array<{ key: string; state: string; retry_count: number }>;
    expect((await states()).map(({ state }) => state)).toEqual(['active', 'active', 'active']);

    const stopped = stopping.stop();
    release();
    await stopped;
    expect(await states()).toEqual(
      ids.map((key) => ({ key, state: key === inHand ? 'completed' : 'created', retry_count: 0 })),
    );

    // Another process takes them at once, long before any expiry.
    await startBus('approvals', slow, project);
    const projected = await eventually(
      async () =>
        (await db.query('SELECT id FROM projection WHERE id = ANY($1::uuid[])', [ids])) as unknown[],
      (rows) => rows.length === 3,
    );
    expect(projected).toHaveLength(3);
    // A job is marked completed just after its handler's transaction commits: a moment later.
    expect(
      await eventually(
        async () => (await states()).map(({ state }) => state),
        (jobStates) => jobStates.every((state) => state === 'completed'),
      ),
    ).toEqual(['completed', 'completed', 'completed']);
  }, 30_000);
});
