import { randomUUID } from 'node:crypto';
import { MissionDomain, MissionKind, MissionStatus, SkillLevel, WorkMode } from '@talents/common';
import type { DemoData, DemoMission } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph, seedMissions } from '../src';
import { MISSION_MESSAGES } from '../src/mission/mission.rules';
import { knowReferences, TEST_ADMINISTRATIONS, TEST_SKILLS } from './references';

type GqlError = { message: string; extensions?: Record<string, unknown> & { code?: string; field?: string } };

const HOST_AGENT = randomUUID();
const OTHER_AGENT = randomUUID();

function demoMission(overrides: Partial<DemoMission> = {}): DemoMission {
  return {
    id: randomUUID(),
    title: 'Appui à la refonte d’un formulaire',
    kind: MissionKind.PROJECT_SUPPORT,
    domain: MissionDomain.TECHNICAL,
    description: 'Accompagner l’équipe dans la refonte du formulaire de demande.',
    hostAdministrationId: 'dinum',
    contactAgentId: HOST_AGENT,
    requiredSkills: [{ skillId: 'typescript', minLevel: SkillLevel.INTERMEDIATE }],
    effortHours: 21,
    startDate: '2026-03-02',
    endDate: '2026-06-30',
    applicationDeadline: '2026-02-15',
    workMode: WorkMode.REMOTE,
    location: null,
    seats: 2,
    crisis: false,
    status: MissionStatus.PUBLISHED,
    restrictedToAdministrationIds: [],
    createdAt: new Date('2025-09-01T08:00:00.000Z'),
    publishedAt: new Date('2025-09-02T08:00:00.000Z'),
    ...overrides,
  };
}

function demoData(missions: DemoMission[]): DemoData {
  return { administrations: [], skills: [], agents: [], missions, applications: [] };
}

