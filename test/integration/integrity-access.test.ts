import { errorCodes } from '../support/errors';
import { eventually } from '../support/eventually';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { CREATE_MISSION, UPDATE_MISSION, useIntegrityHub, type DemoAgent } from '../support/integrity';

/**
 * Issue 17, through the gateway of the real stack (1 of 2, the other is integrity-input.test.ts):
 * who may change what decides access, references checked when written, public contact details.
 * Each class of defect is tried with several variants. The sections share one hub and run in
 * order: section 3 relies on the contact section 2 erased.
 */
describe('integrity and access under hostile input (issue 17)', () => {
  const suite = useIntegrityHub();
  const { demo, people, as, personaId, hosting } = suite;

  async function identityRow(agentId: string) {
    const [row] = (await suite.hub.subgraphs.profiles!.db.query(
      `SELECT administration_id, manager_id,
         ARRAY(SELECT administration_id FROM profiles.host_referent WHERE agent_id = a.id ORDER BY 1) AS host_of,
         EXISTS (SELECT 1 FROM profiles.programme_admin WHERE agent_id = a.id) AS admin
       FROM profiles.agent a WHERE id = $1`,
      [agentId],
    )) as Array<Record<string, unknown>>;
    return row;
  }

  async function identityAudit(agentId: string) {
    return (await suite.hub.subgraphs.profiles!.db.query(
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
            expect(errorCodes(response)).toEqual(['FORBIDDEN']);
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
        expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
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
      const seen = async (id: string) =>
        (await suite.hub.queryAs(agent.id, MISSION, { id })).data?.mission ?? null;

      // The gateway has the agent's rights cached from these requests.
      expect(await seen(restricted.id)).toBeNull();
      expect(await seen(draft.id)).toBeNull();
      expect(errorCodes(await suite.hub.queryAs(agent.id, AUDIT))).toEqual(['FORBIDDEN']);

      const change = async (input: Record<string, unknown>, id = agent.id) =>
        expect((await as('admin', SET_IDENTITY, { id, input })).errors).toBeUndefined();

      await change({ administrationId: restricted.restrictedToAdministrationIds[0] });
      expect(await seen(restricted.id)).toEqual({ id: restricted.id });

      await change({ hostOf: [draft.hostAdministrationId] });
      expect(await seen(draft.id)).toEqual({ id: draft.id });
      await change({ hostOf: [] });
      expect(await seen(draft.id)).toBeNull();

      await change({ programmeTeam: true });
      expect(errorCodes(await suite.hub.queryAs(agent.id, AUDIT))).toEqual([]);
      await change({ programmeTeam: false });
      expect(errorCodes(await suite.hub.queryAs(agent.id, AUDIT))).toEqual(['FORBIDDEN']);

      const ME = '{ me { id } }';
      expect((await suite.hub.queryAs(agent.id, ME)).data).toEqual({ me: { id: agent.id } });
      const erased = await as('admin', 'mutation ($id: ID!) { eraseAgent(agentId: $id) }', { id: agent.id });
      expect(erased.errors).toBeUndefined();
      expect((await suite.hub.queryAs(agent.id, ME)).data).toEqual({ me: null });
      const write = await suite.hub.queryAs(
        agent.id,
        'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: true) { id } }',
        { id: agent.id },
      );
      expect(errorCodes(write)).toEqual(['UNAUTHENTICATED']);
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
      const rows = await eventually(
        async () =>
          (await suite.hub.subgraphs.missions!.db.query(
            'SELECT erased FROM missions.agent_match_profile WHERE agent_id = $1',
            [erasedColleague().id],
          )) as Array<{ erased: boolean }>,
        (found) => found[0]?.erased === true,
      );
      expect(rows[0]?.erased).toBe(true);
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
      const [row] = (await suite.hub.subgraphs.missions!.db.query(
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
      await suite.hub.subgraphs.missions!.db.query(
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
        await postGraphQL<Catalogue>(suite.hub.gateway.graphqlUrl, CATALOGUE),
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
          await suite.hub.queryAs(
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

      const anonymous = await postGraphQL<One>(suite.hub.gateway.graphqlUrl, ONE, { id });
      expect(anonymous.data?.mission.contact).toMatchObject({
        id: people.host.id,
        firstName: people.host.firstName,
        jobTitle: people.host.jobTitle,
      });
      expectCardOnly(anonymous, anonymous.data?.mission.contact, 'UNAUTHENTICATED', ['mission', 'contact']);
      const client = await as<One>('client', ONE, { id });
      expectCardOnly(client, client.data?.mission.contact, 'FORBIDDEN', ['mission', 'contact']);
      for (const response of [
        await postGraphQL<List>(suite.hub.gateway.graphqlUrl, LIST),
        await as<List>('client', LIST),
      ]) {
        const nodes = response.data?.missions.nodes ?? [];
        expect(nodes).toHaveLength(5);
        nodes.forEach((node, index) => {
          // The mission whose contact vanished (above) has none to show.
          if (node.contact === null) return;
          expectCardOnly(response, node.contact, String(errorCodes(response)[0]), [
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
      const asStranger = await suite.hub.queryAs<Contact>(stranger.id, CONTACT, { id: missionId });
      expectCardOnly(asStranger, asStranger.data?.mission.contact, 'FORBIDDEN', ['mission', 'contact']);
      const byIdStranger = await suite.hub.queryAs<ById>(stranger.id, AGENT, { id: outOfDirectory.id });
      expectCardOnly(byIdStranger, byIdStranger.data?.agent, 'FORBIDDEN', ['agent']);
      const byIdClient = await as<ById>('clientAll', AGENT, { id: outOfDirectory.id });
      expectCardOnly(byIdClient, byIdClient.data?.agent, 'FORBIDDEN', ['agent']);
      // Themself, their manager and the programme team see the whole profile.
      for (const viewer of [outOfDirectory.id, outOfDirectory.managerId!, people.admin.id]) {
        const seen = await suite.hub.queryAs<ById>(viewer, AGENT, { id: outOfDirectory.id });
        expectFullProfile(seen, seen.data?.agent);
      }

      // Back in the directory, but hidden from the stranger's administration: hidden to them, seen by others.
      await setDirectory(outOfDirectory.id, true);
      const hide = await suite.hub.queryAs(
        outOfDirectory.id,
        'mutation ($id: ID!, $ids: [ID!]!) { setHiddenFromAdministrations(agentId: $id, administrationIds: $ids) { id } }',
        { id: outOfDirectory.id, ids: [stranger.administrationId] },
      );
      expect(hide.errors).toBeUndefined();
      const hidden = await suite.hub.queryAs<ById>(stranger.id, AGENT, { id: outOfDirectory.id });
      expectCardOnly(hidden, hidden.data?.agent, 'FORBIDDEN', ['agent']);
      const elsewhere = people.plainAgents.find(
        (agent) =>
          agent.administrationId !== stranger.administrationId && agent.administrationId !== administrationId,
      )!;
      const seenElsewhere = await suite.hub.queryAs<ById>(elsewhere.id, AGENT, { id: outOfDirectory.id });
      expectFullProfile(seenElsewhere, seenElsewhere.data?.agent);
      const byClient = await as<ById>('clientAll', AGENT, { id: outOfDirectory.id });
      expectFullProfile(byClient, byClient.data?.agent);

      // An erased agent is a card about nobody, to everyone but the programme team.
      const erased = hosting().colleagues[0]!;
      const erasedCard = await suite.hub.queryAs<ById>(elsewhere.id, AGENT, { id: erased.id });
      expectCardOnly(erasedCard, erasedCard.data?.agent, 'FORBIDDEN', ['agent']);
      expect(erasedCard.data?.agent).toMatchObject({ displayName: 'Agent SUPPRIMÉ', erased: true });
    });
  });
});
