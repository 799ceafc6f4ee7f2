import { randomUUID } from 'node:crypto';
import { ApplicationStatus } from '@talents/common';
import type { DemoApplication } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { approvalsSubgraph, seedApprovals } from '../src';
import { demoApplication, demoData } from './fixtures';

/** Applications as federation entities: Mission.applications, seatsRemaining, Agent.applications, references. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('federation', () => {
  const ENTITIES = `
    query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Mission { id seats applications { id status } seatsRemaining }
        ... on Agent { id applications { id status mission { id } } }
        ... on Application { id status agent { id } mission { id } }
      }
    }
  `;

  interface EntityView {
    id: string;
    seats?: number;
    seatsRemaining?: number;
    status?: string;
    applications?: Array<{ id: string; status: string; mission?: { id: string } }>;
  }

  async function entities(representations: Array<Record<string, unknown>>) {
    return subgraph.query<{ _entities: Array<EntityView | null> }>(ENTITIES, { representations });
  }

  /** `count` missions, each with one application of every status, in creation order. */
  async function seedMissions(count: number) {
    const missionIds = Array.from({ length: count }, () => randomUUID());
    const agentIds = Array.from({ length: count }, () => randomUUID());
    const statuses = Object.values(ApplicationStatus);
    const applications = missionIds.flatMap((missionId, missionIndex) =>
      statuses.map((status, index) =>
        demoApplication({
          missionId,
          agentId: agentIds[(missionIndex + index) % count],
          status,
          createdAt: new Date(Date.UTC(2025, 0, 1, 9, statuses.length - index)),
        }),
      ),
    );
    await seedApprovals(subgraph.db, demoData({ applications }));
    return { missionIds, agentIds, applications };
  }

  it('resolves Mission applications (oldest first) and seatsRemaining from the seats in the representation', async () => {
    const { missionIds, applications } = await seedMissions(3);
    const [first, second, third] = missionIds;
    const response = await entities([
      { __typename: 'Mission', id: first, seats: 5 },
      { __typename: 'Mission', id: second, seats: 2 },
      { __typename: 'Mission', id: third, seats: 1 },
      { __typename: 'Mission', id: randomUUID(), seats: 3 },
    ]);
    expect(response.errors).toBeUndefined();
    const [a, b, c, empty] = response.data!._entities;
    // One ACCEPTED and one COMPLETED application per mission hold two seats.
    expect(a).toMatchObject({ id: first, seats: 5, seatsRemaining: 3 });
    expect(b).toMatchObject({ seatsRemaining: 0 });
    // Overbooked data (1 seat, 2 held) never shows a negative figure.
    expect(c).toMatchObject({ seatsRemaining: 0 });
    expect(empty).toMatchObject({ applications: [], seatsRemaining: 3 });

    const expectedOrder = applications
      .filter((application) => application.missionId === first)
      .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
      .map((application) => application.id);
    expect(a?.applications?.map((application) => application.id)).toEqual(expectedOrder);
    expect(a?.applications).toHaveLength(Object.values(ApplicationStatus).length);
  });

  it('resolves Mission, Agent and Application representations whose ids are in upper case', async () => {
    const { missionIds, agentIds, applications } = await seedMissions(3);
    const [missionId] = missionIds as [string];
    const [agentId] = agentIds as [string];
    const [application] = applications as [DemoApplication];
    const response = await entities([
      { __typename: 'Mission', id: missionId.toUpperCase(), seats: 5 },
      { __typename: 'Agent', id: agentId.toUpperCase() },
      { __typename: 'Application', id: application.id.toUpperCase() },
    ]);
    expect(response.errors).toBeUndefined();
    const [mission, agent, found] = response.data!._entities;
    expect(mission?.applications).toHaveLength(Object.values(ApplicationStatus).length);
    expect(mission?.seatsRemaining).toBe(3);
    expect(agent?.applications?.length).toBe(
      applications.filter((candidate) => candidate.agentId === agentId).length,
    );
    expect(agent?.applications?.length).toBeGreaterThan(0);
    expect(found).toMatchObject({ id: application.id, status: application.status });
  });

  it('counts only ACCEPTED and COMPLETED applications as seats taken', async () => {
    const missionId = randomUUID();
    await seedApprovals(
      subgraph.db,
      demoData({
        applications: [
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.MANAGER_APPROVED,
          ApplicationStatus.WITHDRAWN,
          ApplicationStatus.ACCEPTED,
        ].map((status) => demoApplication({ missionId, status })),
      }),
    );
    const response = await entities([{ __typename: 'Mission', id: missionId, seats: 4 }]);
    expect(response.data!._entities[0]?.seatsRemaining).toBe(3);
  });

  it('costs the same number of SQL statements for 5 and 50 missions', async () => {
    const { missionIds } = await seedMissions(50);
    const representations = missionIds.map((id) => ({ __typename: 'Mission', id, seats: 3 }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!._entities).toHaveLength(50);
    expect(
      large.result.data!._entities.every(
        (mission) => mission?.applications?.length === Object.values(ApplicationStatus).length,
      ),
    ).toBe(true);
    expect(large.result.data!._entities.every((mission) => mission?.seatsRemaining === 1)).toBe(true);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('resolves Agent applications with the same statement count for 5 and 50 agents', async () => {
    const { agentIds, applications } = await seedMissions(50);
    const representations = agentIds.map((id) => ({ __typename: 'Agent', id }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(large.result.errors).toBeUndefined();
    const firstAgent = large.result.data!._entities[0];
    const expected = applications.filter((application) => application.agentId === agentIds[0]);
    expect(firstAgent?.applications?.map((application) => application.id).sort()).toEqual(
      expected.map((application) => application.id).sort(),
    );
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThan(0);
  });

  it('resolves Application references in one batch; unknown or malformed ids give null', async () => {
    const { applications } = await seedMissions(8);
    const representations = applications.slice(0, 50).map(({ id }) => ({ __typename: 'Application', id }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!._entities.map((entity) => entity?.id)).toEqual(
      representations.map(({ id }) => id),
    );
    expect(large.statements).toBe(small.statements);

    const missing = await entities([
      { __typename: 'Application', id: randomUUID() },
      { __typename: 'Application', id: 'pas-un-uuid' },
    ]);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!._entities).toEqual([null, null]);
  });

  it('publishes the federation contract in its SDL', async () => {
    const { sdl } = await approvalsSubgraph.buildSchema();
    expect(sdl).toMatch(/type Application[^{]*@key\(fields: "id"\)/);
    expect(sdl).toMatch(/seats: Int! @external/);
    expect(sdl).toMatch(/seatsRemaining: Int @requires\(fields: "seats"\)/);
    expect(sdl).toMatch(/type Agent[^{]*@key\(fields: "id"\)/);
  });
});
