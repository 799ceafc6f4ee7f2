import { randomUUID } from 'node:crypto';
import {
  agentViewer,
  ApplicationStatus,
  consumersOf,
  MissionStatus,
  type DomainEvent,
} from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import {
  applicationChangedEvent,
  applicationsSnapshot,
  applyAgentChanged,
  applyMissionChanged,
  approvalsSubgraph,
  seedApprovals,
  type AgentChangedPayload,
  type MissionChangedPayload,
} from '../src';
import { SEED_PROJECTION_VERSION } from '../src/seed';
import {
  auditRows,
  demoAgent,
  demoApplication,
  demoData,
  demoMission,
  eventually,
  MOTIVATION,
  projectAgent,
  publishMission,
} from './fixtures';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

function later(version: string, seconds: number): string {
  return new Date(Date.parse(version) + seconds * 1000).toISOString();
}

interface MissionRow {
  host_administration_id: string;
  status: string;
  seats: number;
  restricted_to: string[];
  version: Date;
}

async function missionRow(id: string): Promise<MissionRow | undefined> {
  const rows = (await subgraph.db.query(
    `SELECT host_administration_id, status, seats, restricted_to, version
       FROM approvals.mission_projection WHERE mission_id = $1`,
    [id],
  )) as MissionRow[];
  return rows[0];
}

interface AgentRow {
  administration_id: string | null;
  manager_id: string | null;
  erased: boolean;
  version: Date;
}

async function agentRow(id: string): Promise<AgentRow | undefined> {
  const rows = (await subgraph.db.query(
    'SELECT administration_id, manager_id, erased, version FROM approvals.agent_projection WHERE agent_id = $1',
    [id],
  )) as AgentRow[];
  return rows[0];
}

describe('applyMissionChanged', () => {
  it('inserts the mission, and replaying the same event changes nothing', async () => {
    const event = await publishMission(subgraph, {
      hostAdministrationId: 'dinum',
      seats: 4,
      restrictedTo: ['dinum', 'dgfip', 'dinum'],
    });
    const first = await missionRow(event.id);
    expect(first).toEqual({
      host_administration_id: 'dinum',
      status: 'PUBLISHED',
      seats: 4,
      restricted_to: ['dinum', 'dgfip'],
      version: new Date(event.version),
    });
    await subgraph.db.transaction((manager) => applyMissionChanged(event, manager));
    expect(await missionRow(event.id)).toEqual(first);
  });

  it('takes a newer version and ignores an older one arriving late', async () => {
    const event = await publishMission(subgraph, { seats: 2 });
    const newer = { ...event, seats: 5, status: MissionStatus.FILLED, version: later(event.version, 10) };
    const stale = { ...event, seats: 9, status: MissionStatus.CLOSED, version: later(event.version, 5) };
    await subgraph.db.transaction((manager) => applyMissionChanged(newer, manager));
    await subgraph.db.transaction((manager) => applyMissionChanged(stale, manager));
    expect(await missionRow(event.id)).toMatchObject({
      seats: 5,
      status: 'FILLED',
      version: new Date(newer.version),
    });
  });

  it('normalises an upper-case mission id', async () => {
    const id = randomUUID();
    await publishMission(subgraph, { id: id.toUpperCase() });
    expect(await missionRow(id)).toBeDefined();
  });

  it.each([
    ['a malformed id', { id: 'pas-un-uuid' }],
    ['no host', { hostAdministrationId: '' }],
    ['negative seats', { seats: -1 }],
    ['a bad version', { version: 'hier' }],
    ['restrictions that are not texts', { restrictedTo: [1, 2] }],
  ])('rejects an event with %s and writes nothing', async (_label, overrides) => {
    const payload = {
      id: randomUUID(),
      hostAdministrationId: 'dinum',
      status: 'PUBLISHED',
      seats: 1,
      restrictedTo: [],
      version: new Date().toISOString(),
      ...overrides,
    } as MissionChangedPayload;
    await expect(subgraph.db.transaction((manager) => applyMissionChanged(payload, manager))).rejects.toThrow(
      /Malformed mission.changed event/,
    );
    if (payload.id !== 'pas-un-uuid') expect(await missionRow(payload.id)).toBeUndefined();
  });
});

