import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus, Role, type Viewer } from '@talents/common';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { allowedActions, rolesOf, TRANSITIONS, type WorkflowRole } from '../src';
import { auditRows, publishedEvents } from './fixtures';
import {
  ACCEPT,
  APPROVE,
  DECLINE,
  HOST,
  REFUSE,
  rowOf,
  seedCase,
  WITHDRAW,
  type TransitionResult,
  approvalsSubgraphOfFile,
} from './workflow-fixtures';

/** Issue 12 item 1 on the approvals subgraph: the state machine, who may act, stale versions. */
const subgraph = approvalsSubgraphOfFile();

async function run(query: string, variables: Record<string, unknown>, as: Viewer): Promise<TransitionResult> {
  return (await subgraph().query(query, variables, as)) as TransitionResult;
}

function firstError(result: TransitionResult) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

describe('the state machine table', () => {
  const S = ApplicationStatus;
  const allRoles: WorkflowRole[] = ['APPLICANT', 'MANAGER', 'HOST', 'SYSTEM'];

  it('allows exactly the documented transitions from each status', () => {
    const everyone = new Set(allRoles);
    expect(allowedActions(S.SUBMITTED, everyone).sort()).toEqual(
      ['approve', 'decline', 'expire', 'refuse', 'withdraw'].sort(),
    );
    expect(allowedActions(S.MANAGER_APPROVED, everyone).sort()).toEqual(['accept', 'decline', 'withdraw']);
    expect(allowedActions(S.ACCEPTED, everyone).sort()).toEqual(['complete', 'withdraw']);
    for (const closed of [S.COMPLETED, S.REFUSED_BY_MANAGER, S.DECLINED_BY_HOST, S.WITHDRAWN, S.EXPIRED]) {
      expect(allowedActions(closed, everyone)).toEqual([]);
    }
    expect(TRANSITIONS.expire.by).toEqual(['SYSTEM']);
  });

  it('gives each person their role, and nobody a say on their own application', () => {
    const me = randomUUID();
    const manager = randomUUID();
    const parties = {
      agentId: me,
      managerId: manager,
      hostAdministrationId: 'adm-host',
      contactAgentId: null,
    };
    expect([...rolesOf(agentViewer(me), me, parties)]).toEqual(['APPLICANT']);
    expect([...rolesOf(agentViewer(manager), manager, parties)]).toEqual(['MANAGER']);
    const host = agentViewer(randomUUID(), { hostOf: ['adm-host'] });
    expect([...rolesOf(host, host.agentId, parties)]).toEqual(['HOST']);
    const contact = randomUUID();
    expect([...rolesOf(agentViewer(contact), contact, { ...parties, contactAgentId: contact })]).toEqual([
      'HOST',
    ]);
    // The programme team: for the applicant always, as manager only when there is none.
    expect([...rolesOf(TEST_ADMIN, TEST_ADMIN.agentId, parties)]).toEqual(['APPLICANT']);
    expect([...rolesOf(TEST_ADMIN, TEST_ADMIN.agentId, { ...parties, managerId: null })].sort()).toEqual([
      'APPLICANT',
      'MANAGER',
    ]);
    // A host applying to their own administration's mission is not their own host.
    const hostApplicant = agentViewer(me, { hostOf: ['adm-host'] });
    expect([...rolesOf(hostApplicant, me, parties)]).toEqual(['APPLICANT']);
  });
});

