import {
  decodeFeedCursor,
  isUuid,
  type FeedChannel,
  type FeedEvent,
  type FeedHub,
  type RequestContext,
} from '@talents/common';
import type { DataSource } from 'typeorm';
import { NOTIFICATION_TOPIC } from './notification.consumer';
import { readerOf, toNotification, type NotificationRow, type Reader } from './notification.service';
import { Notification, NotificationUpdate } from './notification.types';

/**
 * `myNotifications` rides the subgraph's live feed (services/common/src/feed, docs/subscriptions.md):
 * the consumer appends a feed row with each notification, in its transaction, and this channel
 * hands it to the subscribers it is for — one statement per row, whatever their number.
 */
const channels = new WeakMap<DataSource, FeedChannel<Reader, Notification>>();

function channelOf(db: DataSource): FeedChannel<Reader, Notification> {
  let channel = channels.get(db);
  if (channel) return channel;
  channel = {
    topic: NOTIFICATION_TOPIC,
    async deliver(row, subscribers) {
      const { id, recipientAgentId, recipientGroup } = row.payload;
      if (typeof id !== 'string' || !isUuid(id)) return new Map();
      const entitled = subscribers.filter((reader) =>
        typeof recipientAgentId === 'string'
          ? reader.agentId === recipientAgentId
          : typeof recipientGroup === 'string' && reader.groups.includes(recipientGroup),
      );
      if (entitled.length === 0) return new Map();
      const [found] = (await db.query(
        `SELECT "id", "kind", "text", "link", "read_at", "created_at"
           FROM "approvals"."notifications" WHERE "id" = $1`,
        [id],
      )) as NotificationRow[];
      if (!found) return new Map();
      const notification = toNotification(found);
      return new Map(entitled.map((reader) => [reader, notification]));
    },
  };
  channels.set(db, channel);
  return channel;
}

function feedOf(ctx: RequestContext): FeedHub {
  if (!ctx.feed) throw new Error('The approvals subgraph was started without its live feed.');
  return ctx.feed;
}

/** A signed-in agent only; from `after` (a cursor of this subscription) or from now. */
export function subscribeToNotifications(
  ctx: RequestContext,
  after: unknown,
): AsyncIterableIterator<FeedEvent<Notification>> {
  const reader = readerOf(
    ctx,
    'Les notifications en direct sont réservées aux agents connectés.',
    'myNotifications',
  );
  const position = decodeFeedCursor(typeof after === 'string' ? after : null);
  return feedOf(ctx).subscribe(channelOf(ctx.db), reader, position);
}

export function toNotificationUpdate(event: FeedEvent<Notification>): NotificationUpdate {
  return Object.assign(new NotificationUpdate(), { cursor: event.cursor, notification: event.value });
}
