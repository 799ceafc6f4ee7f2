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

  it('gives every pending demo request a deadline from its first sweep, and stops with the hub', async () => {
    // The hub seeds after its subgraphs start: the sweep that finds the demo's requests is a later one.
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
    const settled = await eventually(count, ({ without }) => without === 0);
    expect(settled.pending).toBeGreaterThan(0);
  });
});
