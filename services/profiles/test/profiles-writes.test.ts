import { AdministrationKind, EmploymentStatus, SkillFamily, SkillLevel, WorkMode } from '@talents/common';
import { DEPARTMENT_CODE, MAX_HOURS_PER_MONTH } from '../src/shared/patterns';
import { FOLD_FROM, foldText } from '../src/shared/text';
import { agentId, allPages, data, subgraph, useProfilesSubgraph } from './support/profiles-fixture';

/**
 * The profiles subgraph, write side (the reads are in profiles-reads.test.ts): each profile
 * mutation, and the migration's constraints checked against the API's own rules.
 */
useProfilesSubgraph();

const PROFILE = `mutation ($id: ID!, $input: AgentProfileInput!) {
  updateAgentProfile(id: $id, input: $input) {
    firstName lastName displayName phone unit jobTitle city departmentCode workMode administration { id }
  }
}`;

async function storedAgent(index: number) {
  const [row] = (await subgraph.db.query('SELECT * FROM profiles.agent WHERE id = $1', [
    agentId(index),
  ])) as Array<Record<string, unknown>>;
  return row;
}

describe('updateAgentProfile', () => {
  it('changes only the given fields, trimmed', async () => {
    const response = await subgraph.query(PROFILE, {
      id: agentId(20),
      input: {
        firstName: '  Anne-Sophie ',
        lastName: 'de La Tour',
        phone: '+33 6 12 34 56 78',
        departmentCode: '971',
        workMode: 'REMOTE',
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      updateAgentProfile: {
        firstName: 'Anne-Sophie',
        lastName: 'de La Tour',
        displayName: 'Anne-Sophie DE LA TOUR',
        phone: '+33 6 12 34 56 78',
        unit: data.agents[20]!.unit,
        jobTitle: data.agents[20]!.jobTitle,
        city: 'Paris',
        departmentCode: '971',
        workMode: 'REMOTE',
        administration: { id: data.agents[20]!.administrationId },
      },
    });
    const cleared = await subgraph.query(PROFILE, { id: agentId(20), input: { phone: null } });
    expect(cleared.data).toMatchObject({ updateAgentProfile: { phone: null, firstName: 'Anne-Sophie' } });
  });

  it.each([
    ['a blank first name', { firstName: '   ' }, 'input.firstName'],
    ['a null last name', { lastName: null }, 'input.lastName'],
    ['a last name over 100 characters', { lastName: 'x'.repeat(101) }, 'input.lastName'],
    ['a foreign phone number', { phone: '+1 202 555 0100' }, 'input.phone'],
    ['an unknown département', { departmentCode: '20' }, 'input.departmentCode'],
    ['a null work mode', { workMode: null }, 'input.workMode'],
  ])('refuses %s, naming the field and writing nothing', async (_label, input, field) => {
    const before = await storedAgent(21);
    const response = await subgraph.query(PROFILE, { id: agentId(21), input: { city: 'Lyon', ...input } });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toMatch(/[éèàù’]|doit|inconnue/);
    expect(await storedAgent(21)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown agent', async () => {
    const response = await subgraph.query(PROFILE, { id: 'nobody', input: { city: 'Lyon' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const SET_SKILLS = `mutation ($id: ID!, $skills: [AgentSkillInput!]!) {
  setAgentSkills(id: $id, skills: $skills) { skills { skill { id } level } }
}`;

async function storedSkills(index: number) {
  return subgraph.db.query(
    'SELECT skill_id, level FROM profiles.agent_skill WHERE agent_id = $1 ORDER BY skill_id',
    [agentId(index)],
  );
}

describe('setAgentSkills', () => {
  it('replaces the whole set', async () => {
    const response = await subgraph.query(SET_SKILLS, {
      id: agentId(30),
      skills: [
        { skillId: 'rgpd', level: 'ADVANCED' },
        { skillId: 'typescript', level: 'EXPERT' },
      ],
    });
    expect(response.data).toEqual({
      setAgentSkills: {
        skills: [
          { skill: { id: 'typescript' }, level: 'EXPERT' },
          { skill: { id: 'rgpd' }, level: 'ADVANCED' },
        ],
      },
    });
    const emptied = await subgraph.query(SET_SKILLS, { id: agentId(31), skills: [] });
    expect(emptied.data).toEqual({ setAgentSkills: { skills: [] } });
    expect(await storedSkills(31)).toEqual([]);
  });

  it.each([
    [
      'an unknown skill',
      [
        { skillId: 'react', level: 'EXPERT' },
        { skillId: 'cobol-2050', level: 'EXPERT' },
      ],
      'skills.1.skillId',
    ],
    [
      'a duplicate',
      [
        { skillId: 'react', level: 'EXPERT' },
        { skillId: 'rgpd', level: 'BEGINNER' },
        { skillId: 'react', level: 'BEGINNER' },
      ],
      'skills.2.skillId',
    ],
    [
      'more than 30 skills',
      Array.from({ length: 31 }, (_, i) => ({ skillId: `s${i}`, level: 'EXPERT' })),
      'skills',
    ],
  ])('refuses %s, naming the field and writing nothing', async (_label, skills, field) => {
    const before = await storedSkills(32);
    expect(before.length).toBeGreaterThan(0);
    const response = await subgraph.query(SET_SKILLS, { id: agentId(32), skills });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await storedSkills(32)).toEqual(before);
  });

  it('finds the agent whatever the case of its id', async () => {
    const response = await subgraph.query(SET_SKILLS, {
      id: agentId(33).toUpperCase(),
      skills: [{ skillId: 'rgaa', level: 'EXPERT' }],
    });
    expect(response).toEqual({
      data: { setAgentSkills: { skills: [{ skill: { id: 'rgaa' }, level: 'EXPERT' }] } },
    });
    expect(await storedSkills(33)).toEqual([{ skill_id: 'rgaa', level: 'EXPERT' }]);
  });

  it('answers NOT_FOUND for an unknown agent', async () => {
    const response = await subgraph.query(SET_SKILLS, {
      id: '00000000-0000-4000-8000-999999999999',
      skills: [{ skillId: 'react', level: 'EXPERT' }],
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const AVAILABILITY = `mutation ($id: ID!, $input: AgentAvailabilityInput!) {
  setAgentAvailability(id: $id, input: $input) { availability { hoursPerMonth from until } }
}`;

describe('setAgentAvailability', () => {
  it('sets hours and dates', async () => {
    const input = { hoursPerMonth: 12, from: '2026-02-01', until: '2026-06-30' };
    const response = await subgraph.query(AVAILABILITY, { id: agentId(40), input });
    expect(response.data).toEqual({ setAgentAvailability: { availability: input } });
    const open = await subgraph.query(AVAILABILITY, { id: agentId(40), input: { hoursPerMonth: 0 } });
    expect(open.data).toEqual({
      setAgentAvailability: { availability: { hoursPerMonth: 0, from: null, until: null } },
    });
  });

  it('accepts a one-day availability (both ends included), whatever the case of the id', async () => {
    const input = { hoursPerMonth: 7, from: '2026-03-01', until: '2026-03-01' };
    const response = await subgraph.query(AVAILABILITY, { id: agentId(42).toUpperCase(), input });
    expect(response).toEqual({ data: { setAgentAvailability: { availability: input } } });
    expect(
      await subgraph.db.query(
        'SELECT available_from::text AS "from", available_until::text AS "until" FROM profiles.agent WHERE id = $1',
        [agentId(42)],
      ),
    ).toEqual([{ from: '2026-03-01', until: '2026-03-01' }]);
  });

  it.each([
    ['more than 80 hours', { hoursPerMonth: 81 }, 'input.hoursPerMonth'],
    ['negative hours', { hoursPerMonth: -1 }, 'input.hoursPerMonth'],
    ['an end before the start', { hoursPerMonth: 8, from: '2026-03-01', until: '2026-02-28' }, 'input.until'],
  ])('refuses %s', async (_label, input, field) => {
    const before = await storedAgent(41);
    const response = await subgraph.query(AVAILABILITY, { id: agentId(41), input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await storedAgent(41)).toEqual(before);
  });
});

describe('setDirectoryVisibility', () => {
  it('takes an agent out of the directory listing and back, without hiding the profile', async () => {
    const id = agentId(50);
    const search = { text: `${data.agents[50]!.firstName} ${data.agents[50]!.lastName}` };
    expect(await allPages(search, 50)).toContain(id);

    const hidden = await subgraph.query(
      'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: false) { inDirectory } }',
      { id },
    );
    expect(hidden.data).toEqual({ setDirectoryVisibility: { inDirectory: false } });
    expect(await allPages(search, 50)).not.toContain(id);
    expect((await subgraph.query('query ($id: ID!) { agent(id: $id) { id } }', { id })).data).toEqual({
      agent: { id },
    });

    await subgraph.query(
      'mutation ($id: ID!) { setDirectoryVisibility(id: $id, inDirectory: true) { id } }',
      { id },
    );
    expect(await allPages(search, 50)).toContain(id);
  });
});

describe('migration', () => {
  /** Runs `sql` in a transaction that is always rolled back: does the database accept it? */
  async function accepted(sql: string, parameters: unknown[]): Promise<boolean> {
    const runner = subgraph.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(sql, parameters);
      return true;
    } catch {
      return false;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  // The migration holds frozen copies of live constants: these tests say when they part ways.
  it('folds text in SQL exactly as foldText does', async () => {
    const sample = `${FOLD_FROM} Œuvre ÆSOP cœur æther L’Haÿ-les-Roses ABC xyz`;
    const [row] = (await subgraph.db.query('SELECT profiles.fold_text($1) AS folded', [sample])) as Array<{
      folded: string;
    }>;
    expect(row!.folded).toBe(foldText(sample));
  });

  it('checks départements with the same pattern as the API', async () => {
    const codes = [
      '01',
      '09',
      '10',
      '19',
      '20',
      '21',
      '2A',
      '2B',
      '2C',
      '75',
      '95',
      '96',
      '971',
      '978',
      '979',
    ];
    const byDatabase = await Promise.all(
      codes.map((code) =>
        accepted('UPDATE profiles.agent SET department_code = $1 WHERE id = $2', [code, agentId(0)]),
      ),
    );
    expect(byDatabase).toEqual(codes.map((code) => DEPARTMENT_CODE.test(code)));
  });

  it('accepts every enum value the API accepts, and the API’s hour limit', async () => {
    const update = (column: string, value: unknown) =>
      accepted(`UPDATE profiles.agent SET ${column} = $1 WHERE id = $2`, [value, agentId(0)]);
    for (const value of Object.values(EmploymentStatus))
      expect(await update('employment_status', value)).toBe(true);
    for (const value of Object.values(WorkMode)) expect(await update('work_mode', value)).toBe(true);
    expect(await update('work_mode', 'NOWHERE')).toBe(false);
    expect(await update('available_hours_per_month', MAX_HOURS_PER_MONTH)).toBe(true);
    expect(await update('available_hours_per_month', MAX_HOURS_PER_MONTH + 1)).toBe(false);
    for (const value of Object.values(SkillLevel)) {
      expect(
        await accepted('UPDATE profiles.agent_skill SET level = $1 WHERE agent_id = $2', [value, agentId(0)]),
      ).toBe(true);
    }
    for (const value of Object.values(SkillFamily)) {
      expect(await accepted('UPDATE profiles.skill SET family = $1 WHERE id = $2', [value, 'rgaa'])).toBe(
        true,
      );
    }
    for (const value of Object.values(AdministrationKind)) {
      expect(
        await accepted('UPDATE profiles.administration SET kind = $1 WHERE id = $2', [value, 'spm']),
      ).toBe(true);
    }
  });

  it('accepts a one-day availability and refuses an end before the start', async () => {
    const dates = (from: string, until: string) =>
      accepted('UPDATE profiles.agent SET available_from = $1, available_until = $2 WHERE id = $3', [
        from,
        until,
        agentId(0),
      ]);
    expect(await dates('2026-03-01', '2026-03-01')).toBe(true);
    expect(await dates('2026-03-01', '2026-02-28')).toBe(false);
  });
});
