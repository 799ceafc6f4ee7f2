import { randomUUID } from 'node:crypto';
import { AdministrationKind, agentViewer, Role, SkillFamily, SkillLevel, WorkMode } from '@talents/common';
import type { DemoData } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { applySkillsEndorsed, profilesSubgraph, seedProfiles, type SkillsEndorsedPayload } from '../src';
import { demoAgentFactory } from './support/agents';

/**
 * Endorsements in profiles (issue 13): `skills.endorsed` kept as evidence on the agent's skills,
 * idempotently; shown beside the declared skills through loaders; passed on to missions in
 * `agent.changed`; counted by `suggestedAgents` above a claim; exported and erased with the rest.
 */
function id(index: number): string {
  return `0000000e-0000-4000-a000-${String(index).padStart(12, '0')}`;
}

const HOST = 1; // insee référent, who endorses
const ENDORSED = 10; // typescript ADVANCED, endorsed for it (and for python, undeclared)
const CLAIMER = 11; // the same facts, typescript claimed only
const ERASED = 12;
const BULK_FROM = 100;

const demoAgent = demoAgentFactory(id, {
  skills: [{ skillId: 'typescript', level: SkillLevel.ADVANCED }],
  availableHoursPerMonth: 20,
  availableFrom: null,
});

const data: DemoData = {
  administrations: [
    { id: 'dinum', name: 'DINUM', acronym: 'DINUM', kind: AdministrationKind.DIRECTORATE, parentId: null },
    { id: 'insee', name: 'Insee', acronym: 'Insee', kind: AdministrationKind.AGENCY, parentId: null },
  ],
  skills: [
    { id: 'typescript', label: 'TypeScript', family: SkillFamily.DEVELOPMENT },
    { id: 'python', label: 'Python', family: SkillFamily.DEVELOPMENT },
  ],
  agents: [
    demoAgent(HOST, { administrationId: 'insee' }),
    // Named so that the claimer comes first by name: only the score can put the endorsed agent first.
    demoAgent(ENDORSED, { lastName: 'Zola' }),
    demoAgent(CLAIMER, { lastName: 'Abel' }),
    demoAgent(ERASED),
    ...Array.from({ length: 12 }, (_, offset) => demoAgent(BULK_FROM + offset)),
  ],
  missions: [],
  applications: [],
  hostReferents: [{ agentId: id(HOST), administrationId: 'insee' }],
  programmeAdmins: [],
};

const as = {
  host: agentViewer(id(HOST), {
    roles: [Role.AGENT, Role.HOST],
    administrationId: 'insee',
    hostOf: ['insee'],
  }),
  endorsed: agentViewer(id(ENDORSED), { administrationId: 'dinum' }),
};

const MISSION_ID = randomUUID();

function endorsedEvent(
  agent: number,
  skillIds: string[],
  applicationId = randomUUID(),
): SkillsEndorsedPayload {
  return {
    applicationId,
    agentId: id(agent),
    missionId: MISSION_ID,
    endorsements: skillIds.map((skillId) => ({
      skillId,
      endorsedBy: id(HOST),
      endorsedAt: '2026-06-02T09:00:00.000Z',
    })),
    version: '2026-06-02T09:00:00.000Z',
  };
}

const PROFILE = `query ($id: ID!) {
  agent(id: $id) {
    skills { skill { id } level endorsementCount endorsements { endorsedBy { id } mission { id } endorsedAt } }
    undeclaredEndorsedSkills { skill { id label } endorsementCount endorsements { endorsedBy { id } } }
  }
}`;

