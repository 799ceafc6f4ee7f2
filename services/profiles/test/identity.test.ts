import {
  AdministrationKind,
  agentViewer,
  ANONYMOUS_VIEWER,
  clientViewer,
  EmploymentStatus,
  Role,
  SkillFamily,
  SkillLevel,
  SYSTEM_VIEWER,
  WorkMode,
  type Viewer,
} from '@talents/common';
import { generateDemoData, type DemoAgent, type DemoData } from '@talents/demo';
import type { GraphQLResponse } from '../../../test/support/graphql';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import {
  agentChangedEvent,
  applyApplicationChanged,
  profilesSubgraph,
  seedProfiles,
  type ApplicationChangedPayload,
} from '../src';
import { applicantHostRows } from '../src/seed/profiles.seed';

function id(index: number): string {
  return `0000000b-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

// Who is who in the fixture: each index plays one part of the role matrix.
const SELF = 1; // dinum, reports to MANAGER, applied to an insee mission
const MANAGER = 2; // dinum
const OTHER = 3; // minarm, nothing to do with anyone
const HOST = 4; // insee, référent of insee
const FOREIGN_HOST = 5; // minarm, référent of minarm
const ADMIN = 6; // dinum, mission Talents numériques
const OUT = 7; // dinum, out of the directory, reports to MANAGER, applied to insee
const HIDING = 8; // dinum, hides from minarm
const HIDING_APPLICANT = 9; // dinum, hides from insee but applied to insee
const HIDING_QUIET = 10; // dinum, hides from insee, never applied
const ERASABLE = 11; // dinum, manages REPORT, référent of dinum
const REPORT = 12; // dinum, reports to ERASABLE
const LONE_MANAGER = 13; // minarm, manages LONE_REPORT only
const LONE_REPORT = 14; // minarm
const INSEE_AGENT = 15; // insee, plain agent
const BULK_FROM = 100;
const BULK_COUNT = 60;

function demoAgent(index: number, overrides: Partial<DemoAgent> = {}): DemoAgent {
  return {
    id: id(index),
    firstName: `Prénom${index}`,
    lastName: `Nom${String(index).padStart(3, '0')}`,
    email: `agent${index}@numerique.gouv.fr`,
    phone: '01 23 45 67 89',
    employmentStatus: EmploymentStatus.CIVIL_SERVANT,
    administrationId: 'dinum',
    unit: 'Pôle produits',
    jobTitle: 'Développeuse',
    city: 'Paris',
    departmentCode: '75',
    workMode: WorkMode.HYBRID,
    skills: [{ skillId: 'typescript', level: SkillLevel.ADVANCED }],
    availableHoursPerMonth: 8,
    availableFrom: '2025-01-01',
    availableUntil: null,
    managerId: null,
    inDirectory: true,
    hiddenFrom: [],
    createdAt: new Date(Date.UTC(2025, 0, 1)),
    ...overrides,
  };
}

const data: DemoData = {
  administrations: [
    {
      id: 'spm',
      name: 'Services du Premier ministre',
      acronym: 'SPM',
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    {
      id: 'dinum',
      name: 'Direction interministérielle du numérique',
      acronym: 'DINUM',
      kind: AdministrationKind.DIRECTORATE,
      parentId: 'spm',
    },
    {
      id: 'minarm',
      name: 'Ministère des Armées',
      acronym: null,
      kind: AdministrationKind.MINISTRY,
      parentId: null,
    },
    {
      id: 'insee',
      name: 'Institut national de la statistique et des études économiques',
      acronym: 'Insee',
      kind: AdministrationKind.AGENCY,
      parentId: null,
    },
  ],
  skills: [
    { id: 'typescript', label: 'TypeScript', family: SkillFamily.DEVELOPMENT },
    { id: 'rgpd', label: 'RGPD', family: SkillFamily.LEGAL },
  ],
  agents: [
    demoAgent(SELF, { managerId: id(MANAGER), email: 'Self.Agent@Numerique.gouv.fr' }),
    demoAgent(MANAGER),
    demoAgent(OTHER, { administrationId: 'minarm' }),
    demoAgent(HOST, { administrationId: 'insee' }),
    demoAgent(FOREIGN_HOST, { administrationId: 'minarm' }),
    demoAgent(ADMIN, { unit: 'Mission Talents numériques' }),
    demoAgent(OUT, { managerId: id(MANAGER), inDirectory: false }),
    demoAgent(HIDING, { hiddenFrom: ['minarm'] }),
    demoAgent(HIDING_APPLICANT, { hiddenFrom: ['insee'] }),
    demoAgent(HIDING_QUIET, { hiddenFrom: ['insee'] }),
    demoAgent(ERASABLE, { phone: '01 99 99 99 99' }),
    demoAgent(REPORT, { managerId: id(ERASABLE) }),
    demoAgent(LONE_MANAGER, { administrationId: 'minarm' }),
    demoAgent(LONE_REPORT, { administrationId: 'minarm', managerId: id(LONE_MANAGER) }),
    demoAgent(INSEE_AGENT, { administrationId: 'insee' }),
    ...Array.from({ length: BULK_COUNT }, (_, offset) =>
      demoAgent(BULK_FROM + offset, { managerId: offset % 3 === 0 ? id(MANAGER) : null }),
    ),
  ],
  missions: [],
  applications: [],
  hostReferents: [
    { agentId: id(HOST), administrationId: 'insee' },
    { agentId: id(FOREIGN_HOST), administrationId: 'minarm' },
    { agentId: id(ERASABLE), administrationId: 'dinum' },
  ],
  programmeAdmins: [id(ADMIN)],
};

/** Bulk agents of even rank applied to an insee mission: the host may see them, not the others. */
const APPLIED_TO_INSEE = [
  SELF,
  OUT,
  HIDING_APPLICANT,
  ...Array.from({ length: BULK_COUNT }, (_, offset) => BULK_FROM + offset).filter((index) => index % 2 === 0),
];

const as = {
  self: agentViewer(id(SELF), { administrationId: 'dinum' }),
  manager: agentViewer(id(MANAGER), { roles: [Role.AGENT, Role.MANAGER], administrationId: 'dinum' }),
  other: agentViewer(id(OTHER), { administrationId: 'minarm' }),
  host: agentViewer(id(HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'insee',
    hostOf: ['insee'],
  }),
  foreignHost: agentViewer(id(FOREIGN_HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'minarm',
    hostOf: ['minarm'],
  }),
  inseeAgent: agentViewer(id(INSEE_AGENT), { administrationId: 'insee' }),
  admin: agentViewer(id(ADMIN), { roles: [Role.AGENT, Role.ADMIN], administrationId: 'dinum' }),
  reader: clientViewer('systeme-rh', ['profiles:read']),
  client: clientViewer('systeme-missions', ['missions:read']),
  anonymous: ANONYMOUS_VIEWER,
  system: SYSTEM_VIEWER,
};

let subgraph: TestSubgraph;
let applicationVersion = Date.UTC(2025, 5, 1);

function applicationChanged(
  agentIndex: number,
  host: string,
  status = 'SUBMITTED',
): ApplicationChangedPayload {
  applicationVersion += 1000;
  return {
    id: `11111111-0000-4000-a000-${String(agentIndex).padStart(12, '0')}`,
    agentId: id(agentIndex),
    missionId: '22222222-0000-4000-a000-000000000001',
    hostAdministrationId: host,
    status,
    version: new Date(applicationVersion).toISOString(),
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(profilesSubgraph);
  await seedProfiles(subgraph.db, data);
  await subgraph.db.transaction(async (manager) => {
    for (const index of APPLIED_TO_INSEE)
      await applyApplicationChanged(applicationChanged(index, 'insee'), manager);
  });
});

afterAll(async () => {
  await subgraph?.stop();
});

type Errors = NonNullable<GraphQLResponse['errors']>;

function codes(errors: Errors | undefined): Array<[string, unknown]> {
  return (errors ?? []).map((error) => [String(error.path?.join('.')), error.extensions?.code]);
}

async function auditRows(where: string, parameters: unknown[]) {
  return (await subgraph.db.query(
    `SELECT actor_id, action, entity_id, subject_agent_id, fields, before, after
     FROM profiles.audit_log WHERE ${where} ORDER BY at, id`,
    parameters,
  )) as Array<{
    actor_id: string;
    action: string;
    entity_id: string;
    subject_agent_id: string | null;
    fields: string[];
    before: unknown;
    after: unknown;
  }>;
}

describe('principal', () => {
  const PRINCIPAL = `query Principal($id: ID, $email: String) {
    principal(id: $id, email: $email) { agentId administrationId roles hostOf }
  }`;
  const lookUp = (variables: Record<string, unknown>, viewer: Viewer = as.system) =>
    subgraph.query<{ principal: unknown }>(PRINCIPAL, variables, viewer);

  it.each([
    ['a plain agent', SELF, 'dinum', ['AGENT'], []],
    ['a manager', MANAGER, 'dinum', ['AGENT', 'MANAGER'], []],
    ['a host', HOST, 'insee', ['AGENT', 'HOST'], ['insee']],
    ['an admin', ADMIN, 'dinum', ['AGENT', 'ADMIN'], []],
  ])('gives the roles of %s', async (_label, index, administrationId, roles, hostOf) => {
    const response = await lookUp({ id: id(index).toUpperCase() });
    expect(response).toEqual({
      data: { principal: { agentId: id(index), administrationId, roles, hostOf } },
    });
  });

  it('finds an agent by e-mail whatever its case and surrounding spaces, in one statement', async () => {
    const { result, statements } = await subgraph.queries.measure(() =>
      lookUp({ email: '  self.agent@NUMERIQUE.gouv.fr ' }),
    );
    expect(result.data?.principal).toMatchObject({ agentId: id(SELF) });
    expect(statements).toBe(1);
  });

  it.each([
    ['an unknown id', { id: id(999) }],
    ['a malformed id', { id: 'pas-un-uuid' }],
    ['an unknown e-mail', { email: 'personne@numerique.gouv.fr' }],
  ])('answers null for %s', async (_label, variables) => {
    expect(await lookUp(variables)).toEqual({ data: { principal: null } });
  });

  it.each([
    ['both an id and an e-mail', { id: id(SELF), email: 'agent1@numerique.gouv.fr' }],
    ['neither', {}],
    ['a blank e-mail', { email: '   ' }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
    const response = await lookUp(variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['an admin', as.admin, 'FORBIDDEN'],
    ['an API client with every scope', clientViewer('c', ['profiles:read', 'missions:read']), 'FORBIDDEN'],
    ['an anonymous visitor', as.anonymous, 'UNAUTHENTICATED'],
  ])('is refused to %s: it is the gateway’s alone', async (_label, viewer, code) => {
    const response = await lookUp({ id: id(SELF) }, viewer);
    expect(response.data?.principal ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('personal fields', () => {
  const PROFILE = `query ($id: ID!) { agent(id: $id) {
    id displayName email phone availability { hoursPerMonth } manager { id }
  } }`;
  const PERSONAL = ['email', 'phone', 'availability', 'manager'];

  it.each([
    ['the agent themself', as.self],
    ['their manager', as.manager],
    ['a host of an administration they applied to', as.host],
    ['an admin', as.admin],
  ])('are shown to %s', async (_label, viewer) => {
    const response = await subgraph.query(PROFILE, { id: id(SELF) }, viewer);
    expect(response).toEqual({
      data: {
        agent: {
          id: id(SELF),
          displayName: `Prénom${SELF} NOM001`,
          email: 'Self.Agent@Numerique.gouv.fr',
          phone: '01 23 45 67 89',
          availability: { hoursPerMonth: 8 },
          manager: { id: id(MANAGER) },
        },
      },
    });
  });

  it.each([
    ['another agent', as.other],
    ['a host of an administration they did not apply to', as.foreignHost],
    ['an agent of an administration they applied to, not its host', as.inseeAgent],
    ['an API client, even with profiles:read', as.reader],
  ])('are null with FORBIDDEN for %s, the rest of the profile kept', async (_label, viewer) => {
    const response = await subgraph.query<{ agent: Record<string, unknown> }>(
      PROFILE,
      { id: id(SELF) },
      viewer,
    );
    expect(response.data?.agent).toEqual({
      id: id(SELF),
      displayName: `Prénom${SELF} NOM001`,
      email: null,
      phone: null,
      availability: null,
      manager: null,
    });
    expect(codes(response.errors).sort()).toEqual(
      PERSONAL.map((field) => [`agent.${field}`, 'FORBIDDEN']).sort(),
    );
    expect(response.errors?.map((error) => error.extensions?.field).sort()).toEqual([...PERSONAL].sort());
    expect(response.errors?.[0]?.message).toMatch(/manager/);
  });

  it('are shown to the gateway through _entities, and refused there to an anonymous visitor, who is asked to sign in', async () => {
    const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Agent { id displayName email }
    } }`;
    const representations = [{ __typename: 'Agent', id: id(SELF) }];
    expect(await subgraph.query(ENTITIES, { representations }, as.system)).toEqual({
      data: {
        _entities: [
          { id: id(SELF), displayName: `Prénom${SELF} NOM001`, email: 'Self.Agent@Numerique.gouv.fr' },
        ],
      },
    });
    const anonymous = await subgraph.query(ENTITIES, { representations }, as.anonymous);
    expect(anonymous.data).toEqual({
      _entities: [{ id: id(SELF), displayName: `Prénom${SELF} NOM001`, email: null }],
    });
    expect(codes(anonymous.errors)).toEqual([['_entities.0.email', 'UNAUTHENTICATED']]);
  });

  it('audits a person reading someone else’s, once per request, and neither self-reads nor refusals', async () => {
    const before = await auditRows("action = 'personalData.read'", []);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.manager);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.self);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.other);
    const after = await auditRows("action = 'personalData.read'", []);
    expect(after.slice(before.length)).toEqual([
      {
        actor_id: id(MANAGER),
        action: 'personalData.read',
        entity_id: id(SELF),
        subject_agent_id: id(SELF),
        fields: ['availability', 'email', 'manager', 'phone'],
        before: null,
        after: null,
      },
    ]);
  });

  it('cost the same number of SQL statements for 5 and 50 agents read by a host', async () => {
    const query = `query ($first: Int) { agents(first: $first, filter: { text: "prenom1" }) { nodes {
      id email phone availability { hoursPerMonth } manager { id }
    } } }`;
    const run = (first: number) =>
      subgraph.queries.measure(async () => {
        const response = await subgraph.query<{
          agents: { nodes: Array<{ id: string; email: string | null }> };
        }>(query, { first }, as.host);
        const nodes = response.data!.agents.nodes;
        // The host sees the applicants' e-mails and nobody else's.
        for (const node of nodes) {
          const index = Number(node.id.slice(-12));
          expect(node.email !== null).toBe(APPLIED_TO_INSEE.includes(index));
        }
        expect(nodes.some((node) => node.email === null)).toBe(true);
        expect(nodes.some((node) => node.email !== null)).toBe(true);
        return nodes.length;
      });
    const small = await run(5);
    const large = await run(50);
    expect([small.result, large.result]).toEqual([5, 50]);
    expect(large.statements).toBe(small.statements);
  });
});

