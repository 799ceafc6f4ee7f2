import { errorCodes } from '../support/errors';
import { waitForProjectedMission } from '../support/subscriptions';
import { postGraphQL, type GraphQLResponse } from '../support/graphql';
import { CREATE_MISSION, UPDATE_MISSION, useIntegrityHub, type Persona } from '../support/integrity';

/**
 * Issue 17, through the gateway of the real stack (2 of 2, the other is integrity-access.test.ts):
 * text that is text, dates that make sense, errors a person can act on. Each class of defect is
 * tried with several variants.
 */
describe('integrity and access under hostile input (issue 17)', () => {
  const suite = useIntegrityHub();
  const { demo, people, as, hosting } = suite;

  describe('4. text is text', () => {
    const NUL = 'Audit\u0000 de sécurité';
    const BELL = 'Audit\u0007 de sécurité';
    const LONE = 'Audit \uD800 de sécurité';
    const INVISIBLE = '\u200B\u00A0\u200D\uFEFF ';
    const HUGE = 'x'.repeat(100_000);

    function expectRefused(response: GraphQLResponse<unknown>, field: string | RegExp, label: string) {
      expect({ label, codes: errorCodes(response) }).toEqual({ label, codes: ['BAD_USER_INPUT'] });
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
          ['anonymous search', postGraphQL(suite.hub.gateway.graphqlUrl, SEARCH, { s: bad }), /search/],
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
            suite.hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { city: bad } }),
            'input.city',
          ],
          [
            'profile names',
            suite.hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { lastName: bad } }),
            'input.lastName',
          ],
          [
            'motivation',
            suite.hub.queryAs(agent.id, APPLY, {
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
        await suite.hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { firstName: INVISIBLE } }),
        'input.firstName',
        'invisible first name',
      );
      expectRefused(
        await suite.hub.queryAs(agent.id, PROFILE, { id: agent.id, input: { city: 'Lyon\nVilleurbanne' } }),
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
      const [row] = (await suite.hub.subgraphs.missions!.db.query(
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
          suite.hub.queryAs(
            agent.id,
            'mutation ($id: ID!, $ids: [ID!]!) { setHiddenFromAdministrations(agentId: $id, administrationIds: $ids) { id } }',
            { id: agent.id, ids: [HUGE] },
          ),
          /administrationIds/,
        ],
        [
          'skills',
          suite.hub.queryAs(
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
        const [row] = (await suite.hub.subgraphs[schema]!.db.query(
          `SELECT coalesce(max(length(coalesce(before::text, '') || coalesce(after::text, '') || entity_id || coalesce(request_id, ''))), 0) AS longest FROM ${schema}.audit_log`,
        )) as Array<{ longest: number }>;
        expect({ schema, longest: row!.longest }).toEqual({ schema, longest: expect.any(Number) });
        expect(row!.longest).toBeLessThan(20_000);
      }
    });

    it('keeps a sane x-request-id in the audit log and replaces any other by the server’s own', async () => {
      const agent = people.plainAgents[5]!;
      const cookie = await suite.hub.sessionCookie(agent.id);
      const write = async (requestId: string) => {
        const response = await fetch(suite.hub.gateway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-request-id': requestId },
          body: JSON.stringify({
            query: 'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: true) { id } }',
            variables: { id: agent.id },
          }),
        });
        expect(((await response.json()) as GraphQLResponse).errors).toBeUndefined();
        const [row] = (await suite.hub.subgraphs.profiles!.db.query(
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
      const [row] = (await suite.hub.subgraphs.missions!.db.query(
        'SELECT status FROM missions.mission WHERE id = $1',
        [id],
      )) as Array<{ status: string }>;
      return row!.status;
    }
    function expectConflict(response: GraphQLResponse<unknown>, field: string, words: RegExp) {
      expect(errorCodes(response)).toEqual(['CONFLICT']);
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
        await suite.hub.subgraphs.missions!.db.query(
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
      // approvals hears of the publication through mission.changed.
      expect(await waitForProjectedMission(suite.hub, id)).toBe('PUBLISHED');
      // Time passes: the deadline was yesterday.
      const passDeadline = async (day: string) =>
        suite.hub.subgraphs.approvals!.db.query(
          'UPDATE approvals.mission_projection SET application_deadline = $2 WHERE mission_id = $1',
          [id, day],
        );
      await passDeadline(parisDay(-1));
      for (const applicant of applicants) {
        const late = await suite.hub.queryAs(applicant.id, APPLY, {
          input: { missionId: id, motivation, proposedHours: 5 },
        });
        expect(errorCodes(late)).toEqual(['CONFLICT']);
        expect(late.errors?.[0]?.message).toMatch(/date limite de candidature.*est passée/);
      }
      await passDeadline(parisDay(0));
      const onTime = await suite.hub.queryAs(applicants[0]!.id, APPLY, {
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
      expect(errorCodes(response)).toEqual([code]);
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
        expect({ label, codes: errorCodes(response) }).toEqual({ label, codes: ['FORBIDDEN'] });
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
