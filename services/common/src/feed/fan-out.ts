import type { Logger } from '@talents/platform';
import { encodeFeedCursor, isAfter, type FeedRow } from './feed-table';
import type { FeedChannel, FeedSubscription } from './feed-subscription';

type AnySubscription = FeedSubscription<unknown, unknown>;
type AnyChannel = FeedChannel<unknown, unknown>;

export const FEED_UNAVAILABLE = 'Le flux est momentanément indisponible : reprenez avec le curseur.';

/**
 * Hands one row to one channel's subscribers in one call of the channel (one statement for all of
 * them), then moves each past it, whether the row was for them or not. A channel that fails ends
 * those subscriptions: they resume from their cursor, before this row.
 */
export async function deliverRow(
  channel: AnyChannel,
  row: FeedRow,
  subscriptions: readonly AnySubscription[],
  logger: Logger,
): Promise<void> {
  let values: Map<unknown, unknown>;
  try {
    values = await channel.deliver(
      row,
      subscriptions.map((subscription) => subscription.subscriber),
    );
  } catch (error) {
    logger.error({ err: error, topic: row.topic, seq: row.seq }, 'feed delivery failed');
    for (const subscription of subscriptions) subscription.fail(new Error(FEED_UNAVAILABLE));
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
 * The live subscriptions a new row is for, by channel; a subscription still catching up from the
 * table keeps the row for later (it may not have read that far yet).
 */
export function recipientsOf(
  row: FeedRow,
  subscriptions: Iterable<AnySubscription>,
): Map<AnyChannel, AnySubscription[]> {
  const byChannel = new Map<AnyChannel, AnySubscription[]>();
  for (const subscription of subscriptions) {
    if (subscription.channel.topic !== row.topic || !isAfter(row.seq, subscription.position)) continue;
    if (!subscription.live) {
      subscription.buffered.push(row);
      continue;
    }
    const list = byChannel.get(subscription.channel) ?? [];
    list.push(subscription);
    byChannel.set(subscription.channel, list);
  }
  return byChannel;
}

/** A new row, to every subscription of this replica it is for: each channel once. */
export async function dispatchRow(
  row: FeedRow,
  subscriptions: Iterable<AnySubscription>,
  logger: Logger,
): Promise<void> {
  for (const [channel, recipients] of recipientsOf(row, subscriptions)) {
    await deliverRow(channel, row, recipients, logger);
  }
}
