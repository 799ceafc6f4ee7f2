import {
  addWorkingDays,
  approvalSchedule,
  approvalsSubgraph,
  isWorkingDay,
  setApprovalsClock,
  startApprovalsScheduler,
  sweepApprovalDeadlines,
} from '@talents/approvals';
import { startSubgraph, todayInParis, type StartedSubgraph } from '@talents/common';
import {
  apply,
  APPROVE,
  auditOf,
  expectRefusal,
  inboxOf,
  parisMorning,
  publishedMission,
  statusOf,
} from '../support/approval-deadlines';
import { eventually } from '../support/eventually';
import { useIntegrityHub } from '../support/integrity';

describe('French working days (APPROVAL_DEADLINE_DAYS)', () => {
  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-04-30')).toBe(true); // Thursday
    expect(isWorkingDay('2026-05-01')).toBe(false); // Fête du travail, a Friday
    expect(isWorkingDay('2026-05-02')).toBe(false); // Saturday
    expect(isWorkingDay('2026-05-03')).toBe(false); // Sunday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension
    expect(isWorkingDay('2026-05-24')).toBe(false); // Pentecost Sunday (an observance, and a Sunday)
    expect(isWorkingDay('2026-05-25')).toBe(false); // Lundi de Pentecôte
  });

  it('counts from the day after filing, across a weekend and a public holiday', () => {
    // Wednesday 29 April: Thu 30 (1), [Fri 1 May holiday, weekend], Mon 4 (2), Tue 5 (3), Wed 6 (4), Thu 7 (5).
    expect(addWorkingDays('2026-04-29', 5)).toBe('2026-05-07');
    expect(approvalSchedule('2026-04-29', 5)).toEqual({ deadline: '2026-05-07', halfTimeOn: '2026-05-05' });
    // Monday 4 May: Tue 5, Wed 6, Thu 7, [Fri 8 May holiday, weekend], Mon 11, Tue 12.
    expect(addWorkingDays('2026-05-04', 5)).toBe('2026-05-12');
    // Filed on a Saturday: the first working day is the Monday.
    expect(addWorkingDays('2026-05-02', 1)).toBe('2026-05-04');
    // Across the year: 31 December 2026 (Thursday), [1 January holiday, weekend] → Monday 4 January.
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });
});

/**
 * The manager's deadline through the gateway: the application and the inbox show it, the sweep
 * (by a clock the test moves, never a sleep) sends each reminder once and then expires the
 * application as the system, through the state machine, audited and announced; two approvals
 * replicas sweeping at once do it exactly once; a restarted scheduler catches up at once.
 */
