import { setApprovalsClock } from '@talents/approvals';
import { runEventsCommand } from '../../hub/src/events-cli';
import { hostedAndPublished, parisMorning } from '../support/approval-deadlines';
import { errorCodes } from '../support/errors';
import { eventually } from '../support/eventually';
import type { GraphQLResponse } from '../support/graphql';
import { useIntegrityHub } from '../support/integrity';
import { nextYear } from '../support/mission-input';
import { acceptedApplication } from '../support/outcomes';

/**
 * Issue 13 items 2 (endorsements), 5 and 6 through the gateway: after the completion the host
 * endorses skills the agent showed; approvals tells profiles (`skills.endorsed`), which shows them
 * on the agent's profile and tells missions (`agent.changed`), whose matching then scores the agent
 * higher. Every refused path has its code; replaying every event twice changes nothing; the demo's
 * completed missions come with endorsements.
 */
describe('skill endorsements (issue 13 items 2, 5 and 6)', () => {
  const suite = useIntegrityHub({ background: false });
  const { people, demo } = suite;
  afterAll(() => setApprovalsClock(null));

  const ENDORSE = `mutation ($id: ID!, $skillIds: [ID!]!) {
    endorseSkills(id: $id, skillIds: $skillIds) { endorsements { skill { id } endorsedBy { id } } }
  }`;
  const PROFILE = `query ($id: ID!) { agent(id: $id) {
    skills { skill { id } endorsementCount endorsements { endorsedBy { id displayName } mission { id title } } }
    undeclaredEndorsedSkills { skill { id } endorsementCount endorsements { mission { id } } }
  } }`;
  const RECOMMENDED = `{ me { recommendedMissions(first: 50, minScore: 0) { score endorsed { id } mission { id } } } }`;

  interface Profile {
    agent: {
      skills: Array<{
        skill: { id: string };
        endorsementCount: number;
        endorsements: Array<{
          endorsedBy: { id: string; displayName: string };
          mission: { id: string; title: string };
        }>;
      }>;
      undeclaredEndorsedSkills: Array<{ skill: { id: string }; endorsementCount: number }>;
    };
  }
  type Recommended = {
    me: {
      recommendedMissions: Array<{ score: number; endorsed: Array<{ id: string }>; mission: { id: string } }>;
    };
  };

  function expectRefusal(response: GraphQLResponse<unknown>, code: string, field?: string): void {
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0]!.extensions?.field).toBe(field);
  }

  // A plain agent with a declared skill that the demo has not endorsed yet.
  const index = people.plainAgents.findIndex(
    (agent, position) =>
      position >= 60 &&
      agent.skills.length > 0 &&
      !(demo.endorsements ?? []).some((row) => row.agentId === agent.id),
  );
  const agent = people.plainAgents[index]!;
  const shown = agent.skills[0]!.skillId;
  const undeclared = demo.skills.find((skill) => !agent.skills.some((held) => held.skillId === skill.id))!.id;

  const publishedMissionRequiring = (skillId: string) =>
    hostedAndPublished(suite, {
      title: 'Revue de code d’un téléservice',
      requiredSkills: [{ skillId, minLevel: 'BEGINNER' }],
    });

  async function scoreFor(missionId: string) {
    const response = await suite.hub.queryAs<Recommended>(agent.id, RECOMMENDED);
    expect(response.errors).toBeUndefined();
    return response.data!.me.recommendedMissions.find((item) => item.mission.id === missionId) ?? null;
  }

  it('lets the host endorse after the completion, shows it on the profile and raises the matching score', async () => {
    expect(index).toBeGreaterThanOrEqual(0);
    const matchMission = await publishedMissionRequiring(shown);
    const before = await eventually(
      () => scoreFor(matchMission),
      (found) => found !== null,
    );
    expect(before).toMatchObject({ endorsed: [] });

    const { applicationId: id, missionId } = await acceptedApplication(
      suite,
      index,
      'Audit d’accessibilité d’un formulaire',
    );
    // Not completed yet: nothing to endorse.
    expectRefusal(await suite.as('host', ENDORSE, { id, skillIds: [shown] }), 'CONFLICT', 'id');
    setApprovalsClock(() => parisMorning(nextYear(6, 2)));
    const recorded = await suite.as(
      'host',
      'mutation ($id: ID!) { recordCompletion(id: $id, hoursSpent: 6) { status } }',
      { id },
    );
    expect(recorded.errors).toBeUndefined();

    // Who: the host side only (the agent and their manager read the application; a stranger does not).
    expectRefusal(await suite.hub.queryAs(agent.id, ENDORSE, { id, skillIds: [shown] }), 'FORBIDDEN', 'id');
    expectRefusal(
      await suite.hub.queryAs(agent.managerId!, ENDORSE, { id, skillIds: [shown] }),
      'FORBIDDEN',
      'id',
    );
    // A stranger learns nothing of the application: the same answer as an unknown id.
    expectRefusal(
      await suite.hub.queryAs(people.plainAgents[55]!.id, ENDORSE, { id, skillIds: [shown] }),
      'NOT_FOUND',
    );
    // What: skills of the referential, at least one, five at most.
    expectRefusal(
      await suite.as('host', ENDORSE, { id, skillIds: [shown, 'inconnue'] }),
      'BAD_USER_INPUT',
      'skillIds.1',
    );
    expectRefusal(await suite.as('host', ENDORSE, { id, skillIds: [] }), 'BAD_USER_INPUT', 'skillIds');
    expectRefusal(
      await suite.as('host', ENDORSE, { id, skillIds: demo.skills.slice(0, 6).map((skill) => skill.id) }),
      'BAD_USER_INPUT',
      'skillIds',
    );

    const endorsed = await suite.as<{ endorseSkills: { endorsements: unknown[] } }>('host', ENDORSE, {
      id,
      skillIds: [shown, undeclared, shown],
    });
    expect(endorsed.errors).toBeUndefined();
    expect(endorsed.data!.endorseSkills.endorsements).toEqual(
      [shown, undeclared]
        .sort()
        .map((skillId) => ({ skill: { id: skillId }, endorsedBy: { id: people.host.id } })),
    );
    // Twice is one endorsement: nothing written, nothing announced.
    expect((await suite.as('host', ENDORSE, { id, skillIds: [shown] })).errors).toBeUndefined();
    const audit = (await suite.hub.subgraphs.approvals!.db.query(
      `SELECT after FROM approvals.audit_log WHERE entity_id = $1 AND action = 'completion.endorse'`,
      [id],
    )) as Array<{ after: { skillIds: string[] } }>;
    expect(audit).toEqual([{ after: { skillIds: [shown, undeclared].sort() } }]);

    // On the agent's profile, beside the declared skill, and apart for the undeclared one.
    const profile = await eventually(
      () => suite.as<Profile>('host', PROFILE, { id: agent.id }),
      // Null while profiles has not yet learnt (application.changed) that the agent applied to this
      // host: the profile is not theirs to see until then.
      (response) => (response.data?.agent.undeclaredEndorsedSkills?.length ?? 0) > 0,
    );
    expect(profile.errors).toBeUndefined();
    const skill = profile.data!.agent.skills.find((item) => item.skill.id === shown)!;
    expect(skill.endorsementCount).toBe(1);
    expect(skill.endorsements).toEqual([
      {
        endorsedBy: {
          id: people.host.id,
          displayName: expect.stringContaining(people.host.firstName) as string,
        },
        mission: { id: missionId, title: 'Audit d’accessibilité d’un formulaire' },
      },
    ]);
    expect(profile.data!.agent.undeclaredEndorsedSkills).toEqual([
      { skill: { id: undeclared }, endorsementCount: 1, endorsements: [{ mission: { id: missionId } }] },
    ]);

    // Matching: the same mission now scores the agent higher, and says the skill is endorsed.
    const after = await eventually(
      () => scoreFor(matchMission),
      (found) => (found?.endorsed.length ?? 0) > 0,
    );
    expect(after).toMatchObject({ endorsed: [{ id: shown }] });
    expect(after!.score).toBeGreaterThan(before!.score);

    // The agent's RGPD export carries them.
    const exported = await suite.hub.queryAs<{ me: { profilesData: { endorsements: unknown[] } } }>(
      agent.id,
      '{ me { profilesData } }',
    );
    expect(exported.data!.me.profilesData.endorsements).toEqual(
      [shown, undeclared]
        .sort()
        .map((skillId) => expect.objectContaining({ skillId, missionId, applicationId: id })),
    );
  });

  it('finds the same state after every event is replayed twice', async () => {
    const state = async () => ({
      endorsements: await suite.hub.subgraphs.profiles!.db.query(
        `SELECT application_id, skill_id, agent_id, mission_id, endorsed_by, endorsed_at
           FROM profiles.skill_endorsement ORDER BY application_id, skill_id`,
      ),
      evidence: await suite.hub.subgraphs.profiles!.db.query(
        `SELECT id, endorsed_skill_ids FROM profiles.agent WHERE endorsed_skill_ids <> '{}' ORDER BY id`,
      ),
      // Skills as id:level pairs in id order: the seed keeps the demo's order, events the id order.
      projection: await suite.hub.subgraphs.missions!.db.query(
        `SELECT agent_id, endorsed_skill_ids,
                ARRAY(SELECT s || ':' || l FROM unnest(skill_ids, skill_levels) AS t (s, l) ORDER BY 1) AS skills
           FROM missions.agent_match_profile ORDER BY agent_id`,
      ),
      matches: await suite.hub.subgraphs.missions!.db.query(
        'SELECT * FROM missions.agent_mission_match ORDER BY agent_id, mission_id',
      ),
    });
    const settled = () =>
      eventually(
        () => runEventsCommand(['backlog'], suite.hub.databaseUrl),
        (lines) => lines.every((line) => line.endsWith(' 0 en attente')),
      );
    await settled();
    const before = await state();
    expect(before.endorsements.length).toBeGreaterThan(2);
    for (let round = 0; round < 2; round += 1) {
      for (const subgraph of ['approvals', 'profiles', 'missions']) {
        await runEventsCommand(['replay', subgraph], suite.hub.databaseUrl);
      }
    }
    expect(await settled()).toEqual(expect.arrayContaining(['profiles__skills_endorsed : 0 en attente']));
    expect(await state()).toEqual(before);
  });

  it('shows the demo’s endorsements on the agents of its completed missions', async () => {
    const [first] = demo.endorsements ?? [];
    expect(first).toBeDefined();
    const response = await suite.as<Profile>('admin', PROFILE, { id: first!.agentId });
    expect(response.errors).toBeUndefined();
    const { skills, undeclaredEndorsedSkills } = response.data!.agent;
    const evidence = [
      ...skills.filter((item) => item.skill.id === first!.skillId),
      ...undeclaredEndorsedSkills.filter((item) => item.skill.id === first!.skillId),
    ];
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.endorsementCount).toBeGreaterThanOrEqual(1);
    const approvals = (await suite.hub.subgraphs.approvals!.db.query(
      'SELECT count(*)::int AS n FROM approvals.skill_endorsements',
    )) as Array<{ n: number }>;
    const profiles = (await suite.hub.subgraphs.profiles!.db.query(
      'SELECT count(*)::int AS n FROM profiles.skill_endorsement',
    )) as Array<{ n: number }>;
    // Seeded on both sides from the same rows (plus the two skills endorsed above).
    expect(profiles[0]!.n).toBe(approvals[0]!.n);
    expect(profiles[0]!.n).toBe((demo.endorsements ?? []).length + 2);
  });
});
