import { agentViewer, clientViewer, type Viewer } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import type { GraphQLResponse } from '../../../test/support/graphql';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { profilesSubgraph, seedProfiles } from '../src';
import { applicantHostRows } from '../src/seed/profiles.seed';
import {
  ADMIN,
  APPLIED_TO_INSEE,
  as,
  auditRows,
  codes,
  HIDING,
  HIDING_APPLICANT,
  HIDING_QUIET,
  HOST,
  id,
  MANAGER,
  OUT,
  SELF,
  subgraph,
  useIdentitySubgraph,
} from './support/identity-fixture';

/**
 * Identity in the profiles subgraph, read side (the writes, RGPD and events are in
 * identity-writes.test.ts): who a principal is, who sees personal fields, the directory, `me`,
 * and the seed of the generated demo data.
 */

useIdentitySubgraph();

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
    const before = await auditRows(subgraph.db, "action = 'personalData.read'", []);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.manager);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.self);
    await subgraph.query(PROFILE, { id: id(SELF) }, as.other);
    const after = await auditRows(subgraph.db, "action = 'personalData.read'", []);
    expect(after.slice(before.length)).toEqual([
      {
        actor_kind: 'agent',
        actor_id: id(MANAGER),
        action: 'personalData.read',
        entity_type: 'Agent',
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
