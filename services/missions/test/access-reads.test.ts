import { randomUUID } from 'node:crypto';
import { ANONYMOUS_VIEWER, MissionStatus } from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph, seedMissions } from '../src';
import { isMissionVisible } from '../src/mission/mission.access';
import {
  ADMIN,
  AGENT_MININT,
  errorsOf,
  HOST_DGFIP,
  HOST_DGFIP_ID,
  HOST_DINUM_ID,
  VIEWERS,
} from './support/access-fixture';
import { demoMissionFactory, missionsOnly } from './support/demo-missions';

/**
 * Who reads which mission in the missions subgraph (who writes is in access-writes.test.ts): the
 * rules of docs/identity.md over a table of missions in every status and restriction.
 */

const day = (date: string) => new Date(`${date}T09:00:00.000Z`);

const mission = demoMissionFactory({
  title: 'Appui à un projet numérique',
  description: 'Accompagner l’équipe sur quelques jours.',
  contactAgentId: HOST_DINUM_ID,
  effortHours: 14,
  startDate: '2096-03-02',
  endDate: '2096-06-30',
  applicationDeadline: '2096-02-15',
  createdAt: day('2025-09-01'),
  publishedAt: null,
});

/*
 * The hidden missions are the most recent ones, so that a listing filtering after its LIMIT would
 * come back short: each list must drop them before counting.
 */
const M = {
  dgfipDraft: mission({
    hostAdministrationId: 'dgfip',
    contactAgentId: HOST_DGFIP_ID,
    status: MissionStatus.DRAFT,
    createdAt: day('2025-10-11'),
  }),
  draft: mission({ status: MissionStatus.DRAFT, createdAt: day('2025-10-10') }),
  submitted: mission({ status: MissionStatus.SUBMITTED, createdAt: day('2025-10-09') }),
  restrictedMinint: mission({ restrictedToAdministrationIds: ['minint'], publishedAt: day('2025-10-08') }),
  cancelledDraft: mission({ status: MissionStatus.CANCELLED, createdAt: day('2025-10-07') }),
  open: mission({ publishedAt: day('2025-10-06') }),
  cancelledAfterPublication: mission({ status: MissionStatus.CANCELLED, publishedAt: day('2025-10-05') }),
  filled: mission({ status: MissionStatus.FILLED, publishedAt: day('2025-10-04') }),
  closed: mission({ status: MissionStatus.CLOSED, publishedAt: day('2025-10-03') }),
  dgfipRestricted: mission({
    hostAdministrationId: 'dgfip',
    contactAgentId: HOST_DGFIP_ID,
    restrictedToAdministrationIds: ['dgfip'],
    publishedAt: day('2025-10-02'),
  }),
  dgfipOpen: mission({
    hostAdministrationId: 'dgfip',
    contactAgentId: HOST_DGFIP_ID,
    publishedAt: day('2025-10-01'),
  }),
};
type Name = keyof typeof M;
const ALL = Object.keys(M) as Name[];
const PUBLIC: Name[] = ['open', 'filled', 'closed', 'dgfipOpen'];
const ONCE_PUBLISHED_OPEN: Name[] = ['open', 'cancelledAfterPublication', 'filled', 'closed', 'dgfipOpen'];
const DINUM: Name[] = ALL.filter((name) => M[name].hostAdministrationId === 'dinum');
const DGFIP: Name[] = ALL.filter((name) => M[name].hostAdministrationId === 'dgfip');

/** Who sees which mission: the rules of docs/identity.md, written out by hand. */
const EXPECTED: Record<string, Name[]> = {
  admin: ALL,
  system: ALL,
  hostDinum: [...DINUM, 'dgfipOpen'],
  hostDgfip: [...DGFIP, 'open', 'cancelledAfterPublication', 'filled', 'closed'],
  agentMinint: [...ONCE_PUBLISHED_OPEN, 'restrictedMinint'],
  agentOutside: ONCE_PUBLISHED_OPEN,
  clientWithScope: PUBLIC,
  clientWithoutScope: [],
  anonymous: PUBLIC,
};

/** Names in listing order (most recently published, or created, first). */
function inListingOrder(names: readonly Name[]): Name[] {
  const key = (name: Name) => (M[name].publishedAt ?? M[name].createdAt).getTime();
  return [...names].sort((a, b) => key(b) - key(a));
}

