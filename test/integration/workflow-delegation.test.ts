import { setApprovalsClock } from '@talents/approvals';
import {
  apply,
  APPLICATION,
  APPROVE,
  auditOf,
  expectRefusal,
  inboxOf,
  parisMorning,
  publishedMission,
  REFUSE,
  statusOf,
  type ApplicationView,
} from '../support/approval-deadlines';
import { useIntegrityHub } from '../support/integrity';
import { record, subscriptionClient, waitFor } from '../support/subscriptions';

/**
 * Delegation and reassignment through the gateway (issue 12): a manager names a deputy for a
 * period, the deputy sees the manager's pending requests « au nom de … » and decides in the
 * manager's name (audited as the deputy, on behalf of the manager), until the period ends or the
 * delegation is revoked; the programme team gives a request whose manager is missing to another
 * approver. Every refused path with its code and field, and its audit rows.
 */
describe('delegation and reassignment of approvals (issue 12)', () => {
  // The sweep runs here on the test's clock only, never on its own with the real one.
  const suite = useIntegrityHub({ background: false });
  const { people, demo } = suite;

  afterAll(() => setApprovalsClock(null));
  const at = (day: string) => setApprovalsClock(() => parisMorning(day));

  const DELEGATE = `mutation ($deputy: ID!, $from: LocalDate!, $until: LocalDate!) {
    delegateApprovals(deputyAgentId: $deputy, from: $from, until: $until) {
      id manager { id } deputy { id } from until revokedAt
    }
  }`;
  const REVOKE = 'mutation ($id: ID!) { revokeDelegation(id: $id) { id revokedAt } }';
  const REASSIGN = `mutation ($id: ID!, $approver: ID!) {
    reassignApprovalRequest(applicationId: $id, approverAgentId: $approver) { ${APPLICATION} }
  }`;

  /** The manager persona, two of their reports, a deputy and a stranger (neither reports of theirs). */
  function cast() {
    const manager = people.manager;
    const reports = demo.agents.filter(
      (agent) => agent.managerId === manager.id && !people.hostOf.has(agent.id),
    );
    const others = people.plainAgents.filter((agent) => agent.managerId !== manager.id);
    if (reports.length < 3 || others.length < 2) throw new Error('données de démonstration trop petites');
    return { manager, reports, deputy: others[0]!, stranger: others[1]! };
  }

  it('checks the delegation it is given: a manager, another agent, sane dates, one at a time', async () => {
    const { manager, deputy, stranger } = cast();
    at('2026-03-02');
    const as = (agentId: string, deputyId: string, from: string, until: string) =>
      suite.hub.queryAs<{ delegateApprovals: { id: string } }>(agentId, DELEGATE, {
        deputy: deputyId,
        from,
        until,
      });
    expectRefusal(
      await as(manager.id, manager.id, '2026-03-02', '2026-03-06'),
      'BAD_USER_INPUT',
      'deputyAgentId',
    );
    expectRefusal(await as(manager.id, deputy.id, '2026-02-27', '2026-03-06'), 'BAD_USER_INPUT', 'from');
    expectRefusal(await as(manager.id, deputy.id, '2026-03-06', '2026-03-02'), 'BAD_USER_INPUT', 'until');
    expectRefusal(await as(manager.id, deputy.id, '2026-03-02', '2027-06-01'), 'BAD_USER_INPUT', 'until');
    expectRefusal(
      await as(manager.id, '00000000-0000-4000-8000-000000000000', '2026-03-02', '2026-03-06'),
      'BAD_USER_INPUT',
      'deputyAgentId',
    );
    // Someone who manages nobody has nothing to delegate.
    expectRefusal(await as(stranger.id, deputy.id, '2026-03-02', '2026-03-06'), 'FORBIDDEN', 'deputyAgentId');

    const given = await as(manager.id, deputy.id, '2026-03-02', '2026-03-06');
    expect(given.errors).toBeUndefined();
    const id = given.data!.delegateApprovals.id;
    expectRefusal(await as(manager.id, stranger.id, '2026-03-09', '2026-03-13'), 'CONFLICT', 'deputyAgentId');
    const audit = await auditOf(suite, id, 'approvalDelegation.create');
    expect(audit).toEqual([
      expect.objectContaining({
        actor_kind: 'agent',
        actor_id: manager.id,
        after: expect.objectContaining({ managerAgentId: manager.id, deputyAgentId: deputy.id }),
      }),
    ]);

    // Only the manager revokes it (the deputy is told why), once.
    expectRefusal(await suite.hub.queryAs(deputy.id, REVOKE, { id }), 'FORBIDDEN', 'id');
    expectRefusal(await suite.hub.queryAs(stranger.id, REVOKE, { id }), 'NOT_FOUND');
    const revoked = await suite.hub.queryAs<{ revokeDelegation: { revokedAt: string | null } }>(
      manager.id,
      REVOKE,
      { id },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeDelegation.revokedAt).toEqual(expect.any(String));
    expectRefusal(await suite.hub.queryAs(manager.id, REVOKE, { id }), 'CONFLICT', 'id');
    expect(await auditOf(suite, id, 'approvalDelegation.revoke')).toHaveLength(1);
  });

  it('lets the deputy decide in the manager’s name during the period, and nobody else, nor after it', async () => {
    const { manager, reports, deputy, stranger } = cast();
    const missionId = await publishedMission(suite, 'Accompagnement d’un projet de données');
    at('2026-04-06'); // Lundi de Pâques: the deadline counts from the next working days.
    const filed: ApplicationView[] = [];
    for (const report of reports.slice(0, 2)) filed.push(await apply(suite, report.id, missionId));

    const given = await suite.hub.queryAs<{ delegateApprovals: { id: string; from: string; until: string } }>(
      manager.id,
      DELEGATE,
      { deputy: deputy.id, from: '2026-04-06', until: '2026-04-07' },
    );
    expect(given.errors).toBeUndefined();
    const delegationId = given.data!.delegateApprovals.id;

    // The deputy's live inbox hears of the manager's new requests from now on.
    const client = subscriptionClient(
      suite.hub.gateway.graphqlUrl.replace(/^http/, 'ws'),
      await suite.hub.sessionCookie(deputy.id),
    );
    const live = record<{ approvalInboxUpdates: { status: string; application: { id: string } } }>(
      client,
      'subscription { approvalInboxUpdates { status application { id } } }',
    );
    try {
      // Held upstream before the request is filed, so that it is live, not missed.
      await waitFor(() => (suite.hub.subgraphs.approvals!.feed?.size ?? 0) >= 1);
      filed.push(await apply(suite, reports[2]!.id, missionId));
      const heard = await live.nth(1);
      expect(heard.data?.approvalInboxUpdates).toEqual({
        status: 'SUBMITTED',
        application: { id: filed[2]!.id },
      });
    } finally {
      live.stop();
      await client.dispose();
    }
    const [first, second, third] = filed as [ApplicationView, ApplicationView, ApplicationView];
    expect(
      (
        await suite.hub.queryAs<{ me: { approvalDelegations: Array<{ id: string }> } }>(
          deputy.id,
          'query { me { approvalDelegations { id manager { id } } } }',
        )
      ).data?.me.approvalDelegations.map((delegation) => delegation.id),
    ).toContain(delegationId);

    // The deputy's inbox holds the manager's requests, marked « au nom de » the manager.
    const inbox = await inboxOf(suite, deputy.id);
    for (const application of filed) {
      expect(inbox.find((item) => item.application.id === application.id)).toEqual({
        application: { id: application.id },
        deadline: '2026-04-13',
        programmeQueue: false,
        onBehalfOf: { id: manager.id },
      });
    }
    // The manager still sees them as theirs.
    expect(
      (await inboxOf(suite, manager.id)).find((item) => item.application.id === first.id)?.onBehalfOf,
    ).toBeNull();

    // A stranger may not decide; the deputy may, audited as the deputy on behalf of the manager.
    expectRefusal(await suite.hub.queryAs(stranger.id, APPROVE, { id: first.id }), 'NOT_FOUND');
    const approved = await suite.hub.queryAs<{ approveApplication: ApplicationView }>(deputy.id, APPROVE, {
      id: first.id,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveApplication.status).toBe('MANAGER_APPROVED');
    expect(await auditOf(suite, first.id, 'application.approve')).toEqual([
      expect.objectContaining({
        actor_kind: 'agent',
        actor_id: deputy.id,
        after: expect.objectContaining({ status: 'MANAGER_APPROVED', onBehalfOfAgentId: manager.id }),
      }),
    ]);
    const refused = await suite.hub.queryAs(deputy.id, REFUSE, { id: second.id });
    expect(refused.errors).toBeUndefined();
    expect((await auditOf(suite, second.id, 'application.refuse'))[0]).toMatchObject({
      actor_id: deputy.id,
      after: { status: 'REFUSED_BY_MANAGER', onBehalfOfAgentId: manager.id },
    });

    // The period is over: the deputy sees nothing and decides nothing more.
    at('2026-04-08');
    expect((await inboxOf(suite, deputy.id)).map((item) => item.application.id)).not.toContain(third.id);
    expectRefusal(await suite.hub.queryAs(deputy.id, APPROVE, { id: third.id }), 'NOT_FOUND');
    expect(await statusOf(suite, third.id)).toBe('SUBMITTED');
    // The manager decides themself, with no « on behalf ».
    expect((await suite.hub.queryAs(manager.id, APPROVE, { id: third.id })).errors).toBeUndefined();
    expect((await auditOf(suite, third.id, 'application.approve'))[0]?.after).not.toHaveProperty(
      'onBehalfOfAgentId',
    );
  });

  it('lets the programme team give a request whose manager is missing to another approver', async () => {
    const { manager, reports, deputy } = cast();
    const admins = new Set(demo.programmeAdmins ?? []);
    const orphan = demo.agents.find(
      (agent) => agent.managerId === null && !admins.has(agent.id) && !people.hostOf.has(agent.id),
    );
    if (!orphan) throw new Error('les données de démonstration n’ont pas d’agent sans supérieur');
    const missionId = await publishedMission(suite, 'Étude d’un parcours usager');
    at('2026-05-18');
    const pending = await apply(suite, orphan.id, missionId);
    const managed = await apply(suite, reports[3]?.id ?? reports[0]!.id, missionId);
    expect(
      (await inboxOf(suite, people.admin.id)).find((item) => item.application.id === pending.id),
    ).toMatchObject({ programmeQueue: true });

    // Only the programme team; not when a manager of record is there; not to the applicant.
    expectRefusal(
      await suite.hub.queryAs(manager.id, REASSIGN, { id: pending.id, approver: deputy.id }),
      'FORBIDDEN',
      'applicationId',
    );
    expectRefusal(
      await suite.as('admin', REASSIGN, { id: managed.id, approver: deputy.id }),
      'CONFLICT',
      'applicationId',
    );
    expectRefusal(
      await suite.as('admin', REASSIGN, { id: pending.id, approver: orphan.id }),
      'BAD_USER_INPUT',
      'approverAgentId',
    );

    const reassigned = await suite.as<{ reassignApprovalRequest: ApplicationView }>('admin', REASSIGN, {
      id: pending.id,
      approver: deputy.id,
    });
    expect(reassigned.errors).toBeUndefined();
    expect(reassigned.data!.reassignApprovalRequest).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(await auditOf(suite, pending.id, 'application.reassign')).toEqual([
      expect.objectContaining({
        actor_kind: 'agent',
        actor_id: people.admin.id,
        after: expect.objectContaining({ approverAgentId: deputy.id, previousApproverAgentId: null }),
      }),
    ]);
    // Out of the programme team's queue, into the approver's inbox, as their own.
    expect((await inboxOf(suite, people.admin.id)).map((item) => item.application.id)).not.toContain(
      pending.id,
    );
    expect(
      (await inboxOf(suite, deputy.id)).find((item) => item.application.id === pending.id),
    ).toMatchObject({
      programmeQueue: false,
      onBehalfOf: null,
    });
    // The programme team no longer decides it; the new approver does.
    expectRefusal(await suite.as('admin', APPROVE, { id: pending.id }), 'FORBIDDEN', 'id');
    const approved = await suite.hub.queryAs<{ approveApplication: ApplicationView }>(deputy.id, APPROVE, {
      id: pending.id,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveApplication.status).toBe('MANAGER_APPROVED');
    // A decided request is no longer reassigned.
    expectRefusal(
      await suite.as('admin', REASSIGN, { id: pending.id, approver: manager.id }),
      'CONFLICT',
      'applicationId',
    );

    // A manager of record who is gone (account erased: profiles' agent.changed, applied here as
    // approvals' projection would) no longer keeps the request.
    const left = people.plainAgents.find(
      (agent) => agent.managerId !== null && agent.managerId !== manager.id && agent.id !== deputy.id,
    )!;
    const stranded = await apply(suite, left.id, missionId);
    expectRefusal(
      await suite.as('admin', REASSIGN, { id: stranded.id, approver: deputy.id }),
      'CONFLICT',
      'applicationId',
    );
    await suite.hub.subgraphs.approvals!.db.query(
      'UPDATE approvals.agent_projection SET erased = true WHERE agent_id = $1',
      [left.managerId],
    );
    const taken = await suite.as<{ reassignApprovalRequest: ApplicationView }>('admin', REASSIGN, {
      id: stranded.id,
      approver: deputy.id,
    });
    expect(taken.errors).toBeUndefined();
    expect((await auditOf(suite, stranded.id, 'application.reassign'))[0]?.after).toMatchObject({
      approverAgentId: deputy.id,
      previousApproverAgentId: left.managerId,
    });
  });
});
