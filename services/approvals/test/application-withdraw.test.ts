import { randomUUID } from 'node:crypto';
import { ApplicationStatus } from '@talents/common';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { approvalsSubgraph } from '../src';
import { apply, setStatus, validInput, WITHDRAW, type ApplicationView } from './application-fixtures';

/** The applicant withdrawing their application: reasons, the statuses it may leave, races. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('withdrawApplication', () => {
  async function submitted(): Promise<ApplicationView> {
    const response = await apply(subgraph, validInput());
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
      await setStatus(subgraph, application.id, status);
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
    await setStatus(subgraph, application.id, status);
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
