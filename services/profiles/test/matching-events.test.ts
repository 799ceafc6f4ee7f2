import type { AgentChangedPayload } from '../src';
import { agentChangedSnapshot } from '../src';
import {
  A,
  as,
  B,
  data,
  ERASED,
  id,
  subgraph,
  useMatchingSubgraph,
  WRITER,
} from './support/matching-fixture';

/**
 * agent.changed, as profiles publishes it for matching (Mission.suggestedAgents is in
 * matching-suggestions.test.ts): what each write carries, nothing on a failed write or once
 * erased, and the replay.
 */
useMatchingSubgraph();

/** What matching reads of a fixture agent who set nothing but `skills`: 10 h a month, hybrid, in Paris. */
function defaultMatch(skills: Array<{ skillId: string; level: string }>) {
  return {
    skills,
    endorsedSkillIds: [],
    hoursPerMonth: 10,
    availableFrom: null,
    availableUntil: null,
    workMode: 'HYBRID',
    city: 'Paris',
  };
}

describe('agent.changed carries what matching needs', () => {
  async function lastPayload(queue: string, agentId: string): Promise<AgentChangedPayload | null> {
    const rows = (await subgraph.db.query(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'key' = $2
        ORDER BY created_on DESC, data->'payload'->>'version' DESC LIMIT 1`,
      [queue, agentId],
    )) as Array<{ data: { payload: AgentChangedPayload } }>;
    return rows[0]?.data.payload ?? null;
  }

  async function write(mutation: string): Promise<void> {
    const response = await subgraph.query(mutation, { id: id(WRITER) }, as.writer);
    expect(response.errors).toBeUndefined();
  }

  it('after setAgentSkills, setAgentAvailability and updateAgentProfile, to approvals and missions alike', async () => {
    await write(
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "typescript", level: EXPERT }, { skillId: "python", level: BEGINNER }]) { id } }',
    );
    expect((await lastPayload('missions__agent_changed', id(WRITER)))?.match).toEqual(
      defaultMatch([
        { skillId: 'python', level: 'BEGINNER' },
        { skillId: 'typescript', level: 'EXPERT' },
      ]),
    );

    await write(
      'mutation ($id: ID!) { setAgentAvailability(id: $id, input: { hoursPerMonth: 6, from: "2025-04-01", until: "2025-09-30" }) { id } }',
    );
    expect((await lastPayload('missions__agent_changed', id(WRITER)))?.match).toMatchObject({
      hoursPerMonth: 6,
      availableFrom: '2025-04-01',
      availableUntil: '2025-09-30',
    });

    await write(
      'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { city: "Rennes", departmentCode: "35", workMode: REMOTE }) { id } }',
    );
    const payload = await lastPayload('missions__agent_changed', id(WRITER));
    expect(payload).toEqual({
      id: id(WRITER),
      administrationId: 'dinum',
      managerId: null,
      erased: false,
      email: expect.stringMatching(/@numerique\.gouv\.fr$/),
      match: {
        skills: [
          { skillId: 'python', level: 'BEGINNER' },
          { skillId: 'typescript', level: 'EXPERT' },
        ],
        endorsedSkillIds: [],
        hoursPerMonth: 6,
        availableFrom: '2025-04-01',
        availableUntil: '2025-09-30',
        workMode: 'REMOTE',
        city: 'Rennes',
      },
      version: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(await lastPayload('approvals__agent_changed', id(WRITER))).toEqual(payload);
  });

  it('is not published when the write fails', async () => {
    const count = async () =>
      (
        (await subgraph.db.query("SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'key' = $1", [
          id(WRITER),
        ])) as Array<{ n: number }>
      )[0]!.n;
    const before = await count();
    const response = await subgraph.query(
      'mutation ($id: ID!) { setAgentSkills(id: $id, skills: [{ skillId: "inconnue", level: EXPERT }]) { id } }',
      { id: id(WRITER) },
      as.writer,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('carries no match facts once the agent is erased', async () => {
    expect(
      await subgraph.query('mutation ($id: ID!) { eraseAgent(agentId: $id) }', { id: id(WRITER) }, as.admin),
    ).toEqual({ data: { eraseAgent: true } });
    expect(await lastPayload('missions__agent_changed', id(WRITER))).toMatchObject({
      id: id(WRITER),
      erased: true,
      match: null,
    });
    expect(
      await subgraph.db.query('SELECT skill_ids FROM profiles.agent WHERE id = $1', [id(WRITER)]),
    ).toEqual([{ skill_ids: [] }]);
  });

  it('is replayed with the match facts, three statements per chunk of agents (agents, skills, endorsements)', async () => {
    const { result: events, statements } = await subgraph.queries.measure(async () => {
      const collected = [];
      for await (const event of agentChangedSnapshot(subgraph.db)) collected.push(event);
      return collected;
    });
    expect(events).toHaveLength(data.agents.length);
    expect(statements).toBe(3);
    const byId = new Map(events.map((event) => [event.key, event.payload as AgentChangedPayload]));
    expect(byId.get(id(A))?.match).toEqual(
      defaultMatch([
        { skillId: 'python', level: 'ADVANCED' },
        { skillId: 'rgpd', level: 'BEGINNER' },
        { skillId: 'typescript', level: 'EXPERT' },
      ]),
    );
    expect(byId.get(id(B))?.match).toMatchObject({
      availableFrom: '2025-05-01',
      workMode: 'REMOTE',
      city: 'Lyon',
    });
    expect(byId.get(id(ERASED))).toMatchObject({ erased: true, match: null });
  });
});
