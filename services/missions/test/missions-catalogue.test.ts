import { randomUUID } from 'node:crypto';
import { MissionDomain, MissionKind, MissionStatus, SkillLevel, WorkMode } from '@talents/common';
import type { DemoMission } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph, seedMissions } from '../src';
import { demoMissionFactory, missionsOnly } from './support/demo-missions';
import {
  firstError,
  HOST_AGENT,
  MISSION_FIELDS,
  OTHER_AGENT,
  type GqlError,
} from './support/missions-fixture';

const demoMission = demoMissionFactory({
  title: 'Appui à la refonte d’un formulaire',
  description: 'Accompagner l’équipe dans la refonte du formulaire de demande.',
  contactAgentId: HOST_AGENT,
  effortHours: 21,
  startDate: '2026-03-02',
  endDate: '2026-06-30',
  applicationDeadline: '2026-02-15',
  createdAt: new Date('2025-09-01T08:00:00.000Z'),
  publishedAt: new Date('2025-09-02T08:00:00.000Z'),
});

const sortKey = (mission: DemoMission) => (mission.publishedAt ?? mission.createdAt).getTime();
/** The listing order the service promises: most recently published (or created) first, then id. */
function listingOrder(missions: DemoMission[]): string[] {
  return [...missions]
    .sort((a, b) => sortKey(b) - sortKey(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((mission) => mission.id);
}

/**
 * The missions subgraph reading its catalogue (writing is in missions-writes.test.ts): one server
 * over a fixed catalogue.
 */
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
    await seedMissions(server.db, missionsOnly(catalogue));
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
    await seedMissions(server.db, missionsOnly(catalogue));
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
