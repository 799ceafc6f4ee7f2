import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput } from '../errors';
import type { Logger } from '../logger';

/**
 * The live feed of a subgraph: an append-only table of what subscribers are told (`feed`, one per
 * schema), written in the transaction of the change, announced by `NOTIFY` at its commit, and read
 * back by every replica. Its `seq` is the cursor clients resume from: a client that reconnects
 * with `after` gets the rows it missed from the table, then the live ones, no gap, no duplicate.
 */
export interface FeedRow {
  /** bigint, as text: cursors must not lose precision. */
  seq: string;
  topic: string;
  entityId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The PostgreSQL channel a schema's feed is announced on (the row's `seq` as payload). */
export function feedChannelOf(schema: string): string {
  return `${schema}_feed`;
}

/** 32-bit advisory lock key per schema (same hash as the migrations' lock, other namespace). */
function feedLockKey(schema: string): number {
  let hash = 0;
  for (const char of `talents:feed:${schema}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Appends a row through the transaction of the change. Writers are serialised by a transaction
 * lock so that sequence order is commit order: without it, a reader could see seq 7 committed
 * before seq 6 and step over 6 for good.
 */
export async function appendToFeed(
  manager: EntityManager,
  schema: string,
  row: { topic: string; entityId: string; payload?: Record<string, unknown> },
): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`appendToFeed(${row.topic}) must run inside the transaction of the change.`);
  }
  await manager.query('SELECT pg_advisory_xact_lock($1)', [feedLockKey(schema)]);
  const inserted = (await manager.query(
    `INSERT INTO "${schema}".feed (topic, entity_id, payload) VALUES ($1, $2, $3) RETURNING seq::text AS seq`,
    [row.topic, row.entityId, JSON.stringify(row.payload ?? {})],
  )) as Array<{ seq: string }>;
  const seq = inserted[0]?.seq ?? '0';
  await manager.query('SELECT pg_notify($1, $2)', [feedChannelOf(schema), seq]);
  return seq;
}

const CURSOR_PREFIX = 'feed:';

export function encodeFeedCursor(seq: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

/** A cursor from a client: a forged one is a user error naming the argument. */
export function decodeFeedCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  if (!/^\d{1,18}$/.test(seq)) {
    throw badUserInput(
      field,
      'Curseur de flux invalide : reprenez la valeur `cursor` du dernier événement reçu.',
    );
  }
  return seq.replace(/^0+(?=\d)/, '');
}

/**
 * What one kind of subscription makes of a feed row, for many subscribers at once: the hub calls
 * it once per row with every live subscriber of the channel, so that the work per row is one
 * statement, not one per subscriber. Absent from the map: the subscriber receives nothing.
 */
export interface FeedChannel<TSubscriber, TValue> {
  topic: string;
  deliver(row: FeedRow, subscribers: readonly TSubscriber[]): Promise<Map<TSubscriber, TValue>>;
}

export interface FeedEvent<TValue> {
  cursor: string;
  value: TValue;
}

/** Subscriber-side limit: past it the subscription ends, and the gateway resumes it from its cursor. */
const MAX_PENDING = 1_000;
const CATCH_UP_PAGE = 200;
const DRAIN_PAGE = 500;
/** Notifications can be lost while the listening connection is down: poll as a safety net. */
const POLL_MS = 5_000;

class Subscription<TSubscriber, TValue> {
  /** Last seq this subscriber has been given (or skipped). */
  position: string;
  live = false;
  /** Rows seen while catching up from the table, applied once caught up. */
  buffered: FeedRow[] = [];
  private readonly pending: Array<FeedEvent<TValue>> = [];
  private waiting: ((result: IteratorResult<FeedEvent<TValue>>) => void) | null = null;
  private failure: Error | null = null;
  closed = false;

  constructor(
    readonly channel: FeedChannel<TSubscriber, TValue>,
    readonly subscriber: TSubscriber,
    position: string,
    private readonly onClose: () => void,
  ) {
    this.position = position;
  }

  push(event: FeedEvent<TValue>): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: event, done: false });
      return;
    }
    if (this.pending.length >= MAX_PENDING) {
      this.fail(new Error('Abonné trop lent : la souscription est close, reprenez-la avec son curseur.'));
      return;
    }
    this.pending.push(event);
  }

  fail(error: Error): void {
    if (this.closed) return;
    this.failure = error;
    this.pending.length = 0;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.closed = true;
      this.onClose();
      // An iterator reports a failure by rejecting next(): done through a thrown error below.
      resolve(Promise.reject(error) as unknown as IteratorResult<FeedEvent<TValue>>);
    }
  }

  next(): Promise<IteratorResult<FeedEvent<TValue>>> {
    const event = this.pending.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.failure) {
      const error = this.failure;
      this.close();
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ value: undefined, done: true });
  }
}

const LISTENER_QUERY_TIMEOUT_MS = 5_000;

/**
 * `seq` leaves as text (a bigint must not lose precision in JavaScript) but is ordered as the
 * number it is: a bare `ORDER BY seq` would sort the text column of the select list, and put
 * 1000 before 999.
 */
const FEED_ROWS_SQL = (schema: string) =>
  `SELECT feed.seq::text AS seq, topic, entity_id AS "entityId", payload, created_at AS "createdAt"
     FROM "${schema}".feed
    WHERE feed.seq > $1::bigint AND ($2::text IS NULL OR topic = $2)
    ORDER BY feed.seq LIMIT $3`;

/**
 * One per subgraph process: a dedicated connection LISTENs to the schema's feed channel, reads the
 * new rows once for every subscriber of this replica, and fans them out through the channels.
 */
export class FeedHub {
  private client: pg.Client | null = null;
  private lastSeq = '0';
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private readonly subscriptions = new Set<Subscription<unknown, unknown>>();
  private poll: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  private constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    private readonly db: DataSource,
    private readonly logger: Logger,
  ) {}

  static async start(options: {
    databaseUrl: string;
    schema: string;
    db: DataSource;
    logger: Logger;
  }): Promise<FeedHub> {
    const hub = new FeedHub(options.databaseUrl, options.schema, options.db, options.logger);
    hub.lastSeq = await hub.currentSeq();
    await hub.listen();
    hub.poll = setInterval(() => hub.scheduleDrain(), POLL_MS);
    hub.poll.unref();
    return hub;
  }

  private async currentSeq(): Promise<string> {
    const rows = (await this.db.query(
      `SELECT coalesce(max(seq), 0)::text AS seq FROM "${this.schema}".feed`,
    )) as Array<{ seq: string }>;
    return rows[0]?.seq ?? '0';
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: `talents-${this.schema}-feed`,
      // A listener is idle most of the time: keep-alives find a dead peer, and the hub's reads on
      // this connection give up instead of waiting on one.
      keepAlive: true,
      query_timeout: LISTENER_QUERY_TIMEOUT_MS,
    });
    client.on('notification', () => this.scheduleDrain());
    client.on('error', (error) => this.dropListener(client, error));
    await client.connect();
    await client.query(`LISTEN "${feedChannelOf(this.schema)}"`);
    this.client = client;
    // What was committed while nobody listened.
    this.scheduleDrain();
  }

  /** The listening connection failed or stopped answering: another one, and the pool meanwhile. */
  private dropListener(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.logger.warn({ err: error }, 'feed listener lost its connection; reconnecting');
    this.client = null;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'feed listener could not reconnect');
        this.scheduleReconnect();
      });
    }, 1_000);
    this.reconnect.unref();
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
      const rows = await this.readNew();
      for (const row of rows) {
        await this.dispatch(row);
        this.lastSeq = row.seq;
      }
      if (rows.length < DRAIN_PAGE) return;
    }
  }

  /**
   * The rows after the last one dispatched, read on the listening connection while it is up: the
   * hub's own work then takes no connection from the pool requests use, nor counts among their
   * statements (tests count those per request).
   */
  private async readNew(): Promise<FeedRow[]> {
    const client = this.client;
    if (client) {
      try {
        const result = await client.query<FeedRow>(FEED_ROWS_SQL(this.schema), [
          this.lastSeq,
          null,
          DRAIN_PAGE,
        ]);
        return result.rows;
      } catch (error) {
        // A connection that died without a word times out here (query_timeout) rather than
        // freezing the feed: the pool reads instead while a new listener connects.
        this.dropListener(client, error);
      }
    }
    return this.read(null, this.lastSeq, DRAIN_PAGE);
  }

  private async read(topic: string | null, after: string, limit: number): Promise<FeedRow[]> {
    return (await this.db.query(FEED_ROWS_SQL(this.schema), [after, topic, limit])) as FeedRow[];
  }

  private async dispatch(row: FeedRow): Promise<void> {
    const byChannel = new Map<FeedChannel<unknown, unknown>, Array<Subscription<unknown, unknown>>>();
    for (const subscription of this.subscriptions) {
      if (subscription.channel.topic !== row.topic || BigInt(subscription.position) >= BigInt(row.seq))
        continue;
      if (!subscription.live) {
        subscription.buffered.push(row);
        continue;
      }
      const list = byChannel.get(subscription.channel) ?? [];
      list.push(subscription);
      byChannel.set(subscription.channel, list);
    }
    for (const [channel, subscriptions] of byChannel) {
      await this.deliver(channel, row, subscriptions);
    }
  }

  private async deliver(
    channel: FeedChannel<unknown, unknown>,
    row: FeedRow,
    subscriptions: Array<Subscription<unknown, unknown>>,
  ): Promise<void> {
    let values: Map<unknown, unknown>;
    try {
      values = await channel.deliver(
        row,
        subscriptions.map((subscription) => subscription.subscriber),
      );
    } catch (error) {
      this.logger.error({ err: error, topic: row.topic, seq: row.seq }, 'feed delivery failed');
      for (const subscription of subscriptions) {
        subscription.fail(new Error('Le flux est momentanément indisponible : reprenez avec le curseur.'));
      }
      return;
    }
    const cursor = encodeFeedCursor(row.seq);
    for (const subscription of subscriptions) {
      subscription.position = row.seq;
      if (values.has(subscription.subscriber)) {
        subscription.push({ cursor, value: values.get(subscription.subscriber) });
      }
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
    const subscription: Subscription<TSubscriber, TValue> = new Subscription(
      channel,
      subscriber,
      after ?? this.lastSeq,
      () => this.subscriptions.delete(subscription as Subscription<unknown, unknown>),
    );
    this.subscriptions.add(subscription as Subscription<unknown, unknown>);
    // Live at once from now, or from a cursor this hub has already gone past with nothing in
    // flight (the gateway's starting cursors): every later row reaches it through dispatch. Else
    // the rows since the cursor are read first.
    const caughtUp = after === null || (this.draining === null && BigInt(after) >= BigInt(this.lastSeq));
    if (caughtUp) subscription.live = true;
    else void this.catchUp(subscription as Subscription<unknown, unknown>);
    const iterator: AsyncIterableIterator<FeedEvent<TValue>> = {
      next: () => subscription.next(),
      return: () => {
        subscription.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error: unknown) => {
        subscription.close();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private async catchUp(subscription: Subscription<unknown, unknown>): Promise<void> {
    try {
      for (;;) {
        const rows = await this.read(subscription.channel.topic, subscription.position, CATCH_UP_PAGE);
        for (const row of rows) {
          if (subscription.closed) return;
          await this.deliver(subscription.channel, row, [subscription]);
        }
        if (rows.length < CATCH_UP_PAGE) break;
      }
      // The rows the hub saw meanwhile, then live: flipped in the same turn as the buffer empties.
      for (;;) {
        const row = subscription.buffered.shift();
        if (!row) break;
        if (BigInt(row.seq) <= BigInt(subscription.position)) continue;
        await this.deliver(subscription.channel, row, [subscription]);
      }
      subscription.live = true;
    } catch (error) {
      this.logger.error({ err: error }, 'feed catch-up failed');
      subscription.fail(new Error('Le flux est momentanément indisponible : reprenez avec le curseur.'));
    }
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
    if (this.poll) clearInterval(this.poll);
    if (this.reconnect) clearTimeout(this.reconnect);
    for (const subscription of [...this.subscriptions]) subscription.close();
    await this.draining;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
