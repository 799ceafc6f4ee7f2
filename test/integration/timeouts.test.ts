import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { generateDemoData, type DemoData } from '@talents/demo';
import type { RunningGateway } from '@talents/gateway';
import { Client } from 'pg';
import { postGraphQL } from '../support/graphql';
import { startGatewayOver, startTestHub, type TestHub } from '../support/hub';

/** A subgraph that accepts connections and never answers: a hung process, as the network sees it. */
async function startFrozenPeer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Every wait is bounded: a stall becomes a clear SERVICE_UNAVAILABLE, and the rest is kept. */
describe('bounded waits', () => {
  let hub: TestHub;
  let demo: DemoData;
  /** A mission anybody may read. */
  const publicMission = () =>
    demo.missions.find((m) => m.status === 'PUBLISHED' && m.restrictedToAdministrationIds.length === 0)?.id ??
    '';
  const statementTimeout = process.env.DB_STATEMENT_TIMEOUT_MS;

  beforeAll(async () => {
    process.env.DB_STATEMENT_TIMEOUT_MS = '1000';
    demo = generateDemoData({ size: { agents: 20, missions: 6, applications: 4 } });
    hub = await startTestHub(demo);
  });

  afterAll(async () => {
    await hub?.stop();
    if (statementTimeout === undefined) delete process.env.DB_STATEMENT_TIMEOUT_MS;
    else process.env.DB_STATEMENT_TIMEOUT_MS = statementTimeout;
  });

  it('answers SERVICE_UNAVAILABLE while a table is locked, keeps other subgraphs’ fields, and recovers', async () => {
    const locker = new Client({ connectionString: hub.databaseUrl });
    await locker.connect();
    const query = `{ skills { id } mission(id: "${publicMission()}") { title } }`;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE missions.mission IN ACCESS EXCLUSIVE MODE');
      const stalled = await hub.query<{ skills: unknown[]; mission: unknown }>(query);
      expect(stalled.data?.skills.length).toBeGreaterThan(0);
      expect(stalled.data?.mission).toBeNull();
      expect(stalled.errors?.map((e) => [e.path?.join('.'), e.extensions?.code, e.message])).toEqual([
        ['mission', 'SERVICE_UNAVAILABLE', 'Un service du hub ne répond pas. Réessayez dans un instant.'],
      ]);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    const recovered = await hub.query(query);
    expect(recovered.errors).toBeUndefined();
  });

  describe('a subgraph that stops answering', () => {
    let frozen: Awaited<ReturnType<typeof startFrozenPeer>>;
    let gateway: RunningGateway;

    beforeAll(async () => {
      frozen = await startFrozenPeer();
      gateway = await startGatewayOver(hub, {
        subgraphUrls: { missions: frozen.url },
        subgraphTimeoutMs: 500,
      });
    });

    afterAll(async () => {
      await gateway?.stop();
      await frozen?.close();
    });

    it('costs only its own fields, refused SERVICE_UNAVAILABLE once the fetch bound passes', async () => {
      const response = await postGraphQL<{ skills: unknown[]; mission: unknown }>(
        gateway.graphqlUrl,
        `{ skills { id label } mission(id: "${publicMission()}") { title } }`,
      );
      expect(response.data?.skills.length).toBeGreaterThan(0);
      expect(response.data?.mission).toBeNull();
      // @apollo/gateway gives a failed fetch no path: the null field says where.
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|timed out/);
    });
  });
});
