import type { Logger } from '@talents/platform';
import { FEED_UNAVAILABLE, deliverRow } from './fan-out';
import { isAfter, type FeedRow } from './feed-table';
import { MAX_PENDING_EVENTS, type FeedSubscription } from './feed-subscription';

/** Rows read from the table at a time when a subscriber catches up. */
export const CATCH_UP_PAGE = 200;

/**
 * Brings a subscription from its cursor to live: the rows after it are read from the table a page
 * at a time — the next page only once the subscriber has room for it, so that a long backlog
 * streams at the reader's pace instead of overflowing its queue —, then the rows the hub dispatched
 * meanwhile, then it is flipped live in the same turn as its buffer empties: no gap, no duplicate.
 */
export async function catchUp(
  subscription: FeedSubscription,
  read: (topic: string, after: string, limit: number) => Promise<FeedRow[]>,
  logger: Logger,
  page = CATCH_UP_PAGE,
): Promise<void> {
  try {
    for (;;) {
      await subscription.queue.room(Math.max(1, MAX_PENDING_EVENTS - page));
      if (subscription.closed) return;
      const rows = await read(subscription.channel.topic, subscription.position, page);
      for (const row of rows) {
        if (subscription.closed) return;
        await deliverRow(subscription.channel, row, [subscription], logger);
      }
      if (rows.length < page) break;
    }
    for (;;) {
      const row = subscription.buffered.shift();
      if (!row) break;
      if (!isAfter(row.seq, subscription.position)) continue;
      await deliverRow(subscription.channel, row, [subscription], logger);
    }
    subscription.live = true;
  } catch (error) {
    logger.error({ err: error }, 'feed catch-up failed');
    subscription.fail(new Error(FEED_UNAVAILABLE));
  }
}
