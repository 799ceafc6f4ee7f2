import { generateDemoData, type DemoData } from '@talents/demo';
import { createApiKey } from './api-keys';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { startTestHub, type TestHub } from './hub';
import { missionInput } from './mission-input';

/**
 * What the issue 17 suites (test/integration/integrity-*.test.ts) share: the demo data's cast of
 * personas, one hub per suite with two API clients, and a valid mission input for the host.
 */
export type DemoAgent = DemoData['agents'][number];
export type Persona = 'agent' | 'manager' | 'host' | 'admin' | 'client' | 'clientAll';

export function cast(demo: DemoData) {
  const admins = new Set(demo.programmeAdmins ?? []);
  const hostOf = new Map<string, string[]>();
  for (const { agentId, administrationId } of demo.hostReferents ?? []) {
    hostOf.set(agentId, [...(hostOf.get(agentId) ?? []), administrationId]);
  }
  const managers = new Set(demo.agents.flatMap((agent) => (agent.managerId ? [agent.managerId] : [])));
  const plain = (agent: DemoAgent) =>
    !admins.has(agent.id) && !hostOf.has(agent.id) && !managers.has(agent.id) && agent.managerId !== null;
  const plainAgents = demo.agents.filter(plain);
  const find = (predicate: (agent: DemoAgent) => boolean, what: string): DemoAgent => {
    const found = demo.agents.find(predicate);
    if (!found) throw new Error(`les données de démonstration n’ont pas ${what}`);
    return found;
  };
  const admin = find((agent) => admins.has(agent.id), 'd’équipe du programme');
  // The référent of the most populated administration: the suites need colleagues of theirs.
  const population = (administrationId: string) =>
    demo.agents.filter((agent) => agent.administrationId === administrationId).length;
  const host = [...demo.agents]
    .filter((agent) => hostOf.has(agent.id) && !admins.has(agent.id))
    .sort((a, b) => population(hostOf.get(b.id)![0]!) - population(hostOf.get(a.id)![0]!))[0];
  if (!host) throw new Error('les données de démonstration n’ont pas de référent');
  const manager = find(
    (agent) => managers.has(agent.id) && !hostOf.has(agent.id) && !admins.has(agent.id),
    'de manager',
  );
  if (plainAgents.length < 8) throw new Error('trop peu d’agents ordinaires');
  return { admin, host, manager, hostOf, plainAgents };
}

export const CREATE_MISSION = /* GraphQL */ `
  mutation ($input: MissionInput!) {
    createMission(input: $input) {
      id
      status
    }
  }
`;
export const UPDATE_MISSION = /* GraphQL */ `
  mutation ($id: ID!, $input: MissionInput!) {
    updateMission(id: $id, input: $input) {
      id
      title
    }
  }
`;

/**
 * Starts the suite's hub over the demo data before its tests and stops it after them (the hooks
 * are registered in the calling suite). `hub` may be read once the tests run.
 */
/** `background: false` for suites that run the approvals sweep themselves, on their own clock. */
export function useIntegrityHub(options: { background?: boolean } = {}) {
  const demo = generateDemoData();
  const people = cast(demo);
  let running: TestHub | undefined;
  const apiKeys: Record<'client' | 'clientAll', string> = { client: '', clientAll: '' };

  const personaId = (persona: Persona): string | null =>
    persona === 'agent'
      ? people.plainAgents[0]!.id
      : persona === 'manager'
        ? people.manager.id
        : persona === 'host'
          ? people.host.id
          : persona === 'admin'
            ? people.admin.id
            : null;

  const suite = {
    demo,
    people,
    personaId,
    get hub(): TestHub {
      if (!running) throw new Error('le hub de la suite n’est pas démarré (hors d’un test ?)');
      return running;
    },
    /** The operation sent by a persona: a signed-in browser, or an API client with its key. */
    as<TData = Record<string, unknown>>(
      persona: Persona,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<TData>> {
      const id = personaId(persona);
      if (id) return suite.hub.queryAs<TData>(id, query, variables);
      return postGraphQL<TData>(suite.hub.gateway.graphqlUrl, query, variables, {
        authorization: `Bearer ${apiKeys[persona as 'client' | 'clientAll']}`,
      });
    },
    /** The host persona's administration, one of its agents, and a valid mission input for it. */
    hosting() {
      const administrationId = people.hostOf.get(people.host.id)![0]!;
      // Agents of no persona and of no special role: the suites erase some of them.
      const reserved = new Set([
        people.admin.id,
        people.host.id,
        people.manager.id,
        ...people.plainAgents.slice(0, 8).map((agent) => agent.id),
        ...people.hostOf.keys(),
        ...(demo.programmeAdmins ?? []),
      ]);
      const colleagues = demo.agents.filter(
        (agent) => agent.administrationId === administrationId && !reserved.has(agent.id),
      );
      if (colleagues.length < 4) throw new Error('trop peu d’agents dans l’administration du référent');
      const input = (overrides: Record<string, unknown> = {}) =>
        missionInput(
          { hostAdministrationId: administrationId, contactAgentId: people.host.id, skillIds: [] },
          {
            requiredSkills: [
              { skillId: demo.skills[0]!.id, minLevel: 'INTERMEDIATE' },
              { skillId: demo.skills[1]!.id, minLevel: 'BEGINNER' },
            ],
            ...overrides,
          },
        );
      return { administrationId, colleagues, input };
    },
  };

  beforeAll(async () => {
    running = await startTestHub(demo, { background: options.background });
    const create = (scopes: string) => createApiKey(running!.databaseUrl, `SI ${scopes}`, scopes);
    apiKeys.client = await create('missions:read');
    apiKeys.clientAll = await create('missions:read,profiles:read,stats:read');
  }, 120_000);

  afterAll(async () => {
    await running?.stop();
  });

  return suite;
}
