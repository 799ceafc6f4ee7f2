import type { ApolloCache, FieldMergeFunction, Reference } from '@apollo/client';
import type { NotificationItemFragment } from '../gql/graphql';
import { NotificationItemFragment as NotificationItem } from './notifications.operations';

/**
 * `Agent.notifications` as the cache stores it: one entry per page size and filter (the bell's ten,
 * the page's twenty, unread only or not), each with its nodes as references to the notifications,
 * so that marking one read changes it in every list at once.
 */
interface StoredConnection {
  unreadCount: number;
  totalCount: number;
  nodes: readonly Reference[];
}

function isConnection(value: unknown): value is StoredConnection {
  return typeof value === 'object' && value !== null && Array.isArray((value as StoredConnection).nodes);
}

/**
 * « Afficher plus » asks for the page after `endCursor`: its nodes go after those already shown. A
 * first page (no `after`) replaces the entry, as the server answers it.
 */
export const mergeNotificationPages: FieldMergeFunction = (
  existing: unknown,
  incoming: unknown,
  { args },
) => {
  if (!args?.after || !isConnection(existing) || !isConnection(incoming)) return incoming;
  const shown = new Set(existing.nodes.map((node) => node.__ref));
  return {
    ...incoming,
    nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !shown.has(node.__ref))],
  };
};

function agentRef(cache: ApolloCache<unknown>, agentId: string): string | undefined {
  return cache.identify({ __typename: 'Agent', id: agentId });
}

/**
 * A notification that arrived live goes first in every list of the agent's notifications the cache
 * holds, and counts as unread there — once: a notification a list already holds (the list was read
 * after it was written, or the event came again after a reconnection) changes nothing. False when
 * the cache holds no list yet (the first read still on its way, and perhaps without it).
 */
export function addLiveNotification(
  cache: ApolloCache<unknown>,
  agentId: string,
  notification: NotificationItemFragment,
): boolean {
  // The generated types leave `__typename` out (skipTypename); the cache needs it to identify the object.
  const data: NotificationItemFragment & { __typename: 'Notification' } = {
    __typename: 'Notification',
    ...notification,
  };
  const ref = cache.writeFragment({ fragment: NotificationItem, data });
  const id = agentRef(cache, agentId);
  if (!ref || !id) return false;
  let lists = 0;
  cache.modify({
    id,
    fields: {
      notifications(existing: unknown) {
        if (!isConnection(existing)) return existing;
        lists += 1;
        if (existing.nodes.some((node) => node.__ref === ref.__ref)) return existing;
        return {
          ...existing,
          unreadCount: existing.unreadCount + (notification.read ? 0 : 1),
          totalCount: existing.totalCount + 1,
          nodes: [ref, ...existing.nodes],
        };
      },
    },
  });
  return lists > 0;
}

/**
 * After `markNotificationsRead`: the notifications marked (`ids`, or every one the cache holds for
 * `all`) read, and the server's unread count in every list.
 */
export function markReadInCache(
  cache: ApolloCache<unknown>,
  agentId: string,
  marked: readonly string[] | 'all',
  unreadCount: number,
): void {
  const id = agentRef(cache, agentId);
  if (!id) return;
  const refs = new Set<string>(
    marked === 'all'
      ? []
      : marked.flatMap(
          (notificationId) => cache.identify({ __typename: 'Notification', id: notificationId }) ?? [],
        ),
  );
  cache.modify({
    id,
    fields: {
      notifications(existing: unknown) {
        if (!isConnection(existing)) return existing;
        if (marked === 'all') for (const node of existing.nodes) refs.add(node.__ref);
        return { ...existing, unreadCount };
      },
    },
  });
  for (const ref of refs) cache.modify({ id: ref, fields: { read: () => true } });
}
