import { randomUUID } from 'node:crypto';
import { ApplicationStatus } from '@talents/common';
import { validate } from 'class-validator';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { approvalsSubgraph } from '../src';
import {
  ApplyInput,
  MOTIVATION_LENGTH_MESSAGE,
  PROPOSED_HOURS_MESSAGE,
} from '../src/application/application.inputs';
import {
  apply,
  countApplications,
  GET,
  publishOnce,
  setStatus,
  validInput,
  WITHDRAW,
  type ApplicationView,
} from './application-fixtures';
import { MOTIVATION } from './fixtures';

/** Filing an application (the one-active rule, the content rules) and reading it by id. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('apply', () => {
  it('files a SUBMITTED application with a trimmed motivation, readable by id', async () => {
    const input = validInput({ motivation: `   ${MOTIVATION}  \n` });
    const response = await apply(subgraph, input);
    expect(response.errors).toBeUndefined();
    const application = response.data!.apply;
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      motivation: MOTIVATION,
      proposedHours: 12,
      reason: null,
      reasonText: null,
      agent: { id: input.agentId },
      mission: { id: input.missionId },
    });
    expect(Number.isNaN(Date.parse(application.createdAt))).toBe(false);
    expect(application.updatedAt).toBe(application.createdAt);

    const read = await subgraph.query<{ application: ApplicationView }>(GET, { id: application.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.application).toEqual(application);
  });

  it.each([
    ['agentId', { agentId: 'pas-un-uuid' }],
    ['missionId', { missionId: '1234' }],
    ['motivation', { motivation: 'Trop court.' }],
    // Padding must not count: 15 characters once trimmed.
    ['motivation', { motivation: `${' '.repeat(20)}Je suis motivé.${' '.repeat(20)}` }],
    ['motivation', { motivation: 'x'.repeat(2001) }],
    ['proposedHours', { proposedHours: 0 }],
    ['proposedHours', { proposedHours: 106 }],
  ])('rejects a bad %s with a French message and writes nothing', async (field, overrides) => {
    const before = await countApplications(subgraph);
    const response = await apply(subgraph, validInput(overrides));
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `input.${field}`,
    });
    expect(response.errors?.[0]?.message).toMatch(/doit|attendu|mal formé/);
    expect(await countApplications(subgraph)).toBe(before);
  });

  it('reports every bad field of the input at once, from the ApplyInput decorators', async () => {
    const before = await countApplications(subgraph);
    const response = await apply(subgraph, {
      agentId: 'pas-un-uuid',
      missionId: '1234',
      motivation: 'Trop court.',
      proposedHours: 106,
    });
    expect(response.data).toBeNull();
    const fields = (response.errors?.[0]?.extensions?.fields ?? []) as Array<{
      field: string;
      message: string;
    }>;
    expect(fields.map(({ field }) => field).sort()).toEqual([
      'input.agentId',
      'input.missionId',
      'input.motivation',
      'input.proposedHours',
    ]);
    expect(fields.find(({ field }) => field === 'input.motivation')?.message).toBe(MOTIVATION_LENGTH_MESSAGE);
    expect(fields.find(({ field }) => field === 'input.proposedHours')?.message).toBe(PROPOSED_HOURS_MESSAGE);
    expect(await countApplications(subgraph)).toBe(before);
  });

  it('holds the content rules in ApplyInput alone (class-validator), ids checked with isUuid', async () => {
    const bad = await validate(
      Object.assign(new ApplyInput(), {
        agentId: 'pas-un-uuid',
        missionId: `${randomUUID()}0`,
        motivation: `${' '.repeat(30)}court${' '.repeat(30)}`,
        proposedHours: 1.5,
      }),
    );
    expect(bad.map(({ property }) => property).sort()).toEqual([
      'agentId',
      'missionId',
      'motivation',
      'proposedHours',
    ]);
    const good = await validate(
      Object.assign(new ApplyInput(), {
        agentId: randomUUID().toUpperCase(),
        missionId: randomUUID(),
        motivation: MOTIVATION,
        proposedHours: 105,
      }),
    );
    expect(good).toEqual([]);
  });

  it('stores upper-case ids in lower case, so that the one-active rule ignores their case', async () => {
    const input = validInput();
    const upper = {
      ...input,
      agentId: String(input.agentId).toUpperCase(),
      missionId: String(input.missionId).toUpperCase(),
    };
    const first = await apply(subgraph, upper);
    expect(first.errors).toBeUndefined();
    expect(first.data!.apply).toMatchObject({
      agent: { id: input.agentId },
      mission: { id: input.missionId },
    });
    const duplicate = await apply(subgraph, input);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      agentId: input.agentId,
      missionId: input.missionId,
    });
  });

  it('accepts the bounds of motivation and proposed hours', async () => {
    const short = await apply(subgraph, validInput({ motivation: 'a'.repeat(20), proposedHours: 1 }));
    const long = await apply(
      subgraph,
      validInput({ motivation: ` ${'b'.repeat(2000)} `, proposedHours: 105 }),
    );
    expect(short.errors).toBeUndefined();
    expect(long.errors).toBeUndefined();
    expect(long.data!.apply.motivation).toHaveLength(2000);
  });

  it('refuses a second active application to the same mission, allows one after withdrawal', async () => {
    const input = validInput();
    const first = await apply(subgraph, input);
    expect(first.errors).toBeUndefined();

    const duplicate = await apply(subgraph, { ...input, motivation: `${MOTIVATION} Encore.` });
    expect(duplicate.data).toBeNull();
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(duplicate.errors?.[0]?.message).toMatch(/déjà en cours/);
    expect(
      await countApplications(subgraph, 'agent_id = $1 AND mission_id = $2', [
        input.agentId,
        input.missionId,
      ]),
    ).toBe(1);

    // Another mission for the same agent is fine.
    const otherMission = await apply(subgraph, { ...input, missionId: randomUUID() });
    expect(otherMission.errors).toBeUndefined();

    const withdrawn = await subgraph.query(WITHDRAW, { id: first.data!.apply.id, reason: 'WORKLOAD' });
    expect(withdrawn.errors).toBeUndefined();
    const again = await apply(subgraph, input);
    expect(again.errors).toBeUndefined();
    expect(again.data!.apply.status).toBe('SUBMITTED');
    expect(again.data!.apply.id).not.toBe(first.data!.apply.id);
  });

  it.each([ApplicationStatus.MANAGER_APPROVED, ApplicationStatus.ACCEPTED])(
    'counts a %s application as active',
    async (status) => {
      const input = validInput();
      const first = await apply(subgraph, input);
      await setStatus(subgraph, first.data!.apply.id, status);
      const duplicate = await apply(subgraph, input);
      expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    },
  );

  it.each([
    ApplicationStatus.COMPLETED,
    ApplicationStatus.REFUSED_BY_MANAGER,
    ApplicationStatus.DECLINED_BY_HOST,
  ])('allows a new application once the previous one is %s', async (status) => {
    const input = validInput();
    const first = await apply(subgraph, input);
    await setStatus(subgraph, first.data!.apply.id, status);
    const again = await apply(subgraph, input);
    expect(again.errors).toBeUndefined();
  });

  it('lets exactly one of 10 concurrent identical applications through', async () => {
    const input = validInput();
    const missionId = String(input.missionId);
    await publishOnce(subgraph, missionId);
    const responses = await Promise.all(Array.from({ length: 10 }, () => apply(subgraph, input)));
    const succeeded = responses.filter((response) => response.data?.apply);
    const conflicts = responses.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    expect(
      await countApplications(subgraph, 'agent_id = $1 AND mission_id = $2', [
        input.agentId,
        input.missionId,
      ]),
    ).toBe(1);
  });
});

describe('application query', () => {
  it('finds an application by its id written in upper case', async () => {
    const filed = (await apply(subgraph, validInput())).data!.apply;
    const response = await subgraph.query<{ application: ApplicationView }>(GET, {
      id: filed.id.toUpperCase(),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.application).toEqual(filed);
  });

  it.each([
    ['unknown', randomUUID()],
    ['malformed', 'pas-un-uuid'],
  ])('answers NOT_FOUND for an %s id', async (_label, id) => {
    const response = await subgraph.query(GET, { id });
    expect(response.data?.application).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.message).toMatch(/introuvable/);
  });
});
