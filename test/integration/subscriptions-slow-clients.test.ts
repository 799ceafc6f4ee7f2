import { generateDemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import type { Client } from 'graphql-ws';
import type WebSocket from 'ws';
import { startTestHub, type TestHub } from '../support/hub';
import {
  announceMission,
  cursorOfSeq,
  feedSeqs,
  liveCast,
  missionPublishedSince,
  publishMission,
  type PublishedEvent,
  record,
  seqOfCursor,
  startGatewayWith,
  subscriptionClient,
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

const TOPIC = 'mission.published';

describe('slow and resuming clients', () => {
  const demo = generateDemoData();
  const cast = liveCast(demo);
  let hub: TestHub;
  let missionId = '';
  const clients: Client[] = [];
  const gateways: RunningGateway[] = [];

  /** A client whose socket can stop and start reading, and whose close codes are recorded. */
  const pausableClient = (gateway: RunningGateway) => {
    const closes: number[] = [];
    let socket: WebSocket | null = null;
    const client = subscriptionClient(gateway.graphqlUrl.replace(/^http/, 'ws'), undefined, {
      onClosed: (code) => closes.push(code),
      onSocket: (opened) => {
        socket = opened;
      },
    });
    clients.push(client);
    return {
      client,
      closes,
      pause: () => socket?.pause(),
      resume: () => socket?.resume(),
    };
  };
  const lastSeq = async () => (await feedSeqs(hub, 'missions', TOPIC, 0)).at(-1) ?? 0;

  beforeAll(async () => {
    hub = await startTestHub(demo);
    missionId = await publishMission(hub, cast, {
      title: 'Mission au long descriptif',
      skillIds: ['python'],
    });
    // 5 KB per event: a backlog of a few hundred events is more than the sockets' buffers hold.
    await hub.subgraphs.missions?.db.query(
      `UPDATE missions.mission SET description = repeat('Décrire le besoin. ', 260) WHERE id = $1`,
      [missionId],
    );
  }, 90_000);

  afterAll(async () => {
    await Promise.allSettled(clients.map((client) => client.dispose()));
    for (const gateway of gateways) await gateway.stop();
    await hub?.stop();
  });

  it('streams 1,000 events to a client busy at first, without closing it as too slow', async () => {
    const start = await lastSeq();
    const { client, closes, pause, resume } = pausableClient(hub.gateway);
    const resumed = record<Published>(client, PUBLISHED, { after: cursorOfSeq(start) });
    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    // Busy (a first render, say) while 1,000 events come, until the gateway has a full queue for it.
    pause();
    await announceMission(hub, missionId, 1_000);
    // (Or until the gateway gave up on it, as it did before issue 18: the test then fails below.)
    await waitFor(
      () => hub.gateway.subscriptions.queued >= 100 || hub.gateway.subscriptions.active === 0,
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
    await waitFor(() => hub.gateway.subscriptions.active === 0);
  }, 120_000);

  it('drops a client that stops reading with 4413, which reaches it as soon as it reads again', async () => {
    const gateway = await startGatewayWith(hub, { SUBSCRIPTION_SLOW_CLIENT_MS: '500' });
    gateways.push(gateway);
    const { client, closes, pause, resume } = pausableClient(gateway);
    const feed = record<Published>(client, PUBLISHED);
    await waitFor(() => gateway.subscriptions.active >= 1);
    pause();
    await announceMission(hub, missionId, 1_000);
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
    const gateway = await startGatewayWith(hub, { SUBSCRIPTION_SLOW_CLIENT_MS: '500' });
    gateways.push(gateway);
    const { client, pause } = pausableClient(gateway);
    record<Published>(client, PUBLISHED);
    await waitFor(() => gateway.subscriptions.active >= 1);
    pause();
    await announceMission(hub, missionId, 1_000);
    await waitFor(() => gateway.subscriptions.active === 0, 30_000);
    // Its close frame cannot get through; the gateway does not wait for it for ever (5 s).
    await waitFor(() => gateway.subscriptions.connections === 0, 10_000);
  }, 120_000);
});
