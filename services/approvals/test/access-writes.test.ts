import { randomUUID } from 'node:crypto';
import { MissionStatus } from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { approvalsSubgraph } from '../src';
import {
  ADMINISTRATION,
  applied,
  apply,
  HOST_ADMINISTRATION,
  ids,
  OTHER_HOST_ADMINISTRATION,
  projectCast,
  viewers,
} from './access-fixtures';
import { countApplications } from './application-fixtures';
import { auditRows, MOTIVATION, publishedEvents, publishMission } from './fixtures';

/**
 * Who may apply and withdraw on the approvals side (who reads is in access-reads.test.ts), with
 * the audit row and the event each write leaves, and none when it is refused.
 */
const WITHDRAW = `
  mutation Withdraw($id: ID!) { withdrawApplication(id: $id, reason: WORKLOAD) { id status } }
`;

let subgraph: TestSubgraph;

async function applicationsTo(missionId: string): Promise<number> {
  return countApplications(subgraph, 'mission_id = $1', [missionId]);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
  await projectCast(subgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('apply', () => {
  it('files the application of the signed-in agent, with an audit row and an event in its transaction', async () => {
    const mission = await publishMission(subgraph);
    const response = await apply(subgraph, viewers.self, mission.id);
    expect(response.errors).toBeUndefined();
    const application = response.data!.apply;
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      agent: { id: ids.alice },
      mission: { id: mission.id },
    });

    const audit = await auditRows(subgraph, 'entity_id = $1', [application.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_kind: 'agent',
      actor_id: ids.alice,
      action: 'application.submit',
      entity_type: 'Application',
      subject_agent_id: ids.alice,
      before: null,
      after: { status: 'SUBMITTED', agentId: ids.alice, missionId: mission.id, motivation: MOTIVATION },
    });

    const events = await publishedEvents(subgraph, application.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'application.changed', key: application.id });
    expect(events[0]!.payload).toEqual({
      id: application.id,
      agentId: ids.alice,
      missionId: mission.id,
      hostAdministrationId: HOST_ADMINISTRATION,
      status: 'SUBMITTED',
      version: expect.any(String),
    });
    const [row] = (await subgraph.db.query(
      'SELECT host_administration_id, updated_at FROM approvals.applications WHERE id = $1',
      [application.id],
    )) as Array<{ host_administration_id: string; updated_at: Date }>;
    expect(row).toMatchObject({ host_administration_id: HOST_ADMINISTRATION });
    expect(events[0]!.payload.version).toBe(row!.updated_at.toISOString());
  });

  it('accepts an agentId equal to the viewer’s, in any case', async () => {
    const mission = await publishMission(subgraph);
    const response = await apply(subgraph, viewers.self, mission.id, ids.alice.toUpperCase());
    expect(response.errors).toBeUndefined();
    expect(response.data!.apply.agent).toEqual({ id: ids.alice });
  });

  it('refuses to apply for somebody else, unless the viewer is an admin', async () => {
    const mission = await publishMission(subgraph);
    const refused = await apply(subgraph, viewers.manager, mission.id, ids.alice);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.agentId' });
    expect(refused.errors?.[0]?.message).toMatch(/pour lui-même/);
    expect(await applicationsTo(mission.id)).toBe(0);

    const byAdmin = await apply(subgraph, viewers.admin, mission.id, ids.alice);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.apply.agent).toEqual({ id: ids.alice });
    const [audit] = await auditRows(subgraph, 'entity_id = $1', [byAdmin.data!.apply.id]);
    expect(audit).toMatchObject({ actor_id: TEST_ADMIN.agentId, subject_agent_id: ids.alice });
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['client', 'FORBIDDEN'],
  ] as const)('refuses %s callers with %s and writes nothing', async (who, code) => {
    const mission = await publishMission(subgraph);
    const response = await apply(subgraph, viewers[who], mission.id, ids.alice);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await applicationsTo(mission.id)).toBe(0);
  });

  it('answers NOT_FOUND for a mission absent from the projection', async () => {
    const missionId = randomUUID();
    const response = await apply(subgraph, viewers.self, missionId);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: missionId });
    expect(await applicationsTo(missionId)).toBe(0);
  });

  it('hides a mission restricted to other administrations (NOT_FOUND), opens one restricted to the agent’s', async () => {
    const closed = await publishMission(subgraph, { restrictedTo: [OTHER_HOST_ADMINISTRATION] });
    const refused = await apply(subgraph, viewers.self, closed.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toMatch(/introuvable/);
    expect(await applicationsTo(closed.id)).toBe(0);

    const open = await publishMission(subgraph, {
      restrictedTo: [OTHER_HOST_ADMINISTRATION, ADMINISTRATION],
    });
    expect((await apply(subgraph, viewers.self, open.id)).errors).toBeUndefined();
  });

  it('tells an admin applying for an agent why a restricted mission is refused (CONFLICT)', async () => {
    const mission = await publishMission(subgraph, { restrictedTo: [OTHER_HOST_ADMINISTRATION] });
    const response = await apply(subgraph, viewers.admin, mission.id, ids.alice);
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/réservée à d’autres administrations/);
  });

  it.each([MissionStatus.DRAFT, MissionStatus.SUBMITTED])(
    'hides a %s mission from agents (NOT_FOUND) but tells its hosts it is not open (CONFLICT)',
    async (status) => {
      const mission = await publishMission(subgraph, { status });
      expect((await apply(subgraph, viewers.self, mission.id)).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      const byHost = await apply(subgraph, viewers.host, mission.id);
      expect(byHost.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status });
      expect(await applicationsTo(mission.id)).toBe(0);
    },
  );

  it.each([MissionStatus.FILLED, MissionStatus.CLOSED, MissionStatus.CANCELLED])(
    'refuses a %s mission with CONFLICT and a French message',
    async (status) => {
      const mission = await publishMission(subgraph, { status });
      const response = await apply(subgraph, viewers.self, mission.id);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status });
      expect(response.errors?.[0]?.message).toMatch(/n’est pas ouverte aux candidatures/);
      expect(await applicationsTo(mission.id)).toBe(0);
    },
  );

  it('follows the projection: once a newer event closes the mission, applying is refused', async () => {
    const mission = await publishMission(subgraph);
    await publishMission(subgraph, {
      ...mission,
      status: MissionStatus.CLOSED,
      version: new Date(Date.parse(mission.version) + 1000).toISOString(),
    });
    expect((await apply(subgraph, viewers.self, mission.id)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('writes neither an audit row nor an event when the application is refused', async () => {
    const mission = await publishMission(subgraph, { status: MissionStatus.CLOSED });
    const before = await auditRows(subgraph, 'TRUE', []);
    await apply(subgraph, viewers.self, mission.id);
    expect(await auditRows(subgraph, 'TRUE', [])).toHaveLength(before.length);
  });
});

describe('withdrawApplication', () => {
  async function fresh(): Promise<string> {
    const mission = await publishMission(subgraph);
    return applied(subgraph, viewers.self, mission.id);
  }

  async function statusOf(id: string): Promise<string> {
    const rows = (await subgraph.db.query('SELECT status FROM approvals.applications WHERE id = $1', [
      id,
    ])) as Array<{
      status: string;
    }>;
    return rows[0]!.status;
  }

  it.each(['self', 'admin'] as const)('lets %s withdraw, with an audit row and an event', async (who) => {
    const id = await fresh();
    const response = await subgraph.query(WITHDRAW, { id }, viewers[who]);
    expect(response.errors).toBeUndefined();
    expect(await statusOf(id)).toBe('WITHDRAWN');

    const audit = await auditRows(subgraph, 'entity_id = $1 AND action = $2', [id, 'application.withdraw']);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: viewers[who].agentId,
      subject_agent_id: ids.alice,
      before: { status: 'SUBMITTED', reason: null },
      after: { status: 'WITHDRAWN', reason: 'WORKLOAD' },
    });
    const events = await publishedEvents(subgraph, id);
    expect(events.map((event) => event.payload.status)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(Date.parse(String(events[1]!.payload.version))).toBeGreaterThan(
      Date.parse(String(events[0]!.payload.version)),
    );
  });

  it.each([
    ['manager', 'FORBIDDEN'],
    ['host', 'FORBIDDEN'],
    ['otherAgent', 'NOT_FOUND'],
    ['otherManager', 'NOT_FOUND'],
    ['otherHost', 'NOT_FOUND'],
    ['client', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('refuses %s with %s and changes nothing', async (who, code) => {
    const id = await fresh();
    const response = await subgraph.query(WITHDRAW, { id }, viewers[who]);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await statusOf(id)).toBe('SUBMITTED');
    expect(await auditRows(subgraph, 'entity_id = $1 AND action = $2', [id, 'application.withdraw'])).toEqual(
      [],
    );
    expect(await publishedEvents(subgraph, id)).toHaveLength(1);
  });
});
