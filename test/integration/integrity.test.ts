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
  // The référent of the most populated administration: the suite needs colleagues of theirs.
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

function codes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

/** A schedule next year, so that the suite does not age into the past. */
function nextYear(month: number, day: number): string {
  const year = new Date().getUTCFullYear() + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CREATE_MISSION = /* GraphQL */ `
  mutation ($input: MissionInput!) {
    createMission(input: $input) {
      id
      status
    }
  }
`;
const UPDATE_MISSION = /* GraphQL */ `
  mutation ($id: ID!, $input: MissionInput!) {
    updateMission(id: $id, input: $input) {
      id
      title
    }
  }
`;

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

  /** The host persona's administration, one of its agents, and a valid mission input for it. */
  function hosting() {
    const administrationId = people.hostOf.get(people.host.id)![0]!;
    // Agents of no persona and of no special role: the suite erases some of them.
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
    const input = (overrides: Record<string, unknown> = {}) => ({
      title: 'Refonte du formulaire de contact',
      kind: 'UX_IMPROVEMENT',
      domain: 'TECHNICAL',
      description: 'Simplifier le formulaire de contact du service en ligne.',
      hostAdministrationId: administrationId,
      contactAgentId: people.host.id,
      requiredSkills: [
        { skillId: demo.skills[0]!.id, minLevel: 'INTERMEDIATE' },
        { skillId: demo.skills[1]!.id, minLevel: 'BEGINNER' },
      ],
      effortHours: 20,
      startDate: nextYear(3, 1),
      endDate: nextYear(5, 31),
      applicationDeadline: nextYear(2, 15),
      workMode: 'REMOTE',
      seats: 2,
      restrictedToAdministrationIds: [],
      ...overrides,
    });
    return { administrationId, colleagues, input };
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

  describe('2. every reference is checked when it is written', () => {
    const erasedColleague = () => hosting().colleagues[0]!;
    const otherAdministrationAgent = () =>
      demo.agents.find((agent) => agent.administrationId !== hosting().administrationId)!;

    beforeAll(async () => {
      const erased = await as('admin', 'mutation ($id: ID!) { eraseAgent(agentId: $id) }', {
        id: erasedColleague().id,
      });
      expect(erased.errors).toBeUndefined();
      // missions hears of the erasure through agent.changed.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const rows = (await hub.subgraphs.missions!.db.query(
          'SELECT erased FROM missions.agent_match_profile WHERE agent_id = $1',
          [erasedColleague().id],
        )) as Array<{ erased: boolean }>;
        if (rows[0]?.erased || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    const cases = (): Array<[string, Record<string, unknown>, string]> => [
      [
        'an unknown contact',
        { contactAgentId: '00000000-0000-4000-8000-000000000001' },
        'input.contactAgentId',
      ],
      ['an erased contact', { contactAgentId: erasedColleague().id }, 'input.contactAgentId'],
      [
        'a contact of another administration',
        { contactAgentId: otherAdministrationAgent().id },
        'input.contactAgentId',
      ],
      ['a malformed contact id', { contactAgentId: 'jean.dupont' }, 'input.contactAgentId'],
      [
        'an unknown skill',
        {
          requiredSkills: [
            { skillId: demo.skills[0]!.id, minLevel: 'EXPERT' },
            { skillId: 'cobol-quantique', minLevel: 'EXPERT' },
          ],
        },
        'input.requiredSkills.1.skillId',
      ],
      [
        'an unknown administration in restrictedTo',
        { restrictedToAdministrationIds: [demo.administrations[0]!.id, 'nulle-part'] },
        'input.restrictedToAdministrationIds.1',
      ],
    ];

    async function missionCount(): Promise<number> {
      const [row] = (await hub.subgraphs.missions!.db.query(
        'SELECT count(*)::int AS count FROM missions.mission',
      )) as Array<{ count: number }>;
      return row!.count;
    }

    it('refuses each bad reference at creation, naming the field, and writes nothing', async () => {
      const { input } = hosting();
      const before = await missionCount();
      for (const [label, overrides, field] of cases()) {
        const response = await as('host', CREATE_MISSION, { input: input(overrides) });
        expect({ label, data: response.data?.createMission ?? null }).toEqual({ label, data: null });
        expect({ label, ...response.errors?.[0]?.extensions }).toMatchObject({
          label,
          code: 'BAD_USER_INPUT',
          field,
        });
        expect(response.errors?.[0]?.message).toMatch(/[éèàù’«]/);
      }
      // An admin may write for any administration, but not for one that does not exist.
      const unknownHost = await as('admin', CREATE_MISSION, {
        input: input({ hostAdministrationId: 'ministere-imaginaire' }),
      });
      expect(unknownHost.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.hostAdministrationId',
      });
      expect(await missionCount()).toBe(before);
      // The same input with good references goes through, a colleague as contact too.
      const good = await as('host', CREATE_MISSION, {
        input: input({ contactAgentId: hosting().colleagues[1]!.id }),
      });
      expect(good.errors).toBeUndefined();
    });

    it('refuses each bad reference at update, and the mission stays as it was', async () => {
      const { input } = hosting();
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, { input: input() });
      const id = created.data!.createMission.id;
      for (const [, overrides, field] of cases()) {
        const response = await as('host', UPDATE_MISSION, {
          id,
          input: input({ title: 'Changé', ...overrides }),
        });
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const stored = await as<{ mission: { title: string; contact: { id: string } } }>(
        'host',
        'query ($id: ID!) { mission(id: $id) { title contact { id } } }',
        { id },
      );
      expect(stored.data?.mission).toEqual({ title: input().title, contact: { id: people.host.id } });
    });

    it('keeps the catalogue whole when a published mission’s contact is erased or disappears', async () => {
      const { input, colleagues } = hosting();
      const contact = colleagues[2]!;
      const publish = async (title: string, contactAgentId: string) => {
        const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
          input: input({ title, contactAgentId }),
        });
        expect(created.errors).toBeUndefined();
        const id = created.data!.createMission.id;
        expect(
          (await as('host', 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id })).errors,
        ).toBeUndefined();
        expect(
          (await as('admin', 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id })).errors,
        ).toBeUndefined();
        return id;
      };
      const erasedLater = await publish('Mission dont le contact part', contact.id);
      const vanished = await publish('Mission dont le contact disparaît', people.host.id);
      expect(
        (await as('admin', 'mutation ($id: ID!) { eraseAgent(agentId: $id) }', { id: contact.id })).errors,
      ).toBeUndefined();
      // A reference written before these checks existed, to someone profiles does not know.
      await hub.subgraphs.missions!.db.query(
        'UPDATE missions.mission SET contact_agent_id = $1 WHERE id = $2',
        ['00000000-0000-4000-8000-00000000dead', vanished],
      );
      const CATALOGUE =
        '{ missions(first: 100) { totalCount nodes { id title contact { id displayName jobTitle } } } }';
      type Catalogue = {
        missions: {
          totalCount: number;
          nodes: Array<{ id: string; title: string; contact: { displayName: string } | null }>;
        };
      };
      for (const response of [
        await postGraphQL<Catalogue>(hub.gateway.graphqlUrl, CATALOGUE),
        await as<Catalogue>('agent', CATALOGUE),
        await as<Catalogue>('client', CATALOGUE),
        await as<Catalogue>('admin', CATALOGUE),
      ]) {
        const nodes = response.data?.missions.nodes ?? [];
        expect(nodes).toHaveLength(Math.min(100, response.data?.missions.totalCount ?? -1));
        const byId = new Map(nodes.map((node) => [node.id, node]));
        expect(byId.get(erasedLater)?.contact?.displayName).toBe('Agent SUPPRIMÉ');
        expect(byId.get(vanished)).toMatchObject({
          title: 'Mission dont le contact disparaît',
          contact: null,
        });
        for (const node of nodes) {
          if (node.id !== vanished) expect(node.contact?.displayName).toEqual(expect.any(String));
        }
        // No error about the vanished contact: a reference nobody knows is simply no contact.
        expect((response.errors ?? []).filter((error) => error.path?.includes('displayName'))).toEqual([]);
      }
    });
  });

  describe('3. public contact details are what the docs promise', () => {
    const CARD = 'id firstName lastName displayName jobTitle erased';
    const PROFILE_FIELDS = [
      'employmentStatus',
      'administration',
      'unit',
      'city',
      'departmentCode',
      'workMode',
      'skills',
      'inDirectory',
      'createdAt',
    ];
    const PROFILE =
      'employmentStatus administration { id } unit city departmentCode workMode skills { level } inDirectory createdAt';
    type Card = Record<string, unknown>;

    /** The card is there, and each profile field is either all there or null with its own refusal. */
    function expectCardOnly(
      response: GraphQLResponse<unknown>,
      card: Card | null | undefined,
      code: string,
      at: string[],
    ) {
      expect(card).toMatchObject({
        id: expect.any(String),
        displayName: expect.any(String),
        jobTitle: expect.any(String),
      });
      for (const field of PROFILE_FIELDS) expect(card?.[field]).toBeNull();
      const refused = (response.errors ?? []).filter((error) =>
        error.path?.join('.').startsWith(at.join('.')),
      );
      expect(refused.map((error) => error.path?.at(-1)).sort()).toEqual([...PROFILE_FIELDS].sort());
      for (const error of refused) {
        expect(error.extensions?.code).toBe(code);
        expect(error.extensions?.field).toBe(error.path?.at(-1));
      }
    }
    function expectFullProfile(response: GraphQLResponse<unknown>, card: Card | null | undefined) {
      expect(response.errors).toBeUndefined();
      for (const field of PROFILE_FIELDS) expect(card?.[field]).not.toBeNull();
    }

    const setDirectory = async (agentId: string, inDirectory: boolean) =>
      expect(
        (
          await hub.queryAs(
            agentId,
            'mutation ($id: ID!, $v: Boolean!) { setDirectoryVisibility(id: $id, inDirectory: $v) { id } }',
            {
              id: agentId,
              v: inDirectory,
            },
          )
        ).errors,
      ).toBeUndefined();

    it('shows anonymous visitors and missions:read clients the name and job of a mission’s contact, nothing more', async () => {
      const { input } = hosting();
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
        input: input({ title: 'Mission au contact public' }),
      });
      const id = created.data!.createMission.id;
      await as('host', 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id });
      await as('admin', 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id });
      const ONE = `query ($id: ID!) { mission(id: $id) { title contact { ${CARD} ${PROFILE} } } }`;
      const LIST = `{ missions(first: 5) { nodes { id contact { ${CARD} ${PROFILE} } } } }`;
      type One = { mission: { title: string; contact: Card } };
      type List = { missions: { nodes: Array<{ id: string; contact: Card }> } };

      const anonymous = await postGraphQL<One>(hub.gateway.graphqlUrl, ONE, { id });
      expect(anonymous.data?.mission.contact).toMatchObject({
        id: people.host.id,
        firstName: people.host.firstName,
        jobTitle: people.host.jobTitle,
      });
      expectCardOnly(anonymous, anonymous.data?.mission.contact, 'UNAUTHENTICATED', ['mission', 'contact']);
      const client = await as<One>('client', ONE, { id });
      expectCardOnly(client, client.data?.mission.contact, 'FORBIDDEN', ['mission', 'contact']);
      for (const response of [
        await postGraphQL<List>(hub.gateway.graphqlUrl, LIST),
        await as<List>('client', LIST),
      ]) {
        const nodes = response.data?.missions.nodes ?? [];
        expect(nodes).toHaveLength(5);
        nodes.forEach((node, index) => {
          // The mission whose contact vanished (above) has none to show.
          if (node.contact === null) return;
          expectCardOnly(response, node.contact, String(codes(response)[0]), [
            'missions',
            'nodes',
            String(index),
            'contact',
          ]);
        });
      }
      // Signed-in agents see the host's profile (in the directory), as the directory shows it.
      await setDirectory(people.host.id, true);
      const agent = await as<One>('agent', ONE, { id });
      expectFullProfile(agent, agent.data?.mission.contact);
    });

    it('applies the directory’s rules to a contact and to agent(id:): out of the directory, hidden from an administration, erased', async () => {
      const { colleagues, input, administrationId } = hosting();
      const outOfDirectory = colleagues[3]!;
      await setDirectory(outOfDirectory.id, false);
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
        input: input({ title: 'Mission au contact discret', contactAgentId: outOfDirectory.id }),
      });
      const missionId = created.data!.createMission.id;
      await as('host', 'mutation ($id: ID!) { submitMission(id: $id) { id } }', { id: missionId });
      await as('admin', 'mutation ($id: ID!) { publishMission(id: $id) { id } }', { id: missionId });

      const CONTACT = `query ($id: ID!) { mission(id: $id) { contact { ${CARD} ${PROFILE} } } }`;
      const AGENT = `query ($id: ID!) { agent(id: $id) { ${CARD} ${PROFILE} } }`;
      type Contact = { mission: { contact: Card } };
      type ById = { agent: Card };
      const stranger = people.plainAgents.find((agent) => agent.administrationId !== administrationId)!;

      // Out of the directory: the card only, for a contact and by id alike, to an agent and a profiles:read client.
      const asStranger = await hub.queryAs<Contact>(stranger.id, CONTACT, { id: missionId });
      expectCardOnly(asStranger, asStranger.data?.mission.contact, 'FORBIDDEN', ['mission', 'contact']);
      const byIdStranger = await hub.queryAs<ById>(stranger.id, AGENT, { id: outOfDirectory.id });
      expectCardOnly(byIdStranger, byIdStranger.data?.agent, 'FORBIDDEN', ['agent']);
      const byIdClient = await as<ById>('clientAll', AGENT, { id: outOfDirectory.id });
      expectCardOnly(byIdClient, byIdClient.data?.agent, 'FORBIDDEN', ['agent']);
      // Themself, their manager and the programme team see the whole profile.
      for (const viewer of [outOfDirectory.id, outOfDirectory.managerId!, people.admin.id]) {
        const seen = await hub.queryAs<ById>(viewer, AGENT, { id: outOfDirectory.id });
        expectFullProfile(seen, seen.data?.agent);
      }

      // Back in the directory, but hidden from the stranger's administration: hidden to them, seen by others.
      await setDirectory(outOfDirectory.id, true);
      const hide = await hub.queryAs(
        outOfDirectory.id,
        'mutation ($id: ID!, $ids: [ID!]!) { setHiddenFromAdministrations(agentId: $id, administrationIds: $ids) { id } }',
        { id: outOfDirectory.id, ids: [stranger.administrationId] },
      );
      expect(hide.errors).toBeUndefined();
      const hidden = await hub.queryAs<ById>(stranger.id, AGENT, { id: outOfDirectory.id });
      expectCardOnly(hidden, hidden.data?.agent, 'FORBIDDEN', ['agent']);
      const elsewhere = people.plainAgents.find(
        (agent) =>
          agent.administrationId !== stranger.administrationId && agent.administrationId !== administrationId,
      )!;
      const seenElsewhere = await hub.queryAs<ById>(elsewhere.id, AGENT, { id: outOfDirectory.id });
      expectFullProfile(seenElsewhere, seenElsewhere.data?.agent);
      const byClient = await as<ById>('clientAll', AGENT, { id: outOfDirectory.id });
      expectFullProfile(byClient, byClient.data?.agent);

      // An erased agent is a card about nobody, to everyone but the programme team.
      const erased = hosting().colleagues[0]!;
      const erasedCard = await hub.queryAs<ById>(elsewhere.id, AGENT, { id: erased.id });
      expectCardOnly(erasedCard, erasedCard.data?.agent, 'FORBIDDEN', ['agent']);
      expect(erasedCard.data?.agent).toMatchObject({ displayName: 'Agent SUPPRIMÉ', erased: true });
    });
  });

  describe('4. text is text', () => {
    const NUL = 'Audit\u0000 de sécurité';
    const BELL = 'Audit\u0007 de sécurité';
    const LONE = 'Audit \uD800 de sécurité';
    const INVISIBLE = '\u200B\u00A0\u200D\uFEFF ';
    const HUGE = 'x'.repeat(100_000);

    function expectRefused(response: GraphQLResponse<unknown>, field: string | RegExp, label: string) {
      expect({ label, codes: codes(response) }).toEqual({ label, codes: ['BAD_USER_INPUT'] });
      const error = response.errors?.[0];
      if (typeof field === 'string')
        expect({ label, field: error?.extensions?.field }).toEqual({ label, field });
      else expect(String(error?.extensions?.field)).toMatch(field);
      expect(error?.message).toMatch(/[éèàùçêô’«]|obligatoire|ligne/);
    }

    it('refuses NUL, control characters and lone surrogates in every text input and filter, naming the field', async () => {
      const { input } = hosting();
      const agent = people.plainAgents[5]!;
      const mission = demo.missions.find(
        (m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0,
      )!;
      const SEARCH = 'query ($s: String) { missions(filter: { search: $s }) { totalCount } }';
      const DIRECTORY =
        'query ($t: String, $a: ID, $k: [ID!]) { agents(filter: { text: $t, administrationId: $a, skillIds: $k }) { totalCount } }';
      const PROFILE =
        'mutation ($id: ID!, $input: AgentProfileInput!) { updateAgentProfile(id: $id, input: $input) { id } }';
      const APPLY = 'mutation ($input: ApplyInput!) { apply(input: $input) { id } }';
      const motivation = 'Je connais bien ce sujet et je peux y consacrer du temps.';
      for (const bad of [NUL, BELL, LONE]) {
        const attempts: Array<[string, Promise<GraphQLResponse<unknown>>, string | RegExp]> = [
          ['search', as('agent', SEARCH, { s: bad }), /search/],
          ['anonymous search', postGraphQL(hub.gateway.graphqlUrl, SEARCH, { s: bad }), /search/],
          ['directory text', as('agent', DIRECTORY, { t: bad }), /text/],
          ['directory administration', as('agent', DIRECTORY, { a: bad }), /administrationId/],
          ['directory skills', as('agent', DIRECTORY, { k: ['python', bad] }), /skillIds/],
          ['mission title', as('host', CREATE_MISSION, { input: input({ title: bad }) }), 'input.title'],
          [
            'mission description',
            as('host', CREATE_MISSION, { input: input({ description: bad }) }),
            'input.description',
          ],
          [
            'mission location',
            as('host', CREATE_MISSION, { input: input({ location: bad }) }),
            'input.location',
          ],
          [
            'mission restriction',
            as('host', CREATE_MISSION, { input: input({ restrictedToAdministrationIds: [bad] }) }),
            /input\.restrictedToAdministrationIds/,
          ],
          [
            'profile city',
            hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { city: bad } }),
            'input.city',
          ],
          [
            'profile names',
            hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { lastName: bad } }),
            'input.lastName',
          ],
          [
            'motivation',
            hub.queryAs(agent.id, APPLY, {
              input: { missionId: mission.id, motivation: `${motivation} ${bad}`, proposedHours: 5 },
            }),
            'input.motivation',
          ],
          [
            'administration id',
            as('agent', 'query ($id: ID!) { administration(id: $id) { id } }', { id: bad }),
            'id',
          ],
          [
            'return reason',
            as(
              'admin',
              'mutation ($id: ID!, $r: String!) { returnMissionToDraft(id: $id, reason: $r) { id } }',
              { id: mission.id, r: bad },
            ),
            'reason',
          ],
        ];
        for (const [label, response, field] of attempts)
          expectRefused(await response, field, `${label} ${JSON.stringify(bad)}`);
      }
    });

    it('counts invisible-only text as empty, keeps line breaks to multi-line fields', async () => {
      const { input } = hosting();
      const agent = people.plainAgents[5]!;
      const PROFILE =
        'mutation ($id: ID!, $input: AgentProfileInput!) { updateAgentProfile(id: $id, input: $input) { id city } }';
      expectRefused(
        await as('host', CREATE_MISSION, { input: input({ title: INVISIBLE }) }),
        'input.title',
        'invisible title',
      );
      expectRefused(
        await as('host', CREATE_MISSION, { input: input({ description: INVISIBLE }) }),
        'input.description',
        'invisible description',
      );
      expectRefused(
        await hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { firstName: INVISIBLE } }),
        'input.firstName',
        'invisible first name',
      );
      expectRefused(
        await hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { city: 'Lyon\nVilleurbanne' } }),
        'input.city',
        'line break in a one-line field',
      );
      // A title padded with invisible characters is stored without them; a blank location is none.
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
        input: input({
          title: '\u200B Titre net \uFEFF',
          description: 'Première ligne.\nSeconde ligne.',
          location: INVISIBLE,
        }),
      });
      expect(created.errors).toBeUndefined();
      const [row] = (await hub.subgraphs.missions!.db.query(
        'SELECT title, description, location FROM missions.mission WHERE id = $1',
        [created.data!.createMission.id],
      )) as Array<Record<string, unknown>>;
      expect(row).toEqual({
        title: 'Titre net',
        description: 'Première ligne.\nSeconde ligne.',
        location: null,
      });
    });

    it('bounds every stored id: a 100 KB string reaches neither a restriction list nor an audit row', async () => {
      const { input } = hosting();
      const agent = people.plainAgents[5]!;
      const attempts: Array<[string, Promise<GraphQLResponse<unknown>>, RegExp]> = [
        [
          'restriction',
          as('host', CREATE_MISSION, { input: input({ restrictedToAdministrationIds: [HUGE] }) }),
          /input\.restrictedToAdministrationIds/,
        ],
        [
          'skill',
          as('host', CREATE_MISSION, {
            input: input({ requiredSkills: [{ skillId: HUGE, minLevel: 'EXPERT' }] }),
          }),
          /input\.requiredSkills\.0\.skillId/,
        ],
        [
          'host',
          as('admin', CREATE_MISSION, { input: input({ hostAdministrationId: HUGE }) }),
          /input\.hostAdministrationId/,
        ],
        [
          'hidden from',
          hub.queryAs(
            agent.id,
            'mutation ($id: ID!, $ids: [ID!]!) { setHiddenFromAdministrations(agentId: $id, administrationIds: $ids) { id } }',
            { id: agent.id, ids: [HUGE] },
          ),
          /administrationIds/,
        ],
        [
          'skills',
          hub.queryAs(
            agent.id,
            'mutation ($id: ID!, $s: [AgentSkillInput!]!) { setAgentSkills(id: $id, skills: $s) { id } }',
            { id: agent.id, s: [{ skillId: HUGE, level: 'EXPERT' }] },
          ),
          /skills\.0\.skillId/,
        ],
        [
          'identity',
          as(
            'admin',
            'mutation ($id: ID!, $input: AgentIdentityInput!) { setAgentIdentity(agentId: $id, input: $input) { id } }',
            { id: agent.id, input: { hostOf: [HUGE] } },
          ),
          /input\.hostOf/,
        ],
        [
          'search',
          as('agent', 'query ($s: String) { missions(filter: { search: $s }) { totalCount } }', { s: HUGE }),
          /search/,
        ],
      ];
      for (const [label, response, field] of attempts) expectRefused(await response, field, label);
      for (const schema of ['profiles', 'missions', 'approvals']) {
        const [row] = (await hub.subgraphs[schema]!.db.query(
          `SELECT coalesce(max(length(coalesce(before::text, '') || coalesce(after::text, '') || entity_id || coalesce(request_id, ''))), 0) AS longest FROM ${schema}.audit_log`,
        )) as Array<{ longest: number }>;
        expect({ schema, longest: row!.longest }).toEqual({ schema, longest: expect.any(Number) });
        expect(row!.longest).toBeLessThan(20_000);
      }
    });

    it('keeps a sane x-request-id in the audit log and replaces any other by the server’s own', async () => {
      const agent = people.plainAgents[5]!;
      const cookie = await hub.sessionCookie(agent.id);
      const write = async (requestId: string) => {
        const response = await fetch(hub.gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-request-id': requestId },
          body: JSON.stringify({
            query: 'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: true) { id } }',
            variables: { id: agent.id },
          }),
        });
        expect(((await response.json()) as GraphQLResponse).errors).toBeUndefined();
        const [row] = (await hub.subgraphs.profiles!.db.query(
          `SELECT request_id FROM profiles.audit_log WHERE action = 'agent.setDirectoryVisibility' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
          [agent.id],
        )) as Array<{ request_id: string }>;
        return row!.request_id;
      };
      expect(await write('trace-2026.12:abc_DEF-1')).toBe('trace-2026.12:abc_DEF-1');
      const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      for (const hostile of ['x'.repeat(8_000), 'a b', '<script>', 'id\u00e9', '"; DROP TABLE']) {
        expect(await write(hostile)).toMatch(UUID);
      }
    });
  });

  describe('5. dates that make sense', () => {
    /** A date in Paris, `days` from today. */
    const parisDay = (days: number) =>
      new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(
        new Date(Date.now() + days * 86_400_000),
      );
    const SUBMIT = 'mutation ($id: ID!) { submitMission(id: $id) { id status } }';
    const PUBLISH = 'mutation ($id: ID!) { publishMission(id: $id) { id status } }';
    const APPLY = 'mutation ($input: ApplyInput!) { apply(input: $input) { id } }';

    async function draft(dates: { startDate: string; endDate: string; applicationDeadline: string }) {
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
        input: hosting().input({ title: `Mission du ${dates.startDate}`, ...dates }),
      });
      expect(created.errors).toBeUndefined();
      return created.data!.createMission.id;
    }
    async function statusOf(id: string) {
      const [row] = (await hub.subgraphs.missions!.db.query(
        'SELECT status FROM missions.mission WHERE id = $1',
        [id],
      )) as Array<{ status: string }>;
      return row!.status;
    }
    function expectConflict(response: GraphQLResponse<unknown>, field: string, words: RegExp) {
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
      expect(response.errors?.[0]?.message).toMatch(words);
    }

    it('refuses to submit a mission wholly past or whose deadline has passed, and says what to do', async () => {
      const past = await draft({
        startDate: parisDay(-60),
        endDate: parisDay(-30),
        applicationDeadline: parisDay(-90),
      });
      expectConflict(await as('host', SUBMIT, { id: past }), 'endDate', /entièrement passée.*soumettre/);
      const lateDeadline = await draft({
        startDate: parisDay(0),
        endDate: parisDay(30),
        applicationDeadline: parisDay(-1),
      });
      expectConflict(
        await as('host', SUBMIT, { id: lateDeadline }),
        'applicationDeadline',
        /date limite de candidature.*passée/,
      );
      const ongoing = await draft({
        startDate: parisDay(-10),
        endDate: parisDay(30),
        applicationDeadline: parisDay(-11),
      });
      expectConflict(await as('admin', SUBMIT, { id: ongoing }), 'applicationDeadline', /reportez-la/);
      for (const id of [past, lateDeadline, ongoing]) expect(await statusOf(id)).toBe('DRAFT');
      // The deadline is the last day to apply: today still counts.
      const lastDay = await draft({
        startDate: parisDay(1),
        endDate: parisDay(30),
        applicationDeadline: parisDay(0),
      });
      expect((await as('host', SUBMIT, { id: lastDay })).errors).toBeUndefined();
    });

    it('refuses to publish a submitted mission that has gone past meanwhile, until its dates are fixed', async () => {
      const id = await draft({
        startDate: parisDay(40),
        endDate: parisDay(70),
        applicationDeadline: parisDay(20),
      });
      expect((await as('host', SUBMIT, { id })).errors).toBeUndefined();
      // Time passes while the mission waits for moderation.
      for (const [dates, field] of [
        [[parisDay(-60), parisDay(-30), parisDay(-90)], 'endDate'],
        [[parisDay(5), parisDay(30), parisDay(-2)], 'applicationDeadline'],
      ] as const) {
        await hub.subgraphs.missions!.db.query(
          'UPDATE missions.mission SET start_date = $2, end_date = $3, application_deadline = $4 WHERE id = $1',
          [id, ...dates],
        );
        expectConflict(await as('admin', PUBLISH, { id }), field, /publier/);
        expect(await statusOf(id)).toBe('SUBMITTED');
      }
      const fixed = await as('host', UPDATE_MISSION, {
        id,
        input: hosting().input({
          startDate: parisDay(40),
          endDate: parisDay(70),
          applicationDeadline: parisDay(20),
        }),
      });
      expect(fixed.errors).toBeUndefined();
      expect((await as('admin', PUBLISH, { id })).errors).toBeUndefined();
    });

    it('answers apply after the deadline with CONFLICT saying so, and accepts it on the last day', async () => {
      const id = await draft({
        startDate: parisDay(40),
        endDate: parisDay(70),
        applicationDeadline: parisDay(20),
      });
      expect((await as('host', SUBMIT, { id })).errors).toBeUndefined();
      expect((await as('admin', PUBLISH, { id })).errors).toBeUndefined();
      const applicants = people.plainAgents.slice(6, 8);
      const motivation = 'Je connais bien ce sujet et je peux y consacrer quelques heures par mois.';
      const projected = async () =>
        (
          (await hub.subgraphs.approvals!.db.query(
            'SELECT status FROM approvals.mission_projection WHERE mission_id = $1',
            [id],
          )) as Array<{ status: string }>
        )[0]?.status;
      const deadline = Date.now() + 15_000;
      while ((await projected()) !== 'PUBLISHED' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Time passes: the deadline was yesterday.
      const passDeadline = async (day: string) =>
        hub.subgraphs.approvals!.db.query(
          'UPDATE approvals.mission_projection SET application_deadline = $2 WHERE mission_id = $1',
          [id, day],
        );
      await passDeadline(parisDay(-1));
      for (const applicant of applicants) {
        const late = await hub.queryAs(applicant.id, APPLY, {
          input: { missionId: id, motivation, proposedHours: 5 },
        });
        expect(codes(late)).toEqual(['CONFLICT']);
        expect(late.errors?.[0]?.message).toMatch(/date limite de candidature.*est passée/);
      }
      await passDeadline(parisDay(0));
      const onTime = await hub.queryAs(applicants[0]!.id, APPLY, {
        input: { missionId: id, motivation, proposedHours: 5 },
      });
      expect(onTime.errors).toBeUndefined();
    });
  });

  describe('6. errors a person can act on', () => {
    const SUBMIT = 'mutation ($id: ID!) { submitMission(id: $id) { id } }';
    const PUBLISH = 'mutation ($id: ID!) { publishMission(id: $id) { id } }';
    const CANCEL = 'mutation ($id: ID!) { cancelMission(id: $id) { id } }';
    const CLOSE = 'mutation ($id: ID!) { closeMission(id: $id) { id } }';

    function expectError(response: GraphQLResponse<unknown>, code: string, message: RegExp) {
      expect(codes(response)).toEqual([code]);
      expect(response.errors?.[0]?.message).toMatch(message);
      // Never the old wording that listed two statuses.
      expect(response.errors?.[0]?.message).not.toMatch(/du statut « .* » au statut/);
    }

    it('says what the user can do when a transition is refused', async () => {
      const created = await as<{ createMission: { id: string } }>('host', CREATE_MISSION, {
        input: hosting().input({ title: 'Mission aux transitions refusées' }),
      });
      const id = created.data!.createMission.id;
      expectError(
        await as('admin', PUBLISH, { id }),
        'CONFLICT',
        /^Seule une mission soumise peut être publiée ; celle-ci est en brouillon : son porteur doit d’abord la soumettre\.$/,
      );
      expectError(
        await as('host', CLOSE, { id }),
        'CONFLICT',
        /clôturée ; celle-ci est en brouillon : elle doit d’abord être publiée/,
      );
      expect((await as('host', SUBMIT, { id })).errors).toBeUndefined();
      expectError(await as('host', SUBMIT, { id }), 'CONFLICT', /^La mission est déjà soumise\.$/);
      expectError(
        await as('host', PUBLISH, { id }),
        'FORBIDDEN',
        /^Seule l’équipe du programme publie une mission/,
      );
      expectError(
        await as('host', 'mutation ($id: ID!) { returnMissionToDraft(id: $id, reason: "À revoir") { id } }', {
          id,
        }),
        'FORBIDDEN',
        /^Seule l’équipe du programme renvoie une mission en brouillon/,
      );
      expect((await as('admin', PUBLISH, { id })).errors).toBeUndefined();
      expectError(await as('admin', PUBLISH, { id }), 'CONFLICT', /^La mission est déjà publiée\.$/);
      expectError(
        await as('host', UPDATE_MISSION, { id, input: hosting().input() }),
        'CONFLICT',
        /^Seule une mission en brouillon ou soumise peut être modifiée ; celle-ci est publiée\.$/,
      );
      // A person who sees the mission but does not host it: told who may, and what.
      expectError(await as('agent', CLOSE, { id }), 'FORBIDDEN', /peuvent clôturer cette mission/);
      expect((await as('host', CANCEL, { id })).errors).toBeUndefined();
      expectError(await as('host', CANCEL, { id }), 'CONFLICT', /^La mission est déjà annulée\.$/);
    });

    it('names the action in every FORBIDDEN, and the field for input', async () => {
      const other = people.plainAgents[1]!;
      const cases: Array<[string, Persona, string, Record<string, unknown>, RegExp, string | undefined]> = [
        [
          'audit log',
          'agent',
          '{ profilesAuditLog { nodes { id } } }',
          {},
          /« profilesAuditLog » est réservé à l’équipe du programme/,
          undefined,
        ],
        [
          'erasure',
          'manager',
          'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
          { id: other.id },
          /« eraseAgent » est réservé à l’équipe du programme/,
          undefined,
        ],
        [
          'someone else’s profile',
          'agent',
          'mutation ($id: ID!) { updateAgentProfile(id: $id, input: { city: "Lyon" }) { id } }',
          { id: other.id },
          /peuvent modifier ce profil/,
          'id',
        ],
        [
          'someone else’s skills',
          'host',
          'mutation ($id: ID!) { setAgentSkills(id: $id, skills: []) { id } }',
          { id: other.id },
          /peuvent modifier ces compétences/,
          'id',
        ],
        [
          'identity',
          'agent',
          'mutation ($id: ID!) { setAgentIdentity(agentId: $id, input: { programmeTeam: true }) { id } }',
          { id: other.id },
          /équipe du programme peut modifier/,
          'input.programmeTeam',
        ],
        [
          'a mission elsewhere',
          'host',
          CREATE_MISSION,
          {
            input: hosting().input({
              hostAdministrationId: demo.administrations.find(
                (a) => !people.hostOf.get(people.host.id)!.includes(a.id),
              )!.id,
            }),
          },
          /rédiger une mission/,
          'input.hostAdministrationId',
        ],
        [
          'a client’s write',
          'clientAll',
          'mutation ($id: ID!) { eraseAgent(agentId: $id) }',
          { id: other.id },
          /« eraseAgent »/,
          undefined,
        ],
        ['a client’s scope', 'client', '{ agents { totalCount } }', {}, /portée « profiles:read »/, 'agents'],
      ];
      for (const [label, persona, query, variables, message, field] of cases) {
        const response = await as(persona, query, variables);
        expect({ label, codes: codes(response) }).toEqual({ label, codes: ['FORBIDDEN'] });
        expect({ label, message: response.errors?.[0]?.message }).toEqual({
          label,
          message: expect.stringMatching(message),
        });
        if (field)
          expect({ label, field: response.errors?.[0]?.extensions?.field }).toEqual({ label, field });
      }
    });
  });
});
