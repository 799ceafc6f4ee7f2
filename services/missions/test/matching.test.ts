import { randomUUID } from 'node:crypto';
import {
  agentViewer,
  ANONYMOUS_VIEWER,
  MissionStatus,
  Role,
  SkillLevel,
  type Viewer,
  WorkMode,
} from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { TEST_ADMIN } from '../../../test/support/tokens';
import { missionsSubgraph, seedMissions } from '../src';
import type { AgentChangedForMatching } from '../src/matching/agent-profile.consumer';
import { demoMissionFactory, missionsOnly } from './support/demo-missions';
import { consumeProfile, MATCHED_SCHEDULE, matchProfile } from './support/match-profiles';

/**
 * `Agent.recommendedMissions` on the missions subgraph: scores of `match_score` kept per agent and
 * mission, read in rank order; what is offered, to whom, and at what cost.
 */
const HOST_ID = randomUUID();
const AGENT_ID = randomUUID();
const OTHER_ID = randomUUID();
const AGENT = agentViewer(AGENT_ID, { administrationId: 'culture' });
const OTHER = agentViewer(OTHER_ID, { administrationId: 'culture' });
const HOST = agentViewer(HOST_ID, {
  roles: [Role.AGENT, Role.HOST],
  administrationId: 'dinum',
  hostOf: ['dinum'],
});

const mission = demoMissionFactory({
  title: 'Appui à un projet numérique',
  description: 'Accompagner l’équipe sur quelques jours.',
  contactAgentId: HOST_ID,
  ...MATCHED_SCHEDULE,
});

const M = {
  // skills (2 × 0.5 + 2 × 1 + 0) / 5 × 0.9 (claimed, not endorsed) = 0.54, available and remote: 0.54
  explained: mission({
    title: 'Expliquée',
    requiredSkills: [
      { skillId: 'typescript', minLevel: SkillLevel.EXPERT },
      { skillId: 'react', minLevel: SkillLevel.INTERMEDIATE },
      { skillId: 'sql', minLevel: SkillLevel.BEGINNER, essential: false },
    ],
  }),
  // every skill met, claimed: 0.9 × 1 = 0.9
  perfect: mission({
    title: 'Parfaite',
    requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.ADVANCED }],
  }),
  // on site elsewhere: 0.9 × (0.6 + 0.25 + 0.15 × 0.25) = 0.79875 → 0.799 (rounded half up)
  onSite: mission({
    title: 'Sur site',
    requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.BEGINNER }],
    workMode: WorkMode.ON_SITE,
    location: 'Lille',
  }),
  restricted: mission({
    title: 'Réservée',
    requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.BEGINNER }],
    restrictedToAdministrationIds: ['minint'],
  }),
  closedForApplications: mission({
    title: 'Close aux candidatures',
    requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.BEGINNER }],
    startDate: '2026-11-20',
    endDate: '2027-01-31',
    applicationDeadline: '2026-11-15',
  }),
  draft: mission({
    title: 'Brouillon',
    status: MissionStatus.DRAFT,
    publishedAt: null,
    requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.BEGINNER }],
  }),
  unrelated: mission({
    title: 'Sans rapport',
    requiredSkills: [{ skillId: 'cobol', minLevel: SkillLevel.BEGINNER }],
  }),
};

let version = 0;
function profile(id: string, skills: Array<{ skillId: string; level: SkillLevel }>): AgentChangedForMatching {
  version += 1;
  return matchProfile(
    id,
    { skills, workMode: WorkMode.HYBRID },
    new Date(Date.UTC(2026, 11, 1, 0, 0, version)).toISOString(),
  );
}

const RECOMMENDED = /* GraphQL */ `
  query ($representations: [_Any!]!, $first: Int, $minScore: Float) {
    _entities(representations: $representations) {
      ... on Agent {
        id
        recommendedMissions(first: $first, minScore: $minScore) {
          cursor
          score
          skillsScore
          availabilityScore
          workModeScore
          met {
            id
          }
          partlyMet {
            id
          }
          missing {
            id
          }
          mission {
            title
          }
        }
      }
    }
  }
`;

interface Recommended {
  _entities: Array<{
    id: string;
    recommendedMissions: Array<{
      cursor: string | null;
      score: number;
      skillsScore: number;
      availabilityScore: number;
      workModeScore: number;
      met: Array<{ id: string }>;
      partlyMet: Array<{ id: string }>;
      missing: Array<{ id: string }>;
      mission: { title: string };
    }> | null;
  } | null>;
}

