import { useMutation, useQuery } from '@apollo/client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useDashboardClient } from '../dashboard-client';
import { subscribeResumably, type LiveStatus } from '../feed/resumable';
import type { NotificationItemFragment } from '../gql/graphql';
import { useSession } from '../session/session';
import { addLiveNotification, markReadInCache } from './cache';
import {
  MarkNotificationsReadMutation,
  MyNotificationsSubscription,
  NotificationBellQuery,
} from './notifications.operations';

/** How many of the latest notifications the bell's panel lists. */
export const BELL_SIZE = 10;

export interface Notifications {
  /** Null while unknown: a visitor, the first read, or a read that failed. */
  unreadCount: number | null;
  totalCount: number | null;
  /** The latest ones, newest first. */
  recent: readonly NotificationItemFragment[];
  loading: boolean;
  error: unknown;
  live: LiveStatus;
  /** The newest notification that arrived live, for screen readers (a polite live region). */
  announcement: string;
  /** Reads the bell again (the panel opens, another tab may have marked some read). */
  refresh(): void;
  /** Marks some notifications, or all, read; rejects with the server's error. */
  markRead(ids: readonly string[] | 'all'): Promise<void>;
}

const NOTHING: Notifications = {
  unreadCount: null,
  totalCount: null,
  recent: [],
  loading: false,
  error: undefined,
  live: { kind: 'off' },
  announcement: '',
  refresh: () => undefined,
  markRead: () => Promise.resolve(),
};

const NotificationsContext = createContext<Notifications>(NOTHING);

const bellVariables = { first: BELL_SIZE };

/**
 * The signed-in agent's notifications for the whole visit, on every screen: the bell's count and
 * latest ones, kept live by `myNotifications`. The subscription resumes after a drop from its last
 * cursor (feed/resumable.ts); each new notification goes into the cached lists once, whichever way
 * it came (addLiveNotification), so a reconnection never counts one twice.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { apollo } = useDashboardClient();
  const { agent } = useSession();
  const agentId = agent?.id ?? null;
  const { data, loading, error, refetch } = useQuery(NotificationBellQuery, {
    variables: bellVariables,
    skip: !agentId,
    fetchPolicy: 'cache-and-network',
  });
  const [mark] = useMutation(MarkNotificationsReadMutation);
  const [live, setLive] = useState<LiveStatus>({ kind: 'off' });
  const [announcement, setAnnouncement] = useState('');

  const refresh = useCallback(() => {
    if (agentId) void refetch();
  }, [agentId, refetch]);

  useEffect(() => {
    if (!agentId) return undefined;
    let dropped = false;
    return subscribeResumably({
      apollo,
      query: MyNotificationsSubscription,
      variables: (after) => ({ after }),
      cursorOf: (event) => event.myNotifications.cursor,
      onEvent: ({ myNotifications: { notification } }) => {
        if (!addLiveNotification(apollo.cache, agentId, notification)) {
          void apollo.refetchQueries({ include: [NotificationBellQuery] });
        }
        setAnnouncement(`Nouvelle notification : ${notification.text}`);
      },
      onStatus: (status) => {
        setLive(status);
        if (status.kind === 'waiting') dropped = true;
        // Without a cursor yet, a new subscription starts from now: what came during the drop
        // is read with the list instead.
        if (status.kind === 'subscribing' && dropped && !status.resuming) {
          dropped = false;
          void apollo.refetchQueries({ include: [NotificationBellQuery] });
        }
      },
    });
  }, [apollo, agentId]);

  const markRead = useCallback(
    async (ids: readonly string[] | 'all') => {
      if (!agentId || (ids !== 'all' && ids.length === 0)) return;
      await mark({
        variables: ids === 'all' ? { all: true } : { ids: [...ids] },
        update(cache, result) {
          const unread = result.data?.markNotificationsRead.unreadCount;
          if (unread !== undefined) markReadInCache(cache, agentId, ids, unread);
        },
      });
    },
    [agentId, mark],
  );

  const connection = agentId ? data?.me?.notifications : undefined;
  const value = useMemo<Notifications>(
    () =>
      agentId
        ? {
            unreadCount: connection?.unreadCount ?? null,
            totalCount: connection?.totalCount ?? null,
            recent: (connection?.nodes ?? []).slice(0, BELL_SIZE),
            loading: loading && !connection,
            error: connection ? undefined : error,
            live,
            announcement,
            refresh,
            markRead,
          }
        : NOTHING,
    [agentId, connection, loading, error, live, announcement, refresh, markRead],
  );
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): Notifications {
  return useContext(NotificationsContext);
}
