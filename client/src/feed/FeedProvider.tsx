import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDashboardClient } from '../dashboard-client';
import type { MissionMatchesSubscription as MatchEvent } from '../gql/graphql';
import { useSession } from '../session/session';
import { MissionMatchesSubscription } from './feed.operations';
import { subscribeResumably, type LiveStatus } from './resumable';

export type FeedMatch = MatchEvent['missionMatches'];

export interface FeedItem {
  match: FeedMatch;
  receivedAt: Date;
}

export type FeedStatus = LiveStatus;

export interface Feed {
  items: FeedItem[];
  status: FeedStatus;
}

/** Matches at or above this score reach the feed (the API's default). */
export const FEED_MIN_SCORE = 0.3;

const FeedContext = createContext<Feed>({ items: [], status: { kind: 'off' } });

/**
 * Keeps the signed-in agent's live feed for the whole visit, on every screen: missions published
 * since the visit began that match the agent, newest first, each once.
 */
export function FeedProvider({ children }: { children: ReactNode }) {
  const { apollo } = useDashboardClient();
  const { agent } = useSession();
  const agentId = agent?.id ?? null;
  const [items, setItems] = useState<FeedItem[]>([]);
  const [status, setStatus] = useState<FeedStatus>({ kind: 'off' });

  useEffect(() => {
    if (!agentId) return undefined;
    return subscribeResumably({
      apollo,
      query: MissionMatchesSubscription,
      variables: (after) => ({ minScore: FEED_MIN_SCORE, after }),
      cursorOf: (data) => data.missionMatches.cursor,
      onStatus: setStatus,
      onEvent: ({ missionMatches: match }) =>
        setItems((previous) =>
          previous.some((item) => item.match.mission.id === match.mission.id)
            ? previous
            : [{ match, receivedAt: new Date() }, ...previous],
        ),
    });
  }, [apollo, agentId]);

  return <FeedContext.Provider value={{ items, status }}>{children}</FeedContext.Provider>;
}

export function useFeed(): Feed {
  return useContext(FeedContext);
}
