import { randomUUID } from 'node:crypto';
import { errorCodes } from '../support/errors';
import { eventually } from '../support/eventually';
import type { GraphQLResponse } from '../support/graphql';
import { useIntegrityHub } from '../support/integrity';
import { publishedMission as publishMissionFor } from '../support/approval-deadlines';

/**
 * Issue 12 through the gateway of the real stack, as the personas of the demo data: an agent
 * applies, their manager of record releases the time from their inbox, the mission's host accepts;
 * the last seat fills the mission in missions and declines the others. Every refused path answers
 * its code, French message and field, and leaves nothing half-written.
 */
describe('the application workflow through the gateway (issue 12)', () => {
  const suite = useIntegrityHub();
  const { people } = suite;
  const year = new Date().getUTCFullYear() + 1;

  const APPLICATION =
    'id status version reason approvedHours beyondBudget agent { id lastName } mission { id title }';
  const APPLY = `mutation ($input: ApplyInput!) { apply(input: $input) { ${APPLICATION} } }`;
  const APPROVE = `mutation ($id: ID!, $hours: Int, $beyondBudget: Boolean, $expectedVersion: Int) {
    approveApplication(id: $id, hours: $hours, beyondBudget: $beyondBudget, expectedVersion: $expectedVersion) {
      ${APPLICATION}
    }
  }`;
  const ACCEPT = `mutation ($id: ID!, $expectedVersion: Int) {
    acceptApplication(id: $id, expectedVersion: $expectedVersion) { ${APPLICATION} }
  }`;
  const DECLINE = `mutation ($id: ID!, $reason: DecisionReason!, $reasonText: String) {
    declineApplication(id: $id, reason: $reason, reasonText: $reasonText) { ${APPLICATION} }
  }`;
  const INBOX = `query { me { approvalInbox {
    application { id version } agent { id lastName } mission { id title } hoursAsked budgetYear remainingHours programmeQueue
  } } }`;
  const SET_BUDGET = `mutation ($agentId: ID!, $year: Int!, $hours: Int!) {
    setTimeBudget(agentId: $agentId, year: $year, hours: $hours) { annualHours committedHours remainingHours }
  }`;

  type View = {
    id: string;
    status: string;
    version: number;
    reason: string | null;
    approvedHours: number | null;
    agent: { id: string; lastName: string } | null;
    mission: { id: string; title: string } | null;
  };

  type Applicant = { id: string; managerId: string; lastName: string };

  /** Applicants: plain agents of the demo, with a manager of record, none a persona of the suite. */
  function applicants(count: number, offset: number): Applicant[] {
    const chosen = people.plainAgents.slice(8 + offset, 8 + offset + count);
    if (chosen.length < count) throw new Error('trop peu d’agents ordinaires');
    return chosen.map((agent) => ({ id: agent.id, managerId: agent.managerId!, lastName: agent.lastName }));
  }

  /** The host persona writes a mission, the programme team publishes it, approvals knows it. */
  const publishedMission = (seats: number, title: string) => publishMissionFor(suite, title, seats);

  async function apply(agentId: string, missionId: string, hours: number, key?: string) {
    return suite.hub.queryAs<{ apply: View }>(agentId, APPLY, {
      input: {
        missionId,
        motivation: 'Je connais bien ce type de parcours et je souhaite y contribuer.',
        proposedHours: hours,
        ...(key ? { idempotencyKey: key } : {}),
      },
    });
  }

  async function row(id: string) {
    const [found] = (await suite.hub.subgraphs.approvals!.db.query(
      'SELECT status, version, reason, approved_hours, beyond_budget FROM approvals.applications WHERE id = $1',
      [id],
    )) as Array<Record<string, unknown>>;
    return found;
  }

  async function writesOf(id: string) {
    const [audit] = (await suite.hub.subgraphs.approvals!.db.query(
      'SELECT count(*)::int AS n FROM approvals.audit_log WHERE entity_id = $1',
      [id],
    )) as Array<{ n: number }>;
    const [commitments] = (await suite.hub.subgraphs.approvals!.db.query(
      'SELECT count(*)::int AS n FROM approvals.hour_commitments WHERE application_id = $1',
      [id],
    )) as Array<{ n: number }>;
    return { audit: audit!.n, commitments: commitments!.n };
  }

  function expectRefusal(
    response: GraphQLResponse<unknown>,
    code: string,
    field: string,
    message: RegExp,
  ): void {
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors![0]!.extensions?.field).toBe(field);
    expect(response.errors![0]!.message).toMatch(message);
  }

  it('walks apply → manager release (from the inbox) → host acceptance; the last seat fills the mission', async () => {
    const missionId = await publishedMission(1, 'Audit d’accessibilité du portail');
    const [first, second] = applicants(2, 0) as [
      ReturnType<typeof applicants>[number],
      ReturnType<typeof applicants>[number],
    ];

    // A retried apply with the same key is the same application.
    const key = randomUUID();
    const applied = await apply(first.id, missionId, 12, key);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.apply).toMatchObject({ status: 'SUBMITTED', version: 1, agent: { id: first.id } });
    const id = applied.data!.apply.id;
    expect((await apply(first.id, missionId, 12, key)).data?.apply.id).toBe(id);
    const other = await apply(second.id, missionId, 6);
    expect(other.errors).toBeUndefined();

    // The manager of record finds it in their inbox, names and title completed by the other subgraphs.
    const inbox = await suite.hub.queryAs<{ me: { approvalInbox: Array<Record<string, unknown>> } }>(
      first.managerId,
      INBOX,
    );
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.me.approvalInbox).toContainEqual({
      application: { id, version: 1 },
      agent: { id: first.id, lastName: first.lastName },
      mission: { id: missionId, title: 'Audit d’accessibilité du portail' },
      hoursAsked: 12,
      budgetYear: year,
      remainingHours: expect.any(Number),
      programmeQueue: false,
    });

    const approved = await suite.hub.queryAs<{ approveApplication: View }>(first.managerId, APPROVE, {
      id,
      hours: 10,
      expectedVersion: 1,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveApplication).toMatchObject({
      status: 'MANAGER_APPROVED',
      version: 2,
      approvedHours: 10,
    });

    const accepted = await suite.as<{ acceptApplication: View }>('host', ACCEPT, { id, expectedVersion: 2 });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptApplication).toMatchObject({ status: 'ACCEPTED', version: 3 });

    // The other application was declined as the mission filled; missions moved the mission to FILLED.
    expect(await row(other.data!.apply.id)).toMatchObject({
      status: 'DECLINED_BY_HOST',
      reason: 'MISSION_FILLED',
    });
    const filled = await eventually(
      () =>
        suite.as<{ mission: { status: string; seatsRemaining: number } }>(
          'host',
          'query ($id: ID!) { mission(id: $id) { status seatsRemaining } }',
          { id: missionId },
        ),
      (response) => response.data?.mission.status === 'FILLED',
    );
    expect(filled.data?.mission).toEqual({ status: 'FILLED', seatsRemaining: 0 });
    // The agent's budget for the mission's year holds the 10 hours released.
    const budget = await suite.hub.queryAs<{ me: { timeBudget: { committedHours: number } } }>(
      first.id,
      'query ($year: Int!) { me { timeBudget(year: $year) { committedHours } } }',
      { year },
    );
    expect(budget.data?.me.timeBudget.committedHours).toBeGreaterThanOrEqual(10);
  });

  it('refuses the wrong person, the wrong status and a stale version, and writes nothing', async () => {
    const missionId = await publishedMission(2, 'Atelier d’idéation sur les démarches');
    const [agent, bystander] = applicants(2, 2) as [
      ReturnType<typeof applicants>[number],
      ReturnType<typeof applicants>[number],
    ];
    const id = (await apply(agent.id, missionId, 8)).data!.apply.id;
    const before = { row: await row(id), writes: await writesOf(id) };

    // The host may not release the agent's time; the agent may not release their own.
    expectRefusal(
      await suite.as('host', APPROVE, { id }),
      'FORBIDDEN',
      'id',
      /seuls le supérieur hiérarchique de l’agent/,
    );
    expectRefusal(
      await suite.hub.queryAs(agent.id, APPROVE, { id }),
      'FORBIDDEN',
      'id',
      /Vous ne pouvez pas approuver/,
    );
    // The manager may not accept in the host's place.
    expectRefusal(
      await suite.hub.queryAs(agent.managerId, ACCEPT, { id }),
      'FORBIDDEN',
      'id',
      /seuls les référents/,
    );
    // Someone who may not even see it learns nothing of it.
    expect(errorCodes(await suite.hub.queryAs(bystander.id, APPROVE, { id }))).toEqual(['NOT_FOUND']);
    // Accepting before the manager's release: wrong status.
    expectRefusal(
      await suite.as('host', ACCEPT, { id }),
      'CONFLICT',
      'id',
      /elle est déposée, en attente du supérieur hiérarchique/,
    );
    // A stale version.
    expectRefusal(
      await suite.hub.queryAs(agent.managerId, APPROVE, { id, expectedVersion: 7 }),
      'CONFLICT',
      'expectedVersion',
      /a changé depuis votre lecture/,
    );
    // A decline with OTHER and no text.
    expectRefusal(
      await suite.as('host', DECLINE, { id, reason: 'OTHER' }),
      'BAD_USER_INPUT',
      'reasonText',
      /Précisez le motif du déclin/,
    );
    expect({ row: await row(id), writes: await writesOf(id) }).toEqual(before);
  });

  it('refuses an acceptance over the budget, naming it, unless the manager released beyond it', async () => {
    const missionId = await publishedMission(2, 'Revue de sécurité d’une application');
    const [agent] = applicants(1, 4) as [Applicant];
    const set = await suite.hub.queryAs<{ setTimeBudget: { annualHours: number } }>(
      agent.managerId,
      SET_BUDGET,
      {
        agentId: agent.id,
        year,
        hours: 5,
      },
    );
    expect(set.data?.setTimeBudget.annualHours).toBe(5);
    const id = (await apply(agent.id, missionId, 8)).data!.apply.id;
    expect((await suite.hub.queryAs(agent.managerId, APPROVE, { id })).errors).toBeUndefined();
    const before = { row: await row(id), writes: await writesOf(id) };
    expectRefusal(
      await suite.as('host', ACCEPT, { id }),
      'CONFLICT',
      'budget',
      new RegExp(`Le budget annuel de temps de l’agent pour ${year} \\(5 h`),
    );
    expect({ row: await row(id), writes: await writesOf(id) }).toEqual(before);
    expect(before.writes.commitments).toBe(0);

    // The agent withdraws and applies again; this time the manager releases beyond the budget.
    expect(
      (
        await suite.hub.queryAs(
          agent.id,
          'mutation ($id: ID!) { withdrawApplication(id: $id, reason: WORKLOAD) { id } }',
          { id },
        )
      ).errors,
    ).toBeUndefined();
    const again = (await apply(agent.id, missionId, 8)).data!.apply.id;
    const released = await suite.hub.queryAs<{ approveApplication: View }>(agent.managerId, APPROVE, {
      id: again,
      beyondBudget: true,
    });
    expect(released.data?.approveApplication.status).toBe('MANAGER_APPROVED');
    const accepted = await suite.as<{ acceptApplication: View }>('host', ACCEPT, { id: again });
    expect(accepted.data?.acceptApplication.status).toBe('ACCEPTED');
    const [audit] = (await suite.hub.subgraphs.approvals!.db.query(
      `SELECT after->>'beyondBudget' AS beyond FROM approvals.audit_log WHERE entity_id = $1 AND action = 'application.approve'`,
      [again],
    )) as Array<{ beyond: string }>;
    expect(audit?.beyond).toBe('true');
  });

  it('frees the seat when an accepted agent withdraws, and missions reopens the filled mission', async () => {
    const missionId = await publishedMission(1, 'Transfert de compétences en data');
    const [agent] = applicants(1, 5) as [Applicant];
    const id = (await apply(agent.id, missionId, 4)).data!.apply.id;
    await suite.hub.queryAs(agent.managerId, APPROVE, { id });
    expect(
      (await suite.as<{ acceptApplication: View }>('host', ACCEPT, { id })).data?.acceptApplication.status,
    ).toBe('ACCEPTED');
    const status = () =>
      suite.as<{ mission: { status: string } }>('host', 'query ($id: ID!) { mission(id: $id) { status } }', {
        id: missionId,
      });
    expect((await eventually(status, (r) => r.data?.mission.status === 'FILLED')).data?.mission.status).toBe(
      'FILLED',
    );
    const withdrawn = await suite.hub.queryAs(
      agent.id,
      'mutation ($id: ID!) { withdrawApplication(id: $id, reason: ALREADY_ENGAGED) { status } }',
      { id },
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(
      (await eventually(status, (r) => r.data?.mission.status === 'PUBLISHED')).data?.mission.status,
    ).toBe('PUBLISHED');
    expect(await writesOf(id)).toMatchObject({ commitments: 0 });
  });
  it('puts agents without a manager of record in the programme team’s queue, visibly, and lets it decide', async () => {
    const admins = new Set(suite.demo.programmeAdmins ?? []);
    const orphan = suite.demo.agents.find(
      (agent) => agent.managerId === null && !admins.has(agent.id) && !people.hostOf.has(agent.id),
    );
    if (!orphan) throw new Error('les données de démonstration n’ont pas d’agent sans supérieur');
    const missionId = await publishedMission(2, 'Étude des usages d’un service');
    const id = (await apply(orphan.id, missionId, 6)).data!.apply.id;
    const inbox = await suite.as<{
      me: { approvalInbox: Array<{ application: { id: string }; programmeQueue: boolean }> };
    }>('admin', INBOX);
    expect(inbox.data?.me.approvalInbox.find((item) => item.application.id === id)?.programmeQueue).toBe(
      true,
    );
    // Nobody else's inbox holds it, and the host persona may not read the admin's.
    expect(
      errorCodes(
        await suite.as('host', `query ($id: ID!) { agent(id: $id) { approvalInbox { hoursAsked } } }`, {
          id: people.admin.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const approved = await suite.as<{ approveApplication: View }>('admin', APPROVE, { id });
    expect(approved.data?.approveApplication.status).toBe('MANAGER_APPROVED');
  });
});
