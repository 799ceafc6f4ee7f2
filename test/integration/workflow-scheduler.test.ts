import { generateDemoData } from '@talents/demo';
import { eventually } from '../support/eventually';
import { startTestHub, type TestHub } from '../support/hub';

/** The approvals subgraph sweeps its deadlines by itself wherever it runs, the hub included. */
describe('the approvals scheduler in a running hub', () => {
  let hub: TestHub;

  afterAll(async () => {
    await hub?.stop();
    delete process.env.APPROVAL_SWEEP_SECONDS;
  });

  it('seeds the demo requests with their deadline, sweeps by itself, and stops with the hub', async () => {
    process.env.APPROVAL_SWEEP_SECONDS = '1';
    hub = await startTestHub(generateDemoData({ size: { agents: 40, missions: 12, applications: 30 } }));
    const db = hub.subgraphs.approvals!.db;
    const count = async () =>
      (
        (await db.query(
          `SELECT count(*) FILTER (WHERE deadline IS NULL)::int AS without, count(*)::int AS pending
             FROM approvals.applications WHERE status = 'SUBMITTED'`,
        )) as Array<{ without: number; pending: number }>
      )[0]!;
    // The seed gives the demo's pending requests their deadline: none waits for a sweep.
    const seeded = await count();
    expect(seeded.pending).toBeGreaterThan(0);
    expect(seeded.without).toBe(0);
    // Requests filed before deadlines existed: the running scheduler's next sweep gives them one.
    await db.query(
      `UPDATE approvals.applications SET deadline = NULL, half_time_on = NULL WHERE status = 'SUBMITTED'`,
    );
    const settled = await eventually(count, ({ without }) => without === 0);
    expect(settled).toEqual(seeded);
  });
});
