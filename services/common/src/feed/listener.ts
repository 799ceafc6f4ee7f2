import pg from 'pg';
import type { Logger } from '@talents/platform';
import { feedChannelOf, readFeedRows, type FeedQuery, type FeedRow } from './feed-table';

const LISTENER_QUERY_TIMEOUT_MS = 5_000;
const RECONNECT_MS = 1_000;
/** Notifications can be lost while the listening connection is down: poll as a safety net. */
const POLL_MS = 5_000;

/**
 * The connection a replica LISTENs on for its schema's feed: it wakes the hub on each notification
 * (and every few seconds, in case one was lost), and the hub reads the new rows on it, so that this
 * work takes no connection from the pool requests use, nor counts among their statements. Lost, it
 * reconnects; meanwhile reads go through `fallback` (the pool).
 */
export class FeedListener {
  private client: pg.Client | null = null;
  private poll: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly options: {
      databaseUrl: string;
      schema: string;
      logger: Logger;
      /** Something may have been committed: read the feed. */
      wake: () => void;
      /** Reads while the connection is down. */
      fallback: FeedQuery;
    },
  ) {}

  async start(): Promise<void> {
    await this.listen();
    this.poll = setInterval(() => this.options.wake(), POLL_MS);
    this.poll.unref();
  }

  /** Whether the listening connection is up now (tests). */
  get connected(): boolean {
    return this.client !== null;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: `talents-${this.options.schema}-feed`,
      // A listener is idle most of the time: keep-alives find a dead peer, and the hub's reads on
      // this connection give up instead of waiting on one.
      keepAlive: true,
      query_timeout: LISTENER_QUERY_TIMEOUT_MS,
    });
    client.on('notification', () => this.options.wake());
    client.on('error', (error) => this.drop(client, error));
    await client.connect();
    await client.query(`LISTEN "${feedChannelOf(this.options.schema)}"`);
    this.client = client;
    // What was committed while nobody listened.
    this.options.wake();
  }

  /** The listening connection failed or stopped answering: another one, and the pool meanwhile. */
  private drop(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.options.logger.warn({ err: error }, 'feed listener lost its connection; reconnecting');
    this.client = null;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen().catch((error: unknown) => {
        this.options.logger.warn({ err: error }, 'feed listener could not reconnect');
        this.scheduleReconnect();
      });
    }, RECONNECT_MS);
    this.reconnect.unref();
  }

  /** The rows after `after`, of every topic, on the listening connection while it is up. */
  async readNew(after: string, limit: number): Promise<FeedRow[]> {
    const client = this.client;
    if (client) {
      try {
        const query: FeedQuery = async (sql, parameters) =>
          (await client.query<FeedRow>(sql, parameters)).rows;
        return await readFeedRows(query, this.options.schema, after, null, limit);
      } catch (error) {
        // A connection that died without a word times out here (query_timeout) rather than
        // freezing the feed: the pool reads instead while a new listener connects.
        this.drop(client, error);
      }
    }
    return readFeedRows(this.options.fallback, this.options.schema, after, null, limit);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
