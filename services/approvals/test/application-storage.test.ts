import { randomUUID } from 'node:crypto';
import { ApplicationStatus, DecisionReason } from '@talents/common';
import { getMetadataStorage } from 'type-graphql';
import { startTestSubgraph, type TestSubgraph } from '../../../test/support/subgraph';
import { Application, ApplicationEntity, approvalsSubgraph, REASONED_STATUSES, seedApprovals } from '../src';
import { countApplications } from './application-fixtures';
import { demoApplication, demoData, MOTIVATION } from './fixtures';

/** How applications are stored: the entity and its table's constraints, and the demo seed. */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(approvalsSubgraph);
});

afterAll(async () => {
  await subgraph?.stop();
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
    await seedApprovals(subgraph.db, demoData({ applications }));
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
    await seedApprovals(subgraph.db, demoData({ applications: again }));
    const rowsAgain: typeof rows = await subgraph.db.query(
      'SELECT status, reason, reason_text FROM approvals.applications WHERE id = ANY($1) ORDER BY status',
      [again.map(({ id }) => id)],
    );
    expect(rowsAgain).toEqual(rows);
  });

  it('is idempotent', async () => {
    const applications = Array.from({ length: 30 }, () => demoApplication({}));
    const data = demoData({ applications });
    const ids = applications.map(({ id }) => id);
    await seedApprovals(subgraph.db, data);
    await seedApprovals(subgraph.db, data);
    expect(await countApplications(subgraph, 'id = ANY($1)', [ids])).toBe(30);
  });
});
