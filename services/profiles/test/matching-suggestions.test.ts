import { type Viewer } from '@talents/common';
import { matchScoreFunctionSqlV2 } from '@talents/common/migrations';
import type { GraphQLResponse } from '../../../test/support/graphql';
import {
  A,
  as,
  B,
  BULK_COUNT,
  BULK_FROM,
  C,
  C_TWIN,
  D,
  ERASED,
  HIDING,
  HOST,
  id,
  missionId,
  OUT,
  OUT_APPLICANT,
  subgraph,
  useMatchingSubgraph,
  WRITER,
} from './support/matching-fixture';

/**
 * Mission.suggestedAgents in the profiles subgraph (agent.changed, which feeds the missions side of
 * matching, is in matching-events.test.ts): scores checked against the documented formula written
 * again here, who may ask, what each viewer may see, and what it costs.
 */
useMatchingSubgraph();

// ---------------------------------------------------------------------------------------------
// The documented formula (services/common/src/matching/match.ts), written again independently.

const CREDIT = { met: 1, partly: 0.5, missing: 0 } as const;
type Credit = keyof typeof CREDIT;
/** Nobody here is endorsed: a declared skill earns 0.9 of its credit (endorsements: endorsed-matching.test.ts). */
const CLAIMED = 0.9;

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** skills: [essential, credit] per required skill; availability and work mode in [0, 1]. */
function expectedScore(skills: Array<[boolean, Credit]>, availability: number, workMode: number): number {
  const weight = (essential: boolean) => (essential ? 2 : 1);
  const total = skills.reduce((sum, [essential]) => sum + weight(essential), 0);
  const earned = skills.reduce(
    (sum, [essential, credit]) => sum + weight(essential) * CREDIT[credit] * CLAIMED,
    0,
  );
  const skillsScore = earned / total;
  return round3(skillsScore * (0.6 + 0.25 * availability + 0.15 * workMode));
}

/** Hours offered over the overlap (months of 30.44 days, one at least) against the effort, capped at 1. */
function expectedAvailability(hoursPerMonth: number, overlapDays: number, effortHours: number): number {
  if (hoursPerMonth <= 0 || overlapDays <= 0) return 0;
  return Math.min(1, (hoursPerMonth * Math.max(1, overlapDays / 30.44)) / effortHours);
}

// ---------------------------------------------------------------------------------------------
// Missions as the gateway hands them over: the representation carries what @requires asks.

interface RepresentationOptions {
  host?: string;
  restrictedTo?: string[];
}

/** Typescript (ADVANCED, essential), rgpd (INTERMEDIATE, nice to have), python (BEGINNER, essential). */
function missionRepresentation(index: number, options: RepresentationOptions = {}) {
  return {
    __typename: 'Mission',
    id: missionId(index),
    requiredSkills: [
      { skill: { __typename: 'Skill', id: 'typescript' }, minLevel: 'ADVANCED', essential: true },
      { skill: { __typename: 'Skill', id: 'rgpd' }, minLevel: 'INTERMEDIATE', essential: false },
      { skill: { __typename: 'Skill', id: 'python' }, minLevel: 'BEGINNER', essential: true },
    ],
    // 92 days.
    startDate: '2025-03-01',
    endDate: '2025-05-31',
    effortHours: 20,
    workMode: 'HYBRID',
    location: 'Paris',
    hostAdministration: { __typename: 'Administration', id: options.host ?? 'insee' },
    restrictedTo: (options.restrictedTo ?? []).map((administrationId) => ({
      __typename: 'Administration',
      id: administrationId,
    })),
  };
}

const SUGGESTIONS = `query ($representations: [_Any!]!, $first: Int) {
  _entities(representations: $representations) {
    ... on Mission {
      id
      suggestedAgents(first: $first) {
        agent { id }
        score
        met { id }
        partlyMet { id }
        missing { id }
        availabilityScore
        workModeScore
      }
    }
  }
}`;

