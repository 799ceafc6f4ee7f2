import type { RunningGateway } from '@talents/gateway';
import type WebSocket from 'ws';
import {
  cursorOfSeq,
  missionPublishedSince,
  type PublishedEvent,
  record,
  seqOfCursor,
  useLiveHub,
  waitFor,
} from '../support/subscriptions';

/**
 * Slow and resuming clients (issue 18, item 9): a healthy client resuming far behind gets its
 * backlog at its own pace, however long, and is not taken for a slow one; a client that stops
 * reading is dropped with 4413, which it sees as soon as it reads again, and its socket is cut
 * after a bounded wait if it never does.
 */
const PUBLISHED = missionPublishedSince('id description');
type Published = PublishedEvent<{ id: string; description: string }>;

describe('slow and resuming clients', () => {
  const live = useLiveHub({ announced: 'Mission au long descriptif' });

  /** A client whose socket can stop and start reading, and whose close codes are recorded. */
  const pausableClient = (gateway: RunningGateway) => {
    const closes: number[] = [];
    let socket: WebSocket | null = null;
    const client = live.client(gateway, undefined, {
      onClosed: (code) => closes.push(code),
      onSocket: (opened) => {
        socket = opened;
      },
    });
    return {
      client,
      closes,
      pause: () => socket?.pause(),
      resume: () => socket?.resume(),
    };
  };

  beforeAll(async () => {
    // 5 KB per event: a backlog of a few hundred events is more than the sockets' buffers hold.
    await live.hub.subgraphs.missions?.db.query(
      `UPDATE missions.mission SET description = repeat('Décrire le besoin. ', 260) WHERE id = $1`,
      [live.missionId],
    );
  });

  it('streams 1,000 events to a client busy at first, without closing it as too slow', async () => {
    const start = await live.lastSeq();
    const { client, closes, pause, resume } = pausableClient(live.hub.gateway);
    const resumed = record<Published>(client, PUBLISHED, { after: cursorOfSeq(start) });
    await waitFor(() => live.hub.gateway.subscriptions.active >= 1);
    // Busy (a first render, say) while 1,000 events come, until the gateway has a full queue for it.
    pause();
    await live.announce(1_000);
    // (Or until the gateway gave up on it, as it did before issue 18: the test then fails below.)
    await waitFor(
      () => live.hub.gateway.subscriptions.queued >= 100 || live.hub.gateway.subscriptions.active === 0,
      30_000,
    );
    resume();
    await waitFor(() => resumed.results.length >= 1_000 || closes.length > 0, 60_000);
    expect(closes).toEqual([]);
    expect(resumed.results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(resumed.results.map((result) => seqOfCursor(result.data?.missionPublished.cursor))).toEqual(
      Array.from({ length: 1_000 }, (_, i) => start + 1 + i),
    );
    resumed.stop();
    await waitFor(() => live.hub.gateway.subscriptions.active === 0);
  }, 120_000);

  it('drops a client that stops reading with 4413, which reaches it as soon as it reads again', async () => {
    const gateway = await live.gatewayWith({ SUBSCRIPTION_SLOW_CLIENT_MS: '500' });
    const { client, closes, pause, resume } = pausableClient(gateway);
    const feed = record<Published>(client, PUBLISHED);
    await waitFor(() => gateway.subscriptions.active >= 1);
    pause();
    await live.announce(1_000);
    // The gateway gave up on it: nothing of it is left running.
    await waitFor(() => gateway.subscriptions.active === 0, 30_000);
    resume();
    await waitFor(() => closes.length > 0, 10_000);
    expect(closes).toEqual([4413]);
    // What it did receive is in order, with nothing repeated: it resumes from its last cursor.
    const seqs = feed.results.flatMap((result) =>
      result.data ? [seqOfCursor(result.data.missionPublished.cursor)] : [],
    );
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  }, 120_000);

  it('cuts the socket of a client that never reads again within a bounded wait', async () => {
    const gateway = await live.gatewayWith({ SUBSCRIPTION_SLOW_CLIENT_MS: '500' });
    const { client, pause } = pausableClient(gateway);
    record<Published>(client, PUBLISHED);
    await waitFor(() => gateway.subscriptions.active >= 1);
    pause();
    await live.announce(1_000);
    await waitFor(() => gateway.subscriptions.active === 0, 30_000);
    // Its close frame cannot get through; the gateway does not wait for it for ever (5 s).
    await waitFor(() => gateway.subscriptions.connections === 0, 10_000);
  }, 120_000);
});
