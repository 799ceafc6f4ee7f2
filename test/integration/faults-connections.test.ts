import { Client } from 'pg';
import { SESSION_COOKIE, signSession } from '@talents/gateway';
import type { ScratchDatabase } from '../../hub/src/scratch-database';
import { createTestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { postGraphQL } from '../support/graphql';
import { FREE_PORTS, npmStart, stopGroup, type Started } from '../support/npm-start';

const SESSION_SECRET = 'secret-de-session-des-tests-de-pannes-0123456789';

/**
 * The hub as `npm start` runs it (one process: gateway and three subgraphs) over the machine's
 * PostgreSQL. Its connections are cut under a light write load, as a failover or an operator's
 * pg_terminate_backend would, and it must keep serving: no fault may end the process.
 */
describe('terminated database connections under load', () => {
  let database: ScratchDatabase;
  let hub: Started;
  let admin: Client;
  let cookie: string;
  let agentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = await npmStart({
      DATABASE_URL: database.url,
      NODE_ENV: 'development',
      ...FREE_PORTS,
      SESSION_SECRET,
      LOG_LEVEL: 'warn',
      // A job whose completion was lost with its connection is applied again after its expiry.
      EVENT_JOB_EXPIRY_SECONDS: '5',
      EVENT_MAINTENANCE_SECONDS: '1',
    });
    admin = new Client({ connectionString: database.url });
    await admin.connect();
    const { rows } = await admin.query<{ id: string }>(
      'SELECT id FROM profiles.agent WHERE erased_at IS NULL ORDER BY id LIMIT 1',
    );
    agentId = rows[0]!.id;
    cookie = `${SESSION_COOKIE}=${await signSession(new TextEncoder().encode(SESSION_SECRET), agentId)}`;
  }, 120_000);

  afterAll(async () => {
    await admin?.end();
    if (hub) await stopGroup(hub);
    await database?.drop();
  });

  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, unknown>>(`${hub.url}/graphql`, query, variables, { cookie });

  const write = (inDirectory: boolean) =>
    graphql(
      'mutation ($id: ID!, $in: Boolean!) { setDirectoryVisibility(id: $id, inDirectory: $in) { id } }',
      {
        id: agentId,
        in: inDirectory,
      },
    );

  const read = () => graphql('{ me { id } missions(first: 5) { nodes { id title seatsRemaining } } }');

  /** Every connection the hub holds: the pools, the event bus, the feed listeners, the gateway's. */
  const terminateAll = async () => {
    const { rows } = await admin.query<{ application_name: string; terminated: boolean }>(
      `SELECT application_name, pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'talents-%'`,
    );
    return rows.map((row) => row.application_name);
  };

  const pendingJobs = async () =>
    (
      await admin.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')",
      )
    ).rows[0]!.n;

  it('keeps serving, and delivers events again, after its connections are terminated under load', async () => {
    expect((await read()).errors).toBeUndefined();
    let stop = false;
    let writes = 0;
    const load = (async () => {
      for (let i = 0; !stop; i += 1) {
        // Failures while connections are cut are expected; the process must survive them.
        await write(i % 2 === 0).catch(() => undefined);
        await read().catch(() => undefined);
        writes += 1;
      }
    })();

    const cut = new Set<string>();
    for (let round = 0; round < 20; round += 1) {
      const before = writes;
      // Each round under a load that has moved on since the last one.
      await eventually(
        async () => writes,
        (n) => n >= before + 1,
      );
      for (const name of await terminateAll()) cut.add(name);
    }
    stop = true;
    await load;

    // The event bus, the feed listeners and the pools were all among the terminated connections.
    expect([...cut].some((name) => name.endsWith('-events'))).toBe(true);
    expect([...cut].some((name) => name.endsWith('-feed'))).toBe(true);
    expect([...cut]).toEqual(expect.arrayContaining(['talents-profiles', 'talents-missions']));

    // Still the same process: its output says what ended it otherwise.
    expect({ exitCode: hub.child.exitCode, output: hub.output() }).toEqual({
      exitCode: null,
      output: expect.not.stringMatching(/Unhandled|uncaught|\n\s+at /i),
    });
    // Queries and writes succeed again, the process is the same, and the events written during
    // and after the faults are all consumed.
    const answer = await eventually(read, (response) => !response.errors);
    expect(answer.errors).toBeUndefined();
    expect((await write(true)).errors).toBeUndefined();
    expect(await eventually(pendingJobs, (n) => n === 0, 30_000)).toBe(0);
    expect(hub.child.exitCode).toBeNull();
  }, 120_000);
});