describe('directory', () => {
  const LIST = `query ($filter: AgentFilter, $first: Int, $after: String) {
    agents(filter: $filter, first: $first, after: $after) {
      nodes { id } pageInfo { hasNextPage endCursor } totalCount
    }
  }`;
  interface Page {
    agents: {
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      totalCount: number;
    };
  }

  /** Every id the viewer may list, page after page, checking that the count agrees with the pages. */
  async function listed(viewer: Viewer): Promise<Set<number>> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 50; guard += 1) {
      const response: GraphQLResponse<Page> = await subgraph.query<Page>(LIST, { first: 7, after }, viewer);
      expect(response.errors).toBeUndefined();
      ids.push(...response.data!.agents.nodes.map((node) => node.id));
      total = response.data!.agents.totalCount;
      if (!response.data!.agents.pageInfo.hasNextPage) break;
      after = response.data!.agents.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(total);
    return new Set(ids.map((value) => Number(value.slice(-12))));
  }

  it('is refused to anonymous visitors and to API clients without profiles:read', async () => {
    expect((await subgraph.query(LIST, {}, as.anonymous)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await subgraph.query(LIST, {}, as.client)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await subgraph.query('query ($id: ID!) { agent(id: $id) { id } }', { id: id(SELF) }, as.anonymous))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('lists to an API client with profiles:read the agents in the directory', async () => {
    const ids = await listed(as.reader);
    expect(ids.has(SELF)).toBe(true);
    expect(ids.has(HIDING)).toBe(true);
    expect(ids.has(OUT)).toBe(false);
  });

  it('hides an agent out of the directory from everyone but themself, their manager, hosts they applied to and admins', async () => {
    expect((await listed(as.other)).has(OUT)).toBe(false);
    expect((await listed(as.foreignHost)).has(OUT)).toBe(false);
    expect((await listed(as.inseeAgent)).has(OUT)).toBe(false);
    expect((await listed(agentViewer(id(OUT), { administrationId: 'dinum' }))).has(OUT)).toBe(true);
    expect((await listed(as.manager)).has(OUT)).toBe(true);
    expect((await listed(as.host)).has(OUT)).toBe(true);
    expect((await listed(as.admin)).has(OUT)).toBe(true);
  });

  it('hides an agent from the administrations they chose, its agents and its hosts, unless they applied there', async () => {
    expect((await listed(as.other)).has(HIDING)).toBe(false);
    expect((await listed(as.foreignHost)).has(HIDING)).toBe(false);
    expect((await listed(as.self)).has(HIDING)).toBe(true);
    expect((await listed(as.host)).has(HIDING)).toBe(true);

    const host = await listed(as.host);
    expect(host.has(HIDING_APPLICANT)).toBe(true);
    expect(host.has(HIDING_QUIET)).toBe(false);
    const inseeAgent = await listed(as.inseeAgent);
    expect(inseeAgent.has(HIDING_APPLICANT)).toBe(false);
    expect(inseeAgent.has(HIDING_QUIET)).toBe(false);
    expect((await listed(as.admin)).has(HIDING_QUIET)).toBe(true);
  });

  it('shows whom an agent hides from to themself and admins only', async () => {
    const HIDDEN = 'query ($id: ID!) { agent(id: $id) { id hiddenFromAdministrations { id name } } }';
    const expected = {
      agent: { id: id(HIDING), hiddenFromAdministrations: [{ id: 'minarm', name: 'Ministère des Armées' }] },
    };
    expect(await subgraph.query(HIDDEN, { id: id(HIDING) }, agentViewer(id(HIDING)))).toEqual({
      data: expected,
    });
    expect(await subgraph.query(HIDDEN, { id: id(HIDING) }, as.admin)).toEqual({ data: expected });
    const other = await subgraph.query(HIDDEN, { id: id(HIDING) }, as.manager);
    expect(other.data).toEqual({ agent: { id: id(HIDING), hiddenFromAdministrations: null } });
    expect(codes(other.errors)).toEqual([['agent.hiddenFromAdministrations', 'FORBIDDEN']]);
  });
});

describe('me', () => {
  it('is the signed-in agent, and null for anyone else', async () => {
    expect(await subgraph.query('{ me { id email } }', {}, as.self)).toEqual({
      data: { me: { id: id(SELF), email: 'Self.Agent@Numerique.gouv.fr' } },
    });
    for (const viewer of [as.anonymous, as.reader, agentViewer(id(999))]) {
      expect(await subgraph.query('{ me { id } }', {}, viewer)).toEqual({ data: { me: null } });
    }
  });
});

describe('writes', () => {
  const TARGET = 20 + BULK_FROM; // a bulk agent nobody else's test touches
  const owner = agentViewer(id(TARGET), { administrationId: 'dinum' });
  const writes: Array<[string, string, Record<string, unknown>]> = [
    [
      'agent.updateProfile',
      'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { jobTitle: "Architecte" }) { id } }',
      { jobTitle: 'Architecte' },
    ],
    [
      'agent.setSkills',
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "rgpd", level: EXPERT }]) { id } }',
      { skills: [{ skillId: 'rgpd', level: 'EXPERT' }] },
    ],
    [
      'agent.setAvailability',
      'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 12 }) { id } }',
      { hoursPerMonth: 12, from: null, until: null },
    ],
    [
      'agent.setDirectoryVisibility',
      'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: false) { id } }',
      { inDirectory: false },
    ],
    [
      'agent.setHiddenFromAdministrations',
      'mutation ($id: ID!) { setHiddenFromAdministrations(agentId: $id, administrationIds: ["minarm"]) { id } }',
      { administrationIds: ['minarm'] },
    ],
  ];

  it.each(writes)('%s: refused to others, and writes nothing', async (action, mutation) => {
    const before = await subgraph.db.query('SELECT * FROM profiles.agent WHERE id = $1', [id(TARGET)]);
    const refusals: Array<[Viewer, string]> = [
      [as.other, 'FORBIDDEN'],
      [as.manager, 'FORBIDDEN'],
      [as.host, 'FORBIDDEN'],
      [as.reader, 'FORBIDDEN'],
      [as.anonymous, 'UNAUTHENTICATED'],
    ];
    for (const [viewer, code] of refusals) {
      const response = await subgraph.query(mutation, { id: id(TARGET) }, viewer);
      expect([viewer.subject, response.errors?.[0]?.extensions?.code]).toEqual([viewer.subject, code]);
    }
    expect(await subgraph.db.query('SELECT * FROM profiles.agent WHERE id = $1', [id(TARGET)])).toEqual(
      before,
    );
    expect(await auditRows('action = $1 AND subject_agent_id = $2', [action, id(TARGET)])).toEqual([]);
  });

  it.each(writes)(
    '%s: done by the agent, audited with before and after in its transaction',
    async (action, mutation, after) => {
      const response = await subgraph.query(mutation, { id: id(TARGET).toUpperCase() }, owner);
      expect(response.errors).toBeUndefined();
      const rows = await auditRows('action = $1 AND subject_agent_id = $2', [action, id(TARGET)]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actor_id: id(TARGET),
        entity_id: id(TARGET),
        after: expect.objectContaining(after),
      });
      expect(rows[0]!.before).not.toEqual(rows[0]!.after);
    },
  );

  it('lets an admin write any profile, audited under the admin’s name', async () => {
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 3 }) { id } }',
      { id: id(TARGET + 1) },
      as.admin,
    );
    expect(response.errors).toBeUndefined();
    const rows = await auditRows('action = $1 AND subject_agent_id = $2', [
      'agent.setAvailability',
      id(TARGET + 1),
    ]);
    expect(rows.map((row) => [row.actor_id, row.after])).toEqual([
      [id(ADMIN), { hoursPerMonth: 3, from: null, until: null }],
    ]);
  });

  it('refuses an unknown administration to hide from, naming it', async () => {
    const response = await subgraph.query(
      'mutation ($id: ID!) { setHiddenFromAdministrations(agentId: $id, administrationIds: ["minarm", "nulle-part"]) { id } }',
      { id: id(TARGET) },
      owner,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'administrationIds.1',
    });
  });

  it('leaves no audit row when the write fails', async () => {
    const before = await auditRows('subject_agent_id = $1', [id(TARGET)]);
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "inconnue", level: EXPERT }]) { id } }',
      { id: id(TARGET) },
      owner,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditRows('subject_agent_id = $1', [id(TARGET)])).toEqual(before);
  });

  it('gives admins the audit log, and nobody else', async () => {
    const LOG =
      'query ($subject: ID) { profilesAuditLog(subjectAgentId: $subject) { nodes { action actorId } } }';
    const admin = await subgraph.query<{ profilesAuditLog: { nodes: Array<{ action: string }> } }>(
      LOG,
      { subject: id(TARGET) },
      as.admin,
    );
    expect(admin.data!.profilesAuditLog.nodes.map((node) => node.action)).toEqual(
      expect.arrayContaining(['agent.updateProfile', 'agent.setSkills']),
    );
    expect((await subgraph.query(LOG, {}, owner)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells approvals when an agent moves to another administration, in the same transaction', async () => {
    const before = (await subgraph.events.backlog())['approvals__agent_changed'] ?? 0;
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentIdentity(agentId: $id, input: { administrationId: "insee" }) { administration { id } } }',
      { id: id(TARGET + 2) },
      as.admin,
    );
    expect(response.data).toEqual({ setAgentIdentity: { administration: { id: 'insee' } } });
    expect((await subgraph.events.backlog())['approvals__agent_changed']).toBe(before + 1);
  });
});

