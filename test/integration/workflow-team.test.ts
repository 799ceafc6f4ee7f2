import { setApprovalsClock } from '@talents/approvals';
import { apply, parisMorning, publishedMission } from '../support/approval-deadlines';
import { errorCodes } from '../support/errors';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';

/**
 * Issue 12 item 2, the manager's team view through the gateway: each report with their budget for
 * the year, hours committed and pending, current and upcoming missions; for the manager and the
 * programme team only; the same SQL statements whatever the team's size.
 */
describe('the manager’s team view (issue 12 item 2)', () => {
  // Sweeps on their own clock: the suite moves the approvals clock into the mission's schedule.
  const suite = useIntegrityHub({ background: false });
  const { demo, people } = suite;
  const year = new Date().getUTCFullYear() + 1;
  afterAll(() => setApprovalsClock(null));

  const TEAM = `query ($year: Int) { me { team(year: $year) {
    agent { id lastName }
    budget { year annualHours committedHours remainingHours customised }
    pendingHours
    pendingApplications { id status }
    currentMissions { id mission { id title } }
    upcomingMissions { id mission { id title } }
  } } }`;

  interface Member {
    agent: { id: string; lastName: string };
    budget: { year: number; annualHours: number; committedHours: number; remainingHours: number };
    pendingHours: number;
    pendingApplications: Array<{ id: string; status: string }>;
    currentMissions: Array<{ id: string; mission: { id: string; title: string } }>;
    upcomingMissions: Array<{ id: string; mission: { id: string; title: string } }>;
  }

  const reportsOf = (managerId: string) => demo.agents.filter((agent) => agent.managerId === managerId);

  /** The managers of plain agents, the largest team first. */
  const managers = [...new Set(people.plainAgents.map((agent) => agent.managerId!))].sort(
    (a, b) => reportsOf(b).length - reportsOf(a).length,
  );

  async function teamOf(managerId: string) {
    const response = await suite.hub.queryAs<{ me: { team: Member[] | null } }>(managerId, TEAM, { year });
    expect(response.errors).toBeUndefined();
    return response.data!.me.team!;
  }

  it('lists every report with budget, pending hours and their missions, names from profiles', async () => {
    const managerId = managers[0]!;
    const reports = people.plainAgents.filter((agent) => agent.managerId === managerId);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const [pending, accepted] = reports as [(typeof reports)[number], (typeof reports)[number]];

    const missionId = await publishedMission(suite, 'Cartographie des données d’une direction');
    const waiting = await apply(suite, pending.id, missionId);
    const taken = await apply(suite, accepted.id, missionId);
    const approve = 'mutation ($id: ID!) { approveApplication(id: $id) { id } }';
    expect((await suite.hub.queryAs(managerId, approve, { id: taken.id })).errors).toBeUndefined();
    const accept = 'mutation ($id: ID!) { acceptApplication(id: $id) { id } }';
    expect((await suite.as('host', accept, { id: taken.id })).errors).toBeUndefined();

    const before = await teamOf(managerId);
    expect(before.map((member) => member.agent.id).sort()).toEqual(
      reportsOf(managerId)
        .map((agent) => agent.id)
        .sort(),
    );
    const byId = new Map(before.map((member) => [member.agent.id, member]));
    expect(byId.get(pending.id)!.agent.lastName).toBe(pending.lastName);
    // The mission is next year: 6 hours asked, not committed, counted as pending that year.
    expect(byId.get(pending.id)!.pendingApplications).toContainEqual({ id: waiting.id, status: 'SUBMITTED' });
    expect(byId.get(pending.id)!.pendingHours).toBeGreaterThanOrEqual(6);
    const acceptedMember = byId.get(accepted.id)!;
    expect(acceptedMember.upcomingMissions).toContainEqual({
      id: taken.id,
      mission: { id: missionId, title: 'Cartographie des données d’une direction' },
    });
    expect(acceptedMember.currentMissions.map((application) => application.id)).not.toContain(taken.id);
    expect(acceptedMember.budget.committedHours).toBeGreaterThanOrEqual(6);

    // Each budget is the one the agent's own timeBudget field says.
    for (const member of before) {
      const own = await suite.hub.queryAs<{ me: { timeBudget: Member['budget'] } }>(
        member.agent.id,
        'query ($year: Int!) { me { timeBudget(year: $year) { year annualHours committedHours remainingHours customised } } }',
        { year },
      );
      expect(member.budget).toEqual(own.data!.me.timeBudget);
    }

    // Once the mission has started (the approvals clock in its schedule), it is current.
    setApprovalsClock(() => parisMorning(nextYear(4, 1)));
    const during = new Map((await teamOf(managerId)).map((member) => [member.agent.id, member]));
    expect(during.get(accepted.id)!.currentMissions.map((application) => application.id)).toContain(taken.id);
    expect(during.get(accepted.id)!.upcomingMissions.map((application) => application.id)).not.toContain(
      taken.id,
    );
    // After its end, neither: the hours stay committed.
    setApprovalsClock(() => parisMorning(nextYear(6, 15)));
    const after = (await teamOf(managerId)).find((member) => member.agent.id === accepted.id)!;
    expect(
      [...after.currentMissions, ...after.upcomingMissions].map((application) => application.id),
    ).not.toContain(taken.id);
    expect(after.budget.committedHours).toBe(acceptedMember.budget.committedHours);
    setApprovalsClock(null);
  });

  it('is for the manager and the programme team only; an agent who manages nobody has an empty team', async () => {
    const managerId = managers[0]!;
    const read = `query ($id: ID!) { agent(id: $id) { id team { agent { id } } } }`;
    const byAdmin = await suite.as<{ agent: { team: Member[] } }>('admin', read, { id: managerId });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.agent.team).toHaveLength(reportsOf(managerId).length);

    const report = people.plainAgents.find((agent) => agent.managerId === managerId)!;
    const byReport = await suite.hub.queryAs<{ agent: { id: string; team: null } }>(report.id, read, {
      id: managerId,
    });
    expect(errorCodes(byReport)).toEqual(['FORBIDDEN']);
    expect(byReport.errors![0]!.message).toMatch(/n’est visible que de lui-même et de l’équipe du programme/);
    expect(byReport.errors![0]!.path).toEqual(['agent', 'team']);
    expect(byReport.data?.agent).toEqual({ id: managerId, team: null });

    const own = await suite.hub.queryAs<{ me: { team: Member[] } }>(report.id, TEAM, {});
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.team).toEqual([]);

    const badYear = await suite.hub.queryAs(managerId, TEAM, { year: 1999 });
    expect(errorCodes(badYear)).toEqual(['BAD_USER_INPUT']);
    expect(badYear.errors![0]!.extensions?.field).toBe('year');
  });

  it('runs the same SQL statements per subgraph for a small and a large team', async () => {
    const large = managers[0]!;
    const small = managers.find(
      (managerId) =>
        reportsOf(managerId).length >= 1 && reportsOf(managerId).length < reportsOf(large).length,
    );
    if (!small) throw new Error('les données de démonstration n’ont pas deux équipes de tailles différentes');
    const count = (managerId: string) =>
      suite.hub.countStatements(() => suite.hub.queryAs(managerId, TEAM, { year }));
    // Warm the session cookies, whose creation is not the team's work.
    await count(small);
    await count(large);
    const few = await count(small);
    const many = await count(large);
    expect((few.result as { errors?: unknown }).errors).toBeUndefined();
    expect(many.statements).toEqual(few.statements);
  });
});
