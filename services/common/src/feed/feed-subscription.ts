import { BoundedQueue } from '@talents/platform';
import type { FeedRow } from './feed-table';

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

/**
 * Live events a subscriber may leave unread: past it the subscription ends, and the gateway
 * resumes it from its cursor. Catching up from the table waits for room instead (catch-up.ts).
 */
export const MAX_PENDING_EVENTS = 1_000;

/** One subscriber of a channel on this replica: where it is in the feed, and its queue. */
export class FeedSubscription<TSubscriber = unknown, TValue = unknown> {
  /** Last seq this subscriber has been given (or skipped). */
  position: string;
  /** Reached by every row the hub dispatches; false while it catches up from the table. */
  live = false;
  /** Rows the hub dispatched while it caught up, applied once caught up. */
  readonly buffered: FeedRow[] = [];
  readonly queue: BoundedQueue<FeedEvent<TValue>>;

  constructor(
    readonly channel: FeedChannel<TSubscriber, TValue>,
    readonly subscriber: TSubscriber,
    position: string,
    onClose: () => void,
  ) {
    this.position = position;
    this.queue = new BoundedQueue(MAX_PENDING_EVENTS, onClose);
  }

  get closed(): boolean {
    return this.queue.done;
  }

  /** A live event: a subscriber too far behind is ended (it resumes from its cursor). */
  push(event: FeedEvent<TValue>): void {
    if (this.queue.done) return;
    if (!this.queue.offer(event)) {
      this.fail(new Error('Abonné trop lent : la souscription est close, reprenez-la avec son curseur.'));
    }
  }

  fail(error: Error): void {
    this.queue.fail(error);
  }

  close(): void {
    this.queue.close();
  }
}