interface Suggestion {
  agent: { id: string };
  score: number;
  met: Array<{ id: string }>;
  partlyMet: Array<{ id: string }>;
  missing: Array<{ id: string }>;
  availabilityScore: number;
  workModeScore: number;
}

type Entities = { _entities: Array<{ id: string; suggestedAgents: Suggestion[] | null } | null> };

function suggest(
  representations: unknown[],
  viewer: Viewer,
  first?: number | null,
): Promise<GraphQLResponse<Entities>> {
  return subgraph.query<Entities>(
    SUGGESTIONS,
    first === undefined ? { representations } : { representations, first },
    viewer,
  );
}

async function suggestedTo(viewer: Viewer, representation: unknown = missionRepresentation(1)) {
  const response = await suggest([representation], viewer);
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0]!.suggestedAgents!;
}

const ids = (skills: Array<{ id: string }>) => skills.map((item) => item.id);
const rankOf = (suggestions: Suggestion[]) => suggestions.map((item) => Number(item.agent.id.slice(-12)));

describe('Mission.suggestedAgents', () => {
  // Expected values from the formula, computed by hand from the fixture.
  const availabilityB = expectedAvailability(4, 31, 20); // 1 to 31 May
  const expected = {
    [A]: {
      score: expectedScore(
        [
          [true, 'met'],
          [false, 'partly'],
          [true, 'met'],
        ],
        expectedAvailability(10, 92, 20),
        1,
      ),
      met: ['typescript', 'python'],
      partlyMet: ['rgpd'],
      missing: [],
      availabilityScore: 1,
      workModeScore: 1,
    },
    [B]: {
      score: expectedScore(
        [
          [true, 'partly'],
          [false, 'missing'],
          [true, 'missing'],
        ],
        availabilityB,
        0.5,
      ),
      met: [],
      partlyMet: ['typescript'],
      missing: ['rgpd', 'python'],
      availabilityScore: round3(availabilityB),
      workModeScore: 0.5,
    },
    [C]: {
      score: expectedScore(
        [
          [true, 'missing'],
          [false, 'met'],
          [true, 'missing'],
        ],
        0,
        1,
      ),
      met: ['rgpd'],
      partlyMet: [],
      missing: ['typescript', 'python'],
      availabilityScore: 0,
      workModeScore: 1,
    },
    [OUT_APPLICANT]: {
      score: expectedScore(
        [
          [true, 'missing'],
          [false, 'met'],
          [true, 'missing'],
        ],
        1,
        1,
      ),
    },
    [OUT]: {
      score: expectedScore(
        [
          [true, 'met'],
          [false, 'missing'],
          [true, 'missing'],
        ],
        1,
        1,
      ),
    },
    // Marseille, for a hybrid mission in Paris: half.
    [HIDING]: {
      score: expectedScore(
        [
          [true, 'missing'],
          [false, 'missing'],
          [true, 'met'],
        ],
        1,
        0.5,
      ),
    },
    [BULK_FROM]: {
      score: expectedScore(
        [
          [true, 'partly'],
          [false, 'missing'],
          [true, 'missing'],
        ],
        1,
        1,
      ),
    },
  };

  it('ranks by score and explains each suggestion: met, partly met, missing, availability, work mode', async () => {
    const suggestions = (await suggest([missionRepresentation(1)], as.host, 50)).data!._entities[0]!
      .suggestedAgents!;
    const [first, ...rest] = suggestions;
    expect(first).toEqual({
      agent: { id: id(A) },
      score: expected[A].score,
      met: expected[A].met.map((skillId) => ({ id: skillId })),
      partlyMet: expected[A].partlyMet.map((skillId) => ({ id: skillId })),
      missing: [],
      availabilityScore: 1,
      workModeScore: 1,
    });
    expect(expected[A].score).toBe(0.81);
    const b = rest.find((item) => item.agent.id === id(B))!;
    expect([
      b.score,
      ids(b.met),
      ids(b.partlyMet),
      ids(b.missing),
      b.availabilityScore,
      b.workModeScore,
    ]).toEqual([
      expected[B].score,
      expected[B].met,
      expected[B].partlyMet,
      expected[B].missing,
      expected[B].availabilityScore,
      expected[B].workModeScore,
    ]);
    expect(expected[B].score).toBe(0.131);
    const c = rest.find((item) => item.agent.id === id(C))!;
    expect([
      c.score,
      ids(c.met),
      ids(c.partlyMet),
      ids(c.missing),
      c.availabilityScore,
      c.workModeScore,
    ]).toEqual([
      expected[C].score,
      expected[C].met,
      expected[C].partlyMet,
      expected[C].missing,
      expected[C].availabilityScore,
      expected[C].workModeScore,
    ]);
    // Scores never increase down the list.
    const scores = suggestions.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('gives the host the top ten by default: ties broken by name, nobody without a required skill', async () => {
    const suggestions = await suggestedTo(as.host);
    // A 0.81, then the bulk (partly typescript, 0.18), OUT_APPLICANT (0.18), C and its twin (0.135), B.
    expect(expected[BULK_FROM].score).toBe(expected[OUT_APPLICANT].score);
    expect(suggestions).toHaveLength(10);
    const ranked = rankOf(suggestions);
    expect(ranked[0]).toBe(A);
    // Equal scores (0.18) in name order: Nom018 before Nom100, Nom101…
    expect(ranked.slice(1, 10)).toEqual([
      OUT_APPLICANT,
      ...Array.from({ length: 8 }, (_, i) => BULK_FROM + i),
    ]);
    expect(ranked).not.toContain(D);
  });

  it('ranks every candidate of the dataset for an admin, in score then name order', async () => {
    const suggestions = (await suggest([missionRepresentation(1)], as.admin, 50)).data!._entities[0]!
      .suggestedAgents!;
    const ranked = rankOf(suggestions);
    const bulk = Array.from({ length: BULK_COUNT }, (_, i) => BULK_FROM + i);
    expect(ranked).toEqual([A, OUT, HIDING, OUT_APPLICANT, ...bulk, C, C_TWIN, B, WRITER]);
    expect(suggestions.map((item) => item.score)).toEqual([
      expected[A].score,
      expected[OUT].score,
      expected[HIDING].score,
      ...Array.from({ length: BULK_COUNT + 1 }, () => expected[BULK_FROM].score),
      expected[C].score,
      expected[C].score,
      expected[B].score,
      // WRITER holds rgpd below the minimum: partly met, and a nice-to-have skill only.
      expectedScore(
        [
          [true, 'missing'],
          [false, 'partly'],
          [true, 'missing'],
        ],
        1,
        1,
      ),
    ]);
  });

  it('does not suggest to a host an agent out of the directory or hiding from their administration, unless they applied there', async () => {
    const toHost = rankOf(await suggestedTo(as.host, missionRepresentation(1)));
    expect(toHost).not.toContain(OUT);
    expect(toHost).not.toContain(HIDING);
    const all = rankOf(
      (await suggest([missionRepresentation(1)], as.host, 50)).data!._entities[0]!.suggestedAgents!,
    );
    expect(all).not.toContain(OUT);
    expect(all).not.toContain(HIDING);
    expect(all).toContain(OUT_APPLICANT);
    expect(all).toContain(B);
  });

  it('never suggests an erased agent, to anyone', async () => {
    for (const viewer of [as.host, as.admin]) {
      const response = await suggest([missionRepresentation(1)], viewer, 50);
      expect(rankOf(response.data!._entities[0]!.suggestedAgents!)).not.toContain(ERASED);
    }
  });

  it('suggests only agents of the administrations a restricted mission is reserved to', async () => {
    const response = await suggest([missionRepresentation(1, { restrictedTo: ['minarm'] })], as.admin, 50);
    expect(rankOf(response.data!._entities[0]!.suggestedAgents!)).toEqual([B]);
  });

  it('answers an empty list for a mission without required skills, and honours first', async () => {
    const empty = { ...missionRepresentation(1), requiredSkills: [] };
    expect(await suggestedTo(as.host, empty)).toEqual([]);
    const two = await suggest([missionRepresentation(1)], as.host, 2);
    expect(rankOf(two.data!._entities[0]!.suggestedAgents!)).toEqual([A, OUT_APPLICANT]);
    const byDefault = await suggest([missionRepresentation(1)], as.host, null);
    expect(byDefault.data!._entities[0]!.suggestedAgents).toHaveLength(10);
  });

  it.each([0, 51, -1])('refuses first = %d with BAD_USER_INPUT on first', async (first) => {
    const response = await suggest([missionRepresentation(1)], as.host, first);
    expect(response.data!._entities[0]!.suggestedAgents).toBeNull();
    expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'first'],
    ]);
  });

  it('refuses a representation without the required fields with BAD_USER_INPUT naming the field', async () => {
    const { requiredSkills: _skills, ...withoutSkills } = missionRepresentation(1);
    const badLevel = missionRepresentation(1);
    badLevel.requiredSkills[1]!.minLevel = 'GOUROU';
    const badDate = { ...missionRepresentation(1), startDate: '2025-02-30' };
    for (const [representation, field] of [
      [withoutSkills, 'requiredSkills'],
      [badLevel, 'requiredSkills.1.minLevel'],
      [badDate, 'startDate'],
    ] as const) {
      const response = await suggest([representation], as.host);
      expect(response.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', field],
      ]);
    }
  });

  describe('who may ask', () => {
    it.each([
      ['a host of the mission’s administration', as.host],
      ['a programme admin', as.admin],
    ])('is open to %s', async (_label, viewer) => {
      const response = await suggest([missionRepresentation(1)], viewer);
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities[0]!.suggestedAgents!.length).toBeGreaterThan(0);
    });

    it.each([
      ['a host of another administration', as.foreignHost, 'FORBIDDEN'],
      ['a plain agent', as.plain, 'FORBIDDEN'],
      ['an API client, even with profiles:read', as.reader, 'FORBIDDEN'],
      ['an anonymous visitor', as.anonymous, 'UNAUTHENTICATED'],
    ])('is refused to %s, the field null and the mission kept', async (_label, viewer, code) => {
      const response = await suggest([missionRepresentation(1)], viewer);
      expect(response.data).toEqual({ _entities: [{ id: missionId(1), suggestedAgents: null }] });
      expect(response.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
        ['_entities.0.suggestedAgents', code],
      ]);
    });

    it('is refused to a host when the mission belongs to another administration they do not host', async () => {
      const response = await suggest([missionRepresentation(1, { host: 'minarm' })], as.host);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'suggestedAgents' });
    });
  });

  it('guards and audits the personal fields of suggested agents as everywhere else', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Mission { suggestedAgents(first: 50) { agent { id email } } }
    } }`;
    const before = (await subgraph.db.query(
      "SELECT count(*)::int AS n FROM profiles.audit_log WHERE action = 'personalData.read' AND actor_id = $1",
      [id(HOST)],
    )) as Array<{ n: number }>;
    const response = await subgraph.query<{
      _entities: Array<{ suggestedAgents: Array<{ agent: { id: string; email: string | null } }> }>;
    }>(query, { representations: [missionRepresentation(1)] }, as.host);
    const agents = response.data!._entities[0]!.suggestedAgents.map((item) => item.agent);
    // The host sees the e-mail of the agent who applied to insee, and nobody else's.
    expect(agents.filter((agent) => agent.email !== null).map((agent) => agent.id)).toEqual([
      id(OUT_APPLICANT),
    ]);
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const reads = (await subgraph.db.query(
      "SELECT subject_agent_id, fields FROM profiles.audit_log WHERE action = 'personalData.read' AND actor_id = $1 ORDER BY at OFFSET $2",
      [id(HOST), before[0]!.n],
    )) as Array<{ subject_agent_id: string; fields: string[] }>;
    expect(reads).toEqual([{ subject_agent_id: id(OUT_APPLICANT), fields: ['email'] }]);
  });

  it('costs the same number of SQL statements for one mission and for many', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Mission { id suggestedAgents(first: 5) { agent { id displayName } score met { id label } missing { label } } }
    } }`;
    const run = (count: number) =>
      subgraph.queries.measure(async () => {
        const representations = Array.from({ length: count }, (_, index) =>
          missionRepresentation(index + 1, { restrictedTo: index % 2 === 0 ? [] : ['dinum'] }),
        );
        const response = await subgraph.query<Entities>(query, { representations }, as.admin);
        expect(response.errors).toBeUndefined();
        const lists = response.data!._entities.map((entity) => entity!.suggestedAgents!);
        expect(lists.every((list) => list.length === 5)).toBe(true);
        return lists.length;
      });
    const one = await run(1);
    const many = await run(12);
    expect([one.result, many.result]).toEqual([1, 12]);
    // The ranking, the agents, the skills: one statement each, whatever the number of missions.
    expect(one.statements).toBe(3);
    expect(many.statements).toBe(one.statements);
  });

  it('keeps each agent’s skill arrays true through every write of agent_skill', async () => {
    const arrays = async (index: number) =>
      (
        (await subgraph.db.query('SELECT skill_ids, skill_levels FROM profiles.agent WHERE id = $1', [
          id(index),
        ])) as Array<{ skill_ids: string[]; skill_levels: number[] }>
      )[0];
    // Seeded: skill id order, levels as ranks.
    expect(await arrays(A)).toEqual({ skill_ids: ['python', 'rgpd', 'typescript'], skill_levels: [3, 1, 4] });
    await subgraph.db.transaction(async (manager) => {
      await manager.query("UPDATE profiles.agent_skill SET level = 'EXPERT' WHERE agent_id = $1", [
        id(C_TWIN),
      ]);
      expect(
        await manager.query('SELECT skill_levels FROM profiles.agent WHERE id = $1', [id(C_TWIN)]),
      ).toEqual([{ skill_levels: [4] }]);
      await manager.query('DELETE FROM profiles.agent_skill WHERE agent_id = $1', [id(C_TWIN)]);
      expect(await manager.query('SELECT skill_ids FROM profiles.agent WHERE id = $1', [id(C_TWIN)])).toEqual(
        [{ skill_ids: [] }],
      );
      await manager.query(
        "INSERT INTO profiles.agent_skill (agent_id, skill_id, level) VALUES ($1, 'rgpd', 'EXPERT'), ($2, 'python', 'BEGINNER')",
        [id(C_TWIN), id(D)],
      );
      expect(
        await manager.query(
          'SELECT id, skill_ids, skill_levels FROM profiles.agent WHERE id = ANY($1) ORDER BY id',
          [[id(C_TWIN), id(D)]],
        ),
      ).toEqual([
        { id: id(C_TWIN), skill_ids: ['rgpd'], skill_levels: [4] },
        { id: id(D), skill_ids: ['accessibilite', 'python'], skill_levels: [4, 1] },
      ]);
      // Leave the fixture as it was.
      await manager.query("DELETE FROM profiles.agent_skill WHERE agent_id = $1 AND skill_id = 'python'", [
        id(D),
      ]);
    });
    expect(await arrays(D)).toEqual({ skill_ids: ['accessibilite'], skill_levels: [4] });
  });

  it('runs the matching function installed from common’s frozen text', async () => {
    const [installed] = (await subgraph.db.query(
      `SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'profiles' AND p.proname = 'match_score'`,
    )) as Array<{ prosrc: string }>;
    const body = matchScoreFunctionSqlV2('profiles').split('$fn$')[1];
    expect(installed?.prosrc).toBe(body);
  });
});