describe('RGPD', () => {
  const EXPORT = 'query ($id: ID!) { agent(id: $id) { profilesData } }';

  it('exports the agent’s own data, and of others only their administration’s and manager’s names', async () => {
    const response = await subgraph.query<{ agent: { profilesData: Record<string, unknown> } }>(
      EXPORT,
      { id: id(HIDING) },
      agentViewer(id(HIDING)),
    );
    expect(response.errors).toBeUndefined();
    const exported = response.data!.agent.profilesData;
    expect(exported).toMatchObject({
      profile: {
        id: id(HIDING),
        email: `agent${HIDING}@numerique.gouv.fr`,
        phone: '01 23 45 67 89',
        erasedAt: null,
      },
      administration: { id: 'dinum', name: 'Direction interministérielle du numérique' },
      manager: null,
      skills: [{ skillId: 'typescript', label: 'TypeScript', level: 'ADVANCED' }],
      availability: { hoursPerMonth: 8, from: '2025-01-01', until: null },
      directory: {
        inDirectory: true,
        hiddenFromAdministrations: [{ id: 'minarm', name: 'Ministère des Armées' }],
      },
      roles: ['AGENT'],
      hostOf: [],
      programmeAdmin: false,
    });

    const self = await subgraph.query<{ agent: { profilesData: Record<string, unknown> } }>(
      EXPORT,
      { id: id(SELF) },
      as.self,
    );
    expect(self.data!.agent.profilesData.manager).toEqual({
      id: id(MANAGER),
      displayName: `Prénom${MANAGER} NOM002`,
    });
    const text = JSON.stringify(self.data);
    expect(text).not.toContain(`agent${MANAGER}@`);
  });

  it('is refused to anyone but the agent and admins; an admin’s export is audited', async () => {
    for (const viewer of [as.manager, as.host, as.reader]) {
      const response = await subgraph.query(EXPORT, { id: id(SELF) }, viewer);
      expect(response.data).toEqual({ agent: { profilesData: null } });
      expect(codes(response.errors)).toEqual([['agent.profilesData', 'FORBIDDEN']]);
    }
    const admin = await subgraph.query(EXPORT, { id: id(SELF) }, as.admin);
    expect(admin.errors).toBeUndefined();
    const reads = await auditRows(
      "action = 'personalData.read' AND actor_id = $1 AND subject_agent_id = $2",
      [id(ADMIN), id(SELF)],
    );
    expect(reads.some((row) => row.fields.includes('profilesData'))).toBe(true);
  });

  describe('erasure', () => {
    const ERASE_ME = 'mutation { eraseMyAccount }';
    const erasable = agentViewer(id(ERASABLE), {
      roles: [Role.AGENT, Role.MANAGER, Role.HOST],
      hostOf: ['dinum'],
    });

    it('is refused to anonymous visitors and API clients, and eraseAgent to non-admins', async () => {
      expect((await subgraph.query(ERASE_ME, {}, as.anonymous)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await subgraph.query(ERASE_ME, {}, as.reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const other = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(ERASABLE) },
        as.manager,
      );
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        (
          await subgraph.query(
            'query ($id: ID!) { principal(id: $id) { agentId } }',
            { id: id(ERASABLE) },
            as.system,
          )
        ).data,
      ).toEqual({
        principal: { agentId: id(ERASABLE) },
      });
    });

    it('anonymises the agent, keeps the history, blanks the audit values and tells approvals', async () => {
      // A write first, so that there is an audit row with personal values to blank.
      await subgraph.query(
        'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { city: "Lyon" }) { id } }',
        { id: id(ERASABLE) },
        erasable,
      );
      const events = (await subgraph.events.backlog())['approvals__agent_changed'] ?? 0;

      expect(await subgraph.query(ERASE_ME, {}, erasable)).toEqual({ data: { eraseMyAccount: true } });

      const shown = await subgraph.query(
        `query ($id: ID!) { agent(id: $id) {
          id displayName erased email phone unit jobTitle inDirectory skills { level } hiddenFromAdministrations { id }
        } }`,
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(shown).toEqual({
        data: {
          agent: {
            id: id(ERASABLE),
            displayName: 'Agent SUPPRIMÉ',
            erased: true,
            email: null,
            phone: null,
            unit: '',
            jobTitle: '',
            inDirectory: false,
            skills: [],
            hiddenFromAdministrations: [],
          },
        },
      });
      const [row] = (await subgraph.db.query('SELECT email, erased_at FROM profiles.agent WHERE id = $1', [
        id(ERASABLE),
      ])) as Array<{ email: string; erased_at: Date | null }>;
      expect(row!.email).toBe(`efface-${id(ERASABLE)}@invalid`);
      expect(row!.erased_at).not.toBeNull();
      // History: the report still names their former manager.
      const [report] = (await subgraph.db.query('SELECT manager_id FROM profiles.agent WHERE id = $1', [
        id(REPORT),
      ])) as Array<{ manager_id: string }>;
      expect(report!.manager_id).toBe(id(ERASABLE));
      expect(
        await subgraph.db.query('SELECT * FROM profiles.host_referent WHERE agent_id = $1', [id(ERASABLE)]),
      ).toEqual([]);

      const rows = await auditRows('subject_agent_id = $1', [id(ERASABLE)]);
      const update = rows.find((entry) => entry.action === 'agent.updateProfile');
      expect(update).toMatchObject({ before: { effacé: true }, after: { effacé: true } });
      expect(JSON.stringify(rows)).not.toContain('Lyon');
      expect(rows.find((entry) => entry.action === 'agent.erase')).toMatchObject({
        action: 'agent.erase',
        actor_id: id(ERASABLE),
        after: { erased: true },
      });

      expect((await subgraph.events.backlog())['approvals__agent_changed']).toBe(events + 1);
    });

    it('makes the agent nobody to the gateway, by id or former e-mail, and out of every listing', async () => {
      const PRINCIPAL = 'query ($id: ID, $email: String) { principal(id: $id, email: $email) { agentId } }';
      expect((await subgraph.query(PRINCIPAL, { id: id(ERASABLE) }, as.system)).data).toEqual({
        principal: null,
      });
      expect(
        (await subgraph.query(PRINCIPAL, { email: `agent${ERASABLE}@numerique.gouv.fr` }, as.system)).data,
      ).toEqual({
        principal: null,
      });
      const listing = await subgraph.query<{ agents: { nodes: Array<{ id: string }> } }>(
        '{ agents(first: 100) { nodes { id } } }',
        {},
        as.admin,
      );
      expect(listing.data!.agents.nodes.map((node) => node.id)).not.toContain(id(ERASABLE));
    });

    it('freezes the erased profile and erases once', async () => {
      const write = await subgraph.query(
        'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 4 }) { id } }',
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(write.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const again = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(ERASABLE) },
        as.admin,
      );
      expect(again).toEqual({ data: { eraseAgent: true } });
      expect(
        (await auditRows("subject_agent_id = $1 AND action = 'agent.erase'", [id(ERASABLE)])).length,
      ).toBe(1);
    });

    it('lets an admin erase an agent, whose manager then is no MANAGER any more', async () => {
      const PRINCIPAL = 'query ($id: ID!) { principal(id: $id) { roles } }';
      expect((await subgraph.query(PRINCIPAL, { id: id(LONE_MANAGER) }, as.system)).data).toEqual({
        principal: { roles: ['AGENT', 'MANAGER'] },
      });
      expect(
        await subgraph.query(
          'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
          { id: id(LONE_REPORT) },
          as.admin,
        ),
      ).toEqual({ data: { eraseAgent: true } });
      expect((await subgraph.query(PRINCIPAL, { id: id(LONE_MANAGER) }, as.system)).data).toEqual({
        principal: { roles: ['AGENT'] },
      });
      const erasure = await auditRows("subject_agent_id = $1 AND action = 'agent.erase'", [id(LONE_REPORT)]);
      expect(erasure.map((entry) => entry.actor_id)).toEqual([id(ADMIN)]);
    });

    it('answers NOT_FOUND to an admin erasing an unknown agent', async () => {
      const response = await subgraph.query(
        'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
        { id: id(998) },
        as.admin,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('builds the agent.changed payload, with what matching reads, and none of it once erased', () => {
    const agent = {
      id: id(SELF),
      administrationId: 'dinum',
      managerId: id(MANAGER),
      erasedAt: null,
      availableHoursPerMonth: 8,
      availableFrom: '2025-01-01',
      availableUntil: null,
      workMode: WorkMode.HYBRID,
      city: 'Paris',
    };
    const skills = [
      { skillId: 'typescript', level: SkillLevel.ADVANCED },
      { skillId: 'rgpd', level: SkillLevel.BEGINNER },
    ];
    const version = new Date('2025-06-01T10:00:00.000Z');
    expect(agentChangedEvent(agent, skills, version)).toEqual({
      type: 'agent.changed',
      key: id(SELF),
      payload: {
        id: id(SELF),
        administrationId: 'dinum',
        managerId: id(MANAGER),
        erased: false,
        match: {
          skills: [
            { skillId: 'rgpd', level: 'BEGINNER' },
            { skillId: 'typescript', level: 'ADVANCED' },
          ],
          hoursPerMonth: 8,
          availableFrom: '2025-01-01',
          availableUntil: null,
          workMode: 'HYBRID',
          city: 'Paris',
        },
        version: '2025-06-01T10:00:00.000Z',
      },
    });
    const erased = agentChangedEvent({ ...agent, erasedAt: new Date() }, skills, version);
    expect(erased.payload).toMatchObject({ erased: true, match: null });
  });
});

describe('application.changed', () => {
  const hostsOf = async (index: number) =>
    (await subgraph.db.query(
      'SELECT administration_id, version FROM profiles.applicant_host WHERE agent_id = $1 ORDER BY administration_id',
      [id(index)],
    )) as Array<{ administration_id: string; version: Date }>;

  it('records the host once, keeps it after a withdrawal, and ignores older copies', async () => {
    const first = applicationChanged(OTHER, 'dinum');
    const withdrawn = applicationChanged(OTHER, 'dinum', 'WITHDRAWN');
    await subgraph.db.transaction((manager) => applyApplicationChanged(withdrawn, manager));
    await subgraph.db.transaction((manager) => applyApplicationChanged(withdrawn, manager));
    await subgraph.db.transaction((manager) => applyApplicationChanged(first, manager));
    expect(await hostsOf(OTHER)).toEqual([
      { administration_id: 'dinum', version: new Date(withdrawn.version) },
    ]);
  });

  it('refuses a malformed payload', async () => {
    await expect(
      subgraph.db.transaction((manager) =>
        applyApplicationChanged({ ...applicationChanged(OTHER, 'insee'), agentId: 'pas-un-uuid' }, manager),
      ),
    ).rejects.toThrow(/malformed/);
  });

  it('is consumed from the event bus', async () => {
    await subgraph.events.publishDetached([
      { type: 'application.changed', key: 'x', payload: applicationChanged(FOREIGN_HOST, 'insee') },
    ]);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await hostsOf(FOREIGN_HOST)).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await hostsOf(FOREIGN_HOST)).map((row) => row.administration_id)).toEqual(['insee']);
  });
});

describe('seed of the generated demo data', () => {
  let demoSubgraph: TestSubgraph;
  const demo = generateDemoData({
    referenceDate: new Date('2025-03-17T00:00:00Z'),
    size: { agents: 80, missions: 40, applications: 80 },
  });

  beforeAll(async () => {
    demoSubgraph = await startTestSubgraph(profilesSubgraph);
    await seedProfiles(demoSubgraph.db, demo);
  });

  afterAll(async () => {
    await demoSubgraph?.stop();
  });

  const count = async (table: string) =>
    (
      (await demoSubgraph.db.query(`SELECT count(*)::int AS n FROM profiles.${table}`)) as Array<{
        n: number;
      }>
    )[0]!.n;

  it('writes référents, the programme team, hiding preferences and the applicant hosts, idempotently', async () => {
    const tables = ['host_referent', 'programme_admin', 'agent_hidden_from', 'applicant_host'];
    const expected = [
      demo.hostReferents!.length,
      demo.programmeAdmins!.length,
      demo.agents.reduce((sum, agent) => sum + (agent.hiddenFrom ?? []).length, 0),
      applicantHostRows(demo).length,
    ];
    expect(await Promise.all(tables.map(count))).toEqual(expected);
    expect(expected.every((n) => n > 0)).toBe(true);
    await seedProfiles(demoSubgraph.db, demo);
    expect(await Promise.all(tables.map(count))).toEqual(expected);
  });

  it('projects each application onto its mission’s host administration', () => {
    const rows = applicantHostRows(demo);
    const missions = new Map(demo.missions.map((mission) => [mission.id, mission]));
    const expected = new Set(
      demo.applications.map(
        (application) =>
          `${application.agentId}:${missions.get(application.missionId)!.hostAdministrationId}`,
      ),
    );
    expect(new Set(rows.map((row) => `${row.agentId}:${row.administrationId}`))).toEqual(expected);
  });

  it('gives the programme team ADMIN and the référents HOST', async () => {
    const lookUp = async (agentId: string) =>
      (
        await demoSubgraph.query<{ principal: { roles: string[]; hostOf: string[] } }>(
          'query ($id: ID!) { principal(id: $id) { roles hostOf } }',
          { id: agentId },
          as.system,
        )
      ).data!.principal;
    expect((await lookUp(demo.programmeAdmins![0]!)).roles).toContain('ADMIN');
    const referent = demo.hostReferents![0]!;
    const host = await lookUp(referent.agentId);
    expect(host.roles).toContain('HOST');
    expect(host.hostOf).toContain(referent.administrationId);
  });
});