describe('applyAgentChanged', () => {
  it('inserts the agent, is idempotent, takes newer versions and ignores older ones', async () => {
    const managerId = randomUUID();
    const event = await projectAgent(subgraph, { administrationId: 'dinum', managerId });
    expect(await agentRow(event.id)).toEqual({
      administration_id: 'dinum',
      manager_id: managerId,
      erased: false,
      version: new Date(event.version),
    });
    await subgraph.db.transaction((manager) => applyAgentChanged(event, manager));
    expect((await agentRow(event.id))?.manager_id).toBe(managerId);

    const newManager = randomUUID();
    await projectAgent(subgraph, { ...event, managerId: newManager, version: later(event.version, 10) });
    await projectAgent(subgraph, { ...event, managerId: randomUUID(), version: later(event.version, 5) });
    expect(await agentRow(event.id)).toMatchObject({ manager_id: newManager, administration_id: 'dinum' });

    await projectAgent(subgraph, {
      ...event,
      managerId: null,
      administrationId: null,
      version: later(event.version, 20),
    });
    expect(await agentRow(event.id)).toMatchObject({ manager_id: null, administration_id: null });
  });

  it('rejects a malformed manager id', async () => {
    const payload = {
      id: randomUUID(),
      administrationId: 'dinum',
      managerId: 'chef',
      erased: false,
      version: new Date().toISOString(),
    } as AgentChangedPayload;
    await expect(subgraph.db.transaction((manager) => applyAgentChanged(payload, manager))).rejects.toThrow(
      /managerId is not a UUID/,
    );
    expect(await agentRow(payload.id)).toBeUndefined();
  });
});

