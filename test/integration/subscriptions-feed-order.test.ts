import {
  advanceFeedTo,
  approvePublication,
  cursorOfSeq,
  feedSeqs,
  missionPublishedSince,
  type PublishedEvent,
  record,
  seqOfCursor,
  submitMission,
  useLiveHub,
  waitFor,
  type Subscription,
} from '../support/subscriptions';

/**
 * The feed's order is the number order of its sequence, on every path: live, resumed after a few
 * events, resumed from the start of a long feed. Each case crosses a power of ten, where the text
 * order of the numbers (`…, 999, 1000, …` read as `1000, …, 999`) used to reorder, lose and repeat
 * events (issue 18).
 */
const PUBLISHED = missionPublishedSince('id');
type Published = PublishedEvent<{ id: string }>;

const TOPIC = 'mission.published';

describe('the live feed in number order across powers of ten', () => {
  const live = useLiveHub({ announced: 'Mission annoncée' });
  const { cast } = live;
  const seqsOf = (feed: Subscription<Published>) =>
    feed.results.map((result) => seqOfCursor(result.data?.missionPublished.cursor));
  const errorsOf = (feed: Subscription<Published>) => feed.results.flatMap((result) => result.errors ?? []);

  /**
   * Nothing more than `expected` reached `feed`: one more event is announced and must come next.
   * (A duplicate or a late event would arrive before it.)
   */
  const expectNothingAfter = async (feeds: Array<Subscription<Published>>, expected: number) => {
    await live.announce(1);
    const [marker] = (await feedSeqs(live.hub, 'missions', TOPIC, 0)).slice(-1);
    for (const feed of feeds) {
      await feed.nth(expected + 1, 30_000);
      expect(seqsOf(feed).slice(expected)).toEqual([marker]);
    }
  };

  it('delivers 30 publications crossing event 999 → 1000 to 10 live subscribers, each once and in order', async () => {
    const feeds = Array.from({ length: 10 }, () => record<Published>(live.client(), PUBLISHED));
    await waitFor(
      () =>
        live.hub.gateway.subscriptions.active >= 10 && (live.hub.subgraphs.missions?.feed?.size ?? 0) >= 10,
    );
    // Written first (no feed row), then published together: their commits and notifications
    // come close together, as a busy programme team's would.
    const drafts: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      drafts.push(
        await submitMission(live.hub, cast, { title: `Mission au millier ${i}`, skillIds: ['python'] }),
      );
    }
    await advanceFeedTo(live.hub, 'missions', 985);
    await Promise.all(drafts.map((id) => approvePublication(live.hub, cast, id)));

    const expected = await feedSeqs(live.hub, 'missions', TOPIC, 984);
    expect(expected).toHaveLength(30);
    expect(expected[0]).toBeLessThan(1000);
    expect(expected.at(-1)).toBeGreaterThan(1000);
    for (const feed of feeds) {
      await feed.nth(30, 30_000);
      expect(errorsOf(feed)).toEqual([]);
      expect(seqsOf(feed)).toEqual(expected);
    }
    await expectNothingAfter(feeds, 30);
    for (const feed of feeds) feed.stop();
    await waitFor(() => live.hub.gateway.subscriptions.active === 0);
  }, 120_000);

  it('resumes after 5 events with the 94 missed ones crossing 9,999 → 10,000, once each and in order', async () => {
    await advanceFeedTo(live.hub, 'missions', 9_990);
    const client = live.client();
    const first = record<Published>(client, PUBLISHED);
    await waitFor(() => live.hub.gateway.subscriptions.active >= 1);
    await live.announce(5);
    await first.nth(5);
    expect(seqsOf(first)).toEqual([9_990, 9_991, 9_992, 9_993, 9_994]);
    const cursor = first.results[4]?.data?.missionPublished.cursor;
    await client.dispose();
    await waitFor(() => live.hub.gateway.subscriptions.active === 0);

    await live.announce(94);
    const resumed = record<Published>(live.client(), PUBLISHED, { after: cursor });
    await resumed.nth(94, 30_000);
    expect(errorsOf(resumed)).toEqual([]);
    expect(seqsOf(resumed)).toEqual(Array.from({ length: 94 }, (_, i) => 9_995 + i));
    await expectNothingAfter([resumed], 94);
    resumed.stop();
    await waitFor(() => live.hub.gateway.subscriptions.active === 0);
  }, 120_000);

  it('resumes from the start of a 1,020-event feed crossing 99,999 → 100,000: 1,020 events, once each, in order', async () => {
    await advanceFeedTo(live.hub, 'missions', 99_500);
    await live.announce(1_020);
    const expected = Array.from({ length: 1_020 }, (_, i) => 99_500 + i);
    expect(await feedSeqs(live.hub, 'missions', TOPIC, 99_499)).toEqual(expected);

    const resumed = record<Published>(live.client(), PUBLISHED, { after: cursorOfSeq(99_499) });
    await resumed.nth(1_020, 60_000);
    expect(errorsOf(resumed)).toEqual([]);
    expect(seqsOf(resumed)).toEqual(expected);
    expect(new Set(resumed.results.map((result) => result.data?.missionPublished.mission.id))).toEqual(
      new Set([live.missionId]),
    );
    await expectNothingAfter([resumed], 1_020);
    resumed.stop();
  }, 120_000);
});