describe('manager release and host acceptance', () => {
  it('walks SUBMITTED → MANAGER_APPROVED → ACCEPTED with audit rows, events and versions', async () => {
    const { applications, manager } = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const id = applications[0]!.id;
    const approved = await run(APPROVE, { id, hours: 8, expectedVersion: 1 }, manager!);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveApplication).toMatchObject({
      status: 'MANAGER_APPROVED',
      version: 2,
      approvedHours: 8,
      beyondBudget: false,
    });
    const accepted = await run(ACCEPT, { id, expectedVersion: 2 }, HOST);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptApplication).toMatchObject({ status: 'ACCEPTED', version: 3 });

    const audit = await auditRows(subgraph(), 'entity_id = $1', [id]);
    expect(audit.map((row) => [row.action, row.actor_id, row.before?.status, row.after?.status])).toEqual([
      ['application.approve', manager!.subject, 'SUBMITTED', 'MANAGER_APPROVED'],
      ['application.accept', HOST.subject, 'MANAGER_APPROVED', 'ACCEPTED'],
    ]);
    expect((await publishedEvents(subgraph(), id)).map((event) => event.payload.status)).toEqual([
      'MANAGER_APPROVED',
      'ACCEPTED',
    ]);
    const feed = (await subgraph().db.query(
      `SELECT payload->>'status' AS status FROM approvals.feed WHERE entity_id = $1 ORDER BY seq`,
      [id],
    )) as Array<{ status: string }>;
    expect(feed.map((row) => row.status)).toEqual(['MANAGER_APPROVED', 'ACCEPTED']);
    // The hours the manager released are what the acceptance commits.
    const committed = (await subgraph().db.query(
      'SELECT sum(hours)::integer AS hours FROM approvals.hour_commitments WHERE application_id = $1',
      [id],
    )) as Array<{ hours: number }>;
    expect(committed[0]!.hours).toBe(8);
  });

  it('lets the mission’s contact accept and decline like a référent', async () => {
    const { applications, contact } = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.MANAGER_APPROVED, ApplicationStatus.SUBMITTED],
    });
    const accepted = await run(ACCEPT, { id: applications[0]!.id }, contact);
    expect(accepted.data?.acceptApplication?.status).toBe('ACCEPTED');
    const declined = await run(
      DECLINE,
      { id: applications[1]!.id, reason: 'OTHER', reasonText: 'Profil trop éloigné du besoin.' },
      contact,
    );
    expect(declined.data?.declineApplication).toMatchObject({
      status: 'DECLINED_BY_HOST',
      reason: 'OTHER',
      reasonText: 'Profil trop éloigné du besoin.',
    });
  });

  it('refuses with a reason, and OTHER needs a text', async () => {
    const { applications, manager } = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const id = applications[0]!.id;
    const missing = firstError(await run(REFUSE, { id, reason: 'OTHER', reasonText: '   ' }, manager!));
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonText' });
    expect(missing.message).toMatch(/Précisez le motif du refus/);
    const reserved = firstError(await run(REFUSE, { id, reason: 'MISSION_FILLED' }, manager!));
    expect(reserved.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await rowOf(subgraph(), id)).status).toBe('SUBMITTED');
    const refused = await run(REFUSE, { id, reason: 'WORKLOAD' }, manager!);
    expect(refused.data?.refuseApplication).toMatchObject({
      status: 'REFUSED_BY_MANAGER',
      reason: 'WORKLOAD',
    });
  });

  it('refuses more hours than proposed and changes nothing', async () => {
    const { applications, manager } = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.SUBMITTED],
      proposedHours: 10,
    });
    const id = applications[0]!.id;
    const before = await rowOf(subgraph(), id);
    const error = firstError(await run(APPROVE, { id, hours: 11 }, manager!));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect(error.message).toMatch(/10 h proposées/);
    expect(await rowOf(subgraph(), id)).toEqual(before);
  });

  it('sends agents without a manager of record to the programme team, and only them', async () => {
    const orphan = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED], managerId: null });
    const managed = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const queue = await run(APPROVE, { id: orphan.applications[0]!.id }, TEST_ADMIN);
    expect(queue.data?.approveApplication?.status).toBe('MANAGER_APPROVED');
    const notTheirs = firstError(await run(APPROVE, { id: managed.applications[0]!.id }, TEST_ADMIN));
    expect(notTheirs.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(notTheirs.message).toMatch(/supérieur hiérarchique de l’agent/);
  });
});

