import { generateDemoData, type DemoData } from '@talents/demo';
import { SEAT_HOLDING_STATUSES } from '@talents/common';
import { startTestHub, type TestHub } from '../support/hub';
import { FOUNDATION_MISSION } from '../support/foundation-query';
import { missionInput } from '../support/mission-input';

const CROSS_SUBGRAPH_QUERY = /* GraphQL */ `
  query Missions($first: Int!, $after: String) {
    missions(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...foundationMission
        id
        seats
        hostAdministration {
          id
        }
        contact {
          id
        }
        requiredSkills {
          skill {
            id
          }
        }
        applications {
          id
          agent {
            id
          }
        }
      }
    }
  }
  ${FOUNDATION_MISSION}
`;

interface MissionNode {
  id: string;
  title: string;
  seats: number;
  hostAdministration: { id: string; name: string };
  contact: { id: string; displayName: string; skills: Array<{ skill: { label: string }; level: string }> };
  requiredSkills: Array<{ skill: { id: string; label: string; family: string }; minLevel: string }>;
  applications: Array<{ id: string; agent: { id: string; displayName: string }; status: string }>;
  seatsRemaining: number;
}

interface MissionsData {
  missions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: MissionNode[] };
}

describe('the hub through the gateway', () => {
  let hub: TestHub;
  let demo: DemoData;

  beforeAll(async () => {
    demo = generateDemoData({ size: { agents: 120, missions: 110, applications: 150 } });
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** The programme team sees every mission and every application: the whole join is checked. */
  const asAdmin = <TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    hub.queryAs<TData>(demo.programmeAdmins?.[0] ?? '', query, variables);

  it('joins the three subgraphs in one query, with the right data', async () => {
    const response = await asAdmin<MissionsData>(CROSS_SUBGRAPH_QUERY, { first: 50 });
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.missions.nodes ?? [];
    expect(nodes).toHaveLength(50);

    const administrations = new Map(demo.administrations.map((a) => [a.id, a]));
    const agents = new Map(demo.agents.map((a) => [a.id, a]));
    const skills = new Map(demo.skills.map((s) => [s.id, s]));
    const missions = new Map(demo.missions.map((m) => [m.id, m]));
    for (const node of nodes) {
      const mission = missions.get(node.id);
      if (!mission) throw new Error(`mission inconnue ${node.id}`);
      expect(node.title).toBe(mission.title);
      expect(node.hostAdministration.name).toBe(administrations.get(mission.hostAdministrationId)?.name);
      const contact = agents.get(mission.contactAgentId);
      expect(node.contact.displayName).toBe(
        `${contact?.firstName} ${contact?.lastName.toLocaleUpperCase('fr')}`,
      );
      expect(node.contact.skills).toHaveLength(contact?.skills.length ?? -1);
      expect(node.requiredSkills.map((r) => [r.skill.label, r.minLevel]).sort()).toEqual(
        mission.requiredSkills.map((r) => [skills.get(r.skillId)?.label, r.minLevel]).sort(),
      );
      const applications = demo.applications.filter((a) => a.missionId === mission.id);
      expect(node.applications.map((a) => a.id).sort()).toEqual(applications.map((a) => a.id).sort());
      for (const application of node.applications) {
        const applicant = agents.get(application.agent.id);
        expect(application.agent.displayName).toBe(
          `${applicant?.firstName} ${applicant?.lastName.toLocaleUpperCase('fr')}`,
        );
      }
      const held = applications.filter((a) => SEAT_HOLDING_STATUSES.includes(a.status)).length;
      expect(node.seatsRemaining).toBe(Math.max(0, mission.seats - held));
    }
  });

  it('runs the same number of SQL statements per subgraph for 5 and for 50 missions', async () => {
    const small = await hub.countStatements(() => asAdmin<MissionsData>(CROSS_SUBGRAPH_QUERY, { first: 5 }));
    const large = await hub.countStatements(() => asAdmin<MissionsData>(CROSS_SUBGRAPH_QUERY, { first: 50 }));
    expect(small.result.data?.missions.nodes).toHaveLength(5);
    expect(large.result.data?.missions.nodes).toHaveLength(50);
    expect(large.statements).toEqual(small.statements);
    for (const count of Object.values(large.statements)) expect(count).toBeGreaterThan(0);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const response: Awaited<ReturnType<typeof asAdmin<MissionsData>>> = await asAdmin<MissionsData>(
        CROSS_SUBGRAPH_QUERY,
        { first: 30, after },
      );
      expect(response.errors).toBeUndefined();
      for (const node of response.data?.missions.nodes ?? []) {
        expect(seen.has(node.id)).toBe(false);
        seen.add(node.id);
      }
      after = response.data?.missions.pageInfo.endCursor ?? null;
      if (!response.data?.missions.pageInfo.hasNextPage) break;
    }
    // Only published missions are listed when no status is asked for.
    const listed = demo.missions.filter((m) => m.status === 'PUBLISHED').length;
    expect(seen.size).toBe(listed);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const response = await asAdmin('{ mission(id: "00000000-0000-4000-8000-000000000000") { title } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed cursor with BAD_USER_INPUT naming `after`, in French', async () => {
    const response = await asAdmin(CROSS_SUBGRAPH_QUERY, { first: 5, after: 'pas-un-curseur' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('after');
    expect(response.errors?.[0]?.message).toMatch(/curseur/i);
  });

  it('refuses an out-of-bounds mission and writes nothing', async () => {
    const host = demo.missions[0]!;
    const before = await asAdmin<{ missions: { totalCount: number } }>(
      '{ missions(filter: { statuses: [DRAFT] }) { totalCount } }',
    );
    const response = await asAdmin(
      `mutation Create($input: MissionInput!) { createMission(input: $input) { id } }`,
      {
        input: missionInput(
          {
            hostAdministrationId: host.hostAdministrationId,
            contactAgentId: host.contactAgentId,
            skillIds: [demo.skills[0]!.id],
          },
          { title: 'Mission trop longue', effortHours: 500 },
        ),
      },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.effortHours');
    const after = await asAdmin<{ missions: { totalCount: number } }>(
      '{ missions(filter: { statuses: [DRAFT] }) { totalCount } }',
    );
    expect(after.data?.missions.totalCount).toBe(before.data?.missions.totalCount);
  });

  it('serves GraphiQL from its own assets and answers health checks', async () => {
    const page = await fetch(`${hub.gateway.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const asset of html.match(/\/graphiql\/assets\/[\w.-]+/g) ?? []) {
      const response = await fetch(`${hub.gateway.url}${asset}`);
      expect(response.status).toBe(200);
      // Read to the end: a response left unread keeps its request open, and the hub's stop then
      // waited six seconds for it to drain.
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await fetch(`${hub.gateway.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${hub.gateway.url}/readyz`)).status).toBe(200);
  });
});
