import { generateDemoData, type DemoData } from '@talents/demo';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { eventually } from '../support/eventually';

/**
 * The role matrix of issue 3, through the gateway as clients reach it: for each role and each
 * protected field or mutation, allowed or refused — and a refusal is FORBIDDEN (UNAUTHENTICATED
 * for anonymous), with the rest of the response kept.
 */
type Role =
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

const ROLES: readonly Role[] = [
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
function cast(demo: DemoData) {
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

function codes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

function refusal(role: Role): string {
  return role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

describe('role matrix through the gateway', () => {
  const demo = generateDemoData();
  const { mission, self, people } = cast(demo);
  let hub: TestHub;
  const apiKeys: Partial<Record<Role, string>> = {};
  let applicationId = '';
  /** Writes that succeeded, to find in the audit logs at the end. */
  const writes: Array<{ log: string; action: string; entityId: string; actorId: string }> = [];

  const as = <TData = Record<string, unknown>>(
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<TData>> => {
    if (role === 'anonymous') return postGraphQL<TData>(hub.gateway.graphqlUrl, query, variables);
    const key = apiKeys[role];
    if (key)
      return postGraphQL<TData>(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${key}` });
    return hub.queryAs<TData>(people[role as keyof typeof people], query, variables);
  };

  beforeAll(async () => {
    hub = await startTestHub(demo);
    const create = async (scopes: string) =>
      (
        await runApiClientCommand(
          ['create', '--name', `SI de test ${scopes}`, '--scopes', scopes],
          hub.databaseUrl,
        )
      ).at(-1) ?? '';
    apiKeys.clientWithScope = await create('profiles:read,missions:read');
    apiKeys.clientWithoutScope = await create('stats:read');
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const PERSONAL = /* GraphQL */ `
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
  type Personal = { agent: { id: string; email: string | null; manager: { id: string } | null } | null };

  it('hides the contact details of an agent from a host until the agent applies to one of its missions', async () => {
    const before = await as<Personal>('hostOfMission', PERSONAL, { id: self.id });
    expect(before.data?.agent?.id).toBe(self.id);
    expect(before.data?.agent?.email).toBeNull();
    expect(codes(before)).toContain('FORBIDDEN');

    const applied = await as<{ apply: { id: string; status: string } }>(
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
    applicationId = applied.data?.apply.id ?? '';
    writes.push({
      log: 'approvals',
      action: 'application.submit',
      entityId: applicationId,
      actorId: self.id,
    });

    // approvals → profiles through the event bus: the host now sees the applicant's details.
    const after = await eventually(
      () => as<Personal>('hostOfMission', PERSONAL, { id: self.id }),
      (response) => response.data?.agent?.email === self.email,
    );
    expect(after.errors).toBeUndefined();
    expect(after.data?.agent).toMatchObject({ email: self.email, manager: { id: self.managerId } });
  });

  const personalAllowed: Record<Role, boolean | 'whole-operation'> = {
    self: true,
    manager: true,
    hostOfMission: true,
    admin: true,
    otherAgent: false,
    otherManager: false,
    hostElsewhere: false,
    clientWithScope: false,
    clientWithoutScope: 'whole-operation',
    anonymous: 'whole-operation',
  };

  it.each(ROLES)(
    'personal fields of the applicant (email, phone, manager, availability) for %s',
    async (role) => {
      const response = await as<Personal>(role, PERSONAL, { id: self.id });
      const expected = personalAllowed[role];
      if (expected === true) {
        expect(response.errors).toBeUndefined();
        expect(response.data?.agent).toMatchObject({
          id: self.id,
          email: self.email,
          manager: { id: self.managerId },
        });
      } else if (expected === false) {
        // The agent is there, their personal fields are null, each with its FORBIDDEN error.
        expect(response.data?.agent).toMatchObject({ id: self.id, email: null, phone: null, manager: null });
        const refused = (response.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
        expect(refused.map((error) => error.path?.at(-1)).sort()).toEqual([
          'availability',
          'email',
          'manager',
          'phone',
        ]);
        for (const error of refused) expect(error.message).toMatch(/[éèàç’]|droit|réservé/i);
      } else {
        expect(response.data?.agent ?? null).toBeNull();
        expect(codes(response)).toContain(refusal(role));
      }
    },
  );

  const APPLICATIONS = /* GraphQL */ `
    query ($id: ID!) {
      agent(id: $id) {
        id
        applications {
          id
          mission {
            id
          }
        }
      }
    }
  `;

  it.each(ROLES)('applications of the applicant for %s', async (role) => {
    const response = await as<{ agent: { applications: Array<{ id: string }> | null } | null }>(
      role,
      APPLICATIONS,
      {
        id: self.id,
      },
    );
    const ids = response.data?.agent?.applications?.map((a) => a.id);
    const own = demo.applications.filter((a) => a.agentId === self.id).length + 1;
    switch (role) {
      case 'self':
      case 'manager':
      case 'admin':
        expect(response.errors).toBeUndefined();
        expect(ids).toHaveLength(own);
        expect(ids).toContain(applicationId);
        break;
      case 'hostOfMission':
        // Only those to missions of the administrations the host is référent of.
        expect(response.errors).toBeUndefined();
        expect(ids).toContain(applicationId);
        break;
      case 'clientWithoutScope':
      case 'anonymous':
        expect(response.data?.agent ?? null).toBeNull();
        expect(codes(response)).toContain(refusal(role));
        break;
      default:
        expect(response.data?.agent?.applications ?? null).toBeNull();
        expect(codes(response)).toContain('FORBIDDEN');
    }
  });

  const MISSION_APPLICATIONS = /* GraphQL */ `
    query ($id: ID!) {
      mission(id: $id) {
        id
        applications {
          id
          agent {
            id
          }
        }
      }
    }
  `;

  it.each(ROLES)('applications of the mission for %s', async (role) => {
    const response = await as<{
      mission: { id: string; applications: Array<{ id: string; agent: { id: string } }> | null } | null;
    }>(role, MISSION_APPLICATIONS, { id: mission.id });
    const applications = response.data?.mission?.applications;
    const all = demo.applications.filter((a) => a.missionId === mission.id).length + 1;
    switch (role) {
      case 'hostOfMission':
      case 'admin':
        expect(response.errors).toBeUndefined();
        expect(applications).toHaveLength(all);
        break;
      case 'self':
        // An agent sees their own application among them, nobody else's.
        expect(response.errors).toBeUndefined();
        expect(applications?.map((a) => a.id)).toEqual([applicationId]);
        break;
      case 'manager':
      case 'otherAgent':
      case 'otherManager':
      case 'hostElsewhere':
        expect(response.errors).toBeUndefined();
        expect(applications).toEqual([]);
        break;
      case 'clientWithoutScope':
        expect(response.data ?? null).toBeNull();
        expect(codes(response)).toContain('FORBIDDEN');
        break;
      default:
        // The public mission stays readable; its applicants do not.
        expect(response.data?.mission?.id).toBe(mission.id);
        expect(applications ?? null).toBeNull();
        expect(codes(response)).toContain(refusal(role));
    }
  });

  const EXPORT_FIELDS = /* GraphQL */ `
    query ($id: ID!) {
      agent(id: $id) {
        id
        profilesData
        missionsData
        approvalsData
        hiddenFromAdministrations {
          id
        }
      }
    }
  `;

  it.each(ROLES)('RGPD export fields and hidden-from list of the applicant for %s', async (role) => {
    const response = await as<{ agent: Record<string, unknown> | null }>(role, EXPORT_FIELDS, {
      id: self.id,
    });
    if (role === 'self' || role === 'admin') {
      expect(response.errors).toBeUndefined();
      expect(response.data?.agent?.profilesData).toBeTruthy();
      expect(response.data?.agent?.approvalsData).toBeTruthy();
      expect(response.data?.agent?.missionsData).toBeTruthy();
    } else if (role === 'clientWithoutScope' || role === 'anonymous') {
      expect(response.data?.agent ?? null).toBeNull();
      expect(codes(response)).toContain(refusal(role));
    } else {
      expect(response.data?.agent).toMatchObject({
        id: self.id,
        profilesData: null,
        missionsData: null,
        approvalsData: null,
        hiddenFromAdministrations: null,
      });
      expect(new Set(codes(response))).toEqual(new Set(['FORBIDDEN']));
    }
  });

  it.each(ROLES)('audit logs for %s', async (role) => {
    const response = await as(
      role,
      `{ profilesAuditLog(first: 1) { nodes { id } } missionsAuditLog(first: 1) { nodes { id } } approvalsAuditLog(first: 1) { nodes { id } } }`,
    );
    if (role === 'admin') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.data ?? null).toBeNull();
      expect(codes(response)).toContain(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  describe('writes', () => {
    const UPDATE_PROFILE = `mutation ($id: ID!, $jobTitle: String!) { updateAgentProfile(id: $id, input: { jobTitle: $jobTitle }) { id jobTitle } }`;
    const SET_AVAILABILITY = `mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 6 }) { id } }`;

    const jobTitleOfSelf = async () =>
      (await as<{ agent: { jobTitle: string } }>('admin', '{ agent(id: "' + self.id + '") { jobTitle } }'))
        .data?.agent.jobTitle;

    it('lets only the agent and the programme team edit a profile; refusals change nothing', async () => {
      const original = await jobTitleOfSelf();
      for (const role of ROLES.filter((r) => r !== 'self' && r !== 'admin')) {
        const response = await as(role, UPDATE_PROFILE, { id: self.id, jobTitle: `Poste écrit par ${role}` });
        expect({ role, codes: codes(response) }).toEqual({ role, codes: [refusal(role)] });
        const availability = await as(role, SET_AVAILABILITY, { id: self.id });
        expect({ role, codes: codes(availability) }).toEqual({ role, codes: [refusal(role)] });
      }
      expect(await jobTitleOfSelf()).toBe(original);

      for (const role of ['self', 'admin'] as const) {
        const response = await as<{ updateAgentProfile: { jobTitle: string } }>(role, UPDATE_PROFILE, {
          id: self.id,
          jobTitle: `Cheffe de projet (${role})`,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.updateAgentProfile.jobTitle).toBe(`Cheffe de projet (${role})`);
        writes.push({
          log: 'profiles',
          action: 'agent.updateProfile',
          entityId: self.id,
          actorId: people[role],
        });
        const availability = await as(role, SET_AVAILABILITY, { id: self.id });
        expect(availability.errors).toBeUndefined();
        writes.push({
          log: 'profiles',
          action: 'agent.setAvailability',
          entityId: self.id,
          actorId: people[role],
        });
      }
    });

    const CREATE = `mutation ($input: MissionInput!) { createMission(input: $input) { id status } }`;
    const missionInput = () => ({
      title: 'Audit d’accessibilité d’un téléservice',
      kind: 'UX_IMPROVEMENT',
      domain: 'TECHNICAL',
      description:
        'Relire les parcours principaux du téléservice avec un lecteur d’écran et proposer des corrections.',
      hostAdministrationId: mission.hostAdministrationId,
      contactAgentId: people.hostOfMission,
      requiredSkills: [{ skillId: demo.skills[0]?.id, minLevel: 'INTERMEDIATE' }],
      effortHours: 12,
      startDate: '2031-03-01',
      endDate: '2031-04-01',
      applicationDeadline: '2031-02-01',
      workMode: 'REMOTE',
      seats: 1,
    });

    it('lets hosts of the administration and the programme team post missions, and only the programme team publish', async () => {
      for (const role of ROLES.filter((r) => r !== 'hostOfMission' && r !== 'admin')) {
        const response = await as(role, CREATE, { input: missionInput() });
        expect({ role, codes: codes(response) }).toEqual({ role, codes: [refusal(role)] });
      }
      const created: string[] = [];
      for (const role of ['hostOfMission', 'admin'] as const) {
        const response = await as<{ createMission: { id: string; status: string } }>(role, CREATE, {
          input: missionInput(),
        });
        expect(response.errors).toBeUndefined();
        expect(response.data?.createMission.status).toBe('DRAFT');
        created.push(response.data?.createMission.id ?? '');
        writes.push({
          log: 'missions',
          action: 'mission.create',
          entityId: created.at(-1) ?? '',
          actorId: people[role],
        });
      }
      const draft = created[0] ?? '';
      const submitted = await as(
        'hostOfMission',
        `mutation ($id: ID!) { submitMission(id: $id) { status } }`,
        {
          id: draft,
        },
      );
      expect(submitted.errors).toBeUndefined();
      writes.push({
        log: 'missions',
        action: 'mission.submit',
        entityId: draft,
        actorId: people.hostOfMission,
      });

      const PUBLISH = `mutation ($id: ID!) { publishMission(id: $id) { status } }`;
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const response = await as(role, PUBLISH, { id: draft });
        // Whoever cannot see a submitted mission is told it does not exist, not that it is there.
        expect({ role, codes: codes(response) }).toEqual({
          role,
          codes: [
            role === 'anonymous' ? 'UNAUTHENTICATED' : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
          ],
        });
      }
      const published = await as<{ publishMission: { status: string } }>('admin', PUBLISH, { id: draft });
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishMission.status).toBe('PUBLISHED');
      writes.push({ log: 'missions', action: 'mission.publish', entityId: draft, actorId: people.admin });
    });

    it('lets only the applicant (or the programme team) withdraw an application', async () => {
      const WITHDRAW = `mutation ($id: ID!) { withdrawApplication(id: $id, reason: WORKLOAD) { id status } }`;
      for (const role of ROLES.filter((r) => r !== 'self' && r !== 'admin')) {
        const response = await as(role, WITHDRAW, { id: applicationId });
        expect({ role, codes: codes(response) }).toEqual({
          role,
          codes: [
            role === 'anonymous' ? 'UNAUTHENTICATED' : expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
          ],
        });
      }
      const response = await as<{ withdrawApplication: { status: string } }>('self', WITHDRAW, {
        id: applicationId,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.withdrawApplication.status).toBe('WITHDRAWN');
      writes.push({
        log: 'approvals',
        action: 'application.withdraw',
        entityId: applicationId,
        actorId: self.id,
      });
    });

    it('has an audit row, with who and before/after, for every write above, and for the host’s reading', async () => {
      expect(writes.length).toBeGreaterThanOrEqual(10);
      type Page = Record<
        string,
        {
          nodes: Array<{
            action: string;
            entityId: string;
            actorId: string;
            before: unknown;
            after: unknown;
            fields: string[];
            subjectAgentId: string | null;
          }>;
        }
      >;
      const logs = await as<Page>(
        'admin',
        `{ profilesAuditLog(first: 100) { ...rows } missionsAuditLog(first: 100) { ...rows } approvalsAuditLog(first: 100) { ...rows } }
         fragment rows on AuditEntryPage { nodes { action entityId actorId before after fields subjectAgentId } }`,
      );
      expect(logs.errors).toBeUndefined();
      for (const write of writes) {
        const rows = logs.data?.[`${write.log}AuditLog`]?.nodes ?? [];
        const row = rows.find(
          (r) => r.action === write.action && r.entityId === write.entityId && r.actorId === write.actorId,
        );
        expect({ write, found: Boolean(row) }).toEqual({ write, found: true });
        expect(row?.after).toBeTruthy();
      }
      const reads = (logs.data?.profilesAuditLog?.nodes ?? []).filter(
        (r) =>
          r.action === 'personalData.read' &&
          r.actorId === people.hostOfMission &&
          r.subjectAgentId === self.id,
      );
      expect(reads.length).toBeGreaterThan(0);
      expect(reads[0]?.fields).toEqual(expect.arrayContaining(['email']));
    });
  });

  describe('RGPD self-service', () => {
    it('exports the agent’s data from the three subgraphs, and nothing of anyone else', async () => {
      const cookie = await hub.sessionCookie(self.id);
      const response = await fetch(`${hub.gateway.url}/me/export`, { headers: { cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="talents-numeriques-mes-donnees-/,
      );
      const text = await response.text();
      const exported = JSON.parse(text) as Record<string, unknown>;
      expect(exported).toMatchObject({ agentId: self.id });
      expect(exported.profiles).toBeTruthy();
      expect(exported.missions).toBeTruthy();
      expect(exported.approvals).toBeTruthy();
      expect(text).toContain(self.email);
      expect(text).toContain(applicationId);
      // Another person's e-mail or id never appears; the manager is named as the agent's own data.
      for (const other of demo.agents) {
        if (other.id === self.id) continue;
        expect(text).not.toContain(other.email);
        if (other.id !== self.managerId) expect(text).not.toContain(other.id);
      }
      const anonymous = await fetch(`${hub.gateway.url}/me/export`);
      expect(anonymous.status).toBe(401);
    });

    it('erases the account: profile anonymised, applications’ free text blanked, history kept', async () => {
      const erased = await as<{ eraseMyAccount: boolean }>('self', 'mutation { eraseMyAccount }');
      expect(erased.errors).toBeUndefined();
      expect(erased.data?.eraseMyAccount).toBe(true);

      const profile = await as<{ agent: { erased: boolean; email: string | null; displayName: string } }>(
        'admin',
        `{ agent(id: "${self.id}") { erased email displayName } }`,
      );
      expect(profile.data?.agent.erased).toBe(true);
      expect(profile.data?.agent.displayName).not.toContain(self.lastName.toUpperCase());
      expect(profile.data?.agent.email ?? '').not.toContain(self.email);

      // profiles → approvals through the event bus: the motivation is blanked, the history stays.
      const data = await eventually(
        () =>
          as<{ agent: { approvalsData: unknown } }>('admin', `{ agent(id: "${self.id}") { approvalsData } }`),
        (response) => !JSON.stringify(response.data?.agent.approvalsData ?? '').includes('deux refontes'),
      );
      const approvals = JSON.stringify(data.data?.agent.approvalsData);
      expect(approvals).not.toContain('deux refontes');
      expect(approvals).toContain(applicationId);

      const audit = await as<{
        profilesAuditLog: { nodes: Array<{ action: string; before: unknown; after: unknown }> };
      }>(
        'admin',
        `{ profilesAuditLog(first: 100, subjectAgentId: "${self.id}") { nodes { action before after } } }`,
      );
      const text = JSON.stringify(audit.data?.profilesAuditLog.nodes);
      expect(text).toContain('agent.erase');
      expect(text).not.toContain(self.email);
      expect(text).not.toContain('Cheffe de projet');
    });
  });
});
