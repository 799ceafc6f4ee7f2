import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
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

/**
 * Durable events between subgraphs over pg-boss in PostgreSQL: a publisher inserts the jobs in
 * the transaction of its change (nothing is announced that did not happen, nothing that happened
 * is lost), each consumer subgraph has its own queue per event type, and retries are pg-boss's.
 */
export class EventBus {
  private constructor(
    private readonly boss: PgBoss,
    private readonly source: string,
  ) {}

  static async start(options: {
    databaseUrl: string;
    source: string;
    db: DataSource;
    logger: Logger;
    consumers?: Record<string, EventConsumer>;
    /** Seconds between polls of an idle queue; pg-boss accepts 0.5 at least. */
    pollingIntervalSeconds?: number;
  }): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: EVENT_BUS_SCHEMA,
      application_name: `talents-${options.source}-events`,
      max: 3,
      // Only the shared maintenance of pg-boss; our jobs expire when a consumer is stuck.
      retryLimit: 10,
      retryBackoff: true,
      retryDelay: 1,
    });
    boss.on('error', (error) => options.logger.error({ err: error }, 'event bus error'));
    await boss.start();
    // Every queue of the routes exists before anyone publishes, so no event waits on its consumer's start.
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const [type, consumers] of Object.entries(EVENT_ROUTES)) {
      for (const consumer of consumers) {
        const name = queueName(consumer, type);
        if (existing.has(name)) continue;
        try {
          await boss.createQueue(name, { name, policy: 'standard' });
        } catch (error) {
          // Another replica created it meanwhile.
          if ((error as { code?: string }).code !== '23505') throw error;
        }
      }
    }
    const bus = new EventBus(boss, options.source);
    for (const [type, consume] of Object.entries(options.consumers ?? {})) {
      await boss.work<Envelope>(
        queueName(options.source, type),
        { batchSize: 50, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5 },
        async (jobs) => {
          let failure: unknown = null;
          for (const job of jobs) {
            try {
              await options.db.transaction((manager) =>
                (consume as (payload: object, manager: EntityManager) => Promise<void>)(
                  job.data.payload,
                  manager,
                ),
              );
            } catch (error) {
              options.logger.error({ err: error, type, key: job.data.key }, 'event consumer failed');
              failure = error;
            }
          }
          // The batch is retried as a whole: the consumers being idempotent, the others are harmless.
          if (failure) throw failure;
        },
      );
    }
    buses.set(options.db, bus);
    return bus;
  }

  /** Inserts one job per consumer of `event`, through the caller's transaction. */
  async publish<T extends object>(manager: EntityManager, event: DomainEvent<T>): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      throw new Error(`publishEvent(${event.type}) must run inside the transaction of the change.`);
    }
    const consumers = consumersOf(event.type);
    if (consumers.length === 0) return;
    const envelope: Envelope = {
      type: event.type,
      key: event.key,
      source: this.source,
      occurredAt: new Date().toISOString(),
      payload: event.payload as Record<string, unknown>,
    };
    await this.boss.insert(
      consumers.map((consumer) => ({ name: queueName(consumer, event.type), data: envelope })),
      {
        db: {
          executeSql: async (text: string, values: unknown[]) => ({
            rows: (await runner.query(text, values, true)).records as unknown[],
          }),
        },
      },
    );
  }

  /** Sends events outside any change: replays rebuild the consumers' projections. */
  async publishDetached(events: Array<DomainEvent<object>>): Promise<number> {
    const jobs = events.flatMap((event) =>
      consumersOf(event.type).map((consumer) => ({
        name: queueName(consumer, event.type),
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

  /** Jobs not yet consumed, per queue: what tests and operators wait on. */
  async backlog(): Promise<Record<string, number>> {
    const backlog: Record<string, number> = {};
    for (const [type, consumers] of Object.entries(EVENT_ROUTES)) {
      for (const consumer of consumers) {
        const name = queueName(consumer, type);
        backlog[name] = await this.boss.getQueueSize(name);
      }
    }
    return backlog;
  }

  async stop(db: DataSource): Promise<void> {
    buses.delete(db);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

/**
 * Publishes a domain event in the transaction of the change. The subgraph's bus is found from the
 * manager's data source, so services need nothing but their EntityManager.
 */
export async function publishEvent<T extends object>(
  manager: EntityManager,
  event: DomainEvent<T>,
): Promise<void> {
  const bus = buses.get(manager.connection);
  if (!bus) {
    throw new Error(`No event bus is running for this data source: cannot publish ${event.type}.`);
  }
  await bus.publish(manager, event);
}
