import { generateDemoData, type DemoData } from '@talents/demo';
import { createApiKey } from './api-keys';
import { eventually } from './eventually';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { startTestHub, type TestHub } from './hub';

/**
 * What the role-matrix suites (test/integration/role-matrix-*.test.ts) share: one person per role
 * picked in the demo data, one hub per suite with two API clients, and the application whose
 * applicant the matrix is about.
 */
export type Role =
  | 'self'
  | 'otherAgent'
  | 'manager'
  | 'otherManager'
  | 'hostOfMission'
  | 'hostElsewhere'
  | 'admin'
  | 'clientWithScope'
  | 'clientWithoutScope'
  | 'anonymous';

export const ROLES: readonly Role[] = [
  'self',
  'otherAgent',
  'manager',
  'otherManager',
  'hostOfMission',
  'hostElsewhere',
  'admin',
  'clientWithScope',
  'clientWithoutScope',
  'anonymous',
];

type Agent = DemoData['agents'][number];

/** Picks, in the demo data, one person per role around `self` and the mission `self` applies to. */
export function cast(demo: DemoData) {
  const admins = new Set(demo.programmeAdmins ?? []);
  const referents = new Map<string, Set<string>>();
  for (const { agentId, administrationId } of demo.hostReferents ?? []) {
    const set = referents.get(agentId) ?? new Set<string>();
    set.add(administrationId);
    referents.set(agentId, set);
  }
  const reports = new Map<string, number>();
  for (const agent of demo.agents) {
    if (agent.managerId) reports.set(agent.managerId, (reports.get(agent.managerId) ?? 0) + 1);
  }
  const missionHost = new Map(demo.missions.map((m) => [m.id, m.hostAdministrationId]));
  const appliedTo = new Map<string, Set<string>>();
  for (const application of demo.applications) {
    const set = appliedTo.get(application.agentId) ?? new Set<string>();
    set.add(missionHost.get(application.missionId) ?? '');
    appliedTo.set(application.agentId, set);
  }
  const hosts = (id: string) => referents.get(id) ?? new Set<string>();
  const plain = (agent: Agent) => !admins.has(agent.id) && !referents.has(agent.id) && !reports.has(agent.id);

  const openMissions = demo.missions.filter(
    (m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0 && m.seats >= 2,
  );
  for (const mission of openMissions) {
    const h = mission.hostAdministrationId;
    const hostOfMission = demo.agents.find((a) => hosts(a.id).has(h) && !admins.has(a.id));
    if (!hostOfMission) continue;
    const self = demo.agents.find(
      (a) =>
        plain(a) &&
        a.managerId !== null &&
        a.administrationId !== h &&
        !appliedTo.get(a.id)?.has(h) &&
        (a.hiddenFrom ?? []).length === 0 &&
        a.managerId !== hostOfMission.id &&
        !hosts(a.managerId).has(h) &&
        !admins.has(a.managerId),
    );
    if (!self?.managerId) continue;
    const hostElsewhere = demo.agents.find(
      (a) =>
        a.id !== self.managerId &&
        !admins.has(a.id) &&
        !hosts(a.id).has(h) &&
        [...hosts(a.id)].some((adm) => !appliedTo.get(self.id)?.has(adm)),
    );
    const otherManager = demo.agents.find(
      (a) => reports.has(a.id) && a.id !== self.managerId && !admins.has(a.id) && !referents.has(a.id),
    );
    const otherAgent = demo.agents.find((a) => plain(a) && a.id !== self.id);
    const admin = demo.agents.find((a) => admins.has(a.id));
    if (!hostElsewhere || !otherManager || !otherAgent || !admin) continue;
    return {
      mission,
      self,
      people: {
        self: self.id,
        manager: self.managerId,
        hostOfMission: hostOfMission.id,
        hostElsewhere: hostElsewhere.id,
        otherManager: otherManager.id,
        otherAgent: otherAgent.id,
        admin: admin.id,
      } as Record<Exclude<Role, 'clientWithScope' | 'clientWithoutScope' | 'anonymous'>, string>,
    };
  }
  throw new Error('les données de démonstration ne couvrent pas tous les rôles');
}

export function refusal(role: Role): string {
  return role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

/** Personal fields of an agent, which the matrix checks role by role. */
export const PERSONAL = /* GraphQL */ `
  query ($id: ID!) {
    agent(id: $id) {
      id
      displayName
      email
      phone
      manager {
        id
      }
      availability {
        hoursPerMonth
      }
    }
  }
`;
export type Personal = { agent: { id: string; email: string | null; manager: { id: string } | null } | null };

/** A write that succeeded, to find in the audit logs at the end. */
export interface Write {
  log: string;
  action: string;
  entityId: string;
  actorId: string;
}

/**
 * Starts the suite's hub over the demo data before its tests and stops it after them (the hooks
 * are registered in the calling suite). `hub` may be read once the tests run.
 */
export function useRoleMatrixHub() {
  const demo = generateDemoData();
  const { mission, self, people } = cast(demo);
  let running: TestHub | undefined;
  const apiKeys: Partial<Record<Role, string>> = {};

  const suite = {
    demo,
    mission,
    self,
    people,
    get hub(): TestHub {
      if (!running) throw new Error('le hub de la suite n’est pas démarré (hors d’un test ?)');
      return running;
    },
    /** The operation sent as `role`: anonymously, by an API client with its key, or signed in. */
    as<TData = Record<string, unknown>>(
      role: Role,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<TData>> {
      const url = suite.hub.gateway.graphqlUrl;
      if (role === 'anonymous') return postGraphQL<TData>(url, query, variables);
      const key = apiKeys[role];
      if (key) return postGraphQL<TData>(url, query, variables, { authorization: `Bearer ${key}` });
      return suite.hub.queryAs<TData>(people[role as keyof typeof people], query, variables);
    },
    /** `self` applies to the mission; returns the application and its audited write. */
    async apply(): Promise<{ applicationId: string; write: Write }> {
      const applied = await suite.as<{ apply: { id: string; status: string } }>(
        'self',
        `mutation ($input: ApplyInput!) { apply(input: $input) { id status } }`,
        {
          input: {
            missionId: mission.id,
            motivation: 'J’ai mené deux refontes de téléservices et je peux y consacrer quelques heures.',
            proposedHours: 10,
          },
        },
      );
      expect(applied.errors).toBeUndefined();
      const applicationId = applied.data?.apply.id ?? '';
      return {
        applicationId,
        write: { log: 'approvals', action: 'application.submit', entityId: applicationId, actorId: self.id },
      };
    },
    /** The host reads the applicant's personal fields once approvals has told profiles of the application. */
    async hostReadsApplicant(): Promise<GraphQLResponse<Personal>> {
      // approvals → profiles through the event bus: the host then sees the applicant's details.
      return eventually(
        () => suite.as<Personal>('hostOfMission', PERSONAL, { id: self.id }),
        (response) => response.data?.agent?.email === self.email,
      );
    },
  };

  beforeAll(async () => {
    running = await startTestHub(demo);
    const create = (scopes: string) => createApiKey(running!.databaseUrl, `SI de test ${scopes}`, scopes);
    apiKeys.clientWithScope = await create('profiles:read,missions:read');
    apiKeys.clientWithoutScope = await create('stats:read');
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
  });

  return suite;
}
