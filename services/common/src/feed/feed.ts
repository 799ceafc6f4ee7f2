import type { DataSource } from 'typeorm';
import type { Logger } from '@talents/platform';
import { catchUp } from './catch-up';
import { dispatchRow } from './fan-out';
import { isAfter, lastFeedSeq, readFeedRows, type FeedQuery } from './feed-table';
import { FeedSubscription, type FeedChannel, type FeedEvent } from './feed-subscription';
import { FeedListener } from './listener';

const DRAIN_PAGE = 500;

/**
 * One per subgraph process: reads the new rows of the schema's feed once for every subscriber of
 * this replica (listener.ts wakes it), and fans them out through the channels (fan-out.ts);
 * subscribers from a cursor first catch up from the table (catch-up.ts).
 */
export class FeedHub {
  private lastSeq = '0';
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private readonly subscriptions = new Set<FeedSubscription>();
  private stopped = false;
  private readonly pool: FeedQuery;
  private readonly listener: FeedListener;

  private constructor(
    options: { databaseUrl: string; schema: string; db: DataSource; logger: Logger },
    private readonly schema = options.schema,
    private readonly logger = options.logger,
  ) {
    this.pool = (sql, parameters) => options.db.query(sql, parameters);
    this.listener = new FeedListener({
      databaseUrl: options.databaseUrl,
      schema: options.schema,
      logger: options.logger,
      wake: () => this.scheduleDrain(),
      fallback: this.pool,
    });
  }

  static async start(options: {
    databaseUrl: string;
    schema: string;
    db: DataSource;
    logger: Logger;
  }): Promise<FeedHub> {
    const hub = new FeedHub(options);
    hub.lastSeq = await lastFeedSeq((sql) => options.db.query(sql), options.schema);
    await hub.listener.start();
    return hub;
  }

  private scheduleDrain(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.logger.error({ err: error }, 'feed dispatch failed'))
      .finally(() => {
        this.draining = null;
        if (this.drainAgain) {
          this.drainAgain = false;
          this.scheduleDrain();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.listener.readNew(this.lastSeq, DRAIN_PAGE);
      for (const row of rows) {
        await dispatchRow(row, this.subscriptions, this.logger);
        this.lastSeq = row.seq;
      }
      if (rows.length < DRAIN_PAGE) return;
    }
  }

  /**
   * Subscribes to a channel from `after` (a seq; null: from now). What was committed after `after`
   * comes first, read from the table, then the live rows; each row once, in order.
   */
  subscribe<TSubscriber, TValue>(
    channel: FeedChannel<TSubscriber, TValue>,
    subscriber: TSubscriber,
    after: string | null,
  ): AsyncIterableIterator<FeedEvent<TValue>> {
    const subscription: FeedSubscription<TSubscriber, TValue> = new FeedSubscription(
      channel,
      subscriber,
      after ?? this.lastSeq,
      () => this.subscriptions.delete(subscription as FeedSubscription),
    );
    this.subscriptions.add(subscription as FeedSubscription);
    // Live at once from now, or from a cursor this hub has already gone past with nothing in
    // flight (the gateway's starting cursors): every later row reaches it through dispatch. Else
    // the rows since the cursor are read first.
    const caughtUp = after === null || (this.draining === null && !isAfter(this.lastSeq, after));
    if (caughtUp) subscription.live = true;
    else
      void catchUp(
        subscription as FeedSubscription,
        (topic, from, limit) => readFeedRows(this.pool, this.schema, from, topic, limit),
        this.logger,
      );
    return subscription.queue;
  }

  /** The last row this hub dispatched: a cursor from which a new subscription misses nothing. */
  get position(): string {
    return this.lastSeq;
  }

  /** Subscribers currently attached to this replica (tests, metrics). */
  get size(): number {
    return this.subscriptions.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const subscription of [...this.subscriptions]) subscription.close();
    await this.draining;
    await this.listener.stop();
  }
}
