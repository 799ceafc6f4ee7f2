import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ADVISORY_LOCK_KEYS,
  createFailureLog,
  failureKind,
  type FailureLog,
  type Logger,
} from '@talents/platform';
import { asBackgroundWork } from '../database';
import { consumersOf, EVENT_ROUTES, queueName, type EventType } from './routes';

/** What travels between subgraphs: the full current state of one entity, never a diff. */
export interface DomainEvent<TPayload extends object = Record<string, unknown>> {
  type: EventType;
  /** Id of the entity the event is about. */
  key: string;
  /** Carries `version`, an ISO instant taken after the write, so consumers can drop stale copies. */
  payload: TPayload & { version: string };
}

/** The envelope stored in pg-boss. */
interface Envelope {
  type: string;
  key: string;
  source: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** Applies one event to a local projection, in a transaction; must be idempotent. */
export type EventConsumer = (payload: never, manager: EntityManager) => Promise<void>;

/** Lists the current state of every entity a subgraph publishes about: what a replay sends. */
export type EventSnapshot = (db: DataSource) => AsyncIterable<DomainEvent<object>>;

export const EVENT_BUS_SCHEMA = 'pgboss';

const buses = new WeakMap<DataSource, EventBus>();

/** One queue's jobs by what is happening to them (`EventBus.backlog`). */
export interface QueueBacklog {
  waiting: number;
  active: number;
  /** Active past their expiry: held by a consumer that is gone, until the next maintenance. */
  stalled: number;
  /** Retries exhausted: only a replay brings their effect back. */
  failed: number;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 1) {
    throw new Error(`${name} doit être un nombre de secondes supérieur ou égal à 1 (reçu « ${raw} »).`);
  }
  return value;
}

/**
 * How soon a job held by a dead consumer is handed to another: a job still `active` after
 * `jobExpirySeconds` is failed and retried by the next maintenance, which one of the running
 * processes does every `maintenanceIntervalSeconds`. pg-boss's defaults (15 minutes and 2 minutes)
 * stalled events between subgraphs for a quarter of an hour after a crash.
 */
export interface EventBusTimings {
  jobExpirySeconds: number;
  maintenanceIntervalSeconds: number;
}

/** `EVENT_JOB_EXPIRY_SECONDS` (30) and `EVENT_MAINTENANCE_SECONDS` (5). */
export function eventBusTimings(): EventBusTimings {
  return {
    jobExpirySeconds: positiveNumber('EVENT_JOB_EXPIRY_SECONDS', 30),
    maintenanceIntervalSeconds: positiveNumber('EVENT_MAINTENANCE_SECONDS', 5),
  };
}

type Consume = (payload: object, manager: EntityManager) => Promise<void>;

/**
 * One consumer queue's loop: fetch a batch, apply each job in its own transaction, then complete
 * the applied ones and fail the others. pg-boss's own `work()` completes without awaiting: a
 * connection terminated at that moment was an unhandled rejection that ended the process. Here
 * every database call is awaited and caught; a job whose completion is lost stays `active` until
 * its expiry and is then applied again, which the idempotent consumers allow.
 */
