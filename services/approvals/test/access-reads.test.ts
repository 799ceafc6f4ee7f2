import { agentViewer, ApplicationStatus, type Viewer } from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { approvalsSubgraph, seedApprovals } from '../src';
import {
  ADMINISTRATION,
  applied,
  HOST_ADMINISTRATION,
  ids,
  projectCast,
  THIRD_ADMINISTRATION,
  viewers,
  type ApplicationView,
  type Who,
} from './access-fixtures';
import {
  auditRows,
  demoAgent,
  demoApplication,
  demoData,
  demoMission,
  MOTIVATION,
  projectAgent,
  publishMission,
} from './fixtures';

/**
 * Who reads which application on the approvals side (who writes is in access-writes.test.ts): by
 * id, as a reference, listed on an agent or a mission, exported, in the audit log; and what each
 * read costs in SQL statements whoever reads.
 */
const GET = `query Get($id: ID!) { application(id: $id) { id status motivation } }`;
const ENTITIES = `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Agent { id applications { id mission { id } } }
      ... on Mission { id seatsRemaining applications { id agent { id } } }
      ... on Application { id status }
    }
  }
`;
const DATA = `
  query Data($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Agent { id approvalsData } }
  }
`;

interface EntityView {
  id: string;
  seatsRemaining?: number;
  status?: string;
  applications?: ApplicationView[] | null;
  approvalsData?: unknown;
}

