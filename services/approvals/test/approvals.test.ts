import { randomUUID } from 'node:crypto';
import { agentViewer, ApplicationStatus, DecisionReason, isUuid, type Viewer } from '@talents/common';
import type { DemoApplication, DemoData } from '@talents/demo';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { validate } from 'class-validator';
import { getMetadataStorage } from 'type-graphql';
import { Application, ApplicationEntity, approvalsSubgraph, REASONED_STATUSES, seedApprovals } from '../src';
import { publishMission } from './fixtures';
import {
  ApplyInput,
  MOTIVATION_LENGTH_MESSAGE,
  PROPOSED_HOURS_MESSAGE,
} from '../src/application/application.inputs';

interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  motivation: string;
  proposedHours: number;
  reason: string | null;
  reasonText: string | null;
  createdAt: string;
  updatedAt: string;
  agent: { id: string };
  mission: { id: string };
}

const APPLICATION_FIELDS = `
  id status motivation proposedHours reason reasonText createdAt updatedAt
  agent { id } mission { id }
`;

const APPLY = `
  mutation Apply($input: ApplyInput!) {
    apply(input: $input) { ${APPLICATION_FIELDS} }
  }
`;

const WITHDRAW = `
  mutation Withdraw($id: ID!, $reason: DecisionReason!, $reasonText: String) {
    withdrawApplication(id: $id, reason: $reason, reasonText: $reasonText) { ${APPLICATION_FIELDS} }
  }
`;

const GET = `
  query Get($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }
`;

const MOTIVATION = 'Je maîtrise TypeScript et je souhaite aider votre équipe sur ce projet.';

function emptyDemo(applications: DemoApplication[]): DemoData {
  return { administrations: [], skills: [], agents: [], missions: [], applications };
}

function demoApplication(overrides: Partial<DemoApplication>): DemoApplication {
  return {
    id: randomUUID(),
    agentId: randomUUID(),
    missionId: randomUUID(),
    motivation: MOTIVATION,
    proposedHours: 10,
    status: ApplicationStatus.SUBMITTED,
    createdAt: new Date('2025-01-01T09:00:00Z'),
    ...overrides,
  };
}

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

async function countRows(where = 'TRUE', params: unknown[] = []): Promise<number> {
  const rows: Array<{ count: string }> = await subgraph.db.query(
    `SELECT count(*) AS count FROM approvals.applications WHERE ${where}`,
    params,
  );
  return Number(rows[0]?.count);
}

/** Moves an application as later issues will (manager, host); ending statuses carry a reason. */
async function setStatus(id: string, status: ApplicationStatus): Promise<void> {
  const reason = REASONED_STATUSES.includes(status) ? DecisionReason.WORKLOAD : null;
  await subgraph.db.query('UPDATE approvals.applications SET status = $1, reason = $2 WHERE id = $3', [
    status,
    reason,
    id,
  ]);
}

const published = new Set<string>();

/**
 * These tests are about the application itself: the mission is an open, published one, and the
 * applicant applies as themself (the access rules have their own suite, access.test.ts).
 */
async function apply(input: Record<string, unknown>, as?: Viewer) {
  const missionId = input.missionId;
  if (typeof missionId === 'string' && isUuid(missionId) && !published.has(missionId.toLowerCase())) {
    published.add(missionId.toLowerCase());
    await publishMission(subgraph, { id: missionId.toLowerCase() });
  }
  const agentId = typeof input.agentId === 'string' ? input.agentId : randomUUID();
  return subgraph.query<{ apply: ApplicationView }>(APPLY, { input }, as ?? agentViewer(agentId));
}

function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agentId: randomUUID(),
    missionId: randomUUID(),
    motivation: MOTIVATION,
    proposedHours: 12,
    ...overrides,
  };
}