class ConsumerLoop {
  private stopping = false;
  private wake: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly boss: PgBoss,
    private readonly queue: string,
    private readonly consume: Consume,
    private readonly options: {
      db: DataSource;
      logger: Logger;
      failures: FailureLog;
      type: string;
      pollingIntervalMs: number;
    },
  ) {
    this.done = this.run();
  }

  private async pause(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wake = null;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        const jobs = await this.boss.fetch<Envelope>(this.queue, { batchSize: 50 });
        if (jobs.length === 0) {
          await this.pause(this.options.pollingIntervalMs);
          continue;
        }
        await this.handle(jobs);
      } catch (error) {
        this.options.failures(
          `${this.queue}:${failureKind(error)}`,
          { err: error, queue: this.queue },
          'event consumer loop failed; retrying',
        );
        await this.pause(this.options.pollingIntervalMs * 2);
      }
    }
  }

  private async handle(jobs: Array<PgBoss.Job<Envelope>>): Promise<void> {
    const applied: string[] = [];
    const failed: Array<{ id: string; error: unknown }> = [];
    const handedBack: string[] = [];
    for (const job of jobs) {
      // Stopping: the job being applied finishes, the rest of the batch goes back to the queue.
      if (this.stopping) {
        handedBack.push(job.id);
        continue;
      }
      try {
        await asBackgroundWork(() =>
          this.options.db.transaction((manager) => this.consume(job.data.payload, manager)),
        );
        applied.push(job.id);
      } catch (error) {
        this.options.failures(
          `${this.queue}:consume:${failureKind(error)}`,
          { err: error, type: this.options.type, key: job.data.key },
          'event consumer failed',
        );
        failed.push({ id: job.id, error });
      }
    }
    if (applied.length > 0) await this.boss.complete(this.queue, applied);
    for (const { id, error } of failed) {
      // Retried with back-off by pg-boss, up to the retry limit.
      await this.boss.fail(this.queue, id, {
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (handedBack.length > 0) await this.handBack(handedBack);
  }

  /**
   * Jobs fetched but not started go back to the queue at once, as if never fetched (their attempt
   * not counted), for another process to take: left `active`, they would wait for their expiry.
   */
  private async handBack(ids: string[]): Promise<void> {
    await this.boss.getDb().executeSql(
      `UPDATE ${EVENT_BUS_SCHEMA}.job SET state = 'created', started_on = NULL
          WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
      [this.queue, ids],
    );
    this.options.logger.info(
      { queue: this.queue, jobs: ids.length },
      'stopping: jobs handed back to the queue',
    );
  }

  /** Lets the job in hand finish (bounded by the caller), hands the rest of its batch back, ends the loop. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.done;
  }
}

/**
 * Durable events between subgraphs over pg-boss in PostgreSQL: a publisher inserts the jobs in
 * the transaction of its change (nothing is announced that did not happen, nothing that happened
 * is lost), each consumer subgraph has its own queue per event type, and retries are pg-boss's.
 */
/**
 * Every queue of the routes exists before anyone publishes, so no event waits on its consumer's
 * start. Missing queues are created under a session advisory lock: replicas (and the release's
 * migration Job) starting together on a new database each found them missing, and pg-boss's
 * create_queue — a partition table and a row — run by several at once deadlocked.
 */
async function createQueues(boss: PgBoss, db: DataSource, expireInSeconds: number): Promise<void> {
  const names = Object.entries(EVENT_ROUTES).flatMap(([type, consumers]) =>
    consumers.map((consumer) => queueName(consumer, type)),
  );
  const existing = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
  for (const name of names) {
    const queue = existing.get(name);
    // Queues made before the expiry was configured (or with another one) take this one.
    if (queue && queue.expireInSeconds !== expireInSeconds) {
      await boss.updateQueue(name, { name, expireInSeconds });
    }
  }
  if (names.every((name) => existing.has(name))) return;
  const runner = db.createQueryRunner();
  await runner.connect();
  const key = ADVISORY_LOCK_KEYS.eventQueues();
  try {
    // Another process may hold the lock for as long as its creations take.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    const now = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const name of names) {
      if (now.has(name)) continue;
      try {
        await boss.createQueue(name, { name, policy: 'standard', expireInSeconds });
      } catch (error) {
        // A process of an earlier release, which takes no lock, created it meanwhile.
        if ((error as { code?: string }).code !== '23505') throw error;
      }
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

export class EventBus {
  private constructor(
    private readonly boss: PgBoss,
    private readonly source: string,
    private readonly timings: EventBusTimings,
    private readonly loops: ConsumerLoop[],
    private readonly shutdown: { stopping: boolean },
  ) {}

  static async start(options: {
    databaseUrl: string;
    source: string;
    db: DataSource;
    logger: Logger;
    consumers?: Record<string, EventConsumer>;
    /** Seconds between polls of an idle queue. */
    pollingIntervalSeconds?: number;
    timings?: EventBusTimings;
  }): Promise<EventBus> {
    const timings = options.timings ?? eventBusTimings();
    const failures = createFailureLog(options.logger);
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: EVENT_BUS_SCHEMA,
      application_name: `talents-${options.source}-events`,
      max: 3,
      retryLimit: 10,
      retryBackoff: true,
      retryDelay: 1,
      expireInSeconds: timings.jobExpirySeconds,
      maintenanceIntervalSeconds: timings.maintenanceIntervalSeconds,
    });
    // Connection losses and failed maintenance land here; pg-boss reconnects through its pool.
    // PostgreSQL closing the bus's connections (57P01: its shutdown or restart, or ours under way)
    // is an operator's act, not a fault of the hub: said, not alarmed.
    const shutdown = { stopping: false };
    boss.on('error', (error) => {
      if (shutdown.stopping || (error as { code?: string }).code === '57P01') {
        options.logger.warn(
          { err: error, stopping: shutdown.stopping },
          'event bus connection closed by PostgreSQL; pg-boss reconnects',
        );
        return;
      }
      failures(`boss:${failureKind(error)}`, { err: error }, 'event bus error; pg-boss carries on');
    });
    await boss.start();
    try {
      await createQueues(boss, options.db, timings.jobExpirySeconds);
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    const loops = Object.entries(options.consumers ?? {}).map(
      ([type, consume]) =>
        new ConsumerLoop(boss, queueName(options.source, type), consume as Consume, {
          db: options.db,
          logger: options.logger,
          failures,
          type,
          pollingIntervalMs: (options.pollingIntervalSeconds ?? 0.5) * 1000,
        }),
    );
    const bus = new EventBus(boss, options.source, timings, loops, shutdown);
    buses.set(options.db, bus);
    return bus;
  }

  /** Inserts one job per consumer of `event`, through the caller's transaction. */
  async publish(manager: EntityManager, events: ReadonlyArray<DomainEvent<object>>): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error(
        `publishEvent(${events.map((event) => event.type).join(', ')}) must run inside the transaction of the change.`,
      );
    }
    const occurredAt = new Date().toISOString();
    // One insert for every job of every event, whatever their number.
    const jobs = events.flatMap((event) =>
      consumersOf(event.type).map((consumer) => ({
        name: queueName(consumer, event.type),
        data: {
          type: event.type,
          key: event.key,
          source: this.source,
          occurredAt,
          payload: event.payload as Record<string, unknown>,
        } satisfies Envelope,
        expireInSeconds: this.timings.jobExpirySeconds,
      })),
    );
    if (jobs.length === 0) return;
    await this.boss.insert(jobs, {
      db: {
        executeSql: async (text: string, values: unknown[]) => ({
          rows: (await runner.query(text, values, true)).records as unknown[],
        }),
      },
    });
  }

  /** Sends events outside any change: replays rebuild the consumers' projections. */
  async publishDetached(events: Array<DomainEvent<object>>): Promise<number> {
    const jobs = events.flatMap((event) =>
      consumersOf(event.type).map((consumer) => ({
        name: queueName(consumer, event.type),
        expireInSeconds: this.timings.jobExpirySeconds,
        data: {
          type: event.type,
          key: event.key,
          source: this.source,
          occurredAt: new Date().toISOString(),
          payload: event.payload,
        } satisfies Envelope,
      })),
    );
    if (jobs.length > 0) await this.boss.insert(jobs);
    return jobs.length;
  }

  /** Jobs waiting to be consumed, per queue: what tests wait on. */
  async backlog(): Promise<Record<string, number>> {
    const states = await this.backlogStates();
    return Object.fromEntries(Object.entries(states).map(([name, { waiting }]) => [name, waiting]));
  }

  /**
   * Jobs not yet consumed, per queue: waiting (created, or failed and due for a retry), active
   * (taken by a consumer), of which stalled (active past their expiry: their consumer is gone
   * and the next maintenance hands them to another), and failed for good (retries exhausted).
   */
  async backlogStates(): Promise<Record<string, QueueBacklog>> {
    const names = Object.entries(EVENT_ROUTES).flatMap(([type, consumers]) =>
      consumers.map((consumer) => queueName(consumer, type)),
    );
    const { rows } = (await this.boss.getDb().executeSql(
      `SELECT name,
              count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting,
              count(*) FILTER (WHERE state = 'active')::int AS active,
              count(*) FILTER (WHERE state = 'active' AND started_on + expire_in < now())::int AS stalled,
              count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM ${EVENT_BUS_SCHEMA}.job
        WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active', 'failed')
        GROUP BY name`,
      [names],
    )) as { rows: Array<QueueBacklog & { name: string }> };
    const counts = new Map(rows.map(({ name, ...backlog }) => [name, backlog]));
    return Object.fromEntries(
      names.map((name) => [name, counts.get(name) ?? { waiting: 0, active: 0, stalled: 0, failed: 0 }]),
    );
  }

  /** Resolves when the bus's own connections reach PostgreSQL. */
  async ping(): Promise<void> {
    await this.boss.getDb().executeSql('SELECT 1', []);
  }

  async stop(db: DataSource): Promise<void> {
    buses.delete(db);
    this.shutdown.stopping = true;
    // The job in hand is let finish for 5 s at most (the rest of its batch is handed back); past
    // that, what is left stays active until its expiry, then another process applies it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.loops.map((loop) => loop.stop())),
      new Promise((resolve) => (timer = setTimeout(resolve, 5_000))),
    ]);
    clearTimeout(timer);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

/** The event bus running for a data source (a subgraph's), if any: for its readiness check. */
export function eventBusOf(db: DataSource): EventBus | undefined {
  return buses.get(db);
}

/**
 * Publishes a domain event in the transaction of the change. The subgraph's bus is found from the
 * manager's data source, so services need nothing but their EntityManager.
 */
export async function publishEvent<T extends object>(
  manager: EntityManager,
  event: DomainEvent<T>,
): Promise<void> {
  await publishEvents(manager, [event]);
}

/** Several events of one change, published in one statement whatever their number. */
export async function publishEvents(
  manager: EntityManager,
  events: ReadonlyArray<DomainEvent<object>>,
): Promise<void> {
  if (events.length === 0) return;
  const bus = buses.get(manager.connection);
  if (!bus) {
    throw new Error(
      `No event bus is running for this data source: cannot publish ${events.map((event) => event.type).join(', ')}.`,
    );
  }
  await bus.publish(manager, events);
}
