import { startOutboxSmtp, type OutboxSmtp } from '../../hub/src/outbox-smtp';
import { apply, publishedMission, statusOf } from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';

/**
 * Issue 12 item 5, the one-click links of the manager's e-mail: each opens a confirmation page
 * (a bare GET decides nothing), the form's POST decides once, as the manager; a used link, an
 * expired one and another person's are refused. The e-mails are read from the hub's SMTP server.
 */
describe('one-click decision links in the manager’s e-mail (issue 12 item 5)', () => {
  let smtp: OutboxSmtp;
  const previous = process.env.SMTP_URL;
  beforeAll(async () => {
    smtp = await startOutboxSmtp();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = previous;
    await smtp?.stop();
  });

  const suite = useIntegrityHub();
  const { people } = suite;

  function applicant(offset: number): { id: string; managerId: string } {
    const agent = people.plainAgents[60 + offset];
    if (!agent?.managerId) throw new Error('trop peu d’agents ordinaires');
    return { id: agent.id, managerId: agent.managerId };
  }

  /** Files a request and returns the links of the manager's e-mail about it. */
  async function requestWithLinks(offset: number, missionId: string) {
    const { id: agentId, managerId } = applicant(offset);
    const address = `manager-${managerId.slice(0, 8)}-${offset}@talents.test`;
    await suite.hub.subgraphs.approvals!.db.query(
      `INSERT INTO approvals.notification_addresses (agent_id, email, version) VALUES ($1, $2, now())
       ON CONFLICT (agent_id) DO UPDATE SET email = EXCLUDED.email`,
      [managerId, address],
    );
    const application = await apply(suite, agentId, missionId);
    const mails = await eventually(
      async () => smtp.received.filter((message) => message.to.includes(address)),
      (found) => found.length === 1,
    );
    expect(mails).toHaveLength(1);
    // The links are written in the transaction that sends the e-mail, which commits only once the
    // SMTP server has accepted it: the e-mail can arrive a moment before its links can be read.
    await eventually(
      async () =>
        (await suite.hub.subgraphs.approvals!.db.query(
          `SELECT count(*)::int AS links FROM approvals.approval_links WHERE application_id = $1`,
          [application.id],
        )) as Array<{ links: number }>,
      ([row]) => row?.links === 2,
    );
    const text = mails[0]!.text;
    const approve = /Libérer le temps demandé : (\S+)/.exec(text)?.[1];
    const refuse = /Refuser la demande : (\S+)/.exec(text)?.[1];
    expect(approve).toMatch(/\/decision\/[\w-]{43}$/);
    expect(refuse).toMatch(/\/decision\/[\w-]{43}$/);
    const local = (link: string) => `${suite.hub.gateway.url}${new URL(link, 'http://x').pathname}`;
    return {
      applicationId: application.id,
      agentId,
      managerId,
      approve: local(approve!),
      refuse: local(refuse!),
    };
  }

  const post = (url: string, form: Record<string, string> = {}, cookie?: string) =>
    fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: suite.hub.gateway.url,
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams(form).toString(),
    });

  it('opens a confirmation page, decides on its POST once, and refuses a second use', async () => {
    const missionId = await publishedMission(suite, 'Accompagnement d’un projet de téléservice');
    const request = await requestWithLinks(0, missionId);

    const shown = await fetch(request.approve);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toMatch(/Confirmer la libération/);
    expect(html).toMatch(/<form method="post"/);
    expect(html).not.toMatch(/<script/);
    expect(await statusOf(suite, request.applicationId)).toBe('SUBMITTED');

    // Someone else signed in cannot use the manager's link.
    const stranger = await post(request.approve, {}, await suite.hub.sessionCookie(request.agentId));
    expect(stranger.status).toBe(403);
    expect(await stranger.text()).toMatch(/envoyé à une autre personne/);
    expect(await statusOf(suite, request.applicationId)).toBe('SUBMITTED');

    const decided = await post(request.approve);
    expect(decided.status).toBe(200);
    expect(await decided.text()).toMatch(/Décision enregistrée/);
    expect(await statusOf(suite, request.applicationId)).toBe('MANAGER_APPROVED');
    const [audit] = (await suite.hub.subgraphs.approvals!.db.query(
      `SELECT actor_id FROM approvals.audit_log WHERE entity_id = $1 AND action LIKE '%approve%'`,
      [request.applicationId],
    )) as Array<{ actor_id: string }>;
    expect(audit?.actor_id).toBe(request.managerId);

    const again = await post(request.approve);
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/déjà servi/);
    // The other link of the same e-mail is spent too.
    const other = await post(request.refuse, { reason: 'WORKLOAD' });
    expect(other.status).toBe(409);
    expect(await statusOf(suite, request.applicationId)).toBe('MANAGER_APPROVED');
  });

  it('refuses with the reason chosen on the page; an expired link decides nothing', async () => {
    const missionId = await publishedMission(suite, 'Étude de la relation usager en préfecture');
    const refused = await requestWithLinks(1, missionId);
    const page = await (await fetch(refused.refuse)).text();
    expect(page).toMatch(/<select id="reason" name="reason" required>/);
    const noReason = await post(refused.refuse);
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toMatch(/motif du refus/);
    const done = await post(refused.refuse, { reason: 'WORKLOAD' });
    expect(done.status).toBe(200);
    expect(await statusOf(suite, refused.applicationId)).toBe('REFUSED_BY_MANAGER');

    const expired = await requestWithLinks(2, missionId);
    await suite.hub.subgraphs.approvals!.db.query(
      `UPDATE approvals.approval_links SET expires_at = now() - interval '1 minute' WHERE application_id = $1`,
      [expired.applicationId],
    );
    const shown = await fetch(expired.approve);
    expect(shown.status).toBe(409);
    expect(await shown.text()).toMatch(/a expiré/);
    const tried = await post(expired.approve);
    expect(tried.status).toBe(409);
    expect(await statusOf(suite, expired.applicationId)).toBe('SUBMITTED');

    const unknown = await fetch(`${suite.hub.gateway.url}/decision/inconnu`);
    expect(unknown.status).toBe(400);
  });
});