describe('profiles: skill endorsements', () => {
  let subgraph: TestSubgraph;
  const applicationId = randomUUID();

  const apply = (payload: SkillsEndorsedPayload) =>
    subgraph.db.transaction((manager) => applySkillsEndorsed(payload, manager));

  async function agentChangedJobs(agent: number): Promise<Array<{ endorsedSkillIds?: string[] } | null>> {
    const rows = (await subgraph.db.query(
      `SELECT data->'payload'->'match' AS match FROM pgboss.job
        WHERE name = 'missions__agent_changed' AND data->>'key' = $1 ORDER BY created_on`,
      [id(agent)],
    )) as Array<{ match: { endorsedSkillIds?: string[] } | null }>;
    return rows.map((row) => row.match);
  }

  beforeAll(async () => {
    subgraph = await startTestSubgraph(profilesSubgraph);
    await seedProfiles(subgraph.db, data);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  it('keeps an endorsement once, however often the event comes, and tells missions once', async () => {
    await apply(endorsedEvent(ENDORSED, ['typescript', 'python'], applicationId));
    await apply(endorsedEvent(ENDORSED, ['typescript', 'python'], applicationId));
    const rows = (await subgraph.db.query(
      'SELECT skill_id FROM profiles.skill_endorsement WHERE agent_id = $1 ORDER BY skill_id',
      [id(ENDORSED)],
    )) as Array<{ skill_id: string }>;
    expect(rows.map((row) => row.skill_id)).toEqual(['python', 'typescript']);
    expect(await agentChangedJobs(ENDORSED)).toEqual([
      expect.objectContaining({ endorsedSkillIds: ['python', 'typescript'] }),
    ]);
    const [arrays] = (await subgraph.db.query(
      'SELECT endorsed_skill_ids, version FROM profiles.agent WHERE id = $1',
      [id(ENDORSED)],
    )) as Array<{ endorsed_skill_ids: string[]; version: number }>;
    // The agent's own edit counter does not move: an endorsement is no edit of theirs.
    expect(arrays).toEqual({ endorsed_skill_ids: ['python', 'typescript'], version: 1 });
  });

  it('shows the endorsements beside the declared skills, and the undeclared ones apart', async () => {
    const response = await subgraph.query(PROFILE, { id: id(ENDORSED) }, as.host);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      agent: {
        skills: [
          {
            skill: { id: 'typescript' },
            level: 'ADVANCED',
            endorsementCount: 1,
            endorsements: [
              {
                endorsedBy: { id: id(HOST) },
                mission: { id: MISSION_ID },
                endorsedAt: '2026-06-02T09:00:00.000Z',
              },
            ],
          },
        ],
        undeclaredEndorsedSkills: [
          {
            skill: { id: 'python', label: 'Python' },
            endorsementCount: 1,
            endorsements: [{ endorsedBy: { id: id(HOST) } }],
          },
        ],
      },
    });
  });

  it('reads the endorsements of a page of agents in the same number of statements for 2 or 14 agents', async () => {
    for (let offset = 0; offset < 12; offset += 1)
      await apply(endorsedEvent(BULK_FROM + offset, ['typescript']));
    const page = (first: number) =>
      subgraph.queries.measure(() =>
        subgraph.query(
          `query ($first: Int!) { agents(first: $first) { nodes { id
             skills { endorsementCount endorsements { endorsedBy { displayName } } }
             undeclaredEndorsedSkills { skill { label } } } } }`,
          { first },
          as.host,
        ),
      );
    const small = await page(2);
    const large = await page(14);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  });

  it('suggests the endorsed agent before an otherwise equal one who only claims the skill', async () => {
    const response = await subgraph.query<{
      _entities: Array<{
        suggestedAgents: Array<{ agent: { id: string }; score: number; endorsed: Array<{ id: string }> }>;
      }>;
    }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Mission { suggestedAgents(first: 50) { agent { id } score endorsed { id } } } } }`,
      {
        representations: [
          {
            __typename: 'Mission',
            id: randomUUID(),
            requiredSkills: [
              { skill: { __typename: 'Skill', id: 'typescript' }, minLevel: 'ADVANCED', essential: true },
            ],
            startDate: '2027-03-01',
            endDate: '2027-05-31',
            effortHours: 20,
            workMode: WorkMode.REMOTE,
            location: null,
            hostAdministration: { __typename: 'Administration', id: 'insee' },
            restrictedTo: [],
          },
        ],
      },
      as.host,
    );
    expect(response.errors).toBeUndefined();
    const suggestions = response.data!._entities[0]!.suggestedAgents;
    const endorsed = suggestions.find((item) => item.agent.id === id(ENDORSED))!;
    const claimer = suggestions.find((item) => item.agent.id === id(CLAIMER))!;
    expect(endorsed).toEqual({ agent: { id: id(ENDORSED) }, score: 1, endorsed: [{ id: 'typescript' }] });
    expect(claimer).toEqual({ agent: { id: id(CLAIMER) }, score: 0.9, endorsed: [] });
    expect(suggestions.indexOf(endorsed)).toBeLessThan(suggestions.indexOf(claimer));
  });

  it('puts the endorsements in the agent’s RGPD export', async () => {
    const response = await subgraph.query<{ agent: { profilesData: { endorsements: unknown[] } } }>(
      'query ($id: ID!) { agent(id: $id) { profilesData } }',
      { id: id(ENDORSED) },
      as.endorsed,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.agent.profilesData.endorsements).toEqual([
      {
        skillId: 'python',
        label: 'Python',
        missionId: MISSION_ID,
        applicationId,
        endorsedBy: { id: id(HOST), displayName: 'Prénom1 NOM001' },
        endorsedAt: '2026-06-02T09:00:00.000Z',
      },
      expect.objectContaining({ skillId: 'typescript', label: 'TypeScript' }),
    ]);
  });

  it('erases an agent’s endorsements with their skills, and keeps none that arrive later', async () => {
    await apply(endorsedEvent(ERASED, ['typescript']));
    const erase = await subgraph.query('mutation ($id: ID!) { eraseAgent(agentId: $id) }', {
      id: id(ERASED),
    });
    expect(erase.errors).toBeUndefined();
    const count = async () =>
      (
        (await subgraph.db.query(
          'SELECT count(*)::int AS n FROM profiles.skill_endorsement WHERE agent_id = $1',
          [id(ERASED)],
        )) as Array<{ n: number }>
      )[0]!.n;
    expect(await count()).toBe(0);
    // A replay of approvals' endorsements brings nothing back.
    await apply(endorsedEvent(ERASED, ['typescript', 'python']));
    expect(await count()).toBe(0);
    const [row] = (await subgraph.db.query('SELECT endorsed_skill_ids FROM profiles.agent WHERE id = $1', [
      id(ERASED),
    ])) as Array<{ endorsed_skill_ids: string[] }>;
    expect(row!.endorsed_skill_ids).toEqual([]);
  });

  it('refuses a malformed event, so that the bus keeps it as failed', async () => {
    await expect(apply({ ...endorsedEvent(ENDORSED, ['typescript']), agentId: 'nobody' })).rejects.toThrow(
      /malformed payload/,
    );
  });
});