describe('erasure (agent.changed with erased)', () => {
  interface ApplicationRow {
    id: string;
    agent_id: string;
    mission_id: string;
    motivation: string;
    proposed_hours: number;
    status: string;
    reason: string | null;
    reason_text: string | null;
    created_at: Date;
    updated_at: Date;
    erased_at: Date | null;
  }

  async function applicationsOf(agentId: string): Promise<ApplicationRow[]> {
    return (await subgraph.db.query(
      `SELECT id, agent_id, mission_id, motivation, proposed_hours, status, reason, reason_text,
              created_at, updated_at, erased_at
         FROM approvals.applications WHERE agent_id = $1 ORDER BY id`,
      [agentId],
    )) as ApplicationRow[];
  }

  /** An agent with one live application and one withdrawn with a free-text reason, through the API. */
  async function agentWithHistory() {
    const agent = await projectAgent(subgraph);
    const viewer = agentViewer(agent.id, { administrationId: 'adm-a' });
    const ids: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const mission = await publishMission(subgraph);
      const response = await subgraph.query<{ apply: { id: string } }>(
        `mutation Apply($input: ApplyInput!) { apply(input: $input) { id } }`,
        { input: { missionId: mission.id, motivation: MOTIVATION, proposedHours: 6 } },
        viewer,
      );
      expect(response.errors).toBeUndefined();
      ids.push(response.data!.apply.id);
    }
    const withdrawn = await subgraph.query(
      `mutation W($id: ID!) { withdrawApplication(id: $id, reason: OTHER, reasonText: "Mutation en cours.") { id } }`,
      { id: ids[1] },
      viewer,
    );
    expect(withdrawn.errors).toBeUndefined();
    return { agent, viewer, ids };
  }

  it('blanks the agent’s free text, keeps the history and redacts the audit log', async () => {
    const { agent, viewer, ids } = await agentWithHistory();
    const other = await agentWithHistory();
    const before = await applicationsOf(agent.id);
    expect(before.map((row) => row.motivation)).toEqual([MOTIVATION, MOTIVATION]);
    expect(before.some((row) => row.reason_text === 'Mutation en cours.')).toBe(true);
    expect((await auditRows(subgraph, 'subject_agent_id = $1', [agent.id])).length).toBeGreaterThanOrEqual(3);

    await projectAgent(subgraph, { ...agent, erased: true, version: later(agent.version, 60) });

    const after = await applicationsOf(agent.id);
    expect(after).toHaveLength(2);
    after.forEach((row, index) => {
      const previous = before[index]!;
      expect(row).toEqual({
        ...previous,
        motivation: '',
        reason_text: null,
        erased_at: expect.any(Date),
      });
    });
    expect(after.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(after.map((row) => row.status).sort()).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(await agentRow(agent.id)).toMatchObject({ erased: true });

    const audit = await auditRows(subgraph, 'subject_agent_id = $1', [agent.id]);
    expect(audit.length).toBeGreaterThanOrEqual(3);
    for (const row of audit) {
      expect(row.before === null || JSON.stringify(row.before) === '{"effacé":true}').toBe(true);
      expect(row.after === null || JSON.stringify(row.after) === '{"effacé":true}').toBe(true);
      expect(JSON.stringify(row)).not.toContain(MOTIVATION);
    }
    // Who did what and when stays.
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['application.submit', 'application.withdraw']),
    );

    // Nobody else is touched.
    expect((await applicationsOf(other.agent.id)).every((row) => row.motivation === MOTIVATION)).toBe(true);
    const otherAudit = await auditRows(subgraph, 'subject_agent_id = $1 AND after IS NOT NULL', [
      other.agent.id,
    ]);
    expect(otherAudit.every((row) => row.after?.motivation === MOTIVATION)).toBe(true);

    // The export and the API show the blanked text.
    const data = await subgraph.query<{ _entities: Array<{ approvalsData: { applications: unknown[] } }> }>(
      `query D($r: [_Any!]!) { _entities(representations: $r) { ... on Agent { approvalsData } } }`,
      { r: [{ __typename: 'Agent', id: agent.id }] },
      viewer,
    );
    expect(JSON.stringify(data.data!._entities[0]!.approvalsData)).not.toContain(MOTIVATION);
    expect(JSON.stringify(data.data!._entities[0]!.approvalsData)).not.toContain('Mutation en cours.');
  });

  it('is idempotent, and erases even when the erasing event arrives after a newer one', async () => {
    const { agent } = await agentWithHistory();
    const erased = { ...agent, erased: true, version: later(agent.version, 30) };
    // A newer, non-erased copy came first (out of order): the erasure must still happen and stick.
    await projectAgent(subgraph, { ...agent, version: later(agent.version, 60) });
    await projectAgent(subgraph, erased);
    const once = await applicationsOf(agent.id);
    expect(once.every((row) => row.motivation === '' && row.erased_at !== null)).toBe(true);
    await projectAgent(subgraph, erased);
    expect(await applicationsOf(agent.id)).toEqual(once);
    await projectAgent(subgraph, { ...agent, erased: false, version: later(agent.version, 90) });
    expect(await agentRow(agent.id)).toMatchObject({ erased: true });
  });

  it('keeps the content rules for rows not erased', async () => {
    const [row] = await applicationsOf((await agentWithHistory()).agent.id);
    await expect(
      subgraph.db.query(`UPDATE approvals.applications SET motivation = '' WHERE id = $1`, [row!.id]),
    ).rejects.toMatchObject({ driverError: { constraint: 'applications_motivation_check' } });
    await expect(
      subgraph.db.query(`UPDATE approvals.applications SET erased_at = now() WHERE id = $1`, [row!.id]),
    ).rejects.toMatchObject({ driverError: { constraint: 'applications_erased_check' } });
  });
});

describe('through the event bus', () => {
  it('consumes mission.changed and agent.changed from their queues', async () => {
    const missionId = randomUUID();
    const agentId = randomUUID();
    const version = new Date().toISOString();
    const mission: DomainEvent<MissionChangedPayload> = {
      type: 'mission.changed',
      key: missionId,
      payload: {
        id: missionId,
        hostAdministrationId: 'dinum',
        status: 'PUBLISHED',
        seats: 2,
        restrictedTo: [],
        version,
      },
    };
    const agent: DomainEvent<AgentChangedPayload> = {
      type: 'agent.changed',
      key: agentId,
      payload: { id: agentId, administrationId: 'dgfip', managerId: null, erased: false, version },
    };
    const events: Array<DomainEvent<object>> = [mission, agent];
    // One job per consumer of each event (agent.changed also reaches missions).
    expect(await subgraph.events.publishDetached(events)).toBe(
      consumersOf('mission.changed').length + consumersOf('agent.changed').length,
    );
    expect(
      await eventually(
        () => missionRow(missionId),
        (row) => row !== undefined,
      ),
    ).toMatchObject({ host_administration_id: 'dinum', seats: 2 });
    expect(
      await eventually(
        () => agentRow(agentId),
        (row) => row !== undefined,
      ),
    ).toMatchObject({ administration_id: 'dgfip' });
  });
});

