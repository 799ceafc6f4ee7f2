import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus } from '@talents/common';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { MOTIVATION, publishMission } from './fixtures';
import { nextYear } from '../../../test/support/mission-input';
import { approvalsSubgraphOfFile, HOST, NEXT_YEAR, seedCase, SET_BUDGET } from './workflow-fixtures';

/** Issue 12 items 2 and 5 on the approvals subgraph: the manager's inbox, apply's idempotency key. */
const subgraph = approvalsSubgraphOfFile();

const INBOX = `
  query ($id: ID!) {
    _entities(representations: [{ __typename: "Agent", id: $id }]) {
      ... on Agent {
        approvalInbox {
          application { id status version }
          agent { id }
          mission { id }
          hoursAsked budgetYear remainingHours programmeQueue
        }
      }
    }
  }
`;

interface InboxItem {
  application: { id: string; status: string; version: number };
  agent: { id: string };
  mission: { id: string };
  hoursAsked: number;
  budgetYear: number;
  remainingHours: number;
  programmeQueue: boolean;
}

async function inboxOf(agentId: string, as = agentViewer(agentId)) {
  const response = await subgraph().query<{ _entities: Array<{ approvalInbox: InboxItem[] | null }> }>(
    INBOX,
    { id: agentId },
    as,
  );
  return { items: response.data?._entities[0]?.approvalInbox ?? null, errors: response.errors };
}

describe('Agent.approvalInbox', () => {
  it('lists the submitted applications of the manager’s reports with hours asked and budget left', async () => {
    const seeded = await seedCase(subgraph(), {
      statuses: [
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.MANAGER_APPROVED,
        ApplicationStatus.SUBMITTED,
      ],
      proposedHours: 12,
    });
    const firstAgent = seeded.applications[0]!.agentId;
    await subgraph().query(SET_BUDGET, { agentId: firstAgent, year: NEXT_YEAR, hours: 50 }, seeded.manager!);
    const { items, errors } = await inboxOf(seeded.managerId!);
    expect(errors).toBeUndefined();
    expect(items).toEqual([
      {
        application: { id: seeded.applications[0]!.id, status: 'SUBMITTED', version: 1 },
        agent: { id: firstAgent },
        mission: { id: seeded.mission.id },
        hoursAsked: 12,
        budgetYear: NEXT_YEAR,
        remainingHours: 50,
        programmeQueue: false,
      },
      expect.objectContaining({
        application: expect.objectContaining({ id: seeded.applications[2]!.id }),
        remainingHours: 70,
      }),
    ]);
  });

  it('is refused to anyone but the manager and the programme team', async () => {
    const seeded = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED] });
    for (const viewer of [seeded.applicant(), HOST]) {
      const { items, errors } = await inboxOf(seeded.managerId!, viewer);
      expect(items).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'approvalInbox' });
    }
    expect((await inboxOf(seeded.managerId!, TEST_ADMIN)).items).toHaveLength(1);
  });

  it('shows the programme team, in its own inbox, the requests of agents without a manager', async () => {
    const orphan = await seedCase(subgraph(), { statuses: [ApplicationStatus.SUBMITTED], managerId: null });
    const { items } = await inboxOf(TEST_ADMIN.agentId!, TEST_ADMIN);
    const mine = items!.find((item) => item.application.id === orphan.applications[0]!.id);
    expect(mine).toMatchObject({ programmeQueue: true, hoursAsked: 10 });
    // An ordinary manager's inbox never holds the programme's queue.
    const other = randomUUID();
    expect((await inboxOf(other)).items).toEqual([]);
  });
});

describe('Agent.timeBudget', () => {
  const BUDGET = `
    query ($id: ID!, $year: Int!) {
      _entities(representations: [{ __typename: "Agent", id: $id }]) {
        ... on Agent { timeBudget(year: $year) { annualHours committedHours remainingHours customised } }
      }
    }
  `;

  it('counts the hours of the demo’s accepted applications, seeded as an acceptance commits them', async () => {
    const seeded = await seedCase(subgraph(), {
      statuses: [ApplicationStatus.ACCEPTED, ApplicationStatus.SUBMITTED],
      proposedHours: 15,
    });
    const agentId = seeded.applications[0]!.agentId;
    const read = await subgraph().query<{ _entities: Array<{ timeBudget: Record<string, unknown> }> }>(
      BUDGET,
      { id: agentId, year: NEXT_YEAR },
      seeded.applicant(0),
    );
    expect(read.data?._entities[0]?.timeBudget).toEqual({
      annualHours: 70,
      committedHours: 15,
      remainingHours: 55,
      customised: false,
    });
    const stranger = await subgraph().query(BUDGET, { id: agentId, year: NEXT_YEAR }, HOST);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'timeBudget' });
  });
});

describe('apply with an idempotency key', () => {
  const APPLY = `
    mutation ($input: ApplyInput!) { apply(input: $input) { id status mission { id } } }
  `;

  it('returns the same application to a retry, concurrent or not, and never files a duplicate', async () => {
    const mission = await publishMission(subgraph(), { applicationDeadline: nextYear(1, 31) });
    const agent = agentViewer(randomUUID(), { administrationId: 'adm-a' });
    const input = {
      missionId: mission.id,
      motivation: MOTIVATION,
      proposedHours: 5,
      idempotencyKey: 'essai-1',
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => subgraph().query<{ apply: { id: string } }>(APPLY, { input }, agent)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((result) => result.data!.apply.id));
    expect(ids.size).toBe(1);
    const again = await subgraph().query<{ apply: { id: string } }>(APPLY, { input }, agent);
    expect(again.data!.apply.id).toBe([...ids][0]);
    const rows = (await subgraph().db.query(
      'SELECT count(*)::integer AS count FROM approvals.applications WHERE agent_id = $1',
      [agent.agentId],
    )) as Array<{ count: number }>;
    expect(rows[0]!.count).toBe(1);
  });

  it('refuses the same key for another mission (CONFLICT on input.idempotencyKey), and a second apply without key stays a duplicate (CONFLICT)', async () => {
    const first = await publishMission(subgraph(), { applicationDeadline: nextYear(1, 31) });
    const second = await publishMission(subgraph(), { applicationDeadline: nextYear(1, 31) });
    const agent = agentViewer(randomUUID(), { administrationId: 'adm-a' });
    const base = { motivation: MOTIVATION, proposedHours: 5, idempotencyKey: 'clé-unique' };
    expect(
      (await subgraph().query(APPLY, { input: { ...base, missionId: first.id } }, agent)).errors,
    ).toBeUndefined();
    const reused = await subgraph().query(APPLY, { input: { ...base, missionId: second.id } }, agent);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
    expect(reused.errors?.[0]?.message).toMatch(/clé d’idempotence a déjà servi/);
    const withoutKey = await subgraph().query(
      APPLY,
      { input: { motivation: MOTIVATION, proposedHours: 5, missionId: first.id } },
      agent,
    );
    expect(withoutKey.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const tooLong = await subgraph().query(
      APPLY,
      { input: { ...base, missionId: second.id, idempotencyKey: 'x'.repeat(101) } },
      agent,
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });
});
