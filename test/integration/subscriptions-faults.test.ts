import { approvalsSubgraph } from '@talents/approvals';
import type { RunningGateway } from '@talents/gateway';
import {
  missionPublishedSince,
  type PublishedEvent,
  record,
  restartSubgraph,
  seqOfCursor,
  useLiveHub,
  waitFor,
  type Subscription,
} from '../support/subscriptions';

/**
 * An event whose fields another subgraph must complete (`seatsRemaining`, from approvals) is never
 * delivered without them, nor stepped over, while that subgraph is down (issue 18, item 2): the
 * gateway tries again for a bounded time (`SUBSCRIPTION_RETRY_MS`), then closes the client's socket
 * with 4503, and the client resumes from the cursor of the last event it received.
 */
const PUBLISHED = missionPublishedSince('id seatsRemaining');
type Published = PublishedEvent<{ id: string; seatsRemaining: number }>;

const SUBSCRIBERS = 10;

describe('subscriptions while a subgraph completing their events is down', () => {
  const live = useLiveHub({ announced: 'Mission aux places comptées' });

  /** Anonymous subscribers on `gateway`, each recording the close codes of its socket. */
  const subscribe = (gateway: RunningGateway, after?: string) => {
    const closes: number[] = [];
    const client = live.client(gateway, undefined, { onClosed: (code) => closes.push(code) });
    return { feed: record<Published>(client, PUBLISHED, after ? { after } : {}), closes };
  };
  const eventsOf = (feed: Subscription<Published>) => feed.results.filter((result) => result.data);
  const seqsOf = (feed: Subscription<Published>) =>
    eventsOf(feed).map((result) => seqOfCursor(result.data?.missionPublished.cursor));
  /** Missions has handed the row `seq` to its subscribers (the gateway among them). */
  const dispatched = (seq: number) =>
    waitFor(() => Number(live.hub.subgraphs.missions?.feed?.position) >= seq);

  /** A gateway over the hub's subgraphs that retries an event for `retryMs`. */
  const gatewayRetrying = (retryMs: number) => live.gatewayWith({ SUBSCRIPTION_RETRY_MS: String(retryMs) });

  /** SUBSCRIBERS subscribers on `gateway`, each past one event (`first`, its seq). */
  const subscribersWithOneEvent = async (gateway: RunningGateway) => {
    const subscribers = Array.from({ length: SUBSCRIBERS }, () => subscribe(gateway));
    await waitFor(() => gateway.subscriptions.active >= SUBSCRIBERS);
    await live.announce(1);
    const first = await live.lastSeq();
    for (const { feed } of subscribers) await feed.nth(1);
    return { subscribers, first };
  };

  it('delivers, complete and in order, the events published while approvals restarts within the bound', async () => {
    const { subscribers, first } = await subscribersWithOneEvent(await gatewayRetrying(30_000));

    await restartSubgraph(live.hub, approvalsSubgraph, async () => {
      await live.announce(2);
      await dispatched(first + 2);
    });
    for (const { feed, closes } of subscribers) {
      await feed.nth(3, 30_000);
      expect(feed.results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
      expect(seqsOf(feed)).toEqual([first, first + 1, first + 2]);
      expect(eventsOf(feed).map((result) => result.data?.missionPublished.mission)).toEqual(
        Array.from({ length: 3 }, () => ({ id: live.missionId, seatsRemaining: 2 })),
      );
      expect(closes).toEqual([]);
    }
    for (const { feed } of subscribers) feed.stop();
  }, 120_000);

  it('closes with 4503 past the bound, having delivered nothing incomplete; the resume brings every event once', async () => {
    const gateway = await gatewayRetrying(800);
    const { subscribers, first } = await subscribersWithOneEvent(gateway);

    await restartSubgraph(live.hub, approvalsSubgraph, async () => {
      await live.announce(2);
      await waitFor(() => subscribers.every(({ closes }) => closes.length > 0), 20_000);
    });
    for (const { feed, closes } of subscribers) {
      expect(closes).toEqual([4503]);
      // Only the event before the outage: neither a null event nor one past it.
      expect(seqsOf(feed)).toEqual([first]);
      expect(eventsOf(feed)[0]?.errors).toBeUndefined();
    }

    const resumed = subscribers.map(({ feed }) =>
      subscribe(gateway, eventsOf(feed).at(-1)?.data?.missionPublished.cursor),
    );
    for (const { feed } of resumed) {
      await feed.nth(2, 30_000);
      expect(feed.results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(seqsOf(feed)).toEqual([first + 1, first + 2]);
      expect(eventsOf(feed).map((result) => result.data?.missionPublished.mission.seatsRemaining)).toEqual([
        2, 2,
      ]);
    }
    // Nothing more: the next event comes next.
    await live.announce(1);
    for (const { feed } of resumed) {
      await feed.nth(3, 30_000);
      expect(seqsOf(feed)).toEqual([first + 1, first + 2, first + 3]);
      feed.stop();
    }
  }, 120_000);
});
