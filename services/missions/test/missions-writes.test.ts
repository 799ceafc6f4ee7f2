import { randomUUID } from 'node:crypto';
import type { TestSubgraph } from '../../../test/support/subgraph';
import { MISSION_MESSAGES } from '../src/mission/mission.rules';
import { missionInput, startMissionsSubgraph } from './references';
import { firstError, HOST_AGENT, MISSION_FIELDS, OTHER_AGENT } from './support/missions-fixture';

/**
 * The missions subgraph writing missions (reading the catalogue is in missions-catalogue.test.ts).
 */
describe('missions subgraph: writing', () => {
  let server: TestSubgraph;

  beforeAll(async () => {
    server = await startMissionsSubgraph({ [HOST_AGENT]: 'dinum', [OTHER_AGENT]: 'dgfip' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return missionInput(
      {
        title: '  Audit de sécurité de l’intranet  ',
        description: 'Auditer la configuration de l’intranet et proposer un plan d’action.',
        contactAgentId: HOST_AGENT,
        requiredSkills: [
          { skillId: 'cybersecurite', minLevel: 'EXPERT' },
          { skillId: 'linux', minLevel: 'INTERMEDIATE' },
        ],
        effortHours: 35,
        endDate: '2096-07-31',
      },
      overrides,
    );
  }

  const CREATE = `mutation($input: MissionInput!) { createMission(input: $input) { ${MISSION_FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $input: MissionInput!) { updateMission(id: $id, input: $input) { ${MISSION_FIELDS} } }`;

  async function rowCounts(): Promise<{ missions: number; skills: number }> {
    const [counts] = await server.db.query(
      `SELECT (SELECT count(*) FROM missions.mission)::int AS missions,
              (SELECT count(*) FROM missions.mission_skill)::int AS skills`,
    );
    return counts;
  }

  async function create(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await server.query<{ createMission: { id: string } }>(CREATE, {
      input: validInput(overrides),
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createMission.id;
  }

  async function statusOf(id: string): Promise<string> {
    const [row] = await server.db.query(`SELECT status FROM missions.mission WHERE id = $1`, [id]);
    return row.status;
  }

  test('createMission stores a trimmed DRAFT with its skills in order', async () => {
    const before = await rowCounts();
    const response = await server.query<{ createMission: Record<string, unknown> }>(CREATE, {
      input: validInput({
        restrictedToAdministrationIds: ['minint', 'minint', 'dgfip'],
        location: '  ',
        crisis: true,
      }),
    });
    expect(response.errors).toBeUndefined();
    const mission = response.data!.createMission;
    expect(mission).toMatchObject({
      title: 'Audit de sécurité de l’intranet',
      kind: 'STUDY_AUDIT',
      kindLabel: 'Étude ou audit',
      status: 'DRAFT',
      crisis: true,
      location: null,
      publishedAt: null,
      restrictedTo: [{ id: 'minint' }, { id: 'dgfip' }],
      contact: { id: HOST_AGENT },
      hostAdministration: { id: 'dinum' },
      requiredSkills: [
        { skill: { id: 'cybersecurite' }, minLevel: 'EXPERT' },
        { skill: { id: 'linux' }, minLevel: 'INTERMEDIATE' },
      ],
    });
    expect(await rowCounts()).toEqual({ missions: before.missions + 1, skills: before.skills + 2 });
  });

  test('the bounds themselves are accepted', async () => {
    const fifteen = Array.from({ length: 15 }, (_, index) => ({
      skillId: `competence-${index}`,
      minLevel: 'BEGINNER',
    }));
    await create({
      effortHours: 105,
      seats: 20,
      requiredSkills: fifteen,
      startDate: '2096-01-31',
      endDate: '2097-01-31',
      applicationDeadline: '2096-01-30',
    });
    await create({
      effortHours: 1,
      startDate: '2096-05-01',
      endDate: '2096-05-01',
      applicationDeadline: '2096-04-30',
    });
    // 12 months after 31 August is 31 August; after 29 February (leap year) it is 28 February.
    await create({ startDate: '2028-02-29', endDate: '2029-02-28', applicationDeadline: '2028-02-01' });
    // Years from 2000 to 2100; lengths counted once edge spaces are removed.
    await create({ startDate: '2000-01-02', endDate: '2000-01-02', applicationDeadline: '2000-01-01' });
    await create({ startDate: '2100-06-01', endDate: '2100-12-31', applicationDeadline: '2100-05-31' });
    await create({ title: `  ${'t'.repeat(150)}  `, location: ` ${'l'.repeat(200)} ` });
  });

  test('createMission accepts upper-case UUIDs and stores them in lower case', async () => {
    const response = await server.query<{ createMission: { id: string; contact: { id: string } } }>(CREATE, {
      input: validInput({ contactAgentId: HOST_AGENT.toUpperCase() }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createMission.contact).toEqual({ id: HOST_AGENT });
    const [row] = await server.db.query(`SELECT contact_agent_id FROM missions.mission WHERE id = $1`, [
      response.data!.createMission.id,
    ]);
    expect(row.contact_agent_id).toBe(HOST_AGENT);
  });

  const M = MISSION_MESSAGES;
  const invalidCases: Array<[string, Record<string, unknown>, string, string | RegExp]> = [
    ['a blank title', { title: '   ' }, 'input.title', M.titleRequired],
    ['a title over 150 characters', { title: 'x'.repeat(151) }, 'input.title', M.titleTooLong],
    ['an empty description', { description: '  ' }, 'input.description', M.descriptionRequired],
    [
      'a description over 5000 characters',
      { description: 'x'.repeat(5001) },
      'input.description',
      M.descriptionTooLong,
    ],
    ['no effort', { effortHours: 0 }, 'input.effortHours', M.effortOutOfRange],
    ['more than 105 hours', { effortHours: 106 }, 'input.effortHours', M.effortOutOfRange],
    ['a start in year 0', { startDate: '0000-03-01' }, 'input.startDate', M.dateOutOfRange],
    ['a start after 2100', { startDate: '2101-01-01' }, 'input.startDate', M.dateOutOfRange],
    ['an end in year 9999', { endDate: '9999-12-31' }, 'input.endDate', M.dateOutOfRange],
    [
      'a deadline before 2000',
      { applicationDeadline: '1999-12-31' },
      'input.applicationDeadline',
      M.dateOutOfRange,
    ],
    ['an end before the start', { endDate: '2096-03-31' }, 'input.endDate', M.endBeforeStart],
    ['a schedule over 12 months', { endDate: '2097-04-02' }, 'input.endDate', M.scheduleTooLong],
    [
      'a deadline on the start day',
      { applicationDeadline: '2096-04-01' },
      'input.applicationDeadline',
      M.deadlineNotBeforeStart,
    ],
    [
      'a deadline after the start',
      { applicationDeadline: '2096-05-01' },
      'input.applicationDeadline',
      M.deadlineNotBeforeStart,
    ],
    ['no seat', { seats: 0 }, 'input.seats', M.seatsOutOfRange],
    ['more than 20 seats', { seats: 21 }, 'input.seats', M.seatsOutOfRange],
    ['no required skill', { requiredSkills: [] }, 'input.requiredSkills', M.skillsMissing],
    [
      'more than 15 required skills',
      {
        requiredSkills: Array.from({ length: 16 }, (_, index) => ({
          skillId: `s${index}`,
          minLevel: 'BEGINNER',
        })),
      },
      'input.requiredSkills',
      M.skillsTooMany,
    ],
    [
      'a skill asked twice',
      {
        requiredSkills: [
          { skillId: 'linux', minLevel: 'BEGINNER' },
          { skillId: 'linux', minLevel: 'EXPERT' },
        ],
      },
      'input.requiredSkills.1.skillId',
      /^La compétence « linux » est demandée plusieurs fois\.$/,
    ],
    [
      'a blank skill id',
      { requiredSkills: [{ skillId: ' ', minLevel: 'BEGINNER' }] },
      'input.requiredSkills.0.skillId',
      M.skillIdRequired,
    ],
    [
      'a skill id over 100 characters',
      { requiredSkills: [{ skillId: 's'.repeat(101), minLevel: 'BEGINNER' }] },
      'input.requiredSkills.0.skillId',
      M.skillIdTooLong,
    ],
    ['a malformed contact id', { contactAgentId: 'jean.dupont' }, 'input.contactAgentId', M.contactInvalid],
    [
      'a host administration id over 100 characters',
      { hostAdministrationId: 'a'.repeat(101) },
      'input.hostAdministrationId',
      M.hostTooLong,
    ],
    ['a location over 200 characters', { location: 'l'.repeat(201) }, 'input.location', M.locationTooLong],
    [
      'a blank restricted administration',
      { restrictedToAdministrationIds: ['dgfip', ' '] },
      'input.restrictedToAdministrationIds',
      M.restrictedToInvalid,
    ],
    [
      'more than 50 restricted administrations',
      { restrictedToAdministrationIds: Array.from({ length: 51 }, (_, index) => `adm-${index}`) },
      'input.restrictedToAdministrationIds',
      M.restrictedToTooMany,
    ],
    [
      'a blank host administration',
      { hostAdministrationId: ' ' },
      'input.hostAdministrationId',
      M.hostRequired,
    ],
  ];

  test.each(invalidCases)(
    'createMission refuses %s, names the field in French and writes nothing',
    async (_label, overrides, field, message) => {
      const before = await rowCounts();
      const response = await server.query(CREATE, { input: validInput(overrides) });
      const error = firstError(response);
      expect(response.data?.createMission ?? null).toBeNull();
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      if (typeof message === 'string') expect(error.message).toBe(message);
      else expect(error.message).toMatch(message);
      expect(await rowCounts()).toEqual(before);
    },
  );

  test('several faulty fields are all reported, each with its path, and nothing is written', async () => {
    const before = await rowCounts();
    const response = await server.query(CREATE, {
      input: validInput({ title: ' ', seats: 0, startDate: '0000-03-01' }),
    });
    const error = firstError(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (error.extensions?.fields as Array<{ field: string; message: string }>).map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.seats', 'input.startDate']));
    expect(fields).toHaveLength(3);
    expect(await rowCounts()).toEqual(before);
  });

  test('the database refuses what the service refuses (CHECK constraints)', async () => {
    const id = await create();
    const attempts = [
      `UPDATE missions.mission SET effort_hours = 106 WHERE id = $1`,
      `UPDATE missions.mission SET seats = 0 WHERE id = $1`,
      `UPDATE missions.mission SET title = '  ' WHERE id = $1`,
      `UPDATE missions.mission SET end_date = start_date - 1 WHERE id = $1`,
      `UPDATE missions.mission SET end_date = start_date + interval '12 months 1 day' WHERE id = $1`,
      `UPDATE missions.mission SET application_deadline = start_date WHERE id = $1`,
      `UPDATE missions.mission SET status = 'PUBLISHED' WHERE id = $1`,
      `INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, position) VALUES ($1, 'linux', 'EXPERT', 5)`,
      `INSERT INTO missions.mission_skill (mission_id, skill_id, min_level, position) VALUES ($1, 'autre', 'EXPERT', 15)`,
    ];
    for (const sql of attempts) {
      await expect(server.db.query(sql, [id])).rejects.toThrow(/violates|duplicate/);
    }
  });

  test('updateMission replaces the content of a draft, skills included', async () => {
    const id = await create();
    const response = await server.query<{ updateMission: Record<string, unknown> }>(UPDATE, {
      id,
      input: validInput({
        title: 'Audit revu',
        seats: 3,
        requiredSkills: [{ skillId: 'python', minLevel: 'ADVANCED' }],
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateMission).toMatchObject({
      id,
      title: 'Audit revu',
      seats: 3,
      status: 'DRAFT',
      requiredSkills: [{ skill: { id: 'python' }, minLevel: 'ADVANCED' }],
    });
  });

  test('updateMission with invalid input changes nothing', async () => {
    const id = await create();
    const before = await rowCounts();
    const response = await server.query(UPDATE, {
      id,
      input: validInput({ title: 'Nouveau titre', requiredSkills: [], seats: 2 }),
    });
    expect(firstError(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.requiredSkills',
    });
    expect(await rowCounts()).toEqual(before);
    const [row] = await server.db.query(`SELECT title, seats FROM missions.mission WHERE id = $1`, [id]);
    expect(row).toEqual({ title: 'Audit de sécurité de l’intranet', seats: 1 });
  });

  test('updateMission is refused once published (CONFLICT) and on an unknown id (NOT_FOUND)', async () => {
    const id = await create();
    await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
    const submitted = await server.query(UPDATE, { id, input: validInput({ title: 'Encore modifiable' }) });
    expect(submitted.errors).toBeUndefined();
    await server.query(`mutation($id: ID!) { publishMission(id: $id) { id } }`, { id });

    const response = await server.query(UPDATE, { id, input: validInput({ title: 'Trop tard' }) });
    const error = firstError(response);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'status', from: 'PUBLISHED' });
    expect(error.message).toContain('celle-ci est publiée');
    const [row] = await server.db.query(`SELECT title FROM missions.mission WHERE id = $1`, [id]);
    expect(row.title).toBe('Encore modifiable');

    for (const unknown of [randomUUID(), 'inconnu']) {
      const missing = await server.query(UPDATE, { id: unknown, input: validInput() });
      expect(firstError(missing).extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('updateMission with an out-of-range date is BAD_USER_INPUT on the field and changes nothing', async () => {
    const id = await create();
    const response = await server.query(UPDATE, {
      id,
      input: validInput({ title: 'Nouveau titre', applicationDeadline: '0000-03-01' }),
    });
    const error = firstError(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationDeadline' });
    expect(error.message).toBe(M.dateOutOfRange);
    const [row] = await server.db.query(
      `SELECT title, application_deadline::text AS deadline FROM missions.mission WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ title: 'Audit de sécurité de l’intranet', deadline: '2096-03-15' });
  });

  test('updates and transitions accept the mission id in upper case', async () => {
    const id = await create();
    const upper = id.toUpperCase();
    const updated = await server.query<{ updateMission: { id: string; title: string } }>(UPDATE, {
      id: upper,
      input: validInput({ title: 'Titre en capitales' }),
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMission).toMatchObject({ id, title: 'Titre en capitales' });
    const submitted = await server.query<{ submitMission: { id: string; status: string } }>(
      `mutation($id: ID!) { submitMission(id: $id) { id status } }`,
      { id: upper },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitMission).toEqual({ id, status: 'SUBMITTED' });
  });

  test('the happy lifecycle: draft → submitted → returned → submitted → published → filled → closed', async () => {
    const id = await create();
    const step = async (mutation: string, extra = '') => {
      const response = await server.query<
        Record<string, { status: string; publishedAt: string | null; returnReason: string | null }>
      >(`mutation($id: ID!) { ${mutation}(id: $id${extra}) { status publishedAt returnReason } }`, { id });
      expect(response.errors).toBeUndefined();
      return response.data![mutation]!;
    };
    expect(await step('submitMission')).toMatchObject({ status: 'SUBMITTED', publishedAt: null });
    expect(await step('returnMissionToDraft', ', reason: "  Précisez le besoin.  "')).toMatchObject({
      status: 'DRAFT',
      returnReason: 'Précisez le besoin.',
    });
    expect((await step('submitMission')).status).toBe('SUBMITTED');
    const published = await step('publishMission');
    expect(published.status).toBe('PUBLISHED');
    expect(published.returnReason).toBeNull();
    expect(Date.now() - Date.parse(published.publishedAt!)).toBeLessThan(60_000);
    expect((await step('markMissionFilled')).status).toBe('FILLED');
    const closed = await step('closeMission');
    expect(closed).toMatchObject({ status: 'CLOSED', publishedAt: published.publishedAt });
  });

  test('returnMissionToDraft needs a reason', async () => {
    const id = await create();
    await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
    const response = await server.query(
      `mutation($id: ID!) { returnMissionToDraft(id: $id, reason: "   ") { id } }`,
      {
        id,
      },
    );
    expect(firstError(response).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await statusOf(id)).toBe('SUBMITTED');
  });

  const TRANSITIONS: Array<{ mutation: string; args: string; from: string[]; to: string }> = [
    { mutation: 'submitMission', args: '', from: ['DRAFT'], to: 'SUBMITTED' },
    { mutation: 'publishMission', args: '', from: ['SUBMITTED'], to: 'PUBLISHED' },
    { mutation: 'returnMissionToDraft', args: ', reason: "À revoir"', from: ['SUBMITTED'], to: 'DRAFT' },
    { mutation: 'markMissionFilled', args: '', from: ['PUBLISHED'], to: 'FILLED' },
    { mutation: 'closeMission', args: '', from: ['PUBLISHED', 'FILLED'], to: 'CLOSED' },
    { mutation: 'cancelMission', args: '', from: ['DRAFT', 'SUBMITTED', 'PUBLISHED'], to: 'CANCELLED' },
  ];
  const STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'FILLED', 'CLOSED', 'CANCELLED'];

  async function missionIn(status: string): Promise<string> {
    const id = await create();
    await server.db.query(
      `UPDATE missions.mission SET status = $2,
         published_at = CASE WHEN $2 IN ('PUBLISHED', 'FILLED', 'CLOSED') THEN now() END WHERE id = $1`,
      [id, status],
    );
    return id;
  }

  test.each(TRANSITIONS)(
    '$mutation: allowed from $from, CONFLICT from every other status',
    async (transition) => {
      for (const status of STATUSES) {
        const id = await missionIn(status);
        const [before] = await server.db.query(`SELECT * FROM missions.mission WHERE id = $1`, [id]);
        const response = await server.query<Record<string, { status: string }>>(
          `mutation($id: ID!) { ${transition.mutation}(id: $id${transition.args}) { id status } }`,
          { id },
        );
        if (transition.from.includes(status)) {
          expect(response.errors).toBeUndefined();
          expect(response.data![transition.mutation]!.status).toBe(transition.to);
          expect(await statusOf(id)).toBe(transition.to);
        } else {
          const error = firstError(response);
          expect(error.extensions).toMatchObject({
            code: 'CONFLICT',
            field: 'status',
            from: status,
            to: transition.to,
          });
          // Either « déjà … » or what the transition needs and where the mission stands.
          expect(error.message).toMatch(/^(La mission est déjà .+|.+ ; celle-ci est .+)\.$/);
          const [after] = await server.db.query(`SELECT * FROM missions.mission WHERE id = $1`, [id]);
          expect(after).toEqual(before);
        }
      }
    },
  );

  test('transitions on an unknown or malformed id → NOT_FOUND', async () => {
    for (const id of [randomUUID(), '42']) {
      const response = await server.query(`mutation($id: ID!) { submitMission(id: $id) { id } }`, { id });
      expect(firstError(response).extensions?.code).toBe('NOT_FOUND');
    }
  });

  test('concurrent publications of one mission: exactly one wins, the others get CONFLICT', async () => {
    const id = await missionIn('SUBMITTED');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.query(`mutation($id: ID!) { publishMission(id: $id) { status } }`, { id }),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.errors)) {
      expect(firstError(loser).extensions).toMatchObject({
        code: 'CONFLICT',
        from: 'PUBLISHED',
        to: 'PUBLISHED',
      });
    }
  });
});