describe('seedApprovals', () => {
  it('fills both projections from the demo data and the host administration of each application', async () => {
    const manager = demoAgent({ administrationId: 'dinum' });
    const agent = demoAgent({ administrationId: 'dinum', managerId: manager.id });
    const mission = demoMission({
      hostAdministrationId: 'dgfip',
      status: MissionStatus.FILLED,
      seats: 2,
      restrictedToAdministrationIds: ['dgfip', 'dinum'],
    });
    const open = demoMission({ hostAdministrationId: 'insee' });
    const application = demoApplication({ agentId: agent.id, missionId: mission.id });
    await seedApprovals(
      subgraph.db,
      demoData({ agents: [manager, agent], missions: [mission, open], applications: [application] }),
    );

    expect(await missionRow(mission.id)).toEqual({
      host_administration_id: 'dgfip',
      status: 'FILLED',
      seats: 2,
      restricted_to: ['dgfip', 'dinum'],
      version: new Date(SEED_PROJECTION_VERSION),
    });
    expect((await missionRow(open.id))?.restricted_to).toEqual([]);
    expect(await agentRow(agent.id)).toMatchObject({
      administration_id: 'dinum',
      manager_id: manager.id,
      erased: false,
    });
    expect(await agentRow(manager.id)).toMatchObject({ manager_id: null });
    const rows = (await subgraph.db.query(
      'SELECT host_administration_id FROM approvals.applications WHERE id = $1',
      [application.id],
    )) as Array<{ host_administration_id: string }>;
    expect(rows[0]?.host_administration_id).toBe('dgfip');
  });

  it('is idempotent and never sets back a projection that events brought up to date', async () => {
    const mission = demoMission({ seats: 3 });
    const agent = demoAgent({ managerId: null });
    const data = demoData({ agents: [agent], missions: [mission] });
    await seedApprovals(subgraph.db, data);
    await seedApprovals(subgraph.db, data);
    const count = (await subgraph.db.query(
      'SELECT count(*)::int AS count FROM approvals.mission_projection WHERE mission_id = $1',
      [mission.id],
    )) as Array<{ count: number }>;
    expect(count[0]?.count).toBe(1);

    await publishMission(subgraph, { id: mission.id, hostAdministrationId: 'adm-host', seats: 7 });
    await seedApprovals(subgraph.db, data);
    expect(await missionRow(mission.id)).toMatchObject({ seats: 7 });
  });
});

describe('application.changed', () => {
  it('builds the event from the application', () => {
    const updatedAt = new Date('2025-02-03T04:05:06.789Z');
    expect(
      applicationChangedEvent({
        id: 'a',
        agentId: 'b',
        missionId: 'c',
        hostAdministrationId: 'dinum',
        status: ApplicationStatus.ACCEPTED,
        updatedAt,
      }),
    ).toEqual({
      type: 'application.changed',
      key: 'a',
      payload: {
        id: 'a',
        agentId: 'b',
        missionId: 'c',
        hostAdministrationId: 'dinum',
        status: 'ACCEPTED',
        version: '2025-02-03T04:05:06.789Z',
      },
    });
  });

  it('replays every application, taking the host from the projection for rows filed without it', async () => {
    const mission = await publishMission(subgraph, { hostAdministrationId: 'insee' });
    const legacy = randomUUID();
    await subgraph.db.query(
      `INSERT INTO approvals.applications (id, agent_id, mission_id, motivation, proposed_hours)
       VALUES ($1, $2, $3, $4, 5)`,
      [legacy, randomUUID(), mission.id, MOTIVATION],
    );
    const total = (await subgraph.db.query(
      'SELECT count(*)::int AS count FROM approvals.applications',
    )) as Array<{
      count: number;
    }>;
    const replayed: Array<DomainEvent<object>> = [];
    for await (const event of applicationsSnapshot(subgraph.db)) replayed.push(event);
    expect(replayed).toHaveLength(total[0]!.count);
    expect(new Set(replayed.map((event) => event.key)).size).toBe(replayed.length);
    expect(replayed.find((event) => event.key === legacy)?.payload).toMatchObject({
      hostAdministrationId: 'insee',
      status: 'SUBMITTED',
    });
  });
});