describe('missions subgraph: recommended missions', () => {
  let server: TestSubgraph;

  const recommended = (as: Viewer, agentIds: string[], variables: Record<string, unknown> = {}) =>
    server.query<Recommended>(
      RECOMMENDED,
      { representations: agentIds.map((id) => ({ __typename: 'Agent', id })), ...variables },
      as,
    );

  const consume = (event: AgentChangedForMatching) => consumeProfile(server, event);

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
    await seedMissions(server.db, missionsOnly(Object.values(M)));
    await consume(
      profile(AGENT_ID, [
        { skillId: 'typescript', level: SkillLevel.ADVANCED },
        { skillId: 'react', level: SkillLevel.EXPERT },
      ]),
    );
    await consume(profile(OTHER_ID, [{ skillId: 'python', level: SkillLevel.EXPERT }]));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('ranks the offerable missions by score, each explained', async () => {
    const response = await recommended(AGENT, [AGENT_ID], { minScore: 0 });
    expect(response.errors).toBeUndefined();
    const list = response.data?._entities[0]?.recommendedMissions ?? [];
    // Not the restricted, past-deadline, draft or unrelated ones.
    expect(list.map((item) => [item.mission.title, item.score])).toEqual([
      // Declared skills only: each earns 0.9 of its credit (match_score v2).
      ['Parfaite', 0.9],
      ['Sur site', 0.799],
      ['Expliquée', 0.54],
    ]);
    expect(list[2]).toMatchObject({
      cursor: null,
      skillsScore: 0.54,
      availabilityScore: 1,
      workModeScore: 1,
      met: [{ id: 'react' }],
      partlyMet: [{ id: 'typescript' }],
      missing: [{ id: 'sql' }],
    });
    expect(list[1]).toMatchObject({ workModeScore: 0.25 });
  });

  it('honours first and minScore, and names the argument at fault', async () => {
    const top = await recommended(AGENT, [AGENT_ID], { first: 1, minScore: 0 });
    expect(top.data?._entities[0]?.recommendedMissions?.map((item) => item.mission.title)).toEqual([
      'Parfaite',
    ]);
    const good = await recommended(AGENT, [AGENT_ID], { minScore: 0.7 });
    expect(good.data?._entities[0]?.recommendedMissions?.map((item) => item.mission.title)).toEqual([
      'Parfaite',
      'Sur site',
    ]);
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 51 }, 'first'],
      [{ minScore: 1.5 }, 'minScore'],
      [{ minScore: -0.1 }, 'minScore'],
    ] as const) {
      const refused = await recommended(AGENT, [AGENT_ID], variables);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('shows an agent’s recommendations to the agent and the programme team only', async () => {
    expect((await recommended(TEST_ADMIN, [AGENT_ID])).data?._entities[0]?.recommendedMissions).toHaveLength(
      3,
    );
    const other = await recommended(OTHER, [AGENT_ID]);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?._entities[0]?.recommendedMissions ?? null).toBeNull();
    const host = await recommended(HOST, [AGENT_ID]);
    expect(host.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await recommended(ANONYMOUS_VIEWER, [AGENT_ID]);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('follows the agent’s profile and the mission’s status', async () => {
    await consume(profile(OTHER_ID, [{ skillId: 'react', level: SkillLevel.ADVANCED }]));
    const titles = async () =>
      (await recommended(OTHER, [OTHER_ID], { minScore: 0 })).data?._entities[0]?.recommendedMissions?.map(
        (item) => item.mission.title,
      );
    expect(await titles()).toEqual(['Parfaite', 'Sur site', 'Expliquée']);
    // A mission that leaves publication is nobody's match any more.
    const closed = await server.query(`mutation ($id: ID!) { markMissionFilled(id: $id) { status } }`, {
      id: M.perfect.id,
    });
    expect(closed.errors).toBeUndefined();
    expect(await titles()).toEqual(['Sur site', 'Expliquée']);
    const rows = (await server.db.query(
      'SELECT count(*)::int AS n FROM missions.agent_mission_match WHERE mission_id = $1',
      [M.perfect.id],
    )) as Array<{ n: number }>;
    expect(rows[0]?.n).toBe(0);
  });

  it('costs the same statements for one agent as for many', async () => {
    const many = [AGENT_ID, OTHER_ID, ...Array.from({ length: 8 }, () => randomUUID())];
    for (const id of many.slice(2))
      await consume(profile(id, [{ skillId: 'react', level: SkillLevel.EXPERT }]));
    const count = async (ids: string[]) => {
      const before = server.queries.count;
      const response = await recommended(TEST_ADMIN, ids);
      expect(response.errors).toBeUndefined();
      return server.queries.count - before;
    };
    const one = await count([AGENT_ID]);
    expect(await count(many)).toBe(one);
  });
});