describe('apply', () => {
  it('files a SUBMITTED application with a trimmed motivation, readable by id', async () => {
    const input = validInput({ motivation: `   ${MOTIVATION}  \n` });
    const response = await apply(input);
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
    const before = await countRows();
    const response = await apply(validInput(overrides));
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `input.${field}`,
    });
    expect(response.errors?.[0]?.message).toMatch(/doit|attendu|mal formé/);
    expect(await countRows()).toBe(before);
  });

  it('reports every bad field of the input at once, from the ApplyInput decorators', async () => {
    const before = await countRows();
    const response = await apply({
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
    expect(await countRows()).toBe(before);
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
    const first = await apply(upper);
    expect(first.errors).toBeUndefined();
    expect(first.data!.apply).toMatchObject({
      agent: { id: input.agentId },
      mission: { id: input.missionId },
    });
    const duplicate = await apply(input);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      agentId: input.agentId,
      missionId: input.missionId,
    });
  });

  it('accepts the bounds of motivation and proposed hours', async () => {
    const short = await apply(validInput({ motivation: 'a'.repeat(20), proposedHours: 1 }));
    const long = await apply(validInput({ motivation: ` ${'b'.repeat(2000)} `, proposedHours: 105 }));
    expect(short.errors).toBeUndefined();
    expect(long.errors).toBeUndefined();
    expect(long.data!.apply.motivation).toHaveLength(2000);
  });

  it('refuses a second active application to the same mission, allows one after withdrawal', async () => {
    const input = validInput();
    const first = await apply(input);
    expect(first.errors).toBeUndefined();

    const duplicate = await apply({ ...input, motivation: `${MOTIVATION} Encore.` });
    expect(duplicate.data).toBeNull();
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(duplicate.errors?.[0]?.message).toMatch(/déjà en cours/);
    expect(await countRows('agent_id = $1 AND mission_id = $2', [input.agentId, input.missionId])).toBe(1);

    // Another mission for the same agent is fine.
    const otherMission = await apply({ ...input, missionId: randomUUID() });
    expect(otherMission.errors).toBeUndefined();

    const withdrawn = await subgraph.query(WITHDRAW, { id: first.data!.apply.id, reason: 'WORKLOAD' });
    expect(withdrawn.errors).toBeUndefined();
    const again = await apply(input);
    expect(again.errors).toBeUndefined();
    expect(again.data!.apply.status).toBe('SUBMITTED');
    expect(again.data!.apply.id).not.toBe(first.data!.apply.id);
  });

  it.each([ApplicationStatus.MANAGER_APPROVED, ApplicationStatus.ACCEPTED])(
    'counts a %s application as active',
    async (status) => {
      const input = validInput();
      const first = await apply(input);
      await setStatus(first.data!.apply.id, status);
      const duplicate = await apply(input);
      expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    },
  );

  it.each([
    ApplicationStatus.COMPLETED,
    ApplicationStatus.REFUSED_BY_MANAGER,
    ApplicationStatus.DECLINED_BY_HOST,
  ])('allows a new application once the previous one is %s', async (status) => {
    const input = validInput();
    const first = await apply(input);
    await setStatus(first.data!.apply.id, status);
    const again = await apply(input);
    expect(again.errors).toBeUndefined();
  });

  it('lets exactly one of 10 concurrent identical applications through', async () => {
    const input = validInput();
    const missionId = String(input.missionId);
    published.add(missionId);
    await publishMission(subgraph, { id: missionId });
    const responses = await Promise.all(Array.from({ length: 10 }, () => apply(input)));
    const succeeded = responses.filter((response) => response.data?.apply);
    const conflicts = responses.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    expect(await countRows('agent_id = $1 AND mission_id = $2', [input.agentId, input.missionId])).toBe(1);
  });
});