const sortKey = (mission: DemoMission) => (mission.publishedAt ?? mission.createdAt).getTime();
/** The listing order the service promises: most recently published (or created) first, then id. */
function listingOrder(missions: DemoMission[]): string[] {
  return [...missions]
    .sort((a, b) => sortKey(b) - sortKey(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((mission) => mission.id);
}

function firstError(response: { errors?: GqlError[] }): GqlError {
  expect(response.errors).toBeDefined();
  return (response.errors as GqlError[])[0] as GqlError;
}

const MISSION_FIELDS = `
  id title kind kindLabel domain description effortHours startDate endDate applicationDeadline
  workMode location seats crisis status returnReason createdAt publishedAt updatedAt
  hostAdministration { id } contact { id } restrictedTo { id }
  requiredSkills { skill { id } minLevel }
`;

// ---------------------------------------------------------------------------------------------
// Reading: one server over a fixed catalogue.
// ---------------------------------------------------------------------------------------------
describe('missions subgraph: reading the catalogue', () => {
  const securePortal = demoMission({
    title: 'Sécuriser le portail des démarches en ligne',
    kind: MissionKind.SECURITY_HARDENING,
    description: 'Revue des configurations et durcissement des serveurs exposés.',
    requiredSkills: [
      { skillId: 'cybersecurite', minLevel: SkillLevel.ADVANCED },
      { skillId: 'linux', minLevel: SkillLevel.INTERMEDIATE },
    ],
    crisis: true,
    publishedAt: new Date('2025-10-05T10:00:00.000Z'),
  });
  const uxReview = demoMission({
    title: 'Améliorer l’ergonomie du guichet usagers',
    kind: MissionKind.UX_IMPROVEMENT,
    domain: MissionDomain.BUSINESS,
    description: 'Tests utilisateurs, puis plan de sécurisation des parcours de paiement.',
    hostAdministrationId: 'dgfip',
    contactAgentId: OTHER_AGENT,
    requiredSkills: [
      { skillId: 'design-ux', minLevel: SkillLevel.ADVANCED },
      { skillId: 'accessibilite', minLevel: SkillLevel.BEGINNER },
    ],
    workMode: WorkMode.HYBRID,
    location: 'Paris',
    publishedAt: new Date('2025-10-04T10:00:00.000Z'),
  });
  const consulting = demoMission({
    title: 'Conseil sur un marché public d’hébergement',
    kind: MissionKind.CONSULTING,
    domain: MissionDomain.BUSINESS,
    description: 'Relire le cahier des charges du marché.',
    requiredSkills: [{ skillId: 'cybersecurite', minLevel: SkillLevel.BEGINNER }],
    status: MissionStatus.SUBMITTED,
    createdAt: new Date('2025-10-03T10:00:00.000Z'),
    publishedAt: null,
  });
  const draft = demoMission({
    title: 'Développer un composant de carte',
    kind: MissionKind.COMPONENT_DEVELOPMENT,
    description: 'Composant React de carte interactive.',
    requiredSkills: [
      { skillId: 'typescript', minLevel: SkillLevel.ADVANCED },
      { skillId: 'linux', minLevel: SkillLevel.BEGINNER },
    ],
    status: MissionStatus.DRAFT,
    createdAt: new Date('2025-10-06T10:00:00.000Z'),
    publishedAt: null,
  });
  const closed = demoMission({
    title: 'Atelier de conception',
    kind: MissionKind.IDEATION_WORKSHOP,
    description: 'Animer un atelier de conception avec les agents du service.',
    workMode: WorkMode.ON_SITE,
    location: 'Lyon',
    status: MissionStatus.CLOSED,
    publishedAt: new Date('2025-08-01T10:00:00.000Z'),
  });
  const filled = demoMission({
    title: 'Étude des usages d’un téléservice',
    kind: MissionKind.STUDY_AUDIT,
    description: 'Analyser les statistiques de fréquentation du téléservice.',
    status: MissionStatus.FILLED,
    publishedAt: new Date('2025-08-15T10:00:00.000Z'),
  });
  const cancelled = demoMission({
    title: 'Retour d’expérience sur un projet abandonné',
    kind: MissionKind.EXPERIENCE_FEEDBACK,
    description: 'Partager les enseignements d’un projet arrêté.',
    status: MissionStatus.CANCELLED,
    createdAt: new Date('2025-10-07T10:00:00.000Z'),
    publishedAt: null,
  });
  // Many missions sharing one publication instant: the id must break the tie.
  const bulk = Array.from({ length: 60 }, (_, index) =>
    demoMission({
      title: `Mission d’appui n° ${index + 1}`,
      hostAdministrationId: 'bulk',
      contactAgentId: randomUUID(),
      requiredSkills: [
        { skillId: 'python', minLevel: SkillLevel.INTERMEDIATE },
        { skillId: `outil-${index % 7}`, minLevel: SkillLevel.BEGINNER },
      ],
      publishedAt: new Date(Date.UTC(2025, 6, 1 + (index % 20), 9)),
    }),
  );
  const catalogue = [securePortal, uxReview, consulting, draft, closed, filled, cancelled, ...bulk];
  // Moderation stands between submission and publication: lists show published missions by default.
  const listed = catalogue.filter((mission) => mission.status === MissionStatus.PUBLISHED);
  const ALL_STATUSES = Object.values(MissionStatus);

  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
    await seedMissions(server.db, demoData(catalogue));
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function missionIds(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const response = await server.query<{ missions: { nodes: Array<{ id: string }>; totalCount: number } }>(
      `query($filter: MissionFilter, $first: Int) { missions(filter: $filter, first: $first) { nodes { id } totalCount } }`,
      { filter, first },
    );
    expect(response.errors).toBeUndefined();
    const { nodes, totalCount } = response.data!.missions;
    expect(totalCount).toBe(nodes.length);
    return nodes.map((node) => node.id);
  }

  test('seeding is idempotent and keeps rows already there', async () => {
    await server.db.query(`UPDATE missions.mission SET title = 'Titre modifié' WHERE id = $1`, [closed.id]);
    await seedMissions(server.db, demoData(catalogue));
    const [counts] = await server.db.query(
      `SELECT (SELECT count(*) FROM missions.mission)::int AS missions,
              (SELECT count(*) FROM missions.mission_skill)::int AS skills`,
    );
    expect(counts).toEqual({
      missions: catalogue.length,
      skills: catalogue.reduce((sum, mission) => sum + mission.requiredSkills.length, 0),
    });
    const [row] = await server.db.query(`SELECT title FROM missions.mission WHERE id = $1`, [closed.id]);
    expect(row.title).toBe('Titre modifié');
    await server.db.query(`UPDATE missions.mission SET title = $2 WHERE id = $1`, [closed.id, closed.title]);
  });

  test('mission(id) returns every field, skills in the host’s order and references as stubs', async () => {
    const response = await server.query<{ mission: Record<string, unknown> }>(
      `query($id: ID!) { mission(id: $id) { ${MISSION_FIELDS} } }`,
      { id: uxReview.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.mission).toMatchObject({
      id: uxReview.id,
      title: uxReview.title,
      kind: 'UX_IMPROVEMENT',
      kindLabel: 'Amélioration de l’ergonomie',
      domain: 'BUSINESS',
      effortHours: 21,
      startDate: '2026-03-02',
      endDate: '2026-06-30',
      applicationDeadline: '2026-02-15',
      workMode: 'HYBRID',
      location: 'Paris',
      seats: 2,
      crisis: false,
      status: 'PUBLISHED',
      returnReason: null,
      publishedAt: '2025-10-04T10:00:00.000Z',
      hostAdministration: { id: 'dgfip' },
      contact: { id: OTHER_AGENT },
      restrictedTo: [],
      requiredSkills: [
        { skill: { id: 'design-ux' }, minLevel: 'ADVANCED' },
        { skill: { id: 'accessibilite' }, minLevel: 'BEGINNER' },
      ],
    });
  });

  test('mission(id) finds a mission whatever the case of its UUID, whatever its status', async () => {
    for (const mission of [uxReview, draft]) {
      const response = await server.query<{ mission: { id: string; status: string } }>(
        `query($id: ID!) { mission(id: $id) { id status } }`,
        { id: mission.id.toUpperCase() },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.mission).toEqual({ id: mission.id, status: mission.status });
    }
  });

  test('mission(id) with an unknown or malformed id → NOT_FOUND', async () => {
    for (const id of [randomUUID(), 'pas-un-uuid']) {
      const response = await server.query(`query($id: ID!) { mission(id: $id) { id } }`, { id });
      const error = firstError(response);
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).toContain('introuvable');
    }
  });

  test('missions lists only PUBLISHED missions by default, most recent first', async () => {
    const byDefault = await missionIds({});
    expect(byDefault).toEqual(listingOrder(listed));
    for (const hidden of [draft, consulting, closed, filled, cancelled])
      expect(byDefault).not.toContain(hidden.id);
    expect(await missionIds({ statuses: [] })).toEqual(byDefault);
    expect(await missionIds({ statuses: ['PUBLISHED'] })).toEqual(byDefault);
  });

  test('filter by status', async () => {
    expect(await missionIds({ statuses: ['SUBMITTED'] })).toEqual([consulting.id]);
    expect(await missionIds({ statuses: ['DRAFT', 'CLOSED'] })).toEqual([draft.id, closed.id]);
    expect(await missionIds({ statuses: ['CANCELLED', 'FILLED'] })).toEqual([cancelled.id, filled.id]);
    expect(await missionIds({ statuses: ALL_STATUSES })).toEqual(listingOrder(catalogue));
  });

  test('filter by kinds, work modes, host administration and crisis flag', async () => {
    expect(await missionIds({ kinds: ['SECURITY_HARDENING', 'CONSULTING'] })).toEqual([securePortal.id]);
    expect(await missionIds({ kinds: ['SECURITY_HARDENING', 'CONSULTING'], statuses: ALL_STATUSES })).toEqual(
      [securePortal.id, consulting.id],
    );
    expect(await missionIds({ workModes: ['HYBRID', 'ON_SITE'] })).toEqual([uxReview.id]);
    expect(await missionIds({ workModes: ['HYBRID', 'ON_SITE'], statuses: ['PUBLISHED', 'CLOSED'] })).toEqual(
      [uxReview.id, closed.id],
    );
    expect(await missionIds({ hostAdministrationId: 'dgfip' })).toEqual([uxReview.id]);
    expect(await missionIds({ crisis: true })).toEqual([securePortal.id]);
    const notCrisis = await missionIds({ crisis: false });
    expect(notCrisis).toHaveLength(listed.length - 1);
    expect(notCrisis).not.toContain(securePortal.id);
  });

  test('filter by skills: ANY needs one of them, ALL needs every one', async () => {
    const skillIds = ['cybersecurite', 'linux'];
    const withSubmitted = ['PUBLISHED', 'SUBMITTED'];
    expect(await missionIds({ skillIds })).toEqual([securePortal.id]);
    expect(await missionIds({ skillIds, statuses: withSubmitted })).toEqual([securePortal.id, consulting.id]);
    expect(await missionIds({ skillIds, skillMatch: 'ANY', statuses: withSubmitted })).toEqual([
      securePortal.id,
      consulting.id,
    ]);
    expect(await missionIds({ skillIds, skillMatch: 'ALL', statuses: withSubmitted })).toEqual([
      securePortal.id,
    ]);
    expect(await missionIds({ skillIds, skillMatch: 'ALL', statuses: ['DRAFT'] })).toEqual([]);
    expect(
      await missionIds({ skillIds: ['typescript', 'linux'], skillMatch: 'ALL', statuses: ['DRAFT'] }),
    ).toEqual([draft.id]);
  });

  test('French full-text search: stems and prefixes, over title and description', async () => {
    // « sécurité » finds « Sécuriser » (title) and « sécurisation » (description).
    expect(await missionIds({ search: 'sécurité' })).toEqual([securePortal.id, uxReview.id]);
    expect(await missionIds({ search: 'serveur' })).toEqual([securePortal.id]);
    expect(await missionIds({ search: 'sécurité -paiement' })).toEqual([securePortal.id]);
    expect(await missionIds({ search: '"cahier des charges"' })).toEqual([]);
    expect(await missionIds({ search: '"cahier des charges"', statuses: ['SUBMITTED'] })).toEqual([
      consulting.id,
    ]);
    expect(await missionIds({ search: 'sécurité', kinds: ['UX_IMPROVEMENT'] })).toEqual([uxReview.id]);
    expect(await missionIds({ search: 'introuvablissime' })).toEqual([]);
  });

  test('filters are combined, and their input is validated with the field path', async () => {
    expect(await missionIds({ skillIds: ['python'], hostAdministrationId: 'dinum' })).toEqual([]);
    const response = await server.query(`query($f: MissionFilter) { missions(filter: $f) { totalCount } }`, {
      f: { search: 'x'.repeat(201) },
    });
    const error = firstError(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(error.message).toMatch(/ne doit pas dépasser/);
  });

  test('keyset pagination walks every listed mission once, in order, with a stable id tie-break', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: {
        data?: {
          missions: {
            nodes: Array<{ id: string }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            totalCount: number;
          };
        } | null;
        errors?: GqlError[];
      } = await server.query(
        `query($after: String) { missions(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const { nodes, pageInfo, totalCount } = response.data!.missions;
      expect(totalCount).toBe(listed.length);
      seen.push(...nodes.map((node) => node.id));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(listed.length / 7));
    expect(seen).toEqual(listingOrder(listed));
  });

  test('malformed cursor or page size → BAD_USER_INPUT naming the argument', async () => {
    for (const after of ['nimportequoi', Buffer.from('["pas une date","x"]').toString('base64url')]) {
      const response = await server.query(
        `query($after: String) { missions(after: $after) { totalCount } }`,
        {
          after,
        },
      );
      expect(firstError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const first of [0, 101]) {
      const response = await server.query(`query($first: Int) { missions(first: $first) { totalCount } }`, {
        first,
      });
      expect(firstError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  test('missions(first: 5) and missions(first: 50) cost the same number of SQL statements', async () => {
    const query = `query($first: Int) { missions(first: $first) {
      nodes { id kindLabel requiredSkills { skill { id } minLevel } hostAdministration { id } contact { id } restrictedTo { id } }
      totalCount pageInfo { hasNextPage endCursor } } }`;
    const measure = async (first: number) => {
      const { result, statements } = await server.queries.measure(() =>
        server.query<{ missions: { nodes: Array<{ requiredSkills: unknown[] }> } }>(query, { first }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.missions.nodes).toHaveLength(first);
      expect(result.data!.missions.nodes.every((node) => node.requiredSkills.length > 0)).toBe(true);
      return statements;
    };
    const small = await measure(5);
    const large = await measure(50);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(3);
  });

  test('_entities resolves Mission references in constant SQL statements; unknown ids give null', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Mission { id title seats requiredSkills { skill { id } minLevel } } } }`;
    const measure = async (missions: DemoMission[]) => {
      const representations = missions.map((mission) => ({ __typename: 'Mission', id: mission.id }));
      const { result, statements } = await server.queries.measure(() =>
        server.query<{ _entities: Array<{ id: string; requiredSkills: unknown[] } | null> }>(query, {
          representations,
        }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.map((entity) => entity?.id)).toEqual(
        missions.map((mission) => mission.id),
      );
      expect(result.data!._entities.every((entity) => entity && entity.requiredSkills.length > 0)).toBe(true);
      return statements;
    };
    const small = await measure(bulk.slice(0, 5));
    const large = await measure(bulk.slice(0, 50));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(2);

    const response = await server.query<{ _entities: unknown[] }>(query, {
      representations: [
        { __typename: 'Mission', id: randomUUID() },
        { __typename: 'Mission', id: 'malformé' },
        { __typename: 'Mission', id: securePortal.id },
        { __typename: 'Mission', id: uxReview.id.toUpperCase() },
      ],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([
      null,
      null,
      expect.objectContaining({ id: securePortal.id }),
      expect.objectContaining({ id: uxReview.id }),
    ]);
  });

  test('Administration.missions through _entities: per-administration limit, PUBLISHED by default, one statement', async () => {
    const query = `query($representations: [_Any!]!, $first: Int, $statuses: [MissionStatus!]) {
      _entities(representations: $representations) {
        ... on Administration { id missions(first: $first, statuses: $statuses) { id status hostAdministration { id } } } } }`;
    const representations = ['dinum', 'dgfip', 'bulk', 'inconnue'].map((id) => ({
      __typename: 'Administration',
      id,
    }));
    type Result = { _entities: Array<{ id: string; missions: Array<{ id: string; status: string }> }> };

    const { result, statements } = await server.queries.measure(() =>
      server.query<Result>(query, { representations, first: 3 }),
    );
    expect(result.errors).toBeUndefined();
    const byAdministration = Object.fromEntries(
      result.data!._entities.map((entity) => [entity.id, entity.missions.map((mission) => mission.id)]),
    );
    const expected = (host: string) =>
      listingOrder(listed.filter((mission) => mission.hostAdministrationId === host)).slice(0, 3);
    expect(byAdministration).toEqual({
      dinum: [securePortal.id],
      dgfip: [uxReview.id],
      bulk: expected('bulk'),
      inconnue: [],
    });
    expect(byAdministration.bulk).toHaveLength(3);
    expect(statements).toBe(1);

    const drafts = await server.query<Result>(query, { representations, statuses: ['DRAFT'] });
    expect(drafts.errors).toBeUndefined();
    expect(drafts.data!._entities[0]!.missions.map((mission) => mission.id)).toEqual([draft.id]);

    const tooMany = await server.query(query, { representations, first: 500 });
    expect(firstError(tooMany).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('Administration.missions with different arguments in one query: still one statement, each its own list', async () => {
    const query = `query($representations: [_Any!]!, $all: [MissionStatus!]) {
      _entities(representations: $representations) {
        ... on Administration {
          id
          latest: missions(first: 2) { id }
          everything: missions(first: 4, statuses: $all) { id }
          over: missions(statuses: [FILLED, CLOSED, CANCELLED]) { id }
        } } }`;
    const representations = ['dinum', 'bulk'].map((id) => ({ __typename: 'Administration', id }));
    type Lists = {
      id: string;
      latest: Array<{ id: string }>;
      everything: Array<{ id: string }>;
      over: Array<{ id: string }>;
    };
    const { result, statements } = await server.queries.measure(() =>
      server.query<{ _entities: Lists[] }>(query, { representations, all: ALL_STATUSES }),
    );
    expect(result.errors).toBeUndefined();
    const ids = (missions: Array<{ id: string }>) => missions.map((mission) => mission.id);
    const of = (host: string, statuses: readonly string[], first: number) =>
      listingOrder(
        catalogue.filter(
          (mission) => mission.hostAdministrationId === host && statuses.includes(mission.status),
        ),
      ).slice(0, first);
    const [dinum, bulkAdministration] = result.data!._entities;
    expect(ids(dinum!.latest)).toEqual(of('dinum', ['PUBLISHED'], 2));
    expect(ids(dinum!.everything)).toEqual(of('dinum', ALL_STATUSES, 4));
    expect(ids(dinum!.everything)).toHaveLength(4);
    expect(ids(dinum!.over)).toEqual([cancelled.id, filled.id, closed.id]);
    expect(ids(bulkAdministration!.latest)).toEqual(of('bulk', ['PUBLISHED'], 2));
    expect(ids(bulkAdministration!.everything)).toEqual(of('bulk', ALL_STATUSES, 4));
    expect(ids(bulkAdministration!.over)).toEqual([]);
    expect(statements).toBe(1);
  });

  test('Agent.publishedMissions through _entities: published, filled or closed by default, one statement', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Agent { id publishedMissions { id contact { id } } } } }`;
    const { result, statements } = await server.queries.measure(() =>
      server.query<{ _entities: Array<{ id: string; publishedMissions: Array<{ id: string }> }> }>(query, {
        representations: [HOST_AGENT, OTHER_AGENT, randomUUID(), bulk[0]!.contactAgentId].map((id) => ({
          __typename: 'Agent',
          id,
        })),
      }),
    );
    expect(result.errors).toBeUndefined();
    const [host, other, nobody, bulkContact] = result.data!._entities;
    const hostMissions = host!.publishedMissions.map((mission) => mission.id);
    expect(hostMissions).toEqual([securePortal.id, filled.id, closed.id]);
    for (const hidden of [draft, consulting, cancelled]) expect(hostMissions).not.toContain(hidden.id);
    expect(other!.publishedMissions.map((mission) => mission.id)).toEqual([uxReview.id]);
    expect(nobody!.publishedMissions).toEqual([]);
    expect(bulkContact!.publishedMissions.map((mission) => mission.id)).toEqual([bulk[0]!.id]);
    expect(statements).toBe(1);
  });

  test('Agent.publishedMissions: statuses argument, upper-case ids, mixed arguments in one statement', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Agent {
        id
        byDefault: publishedMissions { id }
        drafts: publishedMissions(statuses: [DRAFT, SUBMITTED]) { id }
        empty: publishedMissions(statuses: []) { id }
      } } }`;
    type Lists = {
      id: string;
      byDefault: Array<{ id: string }>;
      drafts: Array<{ id: string }>;
      empty: Array<{ id: string }>;
    };
    const { result, statements } = await server.queries.measure(() =>
      server.query<{ _entities: Lists[] }>(query, {
        representations: [HOST_AGENT.toUpperCase(), OTHER_AGENT].map((id) => ({ __typename: 'Agent', id })),
      }),
    );
    expect(result.errors).toBeUndefined();
    const ids = (missions: Array<{ id: string }>) => missions.map((mission) => mission.id);
    const [host, other] = result.data!._entities;
    expect(ids(host!.byDefault)).toEqual([securePortal.id, filled.id, closed.id]);
    expect(ids(host!.empty)).toEqual(ids(host!.byDefault));
    expect(ids(host!.drafts)).toEqual([draft.id, consulting.id]);
    expect(ids(other!.drafts)).toEqual([]);
    expect(statements).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Writing: creation, validation, edition and the lifecycle, on an empty database.
// ---------------------------------------------------------------------------------------------
describe('missions subgraph: writing', () => {
  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
    await knowReferences(server.db, {
      administrations: TEST_ADMINISTRATIONS,
      skills: TEST_SKILLS,
      contacts: { [HOST_AGENT]: 'dinum', [OTHER_AGENT]: 'dgfip' },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: '  Audit de sécurité de l’intranet  ',
      kind: 'STUDY_AUDIT',
      domain: 'TECHNICAL',
      description: 'Auditer la configuration de l’intranet et proposer un plan d’action.',
      hostAdministrationId: 'dinum',
      contactAgentId: HOST_AGENT,
      requiredSkills: [
        { skillId: 'cybersecurite', minLevel: 'EXPERT' },
        { skillId: 'linux', minLevel: 'INTERMEDIATE' },
      ],
      effortHours: 35,
      startDate: '2096-04-01',
      endDate: '2096-07-31',
      applicationDeadline: '2096-03-15',
      workMode: 'REMOTE',
      seats: 1,
      ...overrides,
    };
  }

  const CREATE = `mutation($input: MissionInput!) { createMission(input: $input) { ${MISSION_FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $input: MissionInput!) { updateMission(id: $id, input: $input) { ${MISSION_FIELDS} } }`;

  async function rowCounts(): Promise<{ missions: number; skills: number }> {
    const [counts] = await server.db.query(
      `SELECT (SELECT count(*) FROM missions.mission)::int AS missions,
              (SELECT count(*) FROM missions.mission_skill)::int AS skills`,
    );
    return counts;
  }

  async function create(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await server.query<{ createMission: { id: string } }>(CREATE, {
      input: validInput(overrides),
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createMission.id;
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await server.db.query(`SELECT status FROM missions.mission WHERE id = $1`, [id]);
    return row.status;
  }

  test('createMission stores a trimmed DRAFT with its skills in order', async () => {
    const before = await rowCounts();
    const response = await server.query<{ createMission: Record<string, unknown> }>(CREATE, {
      input: validInput({
        restrictedToAdministrationIds: ['minint', 'minint', 'dgfip'],
        location: '  ',
        crisis: true,
      }),
    });
    expect(response.errors).toBeUndefined();
    const mission = response.data!.createMission;
    expect(mission).toMatchObject({
      title: 'Audit de sécurité de l’intranet',
      kind: 'STUDY_AUDIT',
      kindLabel: 'Étude ou audit',
      status: 'DRAFT',
      crisis: true,
      location: null,
      publishedAt: null,
      restrictedTo: [{ id: 'minint' }, { id: 'dgfip' }],
      contact: { id: HOST_AGENT },
      hostAdministration: { id: 'dinum' },
      requiredSkills: [
        { skill: { id: 'cybersecurite' }, minLevel: 'EXPERT' },
        { skill: { id: 'linux' }, minLevel: 'INTERMEDIATE' },
      ],
    });
    expect(await rowCounts()).toEqual({ missions: before.missions + 1, skills: before.skills + 2 });
  });

  test('the bounds themselves are accepted', async () => {
    const fifteen = Array.from({ length: 15 }, (_, index) => ({
      skillId: `competence-${index}`,
      minLevel: 'BEGINNER',
    }));
    await create({
      effortHours: 105,
      seats: 20,
      requiredSkills: fifteen,
      startDate: '2096-01-31',
      endDate: '2097-01-31',
      applicationDeadline: '2096-01-30',
    });
    await create({
      effortHours: 1,
      startDate: '2096-05-01',
      endDate: '2096-05-01',
      applicationDeadline: '2096-04-30',
    });
    // 12 months after 31 August is 31 August; after 29 February (leap year) it is 28 February.
    await create({ startDate: '2028-02-29', endDate: '2029-02-28', applicationDeadline: '2028-02-01' });
    // Years from 2000 to 2100; lengths counted once edge spaces are removed.
    await create({ startDate: '2000-01-02', endDate: '2000-01-02', applicationDeadline: '2000-01-01' });
    await create({ startDate: '2100-06-01', endDate: '2100-12-31', applicationDeadline: '2100-05-31' });
    await create({ title: `  ${'t'.repeat(150)}  `, location: ` ${'l'.repeat(200)} ` });
  });

  test('createMission accepts upper-case UUIDs and stores them in lower case', async () => {
    const response = await server.query<{ createMission: { id: string; contact: { id: string } } }>(CREATE, {
      input: validInput({ contactAgentId: HOST_AGENT.toUpperCase() }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createMission.contact).toEqual({ id: HOST_AGENT });
    const [row] = await server.db.query(`SELECT contact_agent_id FROM missions.mission WHERE id = $1`, [
      response.data!.createMission.id,
    ]);
    expect(row.contact_agent_id).toBe(HOST_AGENT);
  });

  const M = MISSION_MESSAGES;
  const invalidCases: Array<[string, Record<string, unknown>, string, string | RegExp]> = [
    ['a blank title', { title: '   ' }, 'input.title', M.titleRequired],
    ['a title over 150 characters', { title: 'x'.repeat(151) }, 'input.title', M.titleTooLong],
    ['an empty description', { description: '  ' }, 'input.description', M.descriptionRequired],
    [
      'a description over 5000 characters',
      { description: 'x'.repeat(5001) },
      'input.description',
      M.descriptionTooLong,
    ],
    ['no effort', { effortHours: 0 }, 'input.effortHours', M.effortOutOfRange],
    ['more than 105 hours', { effortHours: 106 }, 'input.effortHours', M.effortOutOfRange],
    ['a start in year 0', { startDate: '0000-03-01' }, 'input.startDate', M.dateOutOfRange],
    ['a start after 2100', { startDate: '2101-01-01' }, 'input.startDate', M.dateOutOfRange],
    ['an end in year 9999', { endDate: '9999-12-31' }, 'input.endDate', M.dateOutOfRange],
    [
      'a deadline before 2000',
      { applicationDeadline: '1999-12-31' },
      'input.applicationDeadline',
      M.dateOutOfRange,
    ],
    ['an end before the start', { endDate: '2096-03-31' }, 'input.endDate', M.endBeforeStart],
    ['a schedule over 12 months', { endDate: '2097-04-02' }, 'input.endDate', M.scheduleTooLong],
    [
      'a deadline on the start day',
      { applicationDeadline: '2096-04-01' },
      'input.applicationDeadline',
      M.deadlineNotBeforeStart,
    ],
    [
      'a deadline after the start',
      { applicationDeadline: '2096-05-01' },
      'input.applicationDeadline',
      M.deadlineNotBeforeStart,
    ],
    ['no seat', { seats: 0 }, 'input.seats', M.seatsOutOfRange],
    ['more than 20 seats', { seats: 21 }, 'input.seats', M.seatsOutOfRange],
    ['no required skill', { requiredSkills: [] }, 'input.requiredSkills', M.skillsMissing],
    [
      'more than 15 required skills',
      {
        requiredSkills: Array.from({ length: 16 }, (_, index) => ({
          skillId: `s${index}`,
          minLevel: 'BEGINNER',
        })),
      },
      'input.requiredSkills',
      M.skillsTooMany,
    ],
    [
      'a skill asked twice',
      {
        requiredSkills: [
          { skillId: 'linux', minLevel: 'BEGINNER' },
          { skillId: 'linux', minLevel: 'EXPERT' },
        ],
      },
      'input.requiredSkills.1.skillId',
      /^La compétence « linux » est demandée plusieurs fois\.$/,
    ],
    [
      'a blank skill id',
      { requiredSkills: [{ skillId: ' ', minLevel: 'BEGINNER' }] },
      'input.requiredSkills.0.skillId',
      M.skillIdRequired,
    ],
    [
      'a skill id over 100 characters',
      { requiredSkills: [{ skillId: 's'.repeat(101), minLevel: 'BEGINNER' }] },
      'input.requiredSkills.0.skillId',
      M.skillIdTooLong,
    ],
    ['a malformed contact id', { contactAgentId: 'jean.dupont' }, 'input.contactAgentId', M.contactInvalid],
    [
      'a host administration id over 100 characters',
      { hostAdministrationId: 'a'.repeat(101) },
      'input.hostAdministrationId',
      M.hostTooLong,
    ],
    ['a location over 200 characters', { location: 'l'.repeat(201) }, 'input.location', M.locationTooLong],
    [
      'a blank restricted administration',
      { restrictedToAdministrationIds: ['dgfip', ' '] },
      'input.restrictedToAdministrationIds',
      M.restrictedToInvalid,
    ],
    [
      'more than 50 restricted administrations',
      { restrictedToAdministrationIds: Array.from({ length: 51 }, (_, index) => `adm-${index}`) },
      'input.restrictedToAdministrationIds',
      M.restrictedToTooMany,
    ],
    [
      'a blank host administration',
      { hostAdministrationId: ' ' },
      'input.hostAdministrationId',
      M.hostRequired,
    ],
  ];

  test.each(invalidCases)(
    'createMission refuses %s, names the field in French and writes nothing',
    async (_label, overrides, field, message) => {
      const before = await rowCounts();
      const response = await server.query(CREATE, { input: validInput(overrides) });
      const error = firstError(response);
      expect(response.data?.createMission ?? null).toBeNull();
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
      expect(await rowCounts()).toEqual(before);
    },
  );

  test('several faulty fields are all reported, each with its path, and nothing is written', async () => {
    const before = await rowCounts();
    const response = await server.query(CREATE, {
      input: validInput({ title: ' ', seats: 0, startDate: '0000-03-01' }),
    });
    const error = firstError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions?.fields as Array<{ field: string; message: string }>).map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.seats', 'input.startDate']));
    expect(fields).toHaveLength(3);
    expect(await rowCounts()).toEqual(before);
  });

  test('the database refuses what the service refuses (CHECK constraints)', async () => {
    const id = await create();
    const attempts = [
      `UPDATE missions.mission SET effort_hours = 106 WHERE id = $1`,
      `UPDATE missions.mission SET seats = 0 WHERE id = $1`,
      `UPDATE missions.mission SET title = '  ' WHERE id = $1`,
      `UPDATE missions.mission SET end_date = start_date - 1 WHERE id = $1`,
      `UPDATE missions.mission SET end_date = start_date + interval '12 months 1 day' WHERE id = $1`,
      `UPDATE missions.mission SET application_deadline = start_date WHERE id = $1`,
      `UPDATE missions.mission SET status = 'PUBLISHED' WHERE id = $1`,
      `INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, position) VALUES ($1, 'linux', 'EXPERT', 5)`,
      `INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, position) VALUES ($1, 'autre', 'EXPERT', 15)`,
    ];
    for (const sql of attempts) {
      await expect(server.db.query(sql, [id])).rejects.toThrow(/violates|duplicate/);
    }
  });

  test('updateMission replaces the content of a draft, skills included', async () => {
    const id = await create();
    const response = await server.query<{ updateMission: Record<string, unknown> }>(UPDATE, {
      id,
      input: validInput({
        title: 'Audit revu',
        seats: 3,
        requiredSkills: [{ skillId: 'python', minLevel: 'ADVANCED' }],
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateMission).toMatchObject({
      id,
      title: 'Audit revu',
      seats: 3,
      status: 'DRAFT',
      requiredSkills: [{ skill: { id: 'python' }, minLevel: 'ADVANCED' }],
    });
  });

  test('updateMission with invalid input changes nothing', async () => {
    const id = await create();
    const before = await rowCounts();
    const response = await server.query(UPDATE, {
      id,
      input: validInput({ title: 'Nouveau titre', requiredSkills: [], seats: 2 }),
    });
    expect(firstError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requiredSkills',
    });
    expect(await rowCounts()).toEqual(before);
    const [row] = await server.db.query(`SELECT title, seats FROM missions.mission WHERE id = $1`, [id]);
    expect(row).toEqual({ title: 'Audit de sécurité de l’intranet', seats: 1 });
  });

  test('updateMission is refused once published (CONFLICT) and on an unknown id (NOT_FOUND)', async () => {
    const id = await create();
    await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
    const submitted = await server.query(UPDATE, { id, input: validInput({ title: 'Encore modifiable' }) });
    expect(submitted.errors).toBeUndefined();
    await server.query(`mutation($id: ID!) { publishMission(id: $id) { id } }`, { id });

    const response = await server.query(UPDATE, { id, input: validInput({ title: 'Trop tard' }) });
    const error = firstError(response);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'status', from: 'PUBLISHED' });
    expect(error.message).toContain('celle-ci est publiée');
    const [row] = await server.db.query(`SELECT title FROM missions.mission WHERE id = $1`, [id]);
    expect(row.title).toBe('Encore modifiable');

    for (const unknown of [randomUUID(), 'inconnu']) {
      const missing = await server.query(UPDATE, { id: unknown, input: validInput() });
      expect(firstError(missing).extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('updateMission with an out-of-range date is BAD_USER_INPUT on the field and changes nothing', async () => {
    const id = await create();
    const response = await server.query(UPDATE, {
      id,
      input: validInput({ title: 'Nouveau titre', applicationDeadline: '0000-03-01' }),
    });
    const error = firstError(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationDeadline' });
    expect(error.message).toBe(M.dateOutOfRange);
    const [row] = await server.db.query(
      `SELECT title, application_deadline::text AS deadline FROM missions.mission WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ title: 'Audit de sécurité de l’intranet', deadline: '2096-03-15' });
  });

  test('updates and transitions accept the mission id in upper case', async () => {
    const id = await create();
    const upper = id.toUpperCase();
    const updated = await server.query<{ updateMission: { id: string; title: string } }>(UPDATE, {
      id: upper,
      input: validInput({ title: 'Titre en capitales' }),
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMission).toMatchObject({ id, title: 'Titre en capitales' });
    const submitted = await server.query<{ submitMission: { id: string; status: string } }>(
      `mutation($id: ID!) { submitMission(id: $id) { id status } }`,
      { id: upper },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitMission).toEqual({ id, status: 'SUBMITTED' });
  });

  test('the happy lifecycle: draft → submitted → returned → submitted → published → filled → closed', async () => {
    const id = await create();
    const step = async (mutation: string, extra = '') => {
      const response = await server.query<
        Record<string, { status: string; publishedAt: string | null; returnReason: string | null }>
      >(`mutation($id: ID!) { ${mutation}(id: $id${extra}) { status publishedAt returnReason } }`, { id });
      expect(response.errors).toBeUndefined();
      return response.data![mutation]!;
    };
    expect(await step('submitMission')).toMatchObject({ status: 'SUBMITTED', publishedAt: null });
    expect(await step('returnMissionToDraft', ', reason: "  Précisez le besoin.  "')).toMatchObject({
      status: 'DRAFT',
      returnReason: 'Précisez le besoin.',
    });
    expect((await step('submitMission')).status).toBe('SUBMITTED');
    const published = await step('publishMission');
    expect(published.status).toBe('PUBLISHED');
    expect(published.returnReason).toBeNull();
    expect(Date.now() - Date.parse(published.publishedAt!)).toBeLessThan(60_000);
    expect((await step('markMissionFilled')).status).toBe('FILLED');
    const closed = await step('closeMission');
    expect(closed).toMatchObject({ status: 'CLOSED', publishedAt: published.publishedAt });
  });

  test('returnMissionToDraft needs a reason', async () => {
    const id = await create();
    await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
    const response = await server.query(
      `mutation($id: ID!) { returnMissionToDraft(id: $id, reason: "   ") { id } }`,
      {
        id,
      },
    );
    expect(firstError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await statusOf(id)).toBe('SUBMITTED');
  });

  const TRANSITIONS: Array<{ mutation: string; args: string; from: string[]; to: string }> = [
    { mutation: 'submitMission', args: '', from: ['DRAFT'], to: 'SUBMITTED' },
    { mutation: 'publishMission', args: '', from: ['SUBMITTED'], to: 'PUBLISHED' },
    { mutation: 'returnMissionToDraft', args: ', reason: "À revoir"', from: ['SUBMITTED'], to: 'DRAFT' },
    { mutation: 'markMissionFilled', args: '', from: ['PUBLISHED'], to: 'FILLED' },
    { mutation: 'closeMission', args: '', from: ['PUBLISHED', 'FILLED'], to: 'CLOSED' },
    { mutation: 'cancelMission', args: '', from: ['DRAFT', 'SUBMITTED', 'PUBLISHED'], to: 'CANCELLED' },
  ];
  const STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'FILLED', 'CLOSED', 'CANCELLED'];

  async function missionIn(status: string): Promise<string> {
    const id = await create();
    await server.db.query(
      `UPDATE missions.mission SET status = $2,
         published_at = CASE WHEN $2 IN ('PUBLISHED', 'FILLED', 'CLOSED') THEN now() END WHERE id = $1`,
      [id, status],
    );
    return id;
  }

  test.each(TRANSITIONS)(
    '$mutation: allowed from $from, CONFLICT from every other status',
    async (transition) => {
      for (const status of STATUSES) {
        const id = await missionIn(status);
        const [before] = await server.db.query(`SELECT * FROM missions.mission WHERE id = $1`, [id]);
        const response = await server.query<Record<string, { status: string }>>(
          `mutation($id: ID!) { ${transition.mutation}(id: $id${transition.args}) { id status } }`,
          { id },
        );
        if (transition.from.includes(status)) {
          expect(response.errors).toBeUndefined();
          expect(response.data![transition.mutation]!.status).toBe(transition.to);
          expect(await statusOf(id)).toBe(transition.to);
        } else {
          const error = firstError(response);
          expect(error.extensions).toMatchObject({
            code: 'CONFLICT',
            field: 'status',
            from: status,
            to: transition.to,
          });
          // Either « déjà … » or what the transition needs and where the mission stands.
          expect(error.message).toMatch(/^(La mission est déjà .+|.+ ; celle-ci est .+)\.$/);
          const [after] = await server.db.query(`SELECT * FROM missions.mission WHERE id = $1`, [id]);
          expect(after).toEqual(before);
        }
      }
    },
  );

  test('transitions on an unknown or malformed id → NOT_FOUND', async () => {
    for (const id of [randomUUID(), '42']) {
      const response = await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
      expect(firstError(response).extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('concurrent publications of one mission: exactly one wins, the others get CONFLICT', async () => {
    const id = await missionIn('SUBMITTED');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.query(`mutation($id: ID!) { publishMission(id: $id) { status } }`, { id }),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.errors)) {
      expect(firstError(loser).extensions).toMatchObject({
        code: 'CONFLICT',
        from: 'PUBLISHED',
        to: 'PUBLISHED',
      });
    }
  });
});