describe('refused transitions change nothing', () => {
  const stranger = agentViewer(randomUUID(), { roles: [Role.AGENT, Role.MANAGER] });

  it.each([
    ['the applicant approving their own', 'approve', 'applicant'],
    ['a host approving', 'approve', 'host'],
    ['the manager accepting', 'accept', 'manager'],
    ['the applicant accepting', 'accept', 'applicant'],
    ['the host withdrawing', 'withdraw', 'host'],
    ['the manager declining', 'decline', 'manager'],
  ] as const)('%s: FORBIDDEN naming who may', async (_label, action, who) => {
    const status = action === 'accept' ? ApplicationStatus.MANAGER_APPROVED : ApplicationStatus.SUBMITTED;
    const seeded = await seedCase(subgraph(), { statuses: [status] });
    const id = seeded.applications[0]!.id;
    const as = who === 'applicant' ? seeded.applicant() : who === 'manager' ? seeded.manager! : HOST;
    const query = { approve: APPROVE, accept: ACCEPT, withdraw: WITHDRAW, decline: DECLINE }[action];
    const before = await rowOf(subgraph(), id);
    const error = firstError(await run(query, { id, reason: 'WORKLOAD' }, as));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(error.message).toMatch(/^Vous ne pouvez pas .* cette candidature : seuls .* le peuvent\.$/);
    expect(await rowOf(subgraph(), id)).toEqual(before);
    expect(await publishedEvents(subgraph(), id)).toEqual([]);
  });

  it('answers NOT_FOUND to someone who may not even see the application', async () => {
    const { applications } = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const error = firstError(await run(APPROVE, { id: applications[0]!.id }, stranger));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['accept from SUBMITTED', ACCEPT, 'host', ApplicationStatus.SUBMITTED, /Impossible d.accepter/],
    ['approve from MANAGER_APPROVED', APPROVE, 'manager', ApplicationStatus.MANAGER_APPROVED, /approuver/],
    ['refuse from ACCEPTED', REFUSE, 'manager', ApplicationStatus.ACCEPTED, /refuser/],
    ['decline from ACCEPTED', DECLINE, 'host', ApplicationStatus.ACCEPTED, /décliner/],
    ['withdraw from EXPIRED', WITHDRAW, 'applicant', ApplicationStatus.EXPIRED, /expirée/],
    ['accept from WITHDRAWN', ACCEPT, 'host', ApplicationStatus.WITHDRAWN, /retirée par l’agent/],
  ] as const)('%s: CONFLICT saying where it stands', async (_label, query, who, status, message) => {
    const seeded = await seedCase(subgraph(), { statuses: [status] });
    const id = seeded.applications[0]!.id;
    if (status === ApplicationStatus.WITHDRAWN) {
      await subgraph().db.query(`UPDATE approvals.applications SET reason = 'WORKLOAD' WHERE id = $1`, [id]);
    }
    const as = who === 'applicant' ? seeded.applicant() : who === 'manager' ? seeded.manager! : HOST;
    const before = await rowOf(subgraph(), id);
    const error = firstError(await run(query, { id, reason: 'WORKLOAD' }, as));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id', status });
    expect(error.message).toMatch(message);
    expect(await rowOf(subgraph(), id)).toEqual(before);
  });

  it('refuses a decision on a stale version (CONFLICT on expectedVersion) and changes nothing', async () => {
    const { applications, manager } = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const id = applications[0]!.id;
    const first = await run(APPROVE, { id, expectedVersion: 1 }, manager!);
    expect(first.data?.approveApplication?.version).toBe(2);
    const before = await rowOf(subgraph(), id);
    // The host read version 1 and declines on it: the manager's release happened since.
    const stale = firstError(await run(DECLINE, { id, reason: 'WORKLOAD', expectedVersion: 1 }, HOST));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', version: 2 });
    expect(stale.message).toMatch(/a changé depuis votre lecture/);
    expect(await rowOf(subgraph(), id)).toEqual(before);
  });

  it('lets exactly one of two concurrent decisions on the same version through', async () => {
    const { applications, manager } = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    const id = applications[0]!.id;
    const results = await Promise.all([
      run(APPROVE, { id, expectedVersion: 1 }, manager!),
      run(REFUSE, { id, reason: 'WORKLOAD', expectedVersion: 1 }, manager!),
    ]);
    const ok = results.filter((result) => !result.errors);
    expect(ok).toHaveLength(1);
    const failed = results.find((result) => result.errors)!;
    expect(firstError(failed).extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect((await rowOf(subgraph(), id)).version).toBe(2);
  });

  it('refuses a withdrawal once the mission has started', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const seeded = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.ACCEPTED],
      startDate: '2020-01-01',
      endDate: today,
    });
    const id = seeded.applications[0]!.id;
    const error = firstError(await run(WITHDRAW, { id, reason: 'WORKLOAD' }, seeded.applicant()));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(error.message).toMatch(/La mission a commencé le 01\/01\/2020/);
  });
});
