import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus, Role } from '@talents/common';
import { nextYear } from '../../../test/support/mission-input';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { yearShares } from '../src';
import { auditRows } from './fixtures';
import {
  ACCEPT,
  APPROVE,
  HOST,
  missionFilledJobs,
  NEXT_YEAR,
  rowOf,
  seedCase,
  SET_BUDGET,
  WITHDRAW,
  type TransitionResult,
  approvalsSubgraphOfFile,
} from './workflow-fixtures';

/** Issue 12 items 3 and 4 on the approvals subgraph: seats never overbooked, time budgets hold. */
const subgraph = approvalsSubgraphOfFile();

const RUNS = 20;

describe('seats', () => {
  it(`never overbooks: 2 seats, 20 concurrent accepts, exactly 2 succeed (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const statuses = Array.from({ length: 20 }, () => ApplicationStatus.MANAGER_APPROVED);
      const { applications, mission } = await seedCase(subgraph(), { statuses, seats: 2 });
      const results = (await Promise.all(
        applications.map((application) => subgraph().query(ACCEPT, { id: application.id }, HOST)),
      )) as TransitionResult[];
      const accepted = results.filter((result) => result.data?.acceptApplication?.status === 'ACCEPTED');
      expect(accepted).toHaveLength(2);
      for (const result of results.filter((candidate) => candidate.errors)) {
        expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
        // Either no seat was left, or the last seat's acceptance had already declined this one.
        expect(result.errors![0]!.message).toMatch(
          /Plus aucune place n’est libre sur cette mission|Impossible d’accepter cette candidature : elle est déclinée/,
        );
      }
      const rows = (await subgraph().db.query(
        `SELECT status, reason, count(*)::integer AS count FROM approvals.applications
          WHERE mission_id = $1 GROUP BY status, reason ORDER BY status`,
        [mission.id],
      )) as Array<{ status: string; reason: string | null; count: number }>;
      expect(rows).toEqual([
        { status: 'ACCEPTED', reason: null, count: 2 },
        { status: 'DECLINED_BY_HOST', reason: 'MISSION_FILLED', count: 18 },
      ]);
      expect(await missionFilledJobs(subgraph(), mission.id)).toEqual([
        { missionId: mission.id, filled: true },
      ]);
    }
  }, 120_000);

  it('declines the remaining open applications with MISSION_FILLED, audited, when the last seat goes', async () => {
    const { applications, mission } = await seedCase(subgraph(), {
      statuses: [
        ApplicationStatus.MANAGER_APPROVED,
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.WITHDRAWN,
      ],
      seats: 1,
    });
    await subgraph().db.query(`UPDATE approvals.applications SET reason = 'WORKLOAD' WHERE id = $1`, [
      applications[2]!.id,
    ]);
    const accepted = (await subgraph().query(ACCEPT, { id: applications[0]!.id }, HOST)) as TransitionResult;
    expect(accepted.errors).toBeUndefined();
    expect(await rowOf(subgraph(), applications[1]!.id)).toMatchObject({
      status: 'DECLINED_BY_HOST',
      reason: 'MISSION_FILLED',
      version: 2,
    });
    expect((await rowOf(subgraph(), applications[2]!.id)).status).toBe('WITHDRAWN');
    const audit = await auditRows(subgraph(), 'entity_id = $1', [applications[1]!.id]);
    expect(audit.map((row) => row.action)).toEqual(['application.declineFilled']);
    expect(await missionFilledJobs(subgraph(), mission.id)).toEqual([
      { missionId: mission.id, filled: true },
    ]);
  });

  it('costs the same SQL statements per transition whatever the mission’s number of applicants', async () => {
    /** Release one application, then accept it for the mission's last seat, declining the others. */
    async function measured(applicants: number) {
      const { applications, manager } = await seedCase(subgraph(), {
        statuses: [
          ApplicationStatus.SUBMITTED,
          ...Array.from({ length: applicants - 1 }, () => ApplicationStatus.MANAGER_APPROVED),
        ],
        seats: 1,
      });
      const id = applications[0]!.id;
      const release = await subgraph().queries.measure(() => subgraph().query(APPROVE, { id }, manager!));
      const accept = await subgraph().queries.measure(() => subgraph().query(ACCEPT, { id }, HOST));
      expect((release.result as TransitionResult).errors).toBeUndefined();
      expect((accept.result as TransitionResult).errors).toBeUndefined();
      const declined = (await subgraph().db.query(
        `SELECT count(*)::int AS n FROM approvals.applications WHERE mission_id = $1 AND reason = 'MISSION_FILLED'`,
        [applications[0]!.missionId],
      )) as Array<{ n: number }>;
      expect(declined[0]!.n).toBe(applicants - 1);
      return { release: release.statements, accept: accept.statements };
    }
    const few = await measured(3);
    const many = await measured(40);
    expect(few.release).toBeGreaterThan(0);
    expect(many).toEqual(few);
  });

  it('frees the seat and the hours when an accepted agent withdraws, and reopens the mission', async () => {
    const seeded = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.MANAGER_APPROVED, ApplicationStatus.MANAGER_APPROVED],
      seats: 1,
    });
    const first = seeded.applications[0]!;
    const second = seeded.applications[1]!;
    expect(
      ((await subgraph().query(ACCEPT, { id: first.id }, HOST)) as TransitionResult).errors,
    ).toBeUndefined();
    const withdrawn = (await subgraph().query(
      WITHDRAW,
      { id: first.id, reason: 'ALREADY_ENGAGED' },
      seeded.applicant(0),
    )) as TransitionResult;
    expect(withdrawn.data?.withdrawApplication?.status).toBe('WITHDRAWN');
    const commitments = (await subgraph().db.query(
      'SELECT count(*)::integer AS count FROM approvals.hour_commitments WHERE application_id = $1',
      [first.id],
    )) as Array<{ count: number }>;
    expect(commitments[0]!.count).toBe(0);
    expect(await missionFilledJobs(subgraph(), seeded.mission.id)).toEqual([
      { missionId: seeded.mission.id, filled: true },
      { missionId: seeded.mission.id, filled: false },
    ]);
    // The second applicant was declined when the seat went: the freed seat waits for a new application.
    expect((await rowOf(subgraph(), second.id)).reason).toBe('MISSION_FILLED');
  });
});

describe('time budgets', () => {
  it('splits hours over the years of the schedule, in proportion to its days', () => {
    expect(
      yearShares({ startDate: '2027-03-01', endDate: '2027-06-30', applicationDeadline: null }, 40),
    ).toEqual([{ year: 2027, hours: 40 }]);
    const split = yearShares(
      { startDate: '2027-12-01', endDate: '2028-01-30', applicationDeadline: null },
      60,
    );
    expect(split).toEqual([
      // 31 days of 61 in 2027: 30.5 h, rounded; the rest in 2028.
      { year: 2027, hours: 30 },
      { year: 2028, hours: 30 },
    ]);
    expect(yearShares({ startDate: null, endDate: null, applicationDeadline: '2029-05-01' }, 7)).toEqual([
      { year: 2029, hours: 7 },
    ]);
  });

  it('refuses an acceptance beyond the budget (CONFLICT naming it) unless the release carried the override', async () => {
    const agentId = randomUUID();
    const first = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.MANAGER_APPROVED],
      proposedHours: 60,
      agentIds: [agentId],
    });
    expect(
      ((await subgraph().query(ACCEPT, { id: first.applications[0]!.id }, HOST)) as TransitionResult).errors,
    ).toBeUndefined();
    const second = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.SUBMITTED],
      proposedHours: 20,
      agentIds: [agentId],
      managerId: first.managerId,
    });
    const id = second.applications[0]!.id;
    expect(
      ((await subgraph().query(APPROVE, { id }, first.manager!)) as TransitionResult).errors,
    ).toBeUndefined();
    const before = await rowOf(subgraph(), id);
    const refused = (await subgraph().query(ACCEPT, { id }, HOST)) as TransitionResult;
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'budget',
      year: NEXT_YEAR,
      annualHours: 70,
      committedHours: 60,
      requestedHours: 20,
    });
    expect(refused.errors![0]!.message).toMatch(
      new RegExp(
        `Le budget annuel de temps de l’agent pour ${NEXT_YEAR} \\(70 h, dont 60 h déjà engagées\\)`,
      ),
    );
    expect(await rowOf(subgraph(), id)).toEqual(before);

    // The manager raises the budget for that year (audited): the acceptance now fits.
    const raised = (await subgraph().query(
      SET_BUDGET,
      { agentId, year: NEXT_YEAR, hours: 80 },
      first.manager!,
    )) as { data?: { setTimeBudget: Record<string, unknown> } };
    expect(raised.data?.setTimeBudget).toMatchObject({
      annualHours: 80,
      committedHours: 60,
      remainingHours: 20,
    });
    const audit = await auditRows(subgraph(), 'entity_id = $1', [`${agentId}:${NEXT_YEAR}`]);
    expect(audit.map((row) => [row.action, row.before?.annualHours, row.after?.annualHours])).toEqual([
      ['timeBudget.set', 70, 80],
    ]);
    expect(
      ((await subgraph().query(ACCEPT, { id }, HOST)) as TransitionResult).data?.acceptApplication?.status,
    ).toBe('ACCEPTED');

    // Beyond the budget with the manager's explicit override.
    const third = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.SUBMITTED],
      proposedHours: 30,
      agentIds: [agentId],
      managerId: first.managerId,
    });
    const overrideId = third.applications[0]!.id;
    const approved = (await subgraph().query(
      APPROVE,
      { id: overrideId, beyondBudget: true },
      first.manager!,
    )) as TransitionResult;
    expect(approved.data?.approveApplication?.beyondBudget).toBe(true);
    expect(
      ((await subgraph().query(ACCEPT, { id: overrideId }, HOST)) as TransitionResult).data?.acceptApplication
        ?.status,
    ).toBe('ACCEPTED');
  });

  it('lets only the manager of record and the programme team set a budget', async () => {
    const seeded = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const agentId = seeded.applications[0]!.agentId;
    for (const viewer of [
      seeded.applicant(),
      HOST,
      agentViewer(randomUUID(), { roles: [Role.AGENT, Role.MANAGER] }),
    ]) {
      const response = await subgraph().query(SET_BUDGET, { agentId, year: NEXT_YEAR, hours: 100 }, viewer);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'agentId' });
    }
    const invalid = await subgraph().query(SET_BUDGET, { agentId, year: NEXT_YEAR, hours: -1 }, TEST_ADMIN);
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    const byAdmin = await subgraph().query(SET_BUDGET, { agentId, year: NEXT_YEAR, hours: 100 }, TEST_ADMIN);
    expect(byAdmin.errors).toBeUndefined();
    const rows = (await subgraph().db.query(
      'SELECT annual_hours FROM approvals.time_budgets WHERE agent_id = $1',
      [agentId],
    )) as Array<{ annual_hours: number }>;
    expect(rows).toEqual([{ annual_hours: 100 }]);
  });

  it(`lets exactly one of two concurrent acceptances over budget through (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const agentId = randomUUID();
      // Two missions, 40 h each, the same agent: 80 h against a budget of 70.
      const one = await seedCase(subgraph(), {
        statuses: [ApplicationStatus.MANAGER_APPROVED],
        proposedHours: 40,
        agentIds: [agentId],
      });
      const other = await seedCase(subgraph(), {
        statuses: [ApplicationStatus.MANAGER_APPROVED],
        proposedHours: 40,
        agentIds: [agentId],
        managerId: one.managerId,
        startDate: nextYear(4, 1),
      });
      const results = (await Promise.all([
        subgraph().query(ACCEPT, { id: one.applications[0]!.id }, HOST),
        subgraph().query(ACCEPT, { id: other.applications[0]!.id }, HOST),
      ])) as TransitionResult[];
      const accepted = results.filter((result) => result.data?.acceptApplication?.status === 'ACCEPTED');
      expect(accepted).toHaveLength(1);
      const refused = results.find((result) => result.errors)!;
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'budget' });
      const committed = (await subgraph().db.query(
        'SELECT sum(hours)::integer AS hours FROM approvals.hour_commitments WHERE agent_id = $1',
        [agentId],
      )) as Array<{ hours: number }>;
      expect(committed[0]!.hours).toBe(40);
    }
  }, 120_000);
});
