import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { startTestHub, type TestHub } from '../support/hub';

interface Health {
  status: number;
  body: { status: string; checks?: Record<string, boolean>; reason?: string };
}

async function health(url: string): Promise<Health> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Health['body'] };
}

/**
 * Liveness and readiness tell the truth: with its database gone, readiness fails at once and
 * names it, liveness only after the grace period (a failover must not restart every replica), and
 * the process itself is still there to say so.
 */
describe('health of the gateway and the subgraphs', () => {
  let hub: TestHub;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.HEALTH_DB_GRACE_SECONDS = '2';
    process.env.HEALTH_PROBE_INTERVAL_SECONDS = '0.25';
    hub = await startTestHub();
  });

  afterAll(async () => {
    process.env = saved;
    await hub?.stop();
  });

  it('reports each dependency, then fails liveness once the database has been gone past the grace', async () => {
    const gateway = hub.gateway.url;
    const missions = new URL(hub.subgraphs.missions!.url).origin;
    expect(await health(`${gateway}/healthz`)).toEqual({
      status: 200,
      body: { status: 'ok', service: 'gateway' },
    });
    expect(await health(`${gateway}/readyz`)).toEqual({
      status: 200,
      body: {
        status: 'ready',
        service: 'gateway',
        checks: { database: true, profiles: true, missions: true, approvals: true },
      },
    });
    expect((await health(`${missions}/readyz`)).body.checks).toEqual({ database: true, events: true });

    // The database disappears for good: every connection is cut and none can be opened again.
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const goneAt = Date.now();
    await admin.query(`DROP DATABASE "${new URL(hub.databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();

    const notReady = await eventually(
      () => health(`${missions}/readyz`),
      (answer) => answer.status === 503,
    );
    expect(notReady).toEqual({
      status: 503,
      body: { status: 'unavailable', service: 'missions', checks: { database: false, events: false } },
    });
    const gatewayNotReady = await eventually(
      () => health(`${gateway}/readyz`),
      (answer) => answer.status === 503,
    );
    expect(gatewayNotReady.body.checks).toEqual({
      database: false,
      profiles: false,
      missions: false,
      approvals: false,
    });

    // Within the grace, a process is still alive: a database restart must not get it restarted.
    const early = await health(`${missions}/healthz`);
    if (Date.now() - goneAt < 1_500) expect(early.status).toBe(200);

    for (const url of [`${missions}/healthz`, `${gateway}/healthz`]) {
      const dead = await eventually(
        () => health(url),
        (answer) => answer.status === 503,
      );
      expect(dead.status).toBe(503);
      expect(dead.body.status).toBe('failing');
      expect(dead.body.reason).toMatch(/^base de données sans réponse depuis \d+ s$/);
    }
    // The grace runs from the last answer, up to one probe interval (0.25 s) before the drop.
    expect(Date.now() - goneAt).toBeGreaterThanOrEqual(1_700);
  }, 60_000);
});
