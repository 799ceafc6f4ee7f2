import { generateDemoData, type DemoData } from '@talents/demo';
import { runApiClientCommand } from '../../gateway/src/api-client-cli';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Issue 17, through the gateway of the real stack: who may change what decides access, references
 * checked when written, public contact details, text that is text, dates that make sense, errors a
 * person can act on. Each class of defect is tried with several variants.
 */
type DemoAgent = DemoData['agents'][number];
type Persona = 'agent' | 'manager' | 'host' | 'admin' | 'client' | 'clientAll';

function cast(demo: DemoData) {
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
  const host = find((agent) => hostOf.has(agent.id) && !admins.has(agent.id), 'de référent');
  const manager = find(
    (agent) => managers.has(agent.id) && !hostOf.has(agent.id) && !admins.has(agent.id),
    'de manager',
  );
  if (plainAgents.length < 8) throw new Error('trop peu d’agents ordinaires');
  return { admin, host, manager, hostOf, plainAgents };
}

function codes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

describe('integrity and access under hostile input (issue 17)', () => {
  const demo = generateDemoData();
  const people = cast(demo);
  let hub: TestHub;
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

  const as = <TData = Record<string, unknown>>(
    persona: Persona,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<TData>> => {
    const id = personaId(persona);
    if (id) return hub.queryAs<TData>(id, query, variables);
    return postGraphQL<TData>(hub.gateway.graphqlUrl, query, variables, {
      authorization: `Bearer ${apiKeys[persona as 'client' | 'clientAll']}`,
    });
  };

  beforeAll(async () => {
    hub = await startTestHub(demo);
    const create = async (scopes: string) =>
      (
        await runApiClientCommand(['create', '--name', `SI ${scopes}`, '--scopes', scopes], hub.databaseUrl)
      ).at(-1) ?? '';
    apiKeys.client = await create('missions:read');
    apiKeys.clientAll = await create('missions:read,profiles:read,stats:read');
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  async function identityRow(agentId: string) {
    const [row] = (await hub.subgraphs.profiles!.db.query(
      `SELECT administration_id, manager_id,
         ARRAY(SELECT administration_id FROM profiles.host_referent WHERE agent_id = a.id ORDER BY 1) AS host_of,
         EXISTS (SELECT 1 FROM profiles.programme_admin WHERE agent_id = a.id) AS admin
       FROM profiles.agent a WHERE id = $1`,
      [agentId],
    )) as Array<Record<string, unknown>>;
    return row;
  }

  async function identityAudit(agentId: string) {
    return (await hub.subgraphs.profiles!.db.query(
      `SELECT actor_id, before, after FROM profiles.audit_log
        WHERE action = 'agent.updateIdentity' AND entity_id = $1 ORDER BY at`,
      [agentId],
    )) as Array<{ actor_id: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
  }

  describe('1. identity attributes are not self-service', () => {
    const SET_IDENTITY = /* GraphQL */ `
      mutation ($id: ID!, $input: AgentIdentityInput!) {
        setAgentIdentity(agentId: $id, input: $input) {
          id
          administration {
            id
          }
        }
      }
    `;
    const PROFILE_WITH_ADMINISTRATION = /* GraphQL */ `
      mutation ($id: ID!) {
        updateAgentProfile(id: $id, input: { city: "Lyon", administrationId: "insee" }) {
          id
        }
      }
    `;

    const attempts = (target: DemoAgent, other: DemoAgent) =>
      [
        ['administration', { administrationId: other.administrationId }, 'input.administrationId'],
        ['manager of record', { managerId: null }, 'input.managerId'],
        ['référent status', { hostOf: [target.administrationId] }, 'input.hostOf'],
        ['roles (programme team)', { programmeTeam: true }, 'input.programmeTeam'],
      ] as const;

    it.each(['agent', 'manager', 'host', 'client', 'clientAll'] as const)(
      'refuses %s every change of administration, roles, manager and référent status, of themself or anyone',
      async (persona) => {
        const self = demo.agents.find((agent) => agent.id === personaId(persona));
        const others = [people.plainAgents[1]!, ...(self ? [self] : [])];
        for (const target of others) {
          const before = await identityRow(target.id);
          const other = demo.agents.find((agent) => agent.administrationId !== target.administrationId)!;
          for (const [, input, field] of attempts(target, other)) {
            const response = await as(persona, SET_IDENTITY, { id: target.id, input });
            expect(response.data?.setAgentIdentity ?? null).toBeNull();
            expect(codes(response)).toEqual(['FORBIDDEN']);
            const error = response.errors?.[0];
            // Human agents are told which field and why; a client is told it writes nothing.
            if (persona === 'client' || persona === 'clientAll') {
              expect(error?.message).toMatch(/clients d’API/);
            } else {
              expect(error?.extensions?.field).toBe(field);
              expect(error?.message).toMatch(/équipe du programme/);
            }
          }
          // The profile mutation no longer takes an administration at all.
          const viaProfile = await as(persona, PROFILE_WITH_ADMINISTRATION, { id: target.id });
          expect(viaProfile.data ?? null).toBeNull();
          expect(viaProfile.errors?.length).toBeGreaterThan(0);
          expect(await identityRow(target.id)).toEqual(before);
        }
        expect(await identityAudit(people.plainAgents[1]!.id)).toEqual([]);
      },
    );

    it('lets the programme team change each attribute, each change audited with before and after', async () => {
      const target = people.plainAgents[2]!;
      const newManager = people.manager;
      const elsewhere = demo.administrations.find((a) => a.id !== target.administrationId)!.id;
      const steps: Array<[Record<string, unknown>, Record<string, unknown>]> = [
        [{ administrationId: elsewhere }, { administrationId: elsewhere }],
        [{ managerId: newManager.id }, { managerId: newManager.id }],
        [{ hostOf: [elsewhere] }, { hostOf: [elsewhere] }],
        [{ programmeTeam: true }, { programmeTeam: true }],
        [
          { programmeTeam: false, hostOf: [] },
          { programmeTeam: false, hostOf: [] },
        ],
      ];
      for (const [input] of steps) {
        const response = await as('admin', SET_IDENTITY, { id: target.id, input });
        expect(response.errors).toBeUndefined();
      }
      const audit = await identityAudit(target.id);
      expect(audit).toHaveLength(steps.length);
      audit.forEach((row, index) => {
        expect(row.actor_id).toBe(people.admin.id);
        expect(row.after).toMatchObject(steps[index]![1]);
      });
      expect(audit[0]!.before).toMatchObject({ administrationId: target.administrationId });
      expect(audit[1]!.before).toMatchObject({ managerId: target.managerId });
      expect(await identityRow(target.id)).toEqual({
        administration_id: elsewhere,
        manager_id: newManager.id,
        host_of: [],
        admin: false,
      });
    });

    it('refuses unknown references and a manager loop, naming the field', async () => {
      const target = people.plainAgents[3]!;
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ administrationId: 'nulle-part' }, 'input.administrationId'],
        [{ hostOf: ['dinum', 'nulle-part'] }, 'input.hostOf.1'],
        [{ managerId: '00000000-0000-4000-8000-000000000000' }, 'input.managerId'],
        [{ managerId: 'pas-un-uuid' }, 'input.managerId'],
        [{ managerId: target.id }, 'input.managerId'],
      ];
      for (const [input, field] of cases) {
        const response = await as('admin', SET_IDENTITY, { id: target.id, input });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors?.[0]?.extensions?.field).toBe(field);
      }
      // The target's manager cannot become the target's report.
      const loop = await as('admin', SET_IDENTITY, { id: target.managerId, input: { managerId: target.id } });
      expect(loop.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.managerId',
      });
    });

    it('applies new rights at the very next request: administration, référent status, programme team, erasure', async () => {
      const agent = people.plainAgents[4]!;
      const restricted = demo.missions.find(
        (mission) =>
          mission.status === 'PUBLISHED' &&
          mission.restrictedToAdministrationIds.length > 0 &&
          !mission.restrictedToAdministrationIds.includes(agent.administrationId),
      )!;
      const draft = demo.missions.find(
        (mission) => mission.status === 'DRAFT' && mission.hostAdministrationId !== agent.administrationId,
      )!;
      const MISSION = 'query ($id: ID!) { mission(id: $id) { id } }';
      const AUDIT = '{ profilesAuditLog(first: 1) { nodes { id } } }';
      const seen = async (id: string) => (await hub.queryAs(agent.id, MISSION, { id })).data?.mission ?? null;

      // The gateway has the agent's rights cached from these requests.
      expect(await seen(restricted.id)).toBeNull();
      expect(await seen(draft.id)).toBeNull();
      expect(codes(await hub.queryAs(agent.id, AUDIT))).toEqual(['FORBIDDEN']);

      const change = async (input: Record<string, unknown>, id = agent.id) =>
        expect((await as('admin', SET_IDENTITY, { id, input })).errors).toBeUndefined();

      await change({ administrationId: restricted.restrictedToAdministrationIds[0] });
      expect(await seen(restricted.id)).toEqual({ id: restricted.id });

      await change({ hostOf: [draft.hostAdministrationId] });
      expect(await seen(draft.id)).toEqual({ id: draft.id });
      await change({ hostOf: [] });
      expect(await seen(draft.id)).toBeNull();

      await change({ programmeTeam: true });
      expect(codes(await hub.queryAs(agent.id, AUDIT))).toEqual([]);
      await change({ programmeTeam: false });
      expect(codes(await hub.queryAs(agent.id, AUDIT))).toEqual(['FORBIDDEN']);

      const ME = '{ me { id } }';
      expect((await hub.queryAs(agent.id, ME)).data).toEqual({ me: { id: agent.id } });
      const erased = await as('admin', 'mutation ($id: ID!) { eraseAgent(agentId: $id) }', { id: agent.id });
      expect(erased.errors).toBeUndefined();
      expect((await hub.queryAs(agent.id, ME)).data).toEqual({ me: null });
      const write = await hub.queryAs(
        agent.id,
        'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: true) { id } }',
        { id: agent.id },
      );
      expect(codes(write)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
