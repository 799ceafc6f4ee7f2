import {
  approvalsSubgraph,
  sendDailyDigest,
  setApprovalsClock,
  sweepApprovalDeadlines,
} from '@talents/approvals';
import { startSubgraph, type StartedSubgraph } from '@talents/common';
import { startOutboxSmtp, type OutboxSmtp } from '../../hub/src/outbox-smtp';
import { apply, publishedMission } from '../support/approval-deadlines';
import { errorCodes } from '../support/errors';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';

/**
 * Issue 12 item 5, the daily digest: a person who chose it gets one e-mail a day, from
 * NOTIFICATION_DIGEST_HOUR in Paris, carrying every notification e-mail that waited (with the
 * one-click links of the requests); two approvals replicas sweeping at once send it once, a later
 * sweep the same day sends nothing more, and the next day's digest carries only what came since.
 * The clock is the test's; the e-mails are read from the hub's SMTP server.
 */
describe('the daily digest of notification e-mails (issue 12 item 5)', () => {
  let smtp: OutboxSmtp;
  const previous = process.env.SMTP_URL;
  let replica2: StartedSubgraph | undefined;
  beforeAll(async () => {
    smtp = await startOutboxSmtp();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    setApprovalsClock(null);
    await replica2?.stop();
    if (previous === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previous;
    await smtp?.stop();
  });

  const suite = useIntegrityHub({ background: false });
  const { people } = suite;
  const db = () => suite.hub.subgraphs.approvals!.db;

  // Two plain agents with the same manager, and that manager.
  const byManager = new Map<string, string[]>();
  for (const agent of people.plainAgents.slice(20)) {
    byManager.set(agent.managerId!, [...(byManager.get(agent.managerId!) ?? []), agent.id]);
  }
  const [managerId, reports] = [...byManager].find(([, ids]) => ids.length >= 3)!;
  const address = `chef-${managerId.slice(0, 8)}@talents.test`;
  const mailTo = async () => smtp.received.filter((message) => message.to.includes(address));

  /** Paris time on a day of next March (UTC+1): `hour` o'clock. */
  const parisAt = (day: number, hour: number) =>
    new Date(`${new Date().getUTCFullYear() + 1}-03-0${day}T${String(hour - 1).padStart(2, '0')}:00:00Z`);

  async function waitingRows(): Promise<number> {
    const [row] = (await db().query(
      `SELECT count(*)::int AS n FROM approvals.notification_emails e
         JOIN approvals.notifications n ON n.id = e.notification_id
        WHERE n.recipient_agent_id = $1 AND e.digest AND e.sent_at IS NULL`,
      [managerId],
    )) as Array<{ n: number }>;
    return row!.n;
  }

  it('is each person’s own choice', async () => {
    const read = 'query ($id: ID!) { agent(id: $id) { id dailyDigest } }';
    const before = await suite.hub.queryAs<{ agent: { dailyDigest: boolean } }>(managerId, read, {
      id: managerId,
    });
    expect(before.data?.agent.dailyDigest).toBe(false);
    const set = await suite.hub.queryAs<{ setDailyDigest: boolean }>(
      managerId,
      'mutation { setDailyDigest(enabled: true) }',
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setDailyDigest).toBe(true);
    const after = await suite.hub.queryAs<{ agent: { dailyDigest: boolean } }>(managerId, read, {
      id: managerId,
    });
    expect(after.data?.agent.dailyDigest).toBe(true);

    const other = await suite.hub.queryAs<{ agent: { id: string; dailyDigest: null } }>(reports[0]!, read, {
      id: managerId,
    });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.errors![0]!.path).toEqual(['agent', 'dailyDigest']);
    expect(other.data?.agent).toEqual({ id: managerId, dailyDigest: null });
    const byClient = await suite.as('client', 'mutation { setDailyDigest(enabled: true) }');
    expect(errorCodes(byClient)).toEqual(['FORBIDDEN']);
  });

  it('groups the day’s e-mails into one digest, once, from the digest hour on', async () => {
    await db().query(
      `INSERT INTO approvals.notification_addresses (agent_id, email, version) VALUES ($1, $2, now())
       ON CONFLICT (agent_id) DO UPDATE SET email = EXCLUDED.email`,
      [managerId, address],
    );
    const missionId = await publishedMission(suite, 'Revue d’un parcours usager en ligne');
    setApprovalsClock(() => parisAt(2, 7));
    const first = await apply(suite, reports[0]!, missionId);
    const second = await apply(suite, reports[1]!, missionId);
    // Each request's e-mail waits for the digest instead of leaving.
    expect(await eventually(waitingRows, (n) => n === 2)).toBe(2);
    expect(await mailTo()).toEqual([]);

    // Before the hour, nothing leaves.
    expect((await sweepApprovalDeadlines(db())).digests).toBe(0);
    expect(await waitingRows()).toBe(2);

    // From the hour on, two replicas sweeping at once publish it once; it carries both requests.
    replica2 = await startSubgraph(approvalsSubgraph, {
      databaseUrl: suite.hub.databaseUrl,
      gatewayKeys: { jwks: suite.hub.keys.publicJwks },
      background: false,
    });
    setApprovalsClock(() => parisAt(2, 9));
    const results = await Promise.all(
      [db(), replica2.db, db(), replica2.db].map((replica) => sweepApprovalDeadlines(replica)),
    );
    expect(results.reduce((sum, result) => sum + result.digests, 0)).toBe(1);
    const [digest] = await eventually(mailTo, (mails) => mails.length >= 1);
    expect(await eventually(waitingRows, (n) => n === 0)).toBe(0);
    expect(digest!.subject).toMatch(
      /^\[Talents numériques\] Votre récapitulatif du 02\/03\/\d{4} : 2 notifications$/,
    );
    expect(digest!.text.match(/Libérer le temps demandé : \S*\/decision\/[\w-]{43}/g)).toHaveLength(2);
    expect(digest!.text.match(/Pour en savoir plus ou agir : /g)).toHaveLength(2);
    const [links] = (await db().query(
      'SELECT count(DISTINCT application_id)::int AS n FROM approvals.approval_links WHERE application_id = ANY($1::uuid[])',
      [[first.id, second.id]],
    )) as Array<{ n: number }>;
    expect(links!.n).toBe(2);

    // Later the same day: nothing more, even with a new notification waiting.
    const third = await apply(suite, reports[2]!, missionId);
    expect(await eventually(waitingRows, (n) => n === 1)).toBe(1);
    setApprovalsClock(() => parisAt(2, 18));
    expect((await sweepApprovalDeadlines(db())).digests).toBe(0);

    // The next day's digest carries only that one.
    setApprovalsClock(() => parisAt(3, 8));
    expect((await sweepApprovalDeadlines(db())).digests).toBe(1);
    const mails = await eventually(mailTo, (found) => found.length === 2);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/Votre récapitulatif du 03\/03\/\d{4} : une notification$/);
    // The job commits once the SMTP server has taken the message: the mail can be seen first.
    const [sent] = await eventually(
      async () =>
        (await db().query(
          `SELECT e.message_id FROM approvals.notification_emails e
             JOIN approvals.notifications n ON n.id = e.notification_id WHERE n.application_id = $1`,
          [third.id],
        )) as Array<{ message_id: string | null }>,
      ([row]) => row?.message_id !== null,
    );
    expect(sent!.message_id).toBe(mails[1]!.messageId);
    // Redelivering a sent digest's job sends nothing again.
    await db().transaction(async (manager) => {
      await sendDailyDigest({ agentId: managerId, day: `${new Date().getUTCFullYear() + 1}-03-03` }, manager);
    });
    expect(await mailTo()).toHaveLength(2);
  });
});