describe('the approval deadline: reminders and expiry (issue 12)', () => {
  // The sweep runs here on the test's clock only, never on its own with the real one.
  const suite = useIntegrityHub({ background: false });
  const { people } = suite;
  let replica2: StartedSubgraph | undefined;

  afterAll(async () => {
    setApprovalsClock(null);
    await replica2?.stop();
  });

  const db = () => suite.hub.subgraphs.approvals!.db;
  const at = (day: string) => setApprovalsClock(() => parisMorning(day));

  function applicant(offset: number) {
    const agent = people.plainAgents[8 + offset];
    if (!agent?.managerId) throw new Error('trop peu d’agents ordinaires');
    return { id: agent.id, managerId: agent.managerId };
  }

  async function reminders(id: string) {
    const recorded = (await db().query(
      'SELECT kind, deadline::text AS deadline FROM approvals.approval_reminders WHERE application_id = $1 ORDER BY kind',
      [id],
    )) as Array<{ kind: string; deadline: string }>;
    // The events themselves, wherever pg-boss keeps them (waiting, done, or archived).
    const events = (await db().query(
      `SELECT data->'payload' AS payload FROM pgboss.job
        WHERE name = 'approvals__approval_reminder' AND data->>'key' = $1
       UNION ALL
       SELECT data->'payload' FROM pgboss.archive
        WHERE name = 'approvals__approval_reminder' AND data->>'key' = $1`,
      [id],
    )) as Array<{ payload: Record<string, unknown> }>;
    return { recorded, events: events.map(({ payload }) => payload) };
  }

  async function expiryEvents(id: string): Promise<number> {
    const [row] = (await db().query(
      `SELECT count(*)::int AS n FROM (
         SELECT data FROM pgboss.job WHERE name = 'profiles__application_changed'
         UNION ALL SELECT data FROM pgboss.archive WHERE name = 'profiles__application_changed'
       ) j WHERE j.data->>'key' = $1 AND j.data->'payload'->>'status' = 'EXPIRED'`,
      [id],
    )) as Array<{ n: number }>;
    return row!.n;
  }

  it('shows the deadline, reminds once at half-time and on the last day, then expires as the system', async () => {
    const missionId = await publishedMission(suite, 'Revue de la documentation d’une API');
    const { id: agentId, managerId } = applicant(0);
    at('2026-04-29');
    const application = await apply(suite, agentId, missionId);
    expect(application).toMatchObject({ status: 'SUBMITTED', deadline: '2026-05-07' });
    expect((await inboxOf(suite, managerId)).find((item) => item.application.id === application.id)).toEqual({
      application: { id: application.id },
      deadline: '2026-05-07',
      programmeQueue: false,
      onBehalfOf: null,
    });

    // Before half-time: nothing.
    at('2026-05-04');
    await sweepApprovalDeadlines(db());
    expect((await reminders(application.id)).recorded).toEqual([]);
    // The demo's pending requests got theirs at the seed, counted from the seed's day (wall clock).
    const seeded = (await db().query(
      `SELECT DISTINCT deadline::text AS deadline FROM approvals.applications
        WHERE status = 'SUBMITTED' AND id <> $1`,
      [application.id],
    )) as Array<{ deadline: string | null }>;
    expect(seeded).toEqual([{ deadline: approvalSchedule(todayInParis()).deadline }]);

    // Half-time (Tuesday 5 May), swept three times: one reminder.
    at('2026-05-05');
    for (let sweep = 0; sweep < 3; sweep += 1) await sweepApprovalDeadlines(db());
    expect(await reminders(application.id)).toEqual({
      recorded: [{ kind: 'HALF_TIME', deadline: '2026-05-07' }],
      events: [
        {
          applicationId: application.id,
          managerAgentId: managerId,
          deadline: '2026-05-07',
          kind: 'HALF_TIME',
          version: expect.any(String),
        },
      ],
    });

    // The last day: one more, of the other kind; the manager may still answer that day.
    at('2026-05-07');
    await sweepApprovalDeadlines(db());
    await sweepApprovalDeadlines(db());
    const lastDay = await reminders(application.id);
    expect(lastDay.recorded.map((row) => row.kind)).toEqual(['HALF_TIME', 'LAST_DAY']);
    expect(lastDay.events.map((event) => event.kind).sort()).toEqual(['HALF_TIME', 'LAST_DAY']);
    expect(await statusOf(suite, application.id)).toBe('SUBMITTED');

    // The day after: expired, by the system, through the state machine, audited and announced.
    at('2026-05-08');
    await sweepApprovalDeadlines(db());
    await sweepApprovalDeadlines(db());
    expect(await statusOf(suite, application.id)).toBe('EXPIRED');
    const audit = await auditOf(suite, application.id, 'application.expire');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_kind: 'system', after: { status: 'EXPIRED', version: 2 } });
    expect(await expiryEvents(application.id)).toBe(1);
    expect(await reminders(application.id)).toMatchObject({ recorded: [{}, {}] });
    expect((await inboxOf(suite, managerId)).map((item) => item.application.id)).not.toContain(
      application.id,
    );

    // Too late for the manager: CONFLICT, nothing changes.
    const late = await suite.hub.queryAs(managerId, APPROVE, { id: application.id });
    expectRefusal(late, 'CONFLICT', 'id');
    expect(late.errors![0]!.message).toMatch(/expirée/);
    expect(await statusOf(suite, application.id)).toBe('EXPIRED');
  });

  it('refuses a decision past the deadline even before the sweep came by', async () => {
    const missionId = await publishedMission(suite, 'Atelier d’idéation sur un téléservice');
    const { id: agentId, managerId } = applicant(1);
    at('2026-06-01');
    const application = await apply(suite, agentId, missionId);
    // Monday 1 June: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8.
    expect(application.deadline).toBe('2026-06-08');
    at('2026-06-09');
    const late = await suite.hub.queryAs(managerId, APPROVE, { id: application.id });
    expectRefusal(late, 'CONFLICT', 'deadline');
    expect(late.errors![0]!.message).toMatch(/délai de réponse .* est passé \(08\/06\/2026\)/);
    expect(await statusOf(suite, application.id)).toBe('SUBMITTED');
    await sweepApprovalDeadlines(db());
    expect(await statusOf(suite, application.id)).toBe('EXPIRED');
  });

  it('with two approvals replicas sweeping at once: one reminder of each kind and one expiry', async () => {
    replica2 = await startSubgraph(approvalsSubgraph, {
      databaseUrl: suite.hub.databaseUrl,
      gatewayKeys: { jwks: suite.hub.keys.publicJwks },
      background: false,
    });
    const both = [db(), replica2.db];
    const missionId = await publishedMission(suite, 'Audit de sécurité d’une application');
    const filed = [];
    at('2026-09-01'); // Tuesday: half-time Fri 4, deadline Tue 8 September.
    for (let offset = 2; offset < 6; offset += 1) {
      filed.push(await apply(suite, applicant(offset).id, missionId));
    }
    const ids = filed.map((application) => application.id);
    const sweepTogether = () =>
      Promise.all([...both, ...both].map((replica) => sweepApprovalDeadlines(replica)));

    for (const [day, kind] of [
      ['2026-09-04', 'HALF_TIME'],
      ['2026-09-08', 'LAST_DAY'],
    ] as const) {
      at(day);
      await sweepTogether();
      for (const id of ids) {
        const { recorded, events } = await reminders(id);
        expect(recorded.filter((row) => row.kind === kind)).toHaveLength(1);
        expect(events.filter((event) => event.kind === kind)).toHaveLength(1);
      }
    }

    at('2026-09-09');
    const results = await sweepTogether();
    // Every expiry done by exactly one of the four sweeps.
    expect(results.reduce((sum, result) => sum + result.expired, 0)).toBeGreaterThanOrEqual(ids.length);
    for (const id of ids) {
      expect(await statusOf(suite, id)).toBe('EXPIRED');
      expect(await auditOf(suite, id, 'application.expire')).toHaveLength(1);
      expect(await expiryEvents(id)).toBe(1);
    }
  });

  it('catches up at once when a stopped scheduler starts again', async () => {
    const missionId = await publishedMission(suite, 'Transfert de compétences en accessibilité');
    at('2026-10-05');
    const application = await apply(suite, applicant(6).id, missionId);
    expect(application.deadline).toBe('2026-10-12');
    // The hub was down past the deadline; on start the scheduler's first sweep runs at once.
    at('2026-10-20');
    const scheduler = startApprovalsScheduler({ db: db(), intervalSeconds: 3_600 });
    try {
      expect(
        await eventually(
          () => statusOf(suite, application.id),
          (status) => status === 'EXPIRED',
        ),
      ).toBe('EXPIRED');
    } finally {
      await scheduler.stop();
    }
    // Reminders are not sent late once the deadline has passed.
    expect((await reminders(application.id)).recorded).toEqual([]);
  });
});