const nameOf = new Map(ALL.map((name) => [M[name].id, name]));
const names = (nodes: ReadonlyArray<{ id: string } | null>) =>
  nodes.map((node) => (node ? (nameOf.get(node.id) ?? node.id) : null));
const sorted = (list: ReadonlyArray<string | null>) => [...list].sort();
const ALL_STATUSES = Object.values(MissionStatus);

describe('missions subgraph: who reads which mission', () => {
  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
    await seedMissions(server.db, missionsOnly(ALL.map((name) => M[name])));
  });
  afterAll(async () => {
    await server?.stop();
  });

  const viewerCases = Object.keys(VIEWERS).map((key) => [key] as const);

  test.each(viewerCases)('the rule on a loaded row agrees with the table (%s)', (key) => {
    const visible = ALL.filter((name) =>
      isMissionVisible(VIEWERS[key]!, { ...M[name], restrictedTo: M[name].restrictedToAdministrationIds }),
    );
    expect(sorted(visible)).toEqual(sorted(EXPECTED[key]!));
  });

  test.each(viewerCases)('missions lists exactly what %s may see, counted alike', async (key) => {
    const response = await server.query<{ missions: { nodes: Array<{ id: string }>; totalCount: number } }>(
      `query($filter: MissionFilter) { missions(filter: $filter, first: 100) { nodes { id } totalCount } }`,
      { filter: { statuses: ALL_STATUSES } },
      VIEWERS[key],
    );
    if (key === 'clientWithoutScope') {
      expect(errorsOf(response)[0]!.extensions?.code).toBe('FORBIDDEN');
      // A refused root list is null and costs nothing else of the request.
      expect(response.data).toEqual({ missions: null });
      return;
    }
    expect(response.errors).toBeUndefined();
    expect(names(response.data!.missions.nodes)).toEqual(inListingOrder(EXPECTED[key]!));
    expect(response.data!.missions.totalCount).toBe(EXPECTED[key]!.length);
  });

  test.each(viewerCases)('mission(id) for %s: NOT_FOUND for what they may not see', async (key) => {
    for (const name of ALL) {
      const response = await server.query<{ mission: { id: string } | null }>(
        `query($id: ID!) { mission(id: $id) { id } }`,
        { id: M[name].id },
        VIEWERS[key],
      );
      if (key === 'clientWithoutScope') {
        expect(errorsOf(response)[0]!.extensions?.code).toBe('FORBIDDEN');
      } else if (EXPECTED[key]!.includes(name)) {
        expect(response.errors).toBeUndefined();
        expect(response.data!.mission!.id).toBe(M[name].id);
      } else {
        // Word for word what an unknown id gets: the answer must not tell that the mission exists.
        const [error] = errorsOf(response);
        const { stacktrace: _stacktrace, ...extensions } = error!.extensions ?? {};
        expect(extensions).toEqual({ code: 'NOT_FOUND', id: M[name].id });
        expect(error!.message).toBe(`Mission introuvable : ${M[name].id}`);
        expect(response.data!.mission).toBeNull();
      }
    }
  });

  test.each(viewerCases)('Mission references for %s: null for what they may not see', async (key) => {
    const response = await server.query<{ _entities: Array<{ id: string } | null> }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Mission { id title } } }`,
      { representations: ALL.map((name) => ({ __typename: 'Mission', id: M[name].id })) },
      VIEWERS[key],
    );
    expect(response.errors).toBeUndefined();
    expect(names(response.data!._entities)).toEqual(
      ALL.map((name) => (EXPECTED[key]!.includes(name) ? name : null)),
    );
  });

  test.each(viewerCases)(
    'Administration.missions and Agent.publishedMissions for %s: only what they may see, limits after the rule',
    async (key) => {
      type Lists = {
        id: string;
        all?: Array<{ id: string }>;
        top2?: Array<{ id: string }>;
        byContact?: Array<{ id: string }>;
      };
      const response = await server.query<{ _entities: Lists[] }>(
        `query($representations: [_Any!]!, $statuses: [MissionStatus!]) {
          _entities(representations: $representations) {
            ... on Administration { id all: missions(statuses: $statuses, first: 100) { id } top2: missions(statuses: $statuses, first: 2) { id } }
            ... on Agent { id byContact: publishedMissions(statuses: $statuses) { id } } } }`,
        {
          statuses: ALL_STATUSES,
          representations: [
            { __typename: 'Administration', id: 'dinum' },
            { __typename: 'Administration', id: 'dgfip' },
            { __typename: 'Agent', id: HOST_DINUM_ID },
            { __typename: 'Agent', id: HOST_DGFIP_ID },
          ],
        },
        VIEWERS[key],
      );
      expect(response.errors).toBeUndefined();
      const [dinum, dgfip, dinumHost, dgfipHost] = response.data!._entities;
      const expected = (of: Name[]) => inListingOrder(EXPECTED[key]!.filter((name) => of.includes(name)));
      expect(names(dinum!.all!)).toEqual(expected(DINUM));
      expect(names(dinum!.top2!)).toEqual(expected(DINUM).slice(0, 2));
      expect(names(dgfip!.all!)).toEqual(expected(DGFIP));
      expect(names(dgfip!.top2!)).toEqual(expected(DGFIP).slice(0, 2));
      expect(names(dinumHost!.byContact!)).toEqual(expected(DINUM));
      expect(names(dgfipHost!.byContact!)).toEqual(expected(DGFIP));
    },
  );

  test('filters and cursor pagination still work under the rule (anonymous, one page at a time)', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: Awaited<
        ReturnType<
          typeof server.query<{
            missions: {
              nodes: Array<{ id: string }>;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          }>
        >
      > = await server.query(
        `query($after: String, $filter: MissionFilter) { missions(first: 1, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after, filter: { statuses: ALL_STATUSES, hostAdministrationId: 'dinum' } },
        ANONYMOUS_VIEWER,
      );
      expect(response.errors).toBeUndefined();
      seen.push(...response.data!.missions.nodes.map((node) => node.id));
      if (!response.data!.missions.pageInfo.hasNextPage) break;
      after = response.data!.missions.pageInfo.endCursor;
    }
    expect(names(seen.map((id) => ({ id })))).toEqual(inListingOrder(['open', 'filled', 'closed']));
  });

  test('statements per request do not grow with the lists, for a plain agent as for an admin', async () => {
    const listQuery = `query($first: Int, $filter: MissionFilter) { missions(first: $first, filter: $filter) {
      nodes { id requiredSkills { skill { id } minLevel } restrictedTo { id } } totalCount } }`;
    const entitiesQuery = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Mission { id requiredSkills { minLevel } } } }`;
    for (const viewer of [AGENT_MININT, HOST_DGFIP, ANONYMOUS_VIEWER, ADMIN]) {
      const list = async (first: number) =>
        (
          await server.queries.measure(async () => {
            const response = await server.query(
              listQuery,
              { first, filter: { statuses: ALL_STATUSES } },
              viewer,
            );
            expect(response.errors).toBeUndefined();
          })
        ).statements;
      expect(await list(1)).toBe(await list(100));
      expect(await list(1)).toBeLessThanOrEqual(3);

      const references = async (some: Name[]) =>
        (
          await server.queries.measure(async () => {
            const response = await server.query(
              entitiesQuery,
              { representations: some.map((name) => ({ __typename: 'Mission', id: M[name].id })) },
              viewer,
            );
            expect(response.errors).toBeUndefined();
          })
        ).statements;
      expect(await references(['open'])).toBe(await references(ALL));
      expect(await references(ALL)).toBeLessThanOrEqual(2);

      const { statements } = await server.queries.measure(async () => {
        const response = await server.query(
          `query($representations: [_Any!]!) { _entities(representations: $representations) {
            ... on Administration { missions(first: 3) { id } }
            ... on Agent { publishedMissions { id } } } }`,
          {
            representations: [
              ...['dinum', 'dgfip', 'culture'].map((id) => ({ __typename: 'Administration', id })),
              ...[HOST_DINUM_ID, HOST_DGFIP_ID, randomUUID()].map((id) => ({ __typename: 'Agent', id })),
            ],
          },
          viewer,
        );
        expect(response.errors).toBeUndefined();
      });
      // One statement for all the administrations, one for all the agents.
      expect(statements).toBe(2);
    }
  });
});
