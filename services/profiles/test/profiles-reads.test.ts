import { encodeCursor } from '@talents/common';
import { randomBytes } from 'node:crypto';
import type { DemoAgent } from '@talents/demo';
import { type GraphQLResponse } from '../../../test/support/graphql';
import { startTrustingSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { profilesSubgraph, seedProfiles } from '../src';
import {
  AGENT_COUNT,
  agentId,
  AGENTS,
  type AgentsPage,
  allPages,
  data,
  directoryOrder,
  READER,
  subgraph,
  useProfilesSubgraph,
  visibleAgents,
} from './support/profiles-fixture';

/**
 * The profiles subgraph, read side (the writes and the migration's checks are in
 * profiles-writes.test.ts): seed, one agent, the directory and its order, the referentials, _entities.
 */
useProfilesSubgraph();

async function countRows(table: string): Promise<number> {
  const [row] = (await subgraph.db.query(`SELECT count(*)::int AS n FROM profiles.${table}`)) as Array<{
    n: number;
  }>;
  return row!.n;
}

describe('seed', () => {
  it('inserts everything once, and running it again changes nothing', async () => {
    const before = await Promise.all(['administration', 'skill', 'agent', 'agent_skill'].map(countRows));
    expect(before).toEqual([
      3,
      8,
      AGENT_COUNT,
      data.agents.reduce((sum, agent) => sum + agent.skills.length, 0),
    ]);
    await seedProfiles(subgraph.db, data);
    expect(await Promise.all(['administration', 'skill', 'agent', 'agent_skill'].map(countRows))).toEqual(
      before,
    );
  });
});

describe('agent', () => {
  it('returns a full profile with administration, skills, availability and manager', async () => {
    const response = await subgraph.query(
      `query ($id: ID!) { agent(id: $id) {
        id firstName lastName displayName email phone employmentStatus unit jobTitle city departmentCode workMode
        inDirectory createdAt
        administration { id name acronym kind parent { id acronym kind parent { id } } }
        skills { skill { id label family familyLabel } level }
        availability { hoursPerMonth from until }
        manager { id displayName manager { id } }
      } }`,
      { id: agentId(3) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      agent: {
        id: agentId(3),
        firstName: 'Jean',
        lastName: 'Lefèvre',
        displayName: 'Jean LEFÈVRE',
        email: 'agent3@numerique.gouv.fr',
        phone: null,
        employmentStatus: 'CONTRACT_AGENT',
        unit: 'Pôle produits',
        jobTitle: 'Acheteur public',
        city: 'Paris',
        departmentCode: '75',
        workMode: 'HYBRID',
        inDirectory: true,
        createdAt: '2025-01-04T00:00:00.000Z',
        administration: {
          id: 'dinum',
          name: 'Direction interministérielle du numérique',
          acronym: 'DINUM',
          kind: 'DIRECTORATE',
          parent: { id: 'spm', acronym: 'SPM', kind: 'MINISTRY', parent: null },
        },
        // Agent 3: kubernetes (EXPERT), rgaa (INTERMEDIATE), marches-publics (BEGINNER), by family code.
        skills: [
          {
            skill: { id: 'rgaa', label: 'RGAA', family: 'ACCESSIBILITY', familyLabel: 'Accessibilité' },
            level: 'INTERMEDIATE',
          },
          {
            skill: {
              id: 'kubernetes',
              label: 'Kubernetes',
              family: 'INFRASTRUCTURE_CLOUD',
              familyLabel: 'Infrastructure et cloud',
            },
            level: 'EXPERT',
          },
          {
            skill: {
              id: 'marches-publics',
              label: 'Marchés publics',
              family: 'PROCUREMENT',
              familyLabel: 'Achat',
            },
            level: 'BEGINNER',
          },
        ],
        availability: { hoursPerMonth: 3, from: '2025-01-01', until: '2025-12-31' },
        manager: { id: agentId(13), displayName: 'Zoé ŒUVRARD', manager: { id: agentId(23) } },
      },
    });
  });

  it.each([
    ['an unknown id', '00000000-0000-4000-8000-999999999999'],
    ['a malformed id', 'not-a-uuid'],
  ])('answers NOT_FOUND for %s', async (_label, id) => {
    const response = await subgraph.query('query ($id: ID!) { agent(id: $id) { id } }', { id });
    expect(response.data?.agent).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toMatch(/introuvable/);
  });

  it('finds an agent whatever the case of its id', async () => {
    const response = await subgraph.query('query ($id: ID!) { agent(id: $id) { id } }', {
      id: agentId(5).toUpperCase(),
    });
    expect(response.data).toEqual({ agent: { id: agentId(5) } });
  });

  it('has no own profile for an admin who is not an agent of the data (me is null)', async () => {
    expect(await subgraph.query('{ me { id } }')).toEqual({ data: { me: null } });
  });
});

describe('agents', () => {
  it('walks the whole directory in name order with cursors, hidden agents excluded', async () => {
    const ids = await allPages(null, 7);
    expect(ids).toEqual(directoryOrder(visibleAgents));
    expect(ids).not.toContain(agentId(4));
    const first = await subgraph.query<AgentsPage>(AGENTS, { first: 7 }, READER);
    expect(first.data!.agents.totalCount).toBe(visibleAgents.length);
    expect(first.data!.agents.nodes).toHaveLength(7);
  });

  it('pages the default size of 20', async () => {
    const response = await subgraph.query<AgentsPage>(AGENTS, {});
    expect(response.data!.agents.nodes).toHaveLength(20);
    expect(response.data!.agents.pageInfo.hasNextPage).toBe(true);
  });

  it('ends with hasNextPage false and an empty page has no cursor', async () => {
    const response = await subgraph.query<AgentsPage>(AGENTS, { filter: { text: 'personne-inexistante' } });
    expect(response.data!.agents).toEqual({
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['a cursor whose id is not a uuid', encodeCursor({ key: 'dupont', id: 'x' })],
    ['a base64 of something else', Buffer.from('{"a":1}').toString('base64url')],
    // PostgreSQL text cannot hold NUL: it would fail with an internal error, not a user error.
    ['a sort key holding NUL', encodeCursor({ key: 'dupont\u001f\u0000', id: agentId(1) })],
    ['a sort key without the name separator', encodeCursor({ key: 'dupont', id: agentId(1) })],
    ['a sort key longer than any name', encodeCursor({ key: `${'x'.repeat(400)}\u001fx`, id: agentId(1) })],
  ])('refuses %s as cursor with BAD_USER_INPUT on after', async (_label, after) => {
    const response = await subgraph.query(AGENTS, { after });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('accepts back the cursor of an agent whose folded name is as long as it gets', async () => {
    // 100 Œ fold to 200 characters: the key is 401 characters long.
    await subgraph.db.query(
      `UPDATE profiles.agent SET first_name = $1, last_name = $1, in_directory = true WHERE id = ANY($2)`,
      ['Œ'.repeat(100), [agentId(70), agentId(71)]],
    );
    try {
      expect(await allPages({ text: 'oeoeoeoe' }, 1)).toEqual([agentId(70), agentId(71)]);
    } finally {
      const restore = [70, 71].map((index) => data.agents[index]!);
      for (const agent of restore) {
        await subgraph.db.query(
          'UPDATE profiles.agent SET first_name = $1, last_name = $2, in_directory = $3 WHERE id = $4',
          [agent.firstName, agent.lastName, agent.inDirectory, agent.id],
        );
      }
    }
  });

  it('serves word searches from the trigram index on a few thousand agents', async () => {
    const runner = subgraph.db.createQueryRunner();
    await runner.startTransaction();
    try {
      // Rolled back with the transaction, statistics included.
      await runner.query(`
        INSERT INTO profiles.agent (id, first_name, last_name, email, employment_status, administration_id,
          unit, job_title, city, department_code, work_mode)
        SELECT gen_random_uuid(), 'Prénom' || i, 'Nom' || i, 'bulk' || i || '@numerique.gouv.fr', 'CIVIL_SERVANT',
          'dinum', 'Bureau ' || (i % 40), 'Poste ' || (i % 30), 'Paris', '75', 'HYBRID'
        FROM generate_series(1, 3000) AS i`);
      await runner.query('ANALYZE profiles.agent');
      const explain = async (sql: string) =>
        (
          (await runner.query(`EXPLAIN ${sql}`, ['%nom1234%', '%prenom1234%'])) as Array<{
            'QUERY PLAN': string;
          }>
        )
          .map((row) => row['QUERY PLAN'])
          .join('\n');
      const where = `agent.in_directory = true AND agent.search_text LIKE $1 AND agent.search_text LIKE $2`;
      // The shapes of the page and count statements of the directory listing.
      const page = await explain(
        `SELECT agent.id FROM profiles.agent agent WHERE ${where} ORDER BY agent.sort_name, agent.id LIMIT 21`,
      );
      const count = await explain(`SELECT count(1) FROM profiles.agent agent WHERE ${where}`);
      expect(page).toMatch(/Bitmap Index Scan on agent_search_text_trgm_idx/);
      expect(count).toMatch(/Bitmap Index Scan on agent_search_text_trgm_idx/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it.each([0, 101])('refuses a page size of %i', async (first) => {
    const response = await subgraph.query(AGENTS, { first });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('filters on any of the skills, or all of them', async () => {
    const hasSkill = (agent: DemoAgent, skillId: string) =>
      agent.skills.some((skill) => skill.skillId === skillId);
    const any = await allPages({ skillIds: ['rgaa', 'rgpd'] }, 50);
    expect(any).toEqual(
      directoryOrder(visibleAgents.filter((a) => hasSkill(a, 'rgaa') || hasSkill(a, 'rgpd'))),
    );
    const all = await allPages({ skillIds: ['rgaa', 'rgpd'], skillMatch: 'ALL' }, 50);
    const expectedAll = visibleAgents.filter((a) => hasSkill(a, 'rgaa') && hasSkill(a, 'rgpd'));
    expect(expectedAll.length).toBeGreaterThan(0);
    expect(expectedAll.length).toBeLessThan(any.length);
    expect(all).toEqual(directoryOrder(expectedAll));
  });

  it('filters on the administration', async () => {
    const ids = await allPages({ administrationId: 'minarm' }, 50);
    expect(ids).toEqual(directoryOrder(visibleAgents.filter((a) => a.administrationId === 'minarm')));
  });

  it('searches names, job titles and units without regard to case or accents', async () => {
    const helene = await allPages({ text: 'HELENE' }, 50);
    expect(helene).toEqual(directoryOrder(visibleAgents.filter((a) => a.firstName === 'Hélène')));
    const oeuvrard = await allPages({ text: 'oeuvrard' }, 50);
    expect(oeuvrard).toEqual(directoryOrder(visibleAgents.filter((a) => a.lastName === 'Œuvrard')));
    const combined = await allPages({ text: 'developpeuse  accessibilité' }, 50);
    const expected = visibleAgents.filter(
      (a) => a.jobTitle.startsWith('Développeuse') && a.unit.includes('Accessibilité'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(combined).toEqual(directoryOrder(expected));
    // LIKE wildcards in the text match themselves.
    expect(await allPages({ text: '%' }, 50)).toEqual([]);
  });

  it('combines filters and counts every match across pages', async () => {
    const filter = { administrationId: 'dinum', skillIds: ['typescript'], text: 'pôle' };
    const expected = visibleAgents.filter(
      (a) =>
        a.administrationId === 'dinum' &&
        a.unit === 'Pôle produits' &&
        a.skills.some((s) => s.skillId === 'typescript'),
    );
    const response = await subgraph.query<AgentsPage>(AGENTS, { filter, first: 2 }, READER);
    expect(response.data!.agents.totalCount).toBe(expected.length);
    expect(await allPages(filter, 2)).toEqual(directoryOrder(expected));
  });

  it('costs the same number of SQL statements for 5 and 50 agents with nested fields', async () => {
    const query = `query ($first: Int) { agents(first: $first) { nodes {
      displayName administration { name parent { name } } skills { skill { label } level } manager { displayName }
    } totalCount } }`;
    const run = (first: number) =>
      subgraph.queries.measure(async () => {
        const response = await subgraph.query<{ agents: { nodes: unknown[] } }>(query, { first });
        expect(response.errors).toBeUndefined();
        return response.data!.agents.nodes.length;
      });
    const small = await run(5);
    const large = await run(50);
    expect([small.result, large.result]).toEqual([5, 50]);
    expect(large.statements).toBe(small.statements);
  });
});

describe('skills and administrations', () => {
  it('lists the skills by family code then label, optionally one family', async () => {
    const all = await subgraph.query<{ skills: Array<{ id: string; family: string }> }>(
      '{ skills { id family } }',
    );
    expect(all.data!.skills.map((skill) => skill.id)).toEqual([
      'rgaa',
      'postgresql',
      'ux-research',
      'react',
      'typescript',
      'kubernetes',
      'rgpd',
      'marches-publics',
    ]);
    const development = await subgraph.query('{ skills(family: DEVELOPMENT) { id familyLabel } }');
    expect(development.data).toEqual({
      skills: [
        { id: 'react', familyLabel: 'Développement' },
        { id: 'typescript', familyLabel: 'Développement' },
      ],
    });
  });

  it('lists the administrations and finds one by id', async () => {
    const all = await subgraph.query('{ administrations { id parent { id } } }');
    expect(all.data).toEqual({
      administrations: [
        { id: 'dinum', parent: { id: 'spm' } },
        { id: 'minarm', parent: null },
        { id: 'spm', parent: null },
      ],
    });
    const one = await subgraph.query('{ administration(id: "minarm") { name acronym } }');
    expect(one.data).toEqual({ administration: { name: 'Ministère des Armées', acronym: null } });
  });

  it('answers NOT_FOUND for an unknown administration', async () => {
    const response = await subgraph.query('{ administration(id: "nope") { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('_entities', () => {
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Agent { id displayName skills { skill { label } level } }
    ... on Skill { id label }
    ... on Administration { id name }
  } }`;

  it('resolves agents, skills and administrations, null for unknown ones', async () => {
    const response = await subgraph.query(ENTITIES, {
      representations: [
        { __typename: 'Agent', id: agentId(1) },
        { __typename: 'Agent', id: '00000000-0000-4000-8000-999999999999' },
        { __typename: 'Agent', id: 'not-a-uuid' },
        { __typename: 'Skill', id: 'rgpd' },
        { __typename: 'Administration', id: 'spm' },
        { __typename: 'Skill', id: 'unknown-skill' },
      ],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      _entities: [
        {
          id: agentId(1),
          displayName: 'Éric ÉDOUARD',
          skills: [
            { skill: { label: 'PostgreSQL' }, level: 'INTERMEDIATE' },
            { skill: { label: 'React' }, level: 'EXPERT' },
          ],
        },
        null,
        null,
        { id: 'rgpd', label: 'RGPD' },
        { id: 'spm', name: 'Services du Premier ministre' },
        null,
      ],
    });
  });

  it('resolves an agent whatever the case of its id', async () => {
    const response = await subgraph.query(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Agent { id } } }',
      { representations: [{ __typename: 'Agent', id: agentId(2).toUpperCase() }] },
    );
    expect(response).toEqual({ data: { _entities: [{ id: agentId(2) }] } });
  });

  it('costs the same number of SQL statements for 5 and 50 agent representations', async () => {
    const run = (count: number) =>
      subgraph.queries.measure(async () => {
        const representations = data.agents
          .slice(0, count)
          .map((agent) => ({ __typename: 'Agent', id: agent.id }));
        const response = await subgraph.query<{ _entities: Array<{ skills: unknown[] }> }>(ENTITIES, {
          representations,
        });
        expect(response.errors).toBeUndefined();
        expect(response.data!._entities.every((entity) => entity.skills.length >= 2)).toBe(true);
        return response.data!._entities.length;
      });
    const small = await run(5);
    const large = await run(50);
    expect([small.result, large.result]).toEqual([5, 50]);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});

/**
 * The directory order must not depend on the server's collation: ICU and glibc locales ignore the
 * U+001F separator, which would put "Dupontel Anne" between "Dupont Anne" and "Dupont Zoé".
 */
describe('directory order on a database with a French ICU collation', () => {
  const serverUrl = process.env.DATABASE_URL as string;
  const name = `talents_test_icu_${randomBytes(6).toString('hex')}`;
  let icu: TestSubgraph;

  const people: Array<[string, string]> = [
    ['Anne', 'Dupontel'],
    ['Zoé', 'Dupont'],
    ['Anne', 'Dupont'],
    ['Éric', 'Du Pont'],
    ['Léa', 'Dupont-Aignan'],
  ];

  beforeAll(async () => {
    await subgraph.db.query(
      `CREATE DATABASE "${name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR'`,
    );
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    icu = await startTrustingSubgraph(profilesSubgraph, url.toString());
    await seedProfiles(icu.db, {
      ...data,
      agents: people.map(([firstName, lastName], index) => ({
        ...data.agents[index]!,
        firstName,
        lastName,
        managerId: null,
        inDirectory: true,
      })),
    });
  });

  afterAll(async () => {
    await icu?.stop();
    await subgraph.db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('lists "Dupont Zoé" before "Dupontel Anne", one page at a time', async () => {
    // The premise: this database's default collation does misorder the raw keys.
    const [{ misordered }] = (await icu.db.query(
      `SELECT 'dupont' || chr(31) || 'zoe' > 'dupontel' || chr(31) || 'anne' AS misordered`,
    )) as [{ misordered: boolean }];
    expect(misordered).toBe(true);
    const names: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const response: GraphQLResponse<AgentsPage> = await icu.query(AGENTS, { first: 1, after });
      expect(response.errors).toBeUndefined();
      names.push(...response.data!.agents.nodes.map((node) => node.displayName));
      if (!response.data!.agents.pageInfo.hasNextPage) break;
      after = response.data!.agents.pageInfo.endCursor;
    }
    expect(names).toEqual([
      'Éric DU PONT',
      'Anne DUPONT',
      'Zoé DUPONT',
      'Léa DUPONT-AIGNAN',
      'Anne DUPONTEL',
    ]);
  });
});