let subgraph: TestSubgraph;
/** Open missions of each host administration; Alice and Dave both applied to `hosted`. */
let hosted: string;
let elsewhere: string;
let aliceHosted: string;
let aliceElsewhere: string;
let daveHosted: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
  await projectCast(subgraph);
  hosted = (await publishMission(subgraph, { hostAdministrationId: HOST_ADMINISTRATION })).id;
  elsewhere = (await publishMission(subgraph, { hostAdministrationId: THIRD_ADMINISTRATION })).id;
  aliceHosted = await applied(subgraph, viewers.self, hosted);
  aliceElsewhere = await applied(subgraph, viewers.self, elsewhere);
  daveHosted = await applied(subgraph, viewers.otherAgent, hosted);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('application(id)', () => {
  const allowed: Who[] = ['self', 'manager', 'host', 'admin'];
  const denied: Who[] = ['otherAgent', 'otherManager', 'otherHost', 'client', 'anonymous'];

  it.each(allowed)('shows the application to %s', async (who) => {
    const response = await subgraph.query<{ application: ApplicationView }>(
      GET,
      { id: aliceHosted },
      viewers[who],
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.application).toMatchObject({ id: aliceHosted, motivation: MOTIVATION });
  });

  it.each(denied)('answers NOT_FOUND to %s, as for an unknown id', async (who) => {
    const response = await subgraph.query(GET, { id: aliceHosted }, viewers[who]);
    expect(response.data?.application).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the host of another administration out of an application to a mission they do not host', async () => {
    const response = await subgraph.query(GET, { id: aliceElsewhere }, viewers.host);
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([...allowed.map((who) => [who, true] as const), ...denied.map((who) => [who, false] as const)])(
    'applies the same rule in _entities for %s (visible: %s)',
    async (who, visible) => {
      const response = await subgraph.query<{ _entities: Array<EntityView | null> }>(
        ENTITIES,
        { representations: [{ __typename: 'Application', id: aliceHosted }] },
        viewers[who],
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities[0]).toEqual(visible ? { id: aliceHosted, status: 'SUBMITTED' } : null);
    },
  );
});

describe('Agent.applications', () => {
  async function applicationsOfAlice(who: Who) {
    return subgraph.query<{ _entities: Array<EntityView | null> }>(
      ENTITIES,
      { representations: [{ __typename: 'Agent', id: ids.alice }] },
      viewers[who],
    );
  }

  it.each(['self', 'manager', 'admin'] as const)('lists all of Alice’s applications to %s', async (who) => {
    const response = await applicationsOfAlice(who);
    expect(response.errors).toBeUndefined();
    const listed = response.data!._entities[0]?.applications?.map((application) => application.id) ?? [];
    expect(listed).toEqual(expect.arrayContaining([aliceHosted, aliceElsewhere]));
  });

  it('lists to a host only the applications to missions of the administrations they host', async () => {
    const response = await applicationsOfAlice('host');
    expect(response.errors).toBeUndefined();
    const listed = response.data!._entities[0]?.applications ?? [];
    expect(listed.map((application) => application.id)).toContain(aliceHosted);
    expect(listed.map((application) => application.id)).not.toContain(aliceElsewhere);
    expect(listed.every((application) => application.mission?.id !== elsewhere)).toBe(true);
  });

  it.each(['otherAgent', 'otherManager', 'otherHost', 'client', 'anonymous'] as const)(
    'answers null with FORBIDDEN (UNAUTHENTICATED when anonymous) to %s and keeps the rest of the response',
    async (who) => {
      const response = await applicationsOfAlice(who);
      expect(response.data!._entities[0]).toEqual({ id: ids.alice, applications: null });
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]?.extensions?.code).toBe(
        who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
      expect(response.errors?.[0]?.path).toEqual(['_entities', 0, 'applications']);
      expect(response.errors?.[0]?.message).toMatch(/supérieur hiérarchique/);
    },
  );

  it('follows a change of manager from the agent projection', async () => {
    const agent = await projectAgent(subgraph, { managerId: ids.bob });
    await applied(subgraph, agentViewer(agent.id, { administrationId: ADMINISTRATION }), hosted);
    const representations = [{ __typename: 'Agent', id: agent.id }];
    const before = await subgraph.query<{ _entities: EntityView[] }>(
      ENTITIES,
      { representations },
      viewers.manager,
    );
    expect(before.data!._entities[0]?.applications).toHaveLength(1);

    await projectAgent(subgraph, {
      ...agent,
      managerId: ids.carol,
      version: new Date(Date.parse(agent.version) + 1000).toISOString(),
    });
    const after = await subgraph.query(ENTITIES, { representations }, viewers.manager);
    expect(after.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const carol = await subgraph.query<{ _entities: EntityView[] }>(
      ENTITIES,
      { representations },
      viewers.otherManager,
    );
    expect(carol.data!._entities[0]?.applications).toHaveLength(1);
  });

  it('records the reads of another person’s applications, not one’s own', async () => {
    await applicationsOfAlice('host');
    await applicationsOfAlice('self');
    const reads = await auditRows(subgraph, 'action = $1 AND subject_agent_id = $2', [
      'personalData.read',
      ids.alice,
    ]);
    expect(reads.some((row) => row.actor_id === ids.hana && row.fields.includes('applications'))).toBe(true);
    expect(reads.some((row) => row.actor_id === ids.alice)).toBe(false);
  });
});

describe('Mission.applications', () => {
  async function applicationsOfHosted(who: Who) {
    return subgraph.query<{ _entities: Array<EntityView | null> }>(
      ENTITIES,
      { representations: [{ __typename: 'Mission', id: hosted, seats: 10 }] },
      viewers[who],
    );
  }

  it.each(['host', 'admin'] as const)('lists every application to %s', async (who) => {
    const response = await applicationsOfHosted(who);
    expect(response.errors).toBeUndefined();
    const listed = response.data!._entities[0]?.applications?.map((application) => application.id);
    expect(listed).toEqual(expect.arrayContaining([aliceHosted, daveHosted]));
  });

  it.each([
    ['self', () => [aliceHosted]],
    ['otherAgent', () => [daveHosted]],
    ['manager', () => []],
    ['otherHost', () => []],
  ] as const)('lists to %s only their own application', async (who, expected) => {
    const response = await applicationsOfHosted(who);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]?.applications?.map((application) => application.id)).toEqual(
      expected(),
    );
  });

  it.each(['client', 'anonymous'] as const)(
    'answers null with FORBIDDEN (UNAUTHENTICATED when anonymous) to %s, seatsRemaining staying public',
    async (who) => {
      const response = await applicationsOfHosted(who);
      expect(response.data!._entities[0]).toEqual({ id: hosted, seatsRemaining: 10, applications: null });
      expect(response.errors?.[0]?.extensions?.code).toBe(
        who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    },
  );
});

describe('Agent.approvalsData', () => {
  async function dataOfAlice(who: Who) {
    return subgraph.query<{ _entities: Array<{ id: string; approvalsData: unknown } | null> }>(
      DATA,
      { representations: [{ __typename: 'Agent', id: ids.alice }] },
      viewers[who],
    );
  }

  it.each(['self', 'admin'] as const)(
    'gives %s Alice’s applications and nothing of anyone else',
    async (who) => {
      const response = await dataOfAlice(who);
      expect(response.errors).toBeUndefined();
      const data = response.data!._entities[0]!.approvalsData as {
        agentId: string;
        applications: Array<{ id: string; motivation: string; status: string; hostAdministrationId: string }>;
      };
      expect(data.agentId).toBe(ids.alice);
      const exported = data.applications.map((application) => application.id);
      expect(exported).toEqual(expect.arrayContaining([aliceHosted, aliceElsewhere]));
      expect(exported).not.toContain(daveHosted);
      const rows = (await subgraph.db.query('SELECT id FROM approvals.applications WHERE agent_id = $1', [
        ids.alice,
      ])) as Array<{ id: string }>;
      expect(exported.sort()).toEqual(rows.map((row) => row.id).sort());
      expect(data.applications.find((application) => application.id === aliceHosted)).toMatchObject({
        motivation: MOTIVATION,
        status: ApplicationStatus.SUBMITTED,
        hostAdministrationId: HOST_ADMINISTRATION,
      });
      expect(JSON.stringify(data)).not.toContain(ids.dave);
    },
  );

  it.each(['manager', 'host', 'otherAgent', 'client', 'anonymous'] as const)(
    'answers null with FORBIDDEN (UNAUTHENTICATED when anonymous) to %s',
    async (who) => {
      const response = await dataOfAlice(who);
      expect(response.data!._entities[0]).toEqual({ id: ids.alice, approvalsData: null });
      expect(response.errors?.[0]?.extensions?.code).toBe(
        who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    },
  );
});

describe('approvalsAuditLog', () => {
  // Both filters are passed: common's resolver (as of this writing) turns an omitted one into
  // `= NULL` (omitted nullable arguments arrive as undefined, not null), reported to the lead.
  const AUDIT = `
    query Audit($subject: ID, $actor: String) {
      approvalsAuditLog(first: 100, subjectAgentId: $subject, actorId: $actor) {
        nodes { action actorId subjectAgentId }
      }
    }
  `;

  it('shows admins the writes about an agent', async () => {
    const response = await subgraph.query<{
      approvalsAuditLog: { nodes: Array<{ action: string; subjectAgentId: string }> };
    }>(AUDIT, { subject: ids.alice, actor: ids.alice });
    expect(response.errors).toBeUndefined();
    const actions = response.data!.approvalsAuditLog.nodes.map((node) => node.action);
    expect(actions).toContain('application.submit');
    expect(response.data!.approvalsAuditLog.nodes.every((node) => node.subjectAgentId === ids.alice)).toBe(
      true,
    );
  });

  it.each([
    ['self', 'FORBIDDEN'],
    ['host', 'FORBIDDEN'],
    ['client', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('refuses %s with %s', async (who, code) => {
    const response = await subgraph.query(AUDIT, { subject: ids.alice, actor: ids.alice }, viewers[who]);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('statements per request', () => {
  /**
   * `count` agents managed by `managerId`, each with one application to a mission hosted by
   * adm-host and one to a mission hosted elsewhere, seeded straight into the projections.
   */
  async function seedTeam(count: number, managerId: string) {
    const agents = Array.from({ length: count }, () => demoAgent({ managerId }));
    const hostedMissions = Array.from({ length: count }, () =>
      demoMission({ hostAdministrationId: HOST_ADMINISTRATION }),
    );
    const otherMissions = Array.from({ length: count }, () =>
      demoMission({ hostAdministrationId: THIRD_ADMINISTRATION }),
    );
    const applications = agents.flatMap((agent, index) => [
      demoApplication({ agentId: agent.id, missionId: hostedMissions[index]!.id }),
      demoApplication({ agentId: agent.id, missionId: otherMissions[index]!.id }),
    ]);
    await seedApprovals(
      subgraph.db,
      demoData({ agents, missions: [...hostedMissions, ...otherMissions], applications }),
    );
    return { agents, hostedMissions, applications };
  }

  async function measure(as: Viewer, representations: Array<Record<string, unknown>>) {
    return subgraph.queries.measure(() =>
      subgraph.query<{ _entities: Array<EntityView | null> }>(ENTITIES, { representations }, as),
    );
  }

  it.each([
    ['the manager', () => viewers.manager, 2],
    ['a host', () => viewers.host, 1],
    ['an admin', () => viewers.admin, 2],
  ] as const)('costs the same for 5 and 50 agents’ applications read by %s', async (_label, as, perAgent) => {
    const { agents } = await seedTeam(50, ids.bob);
    const representations = agents.map((agent) => ({ __typename: 'Agent', id: agent.id }));
    const small = await measure(as(), representations.slice(0, 5));
    const large = await measure(as(), representations);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!._entities.every((agent) => agent?.applications?.length === perAgent)).toBe(
      true,
    );
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it.each([
    ['a host', () => viewers.host, 1],
    ['an agent', () => viewers.self, 0],
  ] as const)(
    'costs the same for 5 and 50 missions’ applications read by %s',
    async (_label, as, perMission) => {
      const { hostedMissions } = await seedTeam(50, ids.carol);
      const representations = hostedMissions.map((mission) => ({
        __typename: 'Mission',
        id: mission.id,
        seats: 2,
      }));
      const small = await measure(as(), representations.slice(0, 5));
      const large = await measure(as(), representations);
      expect(large.result.errors).toBeUndefined();
      expect(
        large.result.data!._entities.every((mission) => mission?.applications?.length === perMission),
      ).toBe(true);
      expect(large.statements).toBe(small.statements);
    },
  );

  it('costs the same for 5 and 50 application references checked for a host', async () => {
    const { applications } = await seedTeam(50, ids.carol);
    const representations = applications.map(({ id }) => ({ __typename: 'Application', id }));
    const small = await measure(viewers.host, representations.slice(0, 10));
    const large = await measure(viewers.host, representations);
    expect(large.result.errors).toBeUndefined();
    // Half of them are to missions hosted elsewhere: null for this host.
    expect(large.result.data!._entities.filter((entity) => entity !== null)).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
  });
});
