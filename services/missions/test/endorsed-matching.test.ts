import { randomUUID } from 'node:crypto';
import { agentViewer, SkillLevel, type FeedRow } from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { missionsSubgraph, seedMissions } from '../src';
import type { AgentChangedForMatching } from '../src/matching/agent-profile.consumer';
import { MISSION_PUBLISHED_TOPIC, missionFeedChannels } from '../src/matching/matching.feed';
import { demoMissionFactory, missionsOnly } from './support/demo-missions';
import { consumeProfile, MATCHED_SCHEDULE, matchProfile } from './support/match-profiles';

/**
 * Endorsements in missions' matching (match_score v2): two agents alike in everything but an
 * endorsement of the mission's skill; the endorsed one scores higher, and says why, both where
 * recommendations are queried and where the live feed scores a publication.
 */
const CLAIMER_ID = randomUUID();
const ENDORSED_ID = randomUUID();
const UNDECLARED_ID = randomUUID();

const mission = demoMissionFactory({
  title: 'Refonte d’un formulaire',
  description: 'Quelques jours de développement front.',
  contactAgentId: randomUUID(),
  ...MATCHED_SCHEDULE,
});
const REACT = mission({ requiredSkills: [{ skillId: 'react', minLevel: SkillLevel.BEGINNER }] });

function profile(id: string, declared: boolean, endorsed: boolean): AgentChangedForMatching {
  return matchProfile(
    id,
    {
      skills: declared ? [{ skillId: 'react', level: SkillLevel.ADVANCED }] : [],
      endorsedSkillIds: endorsed ? ['react'] : [],
    },
    new Date().toISOString(),
  );
}

const RECOMMENDED = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Agent { id recommendedMissions(minScore: 0) { score skillsScore met { id } endorsed { id } } }
  }
}`;

type Match = {
  score: number;
  skillsScore: number;
  met: Array<{ id: string }>;
  endorsed: Array<{ id: string }>;
};

describe('missions subgraph: endorsed skills in matching', () => {
  let server: TestSubgraph;

  const consume = (event: AgentChangedForMatching) => consumeProfile(server, event);

  async function recommended(agentId: string): Promise<Match[]> {
    const response = await server.query<{ _entities: Array<{ recommendedMissions: Match[] | null }> }>(
      RECOMMENDED,
      { representations: [{ __typename: 'Agent', id: agentId }] },
      agentViewer(agentId, { administrationId: 'culture' }),
    );
    expect(response.errors).toBeUndefined();
    return response.data!._entities[0]!.recommendedMissions!;
  }

  beforeAll(async () => {
    server = await startTestSubgraph(missionsSubgraph);
    await seedMissions(server.db, missionsOnly([REACT]));
    await consume(profile(CLAIMER_ID, true, false));
    await consume(profile(ENDORSED_ID, true, true));
    await consume(profile(UNDECLARED_ID, false, true));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('ranks an endorsed agent above one who only claims the skill, and explains it (query path)', async () => {
    const [claimed] = await recommended(CLAIMER_ID);
    const [endorsed] = await recommended(ENDORSED_ID);
    // Remote, available: the score is the skills part; a claim earns 0.9 of it, an endorsement all.
    expect(claimed).toEqual({ score: 0.9, skillsScore: 0.9, met: [{ id: 'react' }], endorsed: [] });
    expect(endorsed).toEqual({
      score: 1,
      skillsScore: 1,
      met: [{ id: 'react' }],
      endorsed: [{ id: 'react' }],
    });
  });

  it('counts a skill endorsed but not declared as held at the lowest level', async () => {
    expect(await recommended(UNDECLARED_ID)).toEqual([
      { score: 1, skillsScore: 1, met: [{ id: 'react' }], endorsed: [{ id: 'react' }] },
    ]);
  });

  it('scores the live feed’s publication with the same function (feed path)', async () => {
    const row: FeedRow = {
      seq: '1',
      topic: MISSION_PUBLISHED_TOPIC,
      entityId: REACT.id,
      payload: {},
      createdAt: new Date(),
    };
    const subscribers = [CLAIMER_ID, ENDORSED_ID].map((agentId) => ({
      agentId,
      viewer: agentViewer(agentId, { administrationId: 'culture' }),
      minScore: 0,
    }));
    const delivered = await missionFeedChannels(server.db).matches.deliver(row, subscribers);
    const [claimed, endorsed] = subscribers.map((subscriber) => delivered.get(subscriber));
    expect(claimed).toMatchObject({ score: 0.9, endorsed: [] });
    expect(endorsed).toMatchObject({ score: 1, endorsed: [{ id: 'react' }] });
    expect(endorsed!.score).toBeGreaterThan(claimed!.score);
  });

  it('follows a later agent.changed without the endorsement (erasure of evidence)', async () => {
    await consume(profile(ENDORSED_ID, true, false));
    expect(await recommended(ENDORSED_ID)).toEqual([
      { score: 0.9, skillsScore: 0.9, met: [{ id: 'react' }], endorsed: [] },
    ]);
  });
});
