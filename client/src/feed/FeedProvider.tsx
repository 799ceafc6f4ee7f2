import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { errorCodeOf, reportOf } from '../common/errors';
import { useDashboardClient } from '../dashboard-client';
import type { MissionMatchesSubscription as MatchEvent } from '../gql/graphql';
import { useSession } from '../session/session';
import { isAfter, retryDelayMs } from './cursor';
import { MissionMatchesSubscription } from './feed.operations';

export type FeedMatch = MatchEvent['missionMatches'];

export interface FeedItem {
  match: FeedMatch;
  receivedAt: Date;
}

export type FeedStatus =
  | { kind: 'off' }
  | { kind: 'subscribing'; resuming: boolean }
  | { kind: 'waiting'; attempt: number; retryInMs: number }
  | { kind: 'refused'; message: string };

export interface Feed {
  items: FeedItem[];
  status: FeedStatus;
  /** The last cursor received: where a resubscription resumes. */
  lastCursor: string | null;
}

/** Matches at or above this score reach the feed (the API's default). */
export const FEED_MIN_SCORE = 0.3;

/** Refusals that a new attempt would not change. */
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

const FeedContext = createContext<Feed>({ items: [], status: { kind: 'off' }, lastCursor: null });

/**
 * Keeps the signed-in agent's live feed for the whole visit, on every screen. When the socket drops
 * (gateway restart, 4205, 4413, network), it subscribes again with `after` = the last cursor
 * received, so that what was published meanwhile arrives first, once.
 */
export function FeedProvider({ children }: { children: ReactNode }) {
  const { apollo } = useDashboardClient();
  const { agent } = useSession();
  const agentId = agent?.id ?? null;
  const [items, setItems] = useState<FeedItem[]>([]);
  const [status, setStatus] = useState<FeedStatus>({ kind: 'off' });
  const lastCursor = useRef<string | null>(null);
  const [cursorShown, setCursorShown] = useState<string | null>(null);

  useEffect(() => {
    if (!agentId) return undefined;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe(): void } | null = null;

    const retry = () => {
      subscription?.unsubscribe();
      subscription = null;
      attempt += 1;
      const retryInMs = retryDelayMs(attempt);
      setStatus({ kind: 'waiting', attempt, retryInMs });
      timer = setTimeout(start, retryInMs);
    };

    const receive = (match: FeedMatch) => {
      attempt = 0;
      const cursor = match.cursor;
      if (cursor) {
        // A resumed subscription never repeats an event; this guard keeps it so whatever happens.
        if (!isAfter(cursor, lastCursor.current)) return;
        lastCursor.current = cursor;
        setCursorShown(cursor);
      }
      setItems((previous) =>
        previous.some((item) => item.match.mission.id === match.mission.id)
          ? previous
          : [{ match, receivedAt: new Date() }, ...previous],
      );
    };

    function start() {
      if (stopped) return;
      setStatus({ kind: 'subscribing', resuming: lastCursor.current !== null });
      subscription = apollo
        .subscribe({
          query: MissionMatchesSubscription,
          variables: { minScore: FEED_MIN_SCORE, after: lastCursor.current },
        })
        .subscribe({
          next: (result) => {
            if (result.data?.missionMatches) receive(result.data.missionMatches);
          },
          error: (error: unknown) => {
            if (stopped) return;
            const code = errorCodeOf(error);
            if (code && FINAL_CODES.has(code)) {
              setStatus({ kind: 'refused', message: reportOf(error).general.join(' ') });
            } else {
              retry();
            }
          },
          // The server ended the subscription (e.g. a subgraph restarting): resume from the cursor.
          complete: () => {
            if (!stopped) retry();
          },
        });
    }

    start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      subscription?.unsubscribe();
      setStatus({ kind: 'off' });
    };
  }, [apollo, agentId]);

  return (
    <FeedContext.Provider value={{ items, status, lastCursor: cursorShown }}>{children}</FeedContext.Provider>
  );
}

export function useFeed(): Feed {
  return useContext(FeedContext);
}
