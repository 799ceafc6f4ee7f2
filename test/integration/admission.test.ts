import { generateDemoData, type DemoData } from '@talents/demo';
import { Client } from 'pg';
import { eventually } from '../support/eventually';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Admission at the gateway's edge, through the real stack: two operations at once, one waiting.
 * Operations are held by a lock on the missions table, so that which run, wait or are refused is
 * decided by the bound alone, never by how fast the machine is.
 */
describe('admission at the edge', () => {
  const SETTINGS: Record<string, string> = {
    GATEWAY_MAX_CONCURRENT: '2',
    GATEWAY_QUEUE_LIMIT: '1',
    GATEWAY_QUEUE_TIMEOUT_MS: '60000',
    // Held operations wait on the lock for as long as a test holds it, not for a timeout.
    DB_STATEMENT_TIMEOUT_MS: '60000',
    SUBGRAPH_TIMEOUT_MS: '60000',
  };
  const saved = Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, process.env[name]]));
  let hub: TestHub;
  let demo: DemoData;
  let locker: Client | null = null;

  beforeAll(async () => {
    Object.assign(process.env, SETTINGS);
    demo = generateDemoData({ size: { agents: 20, missions: 6, applications: 4 } });
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await locker?.end();
    await hub?.stop();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const missionQuery = () => {
    const id = demo.missions.find(
      (m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0,
    )?.id;
    return `{ mission(id: "${id ?? ''}") { title } }`;
  };
  /** Blocks every read of missions until `unlock`. */
  async function lockMissions(): Promise<void> {
    locker = new Client({ connectionString: hub.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE missions.mission IN ACCESS EXCLUSIVE MODE');
  }
  async function unlock(): Promise<void> {
    await locker?.query('ROLLBACK');
    await locker?.end();
    locker = null;
  }
  const post = (query: string, signal?: AbortSignal) =>
    fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal,
    });

  it('answers the excess 503 with the hub’s JSON error and serves the rest', async () => {
    await lockMissions();
    const settled: Response[] = [];
    const requests = Array.from({ length: 5 }, () =>
      post(missionQuery()).then((response) => {
        settled.push(response);
        return response;
      }),
    );
    // Two run (held by the lock), one waits, two are refused at once.
    const refused = await eventually(
      async () => [...settled],
      (answers) => answers.length >= 2,
    );
    expect(refused.map((r) => [r.status, r.headers.get('retry-after')])).toEqual([
      [503, '60'],
      [503, '60'],
    ]);
    for (const response of refused) {
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'Le hub reçoit plus de demandes qu’il ne peut en traiter en ce moment. Réessayez dans quelques secondes.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    }
    // Health and GraphiQL are not queued behind the operations.
    expect((await fetch(`${hub.gateway.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${hub.gateway.url}/graphiql`)).status).toBe(200);
    expect(settled).toHaveLength(2);

    await unlock();
    const answers = await Promise.all(requests);
    const served = answers.filter((r) => !refused.includes(r));
    expect(served.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const response of served) {
      const body = (await response.json()) as { data?: { mission?: { title?: string } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(typeof body.data?.mission?.title).toBe('string');
    }
  });

  it('frees the slot or the place of a client that closed its connection', async () => {
    await lockMissions();
    const clients = Array.from({ length: 5 }, () => new AbortController());
    const settled: number[] = [];
    const requests = clients.map((client, i) =>
      post(missionQuery(), client.signal).then(
        async (response) => {
          settled.push(i);
          return response.status;
        },
        () => 'fermée' as const,
      ),
    );
    await eventually(
      async () => settled.length,
      (count) => count >= 2,
    );
    expect(settled).toHaveLength(2);
    // The three held (two running, one waiting) hang up: their places must not stay taken.
    const held = clients.filter((_, i) => !settled.includes(i));
    for (const client of held) client.abort();
    expect((await Promise.all(requests)).filter((outcome) => outcome === 'fermée')).toHaveLength(3);

    // While the lock still holds the abandoned operations upstream, three others — two running,
    // one waiting — get through: none of the closed connections kept its slot.
    const probe = async () => {
      const statuses = await Promise.all([1, 2, 3].map(async () => (await post('{ skills { id } }')).status));
      return statuses;
    };
    expect(await eventually(probe, (statuses) => statuses.every((status) => status === 200))).toEqual([
      200, 200, 200,
    ]);
    await unlock();
    const after = await post(missionQuery());
    expect(after.status).toBe(200);
  });
});
