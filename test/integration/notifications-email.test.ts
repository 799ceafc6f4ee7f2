import { approvalsSubgraph } from '@talents/approvals';
import { setOutboxSource } from '@talents/gateway';
import { startOutboxSmtp, type OutboxSmtp } from '../../hub/src/outbox-smtp';
import { apply, publishedMission } from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';
import { restartSubgraph } from '../support/subscriptions';

/**
 * Issue 12 item 5, by e-mail: a notification that its recipient wants by e-mail is sent by a
 * durable job written with it, over SMTP (`SMTP_URL`) to the hub's own SMTP server, read back
 * here as it received it; each person's choice per kind; and a restart of approvals while e-mails
 * are pending loses none and sends none twice.
 *
 * profiles' `agent.changed` does not carry the address yet: the test writes the addresses that
 * approvals would have projected from it (`approvals.notification_addresses`).
 */
describe('notifications by e-mail through the gateway (issue 12 item 5)', () => {
  let smtp: OutboxSmtp;
  const previous = { url: process.env.SMTP_URL, from: process.env.MAIL_FROM };
  beforeAll(async () => {
    smtp = await startOutboxSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.MAIL_FROM = 'Talents numériques <ne-pas-repondre@talents.test>';
    setOutboxSource(smtp);
  });
  afterAll(async () => {
    if (previous.url === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previous.url;
    if (previous.from === undefined) delete process.env.MAIL_FROM;
    else process.env.MAIL_FROM = previous.from;
    setOutboxSource(null);
    await smtp?.stop();
  });

  const suite = useIntegrityHub();
  const { people } = suite;

  const APPROVE = `mutation ($id: ID!) { approveApplication(id: $id) { id status } }`;
  const PREFERENCES = `mutation ($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) { kind email byDefault }
  }`;

  const addressOf = (agentId: string) => `agent-${agentId.slice(0, 8)}@talents.test`;

  async function withAddress(...agentIds: string[]): Promise<void> {
    for (const agentId of agentIds) {
      await suite.hub.subgraphs.approvals!.db.query(
        `INSERT INTO approvals.notification_addresses (agent_id, email, version) VALUES ($1, $2, now())
         ON CONFLICT (agent_id) DO NOTHING`,
        [agentId, addressOf(agentId)],
      );
    }
  }

  async function applyAs(agentId: string, missionId: string): Promise<string> {
    return (await apply(suite, agentId, missionId)).id;
  }

  function applicant(offset: number): { id: string; managerId: string } {
    const agent = people.plainAgents[40 + offset];
    if (!agent?.managerId) throw new Error('trop peu d’agents ordinaires');
    return { id: agent.id, managerId: agent.managerId };
  }

  const mailTo = (address: string) => smtp.received.filter((message) => message.to.includes(address));

  it('apply e-mails the manager once; the agent chooses to be e-mailed of the release', async () => {
    const missionId = await publishedMission(suite, 'Audit de sécurité du portail des démarches');
    const { id: agentId, managerId } = applicant(0);
    await withAddress(agentId, managerId);
    const before = mailTo(addressOf(managerId)).length;

    const applicationId = await applyAs(agentId, missionId);
    const received = await eventually(
      async () => mailTo(addressOf(managerId)),
      (messages) => messages.length > before,
    );
    const mail = received[received.length - 1]!;
    expect(mail.subject).toBe(
      '[Talents numériques] Une demande de libération de temps attend votre décision',
    );
    expect(mail.from).toBe('ne-pas-repondre@talents.test');
    expect(mail.text).toMatch(/demande à être libéré 6 h/);
    expect(mail.text).toMatch(/\/validations/);
    // The SMTP server answers before the job's transaction commits the sending.
    const [sent] = await eventually(
      () =>
        suite.hub.subgraphs.approvals!.db.query(
          `SELECT e.sent_at, e.message_id FROM approvals.notification_emails e
             JOIN approvals.notifications n ON n.id = e.notification_id
            WHERE n.application_id = $1`,
          [applicationId],
        ) as Promise<Array<{ sent_at: Date | null; message_id: string }>>,
      (rows) => rows[0]?.sent_at != null,
    );
    expect(sent?.sent_at).not.toBeNull();
    expect(mail.messageId).toBe(sent!.message_id);

    // A release is in-app only by default: the agent asks for it by e-mail too.
    const chosen = await suite.hub.queryAs<{
      setNotificationPreferences: Array<{ kind: string; email: boolean; byDefault: boolean }>;
    }>(agentId, PREFERENCES, { preferences: [{ kind: 'APPLICATION_RELEASED', email: true }] });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data!.setNotificationPreferences).toContainEqual({
      kind: 'APPLICATION_RELEASED',
      email: true,
      byDefault: false,
    });
    expect(chosen.data!.setNotificationPreferences).toContainEqual({
      kind: 'APPROVAL_REQUESTED',
      email: true,
      byDefault: true,
    });
    expect((await suite.hub.queryAs(managerId, APPROVE, { id: applicationId })).errors).toBeUndefined();
    const toAgent = await eventually(
      async () => mailTo(addressOf(agentId)),
      (messages) => messages.length === 1,
    );
    expect(toAgent.map((message) => message.subject)).toEqual([
      '[Talents numériques] Votre supérieur a libéré votre temps',
    ]);
  });

  it('shows the e-mails at /outbox to signed-in personas, as a page without script', async () => {
    const url = `${suite.hub.gateway.url}/outbox`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toMatch(/Connexion requise/);
    const signedIn = await fetch(url, {
      headers: { cookie: await suite.hub.sessionCookie(people.manager.id) },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('content-type')).toMatch(/text\/html/);
    expect(signedIn.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await signedIn.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/Courriels envoyés/);
    expect(html).toContain('Une demande de libération de temps attend votre décision');
    expect(html).not.toMatch(/<script/);
  });

  it('in-app only for a kind: the notification comes, no e-mail', async () => {
    const missionId = await publishedMission(suite, 'Transfert de compétences en données ouvertes');
    const { id: agentId, managerId } = applicant(1);
    await withAddress(agentId, managerId);
    const chosen = await suite.hub.queryAs(managerId, PREFERENCES, {
      preferences: [{ kind: 'APPROVAL_REQUESTED', email: false }],
    });
    expect(chosen.errors).toBeUndefined();
    const before = mailTo(addressOf(managerId)).length;
    const applicationId = await applyAs(agentId, missionId);
    const rows = await eventually(
      () =>
        suite.hub.subgraphs.approvals!.db.query(
          `SELECT n.kind, e.notification_id AS email FROM approvals.notifications n
             LEFT JOIN approvals.notification_emails e ON e.notification_id = n.id
            WHERE n.application_id = $1`,
          [applicationId],
        ) as Promise<Array<{ kind: string; email: string | null }>>,
      (found) => found.length === 1,
    );
    expect(rows).toEqual([{ kind: 'APPROVAL_REQUESTED', email: null }]);
    expect(mailTo(addressOf(managerId)).length).toBe(before);
    // Back to e-mail, as the other tests expect of every manager.
    const restored = await suite.hub.queryAs(managerId, PREFERENCES, {
      preferences: [{ kind: 'APPROVAL_REQUESTED', email: true }],
    });
    expect(restored.errors).toBeUndefined();
  });

  it('a restart of approvals while e-mails are pending loses none and sends none twice', async () => {
    const missionId = await publishedMission(suite, 'Atelier sur la dématérialisation des marchés');
    const agents = [2, 3, 4, 5, 6].map(applicant);
    await withAddress(...agents.flatMap((agent) => [agent.id, agent.managerId]));
    const ids: string[] = [];
    for (const agent of agents) ids.push(await applyAs(agent.id, missionId));
    // Stopped at once: the events and e-mail jobs of these applications are still to be done.
    await restartSubgraph(suite.hub, approvalsSubgraph);
    const approvals = suite.hub.subgraphs.approvals!;
    const sent = await eventually(
      () =>
        approvals.db.query(
          `SELECT e.message_id, e.sent_at FROM approvals.notification_emails e
             JOIN approvals.notifications n ON n.id = e.notification_id
            WHERE n.application_id = ANY($1::uuid[])`,
          [ids],
        ) as Promise<Array<{ message_id: string | null; sent_at: Date | null }>>,
      (rows) => rows.length === agents.length && rows.every((row) => row.sent_at !== null),
      30_000,
    );
    expect(sent).toHaveLength(agents.length);
    for (const row of sent) {
      expect(smtp.received.filter((message) => message.messageId === row.message_id)).toHaveLength(1);
    }
  }, 60_000);
});