describe('application query', () => {
  it('finds an application by its id written in upper case', async () => {
    const filed = (await apply(validInput())).data!.apply;
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

describe('withdrawApplication', () => {
  async function submitted(): Promise<ApplicationView> {
    const response = await apply(validInput());
    return response.data!.apply;
  }

  async function rowOf(id: string) {
    const rows: Array<{
      status: string;
      reason: string | null;
      reason_text: string | null;
      updated_at: Date;
    }> = await subgraph.db.query(
      'SELECT status, reason, reason_text, updated_at FROM approvals.applications WHERE id = $1',
      [id],
    );
    return rows[0];
  }

  it('withdraws with a reason and a trimmed text', async () => {
    const application = await submitted();
    const response = await subgraph.query<{ withdrawApplication: ApplicationView }>(WITHDRAW, {
      id: application.id,
      reason: 'OTHER',
      reasonText: '  Changement de poste.  ',
    });
    expect(response.errors).toBeUndefined();
    const withdrawn = response.data!.withdrawApplication;
    expect(withdrawn).toMatchObject({
      id: application.id,
      status: 'WITHDRAWN',
      reason: 'OTHER',
      reasonText: 'Changement de poste.',
      motivation: application.motivation,
      createdAt: application.createdAt,
      agent: application.agent,
      mission: application.mission,
    });
    expect(Date.parse(withdrawn.updatedAt)).toBeGreaterThan(Date.parse(application.updatedAt));
    expect(await rowOf(application.id)).toMatchObject({ status: 'WITHDRAWN', reason: 'OTHER' });
  });

  it('withdraws an application named by its id in upper case', async () => {
    const application = await submitted();
    const response = await subgraph.query<{ withdrawApplication: ApplicationView }>(WITHDRAW, {
      id: application.id.toUpperCase(),
      reason: 'WORKLOAD',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.withdrawApplication).toMatchObject({ id: application.id, status: 'WITHDRAWN' });
  });

  it.each([
    ['without text', undefined],
    ['with a blank text', '   '],
  ])('requires a text with reason OTHER (%s) and changes nothing', async (_label, reasonText) => {
    const application = await submitted();
    const before = await rowOf(application.id);
    const response = await subgraph.query(WITHDRAW, { id: application.id, reason: 'OTHER', reasonText });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonText' });
    expect(response.errors?.[0]?.message).toMatch(/Précisez le motif/);
    expect(await rowOf(application.id)).toEqual(before);
  });

  it('rejects an overlong reason text', async () => {
    const application = await submitted();
    const response = await subgraph.query(WITHDRAW, {
      id: application.id,
      reason: 'WORKLOAD',
      reasonText: 'x'.repeat(1001),
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasonText' });
    expect((await rowOf(application.id))?.status).toBe('SUBMITTED');
  });

  it.each([ApplicationStatus.MANAGER_APPROVED, ApplicationStatus.ACCEPTED])(
    'withdraws from %s',
    async (status) => {
      const application = await submitted();
      await setStatus(application.id, status);
      const response = await subgraph.query(WITHDRAW, { id: application.id, reason: 'ALREADY_ENGAGED' });
      expect(response.errors).toBeUndefined();
      expect((await rowOf(application.id))?.status).toBe('WITHDRAWN');
    },
  );

  it.each([
    ApplicationStatus.WITHDRAWN,
    ApplicationStatus.COMPLETED,
    ApplicationStatus.REFUSED_BY_MANAGER,
    ApplicationStatus.DECLINED_BY_HOST,
  ])('answers CONFLICT from %s and changes nothing', async (status) => {
    const application = await submitted();
    await setStatus(application.id, status);
    const before = await rowOf(application.id);
    const response = await subgraph.query(WITHDRAW, { id: application.id, reason: 'NOT_INTERESTED' });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status });
    expect(response.errors?.[0]?.message).toMatch(/peut être retirée/);
    expect(await rowOf(application.id)).toEqual(before);
  });

  it('lets only one of two concurrent withdrawals win', async () => {
    const application = await submitted();
    const responses = await Promise.all([
      subgraph.query(WITHDRAW, { id: application.id, reason: 'WORKLOAD' }),
      subgraph.query(WITHDRAW, { id: application.id, reason: 'NOT_INTERESTED' }),
    ]);
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    expect(
      responses.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT'),
    ).toHaveLength(1);
  });

  it.each([
    ['unknown', randomUUID()],
    ['malformed', 'pas-un-uuid'],
  ])('answers NOT_FOUND for an %s id', async (_label, id) => {
    const response = await subgraph.query(WITHDRAW, { id, reason: 'WORKLOAD' });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('federation', () => {
  const ENTITIES = `
    query Entities($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Mission { id seats applications { id status } seatsRemaining }
        ... on Agent { id applications { id status mission { id } } }
        ... on Application { id status agent { id } mission { id } }
      }
    }
  `;

  interface EntityView {
    id: string;
    seats?: number;
    seatsRemaining?: number;
    status?: string;
    applications?: Array<{ id: string; status: string; mission?: { id: string } }>;
  }

  async function entities(representations: Array<Record<string, unknown>>) {
    return subgraph.query<{ _entities: Array<EntityView | null> }>(ENTITIES, { representations });
  }

  /** `count` missions, each with one application of every status, in creation order. */
  async function seedMissions(count: number) {
    const missionIds = Array.from({ length: count }, () => randomUUID());
    const agentIds = Array.from({ length: count }, () => randomUUID());
    const statuses = Object.values(ApplicationStatus);
    const applications = missionIds.flatMap((missionId, missionIndex) =>
      statuses.map((status, index) =>
        demoApplication({
          missionId,
          agentId: agentIds[(missionIndex + index) % count],
          status,
          createdAt: new Date(Date.UTC(2025, 0, 1, 9, statuses.length - index)),
        }),
      ),
    );
    await seedApprovals(subgraph.db, emptyDemo(applications));
    return { missionIds, agentIds, applications };
  }

  it('resolves Mission applications (oldest first) and seatsRemaining from the seats in the representation', async () => {
    const { missionIds, applications } = await seedMissions(3);
    const [first, second, third] = missionIds;
    const response = await entities([
      { __typename: 'Mission', id: first, seats: 5 },
      { __typename: 'Mission', id: second, seats: 2 },
      { __typename: 'Mission', id: third, seats: 1 },
      { __typename: 'Mission', id: randomUUID(), seats: 3 },
    ]);
    expect(response.errors).toBeUndefined();
    const [a, b, c, empty] = response.data!._entities;
    // One ACCEPTED and one COMPLETED application per mission hold two seats.
    expect(a).toMatchObject({ id: first, seats: 5, seatsRemaining: 3 });
    expect(b).toMatchObject({ seatsRemaining: 0 });
    // Overbooked data (1 seat, 2 held) never shows a negative figure.
    expect(c).toMatchObject({ seatsRemaining: 0 });
    expect(empty).toMatchObject({ applications: [], seatsRemaining: 3 });

    const expectedOrder = applications
      .filter((application) => application.missionId === first)
      .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
      .map((application) => application.id);
    expect(a?.applications?.map((application) => application.id)).toEqual(expectedOrder);
    expect(a?.applications).toHaveLength(Object.values(ApplicationStatus).length);
  });

  it('resolves Mission, Agent and Application representations whose ids are in upper case', async () => {
    const { missionIds, agentIds, applications } = await seedMissions(3);
    const [missionId] = missionIds as [string];
    const [agentId] = agentIds as [string];
    const [application] = applications as [DemoApplication];
    const response = await entities([
      { __typename: 'Mission', id: missionId.toUpperCase(), seats: 5 },
      { __typename: 'Agent', id: agentId.toUpperCase() },
      { __typename: 'Application', id: application.id.toUpperCase() },
    ]);
    expect(response.errors).toBeUndefined();
    const [mission, agent, found] = response.data!._entities;
    expect(mission?.applications).toHaveLength(Object.values(ApplicationStatus).length);
    expect(mission?.seatsRemaining).toBe(3);
    expect(agent?.applications?.length).toBe(
      applications.filter((candidate) => candidate.agentId === agentId).length,
    );
    expect(agent?.applications?.length).toBeGreaterThan(0);
    expect(found).toMatchObject({ id: application.id, status: application.status });
  });

  it('counts only ACCEPTED and COMPLETED applications as seats taken', async () => {
    const missionId = randomUUID();
    await seedApprovals(
      subgraph.db,
      emptyDemo(
        [
          ApplicationStatus.SUBMITTED,
          ApplicationStatus.MANAGER_APPROVED,
          ApplicationStatus.WITHDRAWN,
          ApplicationStatus.ACCEPTED,
        ].map((status) => demoApplication({ missionId, status })),
      ),
    );
    const response = await entities([{ __typename: 'Mission', id: missionId, seats: 4 }]);
    expect(response.data!._entities[0]?.seatsRemaining).toBe(3);
  });

  it('costs the same number of SQL statements for 5 and 50 missions', async () => {
    const { missionIds } = await seedMissions(50);
    const representations = missionIds.map((id) => ({ __typename: 'Mission', id, seats: 3 }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!._entities).toHaveLength(50);
    expect(
      large.result.data!._entities.every(
        (mission) => mission?.applications?.length === Object.values(ApplicationStatus).length,
      ),
    ).toBe(true);
    expect(large.result.data!._entities.every((mission) => mission?.seatsRemaining === 1)).toBe(true);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('resolves Agent applications with the same statement count for 5 and 50 agents', async () => {
    const { agentIds, applications } = await seedMissions(50);
    const representations = agentIds.map((id) => ({ __typename: 'Agent', id }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(large.result.errors).toBeUndefined();
    const firstAgent = large.result.data!._entities[0];
    const expected = applications.filter((application) => application.agentId === agentIds[0]);
    expect(firstAgent?.applications?.map((application) => application.id).sort()).toEqual(
      expected.map((application) => application.id).sort(),
    );
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeGreaterThan(0);
  });

  it('resolves Application references in one batch; unknown or malformed ids give null', async () => {
    const { applications } = await seedMissions(8);
    const representations = applications.slice(0, 50).map(({ id }) => ({ __typename: 'Application', id }));
    const small = await subgraph.queries.measure(() => entities(representations.slice(0, 5)));
    const large = await subgraph.queries.measure(() => entities(representations));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!._entities.map((entity) => entity?.id)).toEqual(
      representations.map(({ id }) => id),
    );
    expect(large.statements).toBe(small.statements);

    const missing = await entities([
      { __typename: 'Application', id: randomUUID() },
      { __typename: 'Application', id: 'pas-un-uuid' },
    ]);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!._entities).toEqual([null, null]);
  });

  it('publishes the federation contract in its SDL', async () => {
    const { sdl } = await approvalsSubgraph.buildSchema();
    expect(sdl).toMatch(/type Application[^{]*@key\(fields: "id"\)/);
    expect(sdl).toMatch(/seats: Int! @external/);
    expect(sdl).toMatch(/seatsRemaining: Int @requires\(fields: "seats"\)/);
    expect(sdl).toMatch(/type Agent[^{]*@key\(fields: "id"\)/);
  });
});

describe('application.entity and application.types', () => {
  it('maps the table with ApplicationEntity only; Application is the GraphQL type alone', () => {
    expect(subgraph.db.getMetadata(ApplicationEntity).tablePath).toBe('approvals.applications');
    expect(subgraph.db.hasMetadata(Application)).toBe(false);
    const objectTypes = getMetadataStorage().objectTypes.map((type) => type.target);
    expect(objectTypes).toContain(Application);
    expect(objectTypes).not.toContain(ApplicationEntity);
  });
});

describe('applications table', () => {
  async function insert(status: ApplicationStatus, reason: DecisionReason | null) {
    return subgraph.db.query(
      `INSERT INTO approvals.applications (id, agent_id, mission_id, motivation, proposed_hours, status, reason)
       VALUES ($1, $2, $3, $4, 10, $5, $6)`,
      [randomUUID(), randomUUID(), randomUUID(), MOTIVATION, status, reason],
    );
  }

  it.each(REASONED_STATUSES)('refuses a %s row without a reason', async (status) => {
    await expect(insert(status, null)).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'applications_reason_required_check' },
    });
    await expect(insert(status, DecisionReason.WORKLOAD)).resolves.toBeDefined();
  });

  it.each([
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.MANAGER_APPROVED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.COMPLETED,
  ])('accepts a %s row without a reason', async (status) => {
    await expect(insert(status, null)).resolves.toBeDefined();
  });
});

describe('seedApprovals', () => {
  it('gives withdrawn, refused and declined demo applications a reason derived from their status', async () => {
    const statuses = Object.values(ApplicationStatus);
    const applications = statuses.map((status) => demoApplication({ status }));
    await seedApprovals(subgraph.db, emptyDemo(applications));
    const rows: Array<{ status: ApplicationStatus; reason: string | null; reason_text: string | null }> =
      await subgraph.db.query(
        'SELECT status, reason, reason_text FROM approvals.applications WHERE id = ANY($1) ORDER BY status',
        [applications.map(({ id }) => id)],
      );
    expect(rows).toHaveLength(statuses.length);
    for (const row of rows) {
      if (REASONED_STATUSES.includes(row.status)) {
        expect(row.reason).not.toBeNull();
      } else {
        expect(row).toMatchObject({ reason: null, reason_text: null });
      }
    }
    expect(rows.find((row) => row.status === ApplicationStatus.DECLINED_BY_HOST)).toEqual({
      status: ApplicationStatus.DECLINED_BY_HOST,
      reason: DecisionReason.OTHER,
      reason_text: 'Un autre profil a été retenu pour cette mission.',
    });

    // Deterministic: the same demo seeded into a fresh id space gives the same reasons.
    const again = statuses.map((status) => demoApplication({ status }));
    await seedApprovals(subgraph.db, emptyDemo(again));
    const rowsAgain: typeof rows = await subgraph.db.query(
      'SELECT status, reason, reason_text FROM approvals.applications WHERE id = ANY($1) ORDER BY status',
      [again.map(({ id }) => id)],
    );
    expect(rowsAgain).toEqual(rows);
  });

  it('is idempotent', async () => {
    const applications = Array.from({ length: 30 }, () => demoApplication({}));
    const data = emptyDemo(applications);
    const ids = applications.map(({ id }) => id);
    await seedApprovals(subgraph.db, data);
    await seedApprovals(subgraph.db, data);
    expect(await countRows('id = ANY($1)', [ids])).toBe(30);
  });
});
