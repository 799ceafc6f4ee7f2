import { generateDemoData } from '@talents/demo';
import { runEventsCommand } from '../../hub/src/events-cli';
import { startTestHub, type TestHub } from '../support/hub';
import { eventually } from '../support/eventually';

describe('npm run events', () => {
  const demo = generateDemoData({ size: { agents: 60, missions: 30, applications: 40 } });
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const count = async (table: string) =>
    (
      (await hub.subgraphs.approvals!.db.query(`SELECT count(*)::int AS n FROM approvals.${table}`)) as [
        { n: number },
      ]
    )[0].n;

  it('rebuilds a lost projection by replaying what its publisher holds', async () => {
    expect(await count('mission_projection')).toBe(demo.missions.length);
    await hub.subgraphs.approvals!.db.query('DELETE FROM approvals.mission_projection');
    expect(await count('mission_projection')).toBe(0);

    const lines = await runEventsCommand(['replay', 'missions'], hub.databaseUrl);
    expect(lines).toEqual([`${demo.missions.length} événements republiés par missions.`]);
    expect(
      await eventually(
        () => count('mission_projection'),
        (n) => n === demo.missions.length,
      ),
    ).toBe(demo.missions.length);

    const backlog = await eventually(
      () => runEventsCommand(['backlog'], hub.databaseUrl),
      (out) => out.every((line) => line.endsWith(' 0 en attente')),
    );
    expect(backlog).toContain('approvals__mission_changed : 0 en attente');
  });

  it('explains its usage in French', async () => {
    await expect(runEventsCommand(['replay', 'nowhere'], hub.databaseUrl)).rejects.toThrow(
      /^Usage : npm run events/,
    );
  });
});
