import { seedApprovals, setApprovalsClock } from '@talents/approvals';
import { parisMorning } from '../support/approval-deadlines';
import { errorCodes } from '../support/errors';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';
import { acceptedApplication } from '../support/outcomes';
import { ministryOfIn } from '../support/programme-numbers';

/**
 * Issue 13 item 3 through the gateway: the agent's confirmation of the hours spent writes the
 * credit entries (given by the home administration, received by the host); the programme team and
 * `stats:read` clients read the ledger and the balances summed in SQL, a manager their own
 * administration's balance; a correction is a new entry, and the table refuses any edit.
 */
describe('the credit ledger (issue 13 item 3)', () => {
  const suite = useIntegrityHub({ background: false });
  const { people } = suite;
  const ministryOf = ministryOfIn(suite.demo);
  const year = new Date().getUTCFullYear() + 1;
  afterAll(() => setApprovalsClock(null));

  const LEDGER = `query ($year: Int!, $administrationId: ID) {
    statsCreditLedger(year: $year, administrationId: $administrationId, first: 100) {
      nodes { id applicationId year hours kind reason giver { id name } receiver { id name } }
      pageInfo { hasNextPage }
    }
  }`;
  const BALANCES = `query ($year: Int!, $administrationId: ID) {
    statsCreditBalances(year: $year, administrationId: $administrationId) {
      administration { id } ministry { id name } year hoursGiven hoursReceived balance
    }
  }`;

  interface Entry {
    id: string;
    applicationId: string;
    hours: number;
    kind: string;
    giver: { id: string; name: string };
    receiver: { id: string; name: string };
  }
  interface Balance {
    administration: { id: string };
    ministry: { id: string; name: string };
    hoursGiven: number;
    hoursReceived: number;
    balance: number;
  }

  async function completed(index: number, title: string, hours: number) {
    const accepted = await acceptedApplication(suite, index, title);
    setApprovalsClock(() => parisMorning(nextYear(6, 2)));
    const record =
      'mutation ($id: ID!, $hours: Int!) { recordCompletion(id: $id, hoursSpent: $hours) { id } }';
    expect((await suite.as('host', record, { id: accepted.applicationId, hours })).errors).toBeUndefined();
    const respond = 'mutation ($id: ID!) { respondToCompletion(id: $id, confirmed: true) { agentResponse } }';
    expect(
      (await suite.hub.queryAs(accepted.agent.id, respond, { id: accepted.applicationId })).errors,
    ).toBeUndefined();
    return accepted;
  }

  it('seeds the demo’s outcomes: agreements, confirmed completions, feedback and credit, once', async () => {
    const db = suite.hub.subgraphs.approvals!.db;
    const demoIds = suite.demo.applications.map((application) => application.id);
    const counts = async () =>
      (
        (await db.query(
          `SELECT (SELECT count(*) FROM approvals.agreements WHERE application_id = ANY($1::uuid[]))::int AS agreements,
                  (SELECT count(*) FROM approvals.completions WHERE application_id = ANY($1::uuid[])
                     AND agent_response = 'CONFIRMED')::int AS completions,
                  (SELECT count(*) FROM approvals.completion_feedback WHERE application_id = ANY($1::uuid[]))::int AS feedback,
                  (SELECT coalesce(sum(hours), 0) FROM approvals.credit_ledger WHERE application_id = ANY($1::uuid[]))::int AS credit`,
          [demoIds],
        )) as Array<{ agreements: number; completions: number; feedback: number; credit: number }>
      )[0]!;
    const seeded = await counts();
    // Counted independently from the demo data the hub was seeded with.
    const written = (await db.query(
      'SELECT id, status FROM approvals.applications WHERE id = ANY($1::uuid[])',
      [demoIds],
    )) as Array<{ id: string; status: string }>;
    const completedIds = new Set(written.filter((row) => row.status === 'COMPLETED').map((row) => row.id));
    const held = written.filter((row) => row.status === 'ACCEPTED' || row.status === 'COMPLETED').length;
    expect(seeded.agreements).toBe(held);
    expect(seeded.completions).toBe(completedIds.size);
    expect(completedIds.size).toBeGreaterThan(0);
    expect(seeded.feedback).toBeGreaterThanOrEqual(completedIds.size);
    const hoursOfCompleted = suite.demo.applications
      .filter((application) => completedIds.has(application.id))
      .reduce((sum, application) => sum + application.proposedHours, 0);
    expect(seeded.credit).toBe(hoursOfCompleted);
    // Seeding again writes nothing more.
    await seedApprovals(db, suite.demo);
    expect(await counts()).toEqual(seeded);
  });

  it('credits the confirmed hours, sums the balances, and corrects by a new entry only', async () => {
    const hostAdministrationId = people.hostOf.get(people.host.id)![0]!;
    const { agent, applicationId } = await completed(56, 'Revue de code d’un service public', 7);

    const ledger = await suite.as<{ statsCreditLedger: { nodes: Entry[] } }>('admin', LEDGER, { year });
    expect(ledger.errors).toBeUndefined();
    const entries = ledger.data!.statsCreditLedger.nodes.filter(
      (entry) => entry.applicationId === applicationId,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        hours: 7,
        kind: 'COMPLETION',
        giver: expect.objectContaining({ id: agent.administrationId }),
        receiver: expect.objectContaining({ id: hostAdministrationId }),
      }),
    ]);
    expect(entries[0]!.giver.name.length).toBeGreaterThan(0);

    // Balances: summed in SQL, checked against the entries read one by one.
    const page = (
      await suite.as<{ statsCreditLedger: { nodes: Entry[]; pageInfo: { hasNextPage: boolean } } }>(
        'admin',
        LEDGER,
        {
          year,
        },
      )
    ).data!.statsCreditLedger;
    expect(page.pageInfo.hasNextPage).toBe(false);
    const all = page.nodes;
    const expected = new Map<string, { given: number; received: number }>();
    for (const entry of all) {
      const giver = expected.get(entry.giver.id) ?? { given: 0, received: 0 };
      giver.given += entry.hours;
      expected.set(entry.giver.id, giver);
      const receiver = expected.get(entry.receiver.id) ?? { given: 0, received: 0 };
      receiver.received += entry.hours;
      expected.set(entry.receiver.id, receiver);
    }
    const balances = (await suite.as<{ statsCreditBalances: Balance[] }>('admin', BALANCES, { year })).data!
      .statsCreditBalances;
    expect(
      Object.fromEntries(
        balances.map((row) => [
          row.administration.id,
          { given: row.hoursGiven, received: row.hoursReceived },
        ]),
      ),
    ).toEqual(Object.fromEntries(expected));
    for (const row of balances) expect(row.balance).toBe(row.hoursGiven - row.hoursReceived);
    // Each administration's ministry: the top of its chain of parents in the referential.
    for (const row of balances) {
      expect([row.administration.id, row.ministry.id]).toEqual([
        row.administration.id,
        ministryOf(row.administration.id),
      ]);
      expect(row.ministry.name.length).toBeGreaterThan(0);
    }

    // A stats:read client reads them; a client without the scope does not; a plain agent neither.
    expect((await suite.as('clientAll', BALANCES, { year })).errors).toBeUndefined();
    expect(errorCodes(await suite.as('client', BALANCES, { year }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await suite.hub.queryAs(agent.id, BALANCES, { year }))).toEqual(['FORBIDDEN']);
    // The refusal keeps the rest of the answer.
    const partial = await suite.hub.queryAs<{ statsCreditBalances: null; me: { id: string } }>(
      agent.id,
      'query ($year: Int!) { statsCreditBalances(year: $year) { balance } me { id } }',
      { year },
    );
    expect(partial.data).toEqual({ statsCreditBalances: null, me: { id: agent.id } });
    // The agent's manager sees their own administration's balance, and no other.
    const manager = people.plainAgents.find((candidate) => candidate.id === agent.id)!.managerId!;
    const managerAdministration = suite.demo.agents.find(
      (candidate) => candidate.id === manager,
    )!.administrationId;
    const own = await suite.hub.queryAs<{ statsCreditBalances: Balance[] }>(manager, BALANCES, { year });
    expect(own.errors).toBeUndefined();
    expect(
      own.data!.statsCreditBalances.every((row) => row.administration.id === managerAdministration),
    ).toBe(true);
    const other = balances.find((row) => row.administration.id !== managerAdministration)!;
    expect(
      errorCodes(
        await suite.hub.queryAs(manager, BALANCES, { year, administrationId: other.administration.id }),
      ),
    ).toEqual(['FORBIDDEN']);

    // A correction is a new entry; the entries themselves never change.
    const correct = `mutation ($id: ID!) { correctCreditEntry(entryId: $id, hours: -2, reason: "Deux heures comptées deux fois") { hours kind reason } }`;
    expect(errorCodes(await suite.hub.queryAs(agent.id, correct, { id: entries[0]!.id }))).toEqual([
      'FORBIDDEN',
    ]);
    const corrected = await suite.as<{ correctCreditEntry: { hours: number; kind: string } }>(
      'admin',
      correct,
      {
        id: entries[0]!.id,
      },
    );
    expect(corrected.data!.correctCreditEntry).toEqual({
      hours: -2,
      kind: 'CORRECTION',
      reason: 'Deux heures comptées deux fois',
    });
    const after = (
      await suite.as<{ statsCreditBalances: Balance[] }>('admin', BALANCES, {
        year,
        administrationId: hostAdministrationId,
      })
    ).data!.statsCreditBalances[0]!;
    const before = balances.find((row) => row.administration.id === hostAdministrationId)!;
    expect(after.hoursReceived).toBe(before.hoursReceived - 2);
    await expect(
      suite.hub.subgraphs.approvals!.db.query(
        'UPDATE approvals.credit_ledger SET hours = 100 WHERE id = $1',
        [entries[0]!.id],
      ),
    ).rejects.toThrow(/append-only/);
  });
});
