import { applicationChangedEvent, approvalReminderEvent } from '@talents/approvals';
import { ApplicationStatus } from '@talents/common';
import { errorCodes } from '../support/errors';
import { apply, publishedMission } from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';
import { record, subscriptionClient } from '../support/subscriptions';

/**
 * Issue 12 item 5, in the app: each step of an application notifies whoever must know or act
 * (the consumer of `application.changed` in approvals), `me { notifications }` lists them,
 * `markNotificationsRead` clears them, `myNotifications` pushes them live through the gateway,
 * and a redelivered event notifies nobody twice.
 */
describe('in-app notifications through the gateway (issue 12 item 5)', () => {
  const suite = useIntegrityHub();
  const { people } = suite;

  const NOTIFICATIONS = `query ($unreadOnly: Boolean, $first: Int, $after: String) { me { id notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind text link read createdAt } totalCount unreadCount pageInfo { hasNextPage endCursor }
  } } }`;
  const APPROVE = `mutation ($id: ID!) { approveApplication(id: $id) { id status } }`;
  const REFUSE = `mutation ($id: ID!) { refuseApplication(id: $id, reason: WORKLOAD) { id status } }`;
  const MARK = `mutation ($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { marked unreadCount } }`;

  type Node = { id: string; kind: string; text: string; link: string; read: boolean; createdAt: string };
  type Page = {
    nodes: Node[];
    totalCount: number;
    unreadCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  async function notificationsOf(agentId: string, variables: Record<string, unknown> = {}): Promise<Page> {
    const response = await suite.hub.queryAs<{ me: { notifications: Page } }>(
      agentId,
      NOTIFICATIONS,
      variables,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.me.notifications;
  }

  /** The applicant and their manager: plain agents of the demo that no other suite step uses. */
  async function applyAs(agentId: string, missionId: string): Promise<string> {
    return (await apply(suite, agentId, missionId)).id;
  }

  function applicant(offset: number): { id: string; managerId: string } {
    const agent = people.plainAgents[20 + offset];
    if (!agent?.managerId) throw new Error('trop peu d’agents ordinaires');
    return { id: agent.id, managerId: agent.managerId };
  }

  async function countFor(applicationId: string): Promise<number> {
    const [row] = (await suite.hub.subgraphs.approvals!.db.query(
      'SELECT count(*)::int AS n FROM approvals.notifications WHERE application_id = $1',
      [applicationId],
    )) as Array<{ n: number }>;
    return row!.n;
  }

  it('apply tells the manager, release tells the agent (live) and the hosts, each once', async () => {
    const missionId = await publishedMission(suite, 'Audit du parcours de demande de subvention');
    const { id: agentId, managerId } = applicant(0);
    const before = (await notificationsOf(managerId)).totalCount;

    const applicationId = await applyAs(agentId, missionId);
    const managerPage = await eventually(
      () => notificationsOf(managerId),
      (page) => page.totalCount > before,
    );
    const request = managerPage.nodes[0]!;
    expect(request).toMatchObject({ kind: 'APPROVAL_REQUESTED', link: '/validations', read: false });
    expect(request.text).toMatch(/demande à être libéré 6 h/);
    expect(managerPage.unreadCount).toBeGreaterThanOrEqual(1);

    // The agent's bell, live through the gateway, before the manager decides.
    const client = subscriptionClient(
      suite.hub.gateway.graphqlUrl.replace(/^http/, 'ws'),
      await suite.hub.sessionCookie(agentId),
    );
    try {
      const live = record<{ myNotifications: { cursor: string; notification: Node } }>(
        client,
        'subscription { myNotifications { cursor notification { id kind text link read } } }',
      );
      // The subscription is up once the gateway answers it: a first event proves it, so wait for
      // the gateway's upstream socket rather than a time.
      await eventually(
        async () => suite.hub.subgraphs.approvals!.feed?.size ?? 0,
        (size) => size > 0,
      );
      const approved = await suite.hub.queryAs(managerId, APPROVE, { id: applicationId });
      expect(approved.errors).toBeUndefined();
      const first = await live.nth(1);
      expect(first.errors).toBeUndefined();
      expect(first.data!.myNotifications.notification).toMatchObject({
        kind: 'APPLICATION_RELEASED',
        link: '/candidatures',
        read: false,
      });
      expect(first.data!.myNotifications.notification.text).toMatch(/a libéré 6 h/);
      live.stop();
    } finally {
      await client.dispose();
    }

    // The host persona is the mission's contact: told that an applicant awaits their decision.
    const hostPage = await eventually(
      () => notificationsOf(people.host.id),
      (page) => page.nodes.some((node) => node.link === `/porteur/candidatures/${missionId}`),
    );
    expect(
      hostPage.nodes.filter((node) => node.link === `/porteur/candidatures/${missionId}`).map((n) => n.kind),
    ).toContain('APPLICANT_RELEASED');

    // One notification per recipient and step: the manager's request, the agent's release, the
    // contact's and the host administration's référents' (one shared row).
    expect(await countFor(applicationId)).toBe(4);
  });

  it('a redelivered application.changed notifies nobody twice', async () => {
    const missionId = await publishedMission(suite, 'Atelier d’idéation sur la relation usager');
    const { id: agentId, managerId } = applicant(1);
    const applicationId = await applyAs(agentId, missionId);
    await eventually(
      () => countFor(applicationId),
      (n) => n === 1,
    );
    const approvals = suite.hub.subgraphs.approvals!;
    const [row] = (await approvals.db.query(
      `SELECT id, agent_id, mission_id, host_administration_id, status, updated_at
         FROM approvals.applications WHERE id = $1`,
      [applicationId],
    )) as Array<{
      id: string;
      agent_id: string;
      mission_id: string;
      host_administration_id: string | null;
      status: ApplicationStatus;
      updated_at: Date;
    }>;
    const event = applicationChangedEvent({
      id: row!.id,
      agentId: row!.agent_id,
      missionId: row!.mission_id,
      hostAdministrationId: row!.host_administration_id,
      status: row!.status,
      updatedAt: row!.updated_at,
    });
    await approvals.events.publishDetached([event, event]);
    const drained = await eventually(
      async () => (await approvals.events.backlogStates())['approvals__application_changed'],
      (state) => state !== undefined && state.waiting === 0 && state.active === 0,
    );
    expect(drained).toMatchObject({ waiting: 0, active: 0 });
    expect(await countFor(applicationId)).toBe(1);
    const requests = (await notificationsOf(managerId)).nodes.filter(
      (node) => node.kind === 'APPROVAL_REQUESTED' && node.text.includes('6 h'),
    );
    expect(requests.length).toBeGreaterThanOrEqual(1);

    // A refusal is a new step: the agent hears of it, with the reason.
    expect((await suite.hub.queryAs(managerId, REFUSE, { id: applicationId })).errors).toBeUndefined();
    const agentPage = await eventually(
      () => notificationsOf(agentId),
      (page) => page.nodes.some((node) => node.kind === 'APPLICATION_REFUSED'),
    );
    expect(agentPage.nodes.find((node) => node.kind === 'APPLICATION_REFUSED')!.text).toMatch(
      /motif : charge de travail/,
    );
    expect(await countFor(applicationId)).toBe(2);
  });

  it('markNotificationsRead marks the listed ones, or all, and only one’s own', async () => {
    const missionId = await publishedMission(suite, 'Transfert de compétences en accessibilité');
    const { id: agentId, managerId } = applicant(2);
    await applyAs(agentId, missionId);
    const page = await eventually(
      () => notificationsOf(managerId, { unreadOnly: true }),
      (found) => found.nodes.length >= 1,
    );
    const target = page.nodes[0]!;

    // Someone else's id is ignored, not marked.
    const stranger = await suite.hub.queryAs<{ markNotificationsRead: { marked: number } }>(agentId, MARK, {
      ids: [target.id],
    });
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data!.markNotificationsRead.marked).toBe(0);

    const marked = await suite.hub.queryAs<{
      markNotificationsRead: { marked: number; unreadCount: number };
    }>(managerId, MARK, { ids: [target.id] });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationsRead).toEqual({ marked: 1, unreadCount: page.unreadCount - 1 });
    const after = await notificationsOf(managerId);
    expect(after.nodes.find((node) => node.id === target.id)?.read).toBe(true);
    expect(after.unreadCount).toBe(page.unreadCount - 1);

    const all = await suite.hub.queryAs<{ markNotificationsRead: { unreadCount: number } }>(managerId, MARK, {
      all: true,
    });
    expect(all.data!.markNotificationsRead.unreadCount).toBe(0);
    expect((await notificationsOf(managerId, { unreadOnly: true })).totalCount).toBe(0);

    // Neither ids nor all; a malformed id.
    const neither = await suite.hub.queryAs(managerId, MARK, {});
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    const malformed = await suite.hub.queryAs(managerId, MARK, { ids: ['pas-un-uuid'] });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });

  it('an approval.reminder from the deadline sweep reminds the manager, once', async () => {
    const missionId = await publishedMission(suite, 'Étude des usages de la signature électronique');
    const { id: agentId, managerId } = applicant(3);
    const applicationId = await applyAs(agentId, missionId);
    const approvals = suite.hub.subgraphs.approvals!;
    const reminder = approvalReminderEvent({
      applicationId,
      managerAgentId: managerId,
      deadline: '2030-01-15',
      kind: 'LAST_DAY',
    });
    await approvals.events.publishDetached([reminder, reminder]);
    const page = await eventually(
      () => notificationsOf(managerId),
      (found) => found.nodes.some((node) => node.kind === 'APPROVAL_REMINDER'),
    );
    const reminders = page.nodes.filter((node) => node.kind === 'APPROVAL_REMINDER');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ link: '/validations', read: false });
    expect(reminders[0]!.text).toMatch(/Dernier jour .* \(échéance : 2030-01-15\)/);
  });

  it('pages newest first, and nobody reads another person’s notifications', async () => {
    const { managerId } = applicant(0);
    const first = await notificationsOf(managerId, { first: 1 });
    expect(first.nodes).toHaveLength(1);
    if (first.totalCount > 1) {
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await notificationsOf(managerId, { first: 1, after: first.pageInfo.endCursor });
      expect(next.nodes[0]!.createdAt <= first.nodes[0]!.createdAt).toBe(true);
      expect(next.nodes[0]!.id).not.toBe(first.nodes[0]!.id);
    }
    const other = await suite.hub.queryAs<{ agent: { notifications: Page | null } }>(
      applicant(1).id,
      'query ($id: ID!) { agent(id: $id) { notifications { totalCount } } }',
      { id: managerId },
    );
    expect(other.data?.agent?.notifications ?? null).toBeNull();
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const anonymous = await suite.hub.query('subscription { myNotifications { cursor } }');
    expect(anonymous.errors).toBeDefined();
  });
});
