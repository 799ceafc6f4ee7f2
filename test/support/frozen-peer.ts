import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readSupergraph, startGateway, type GatewayOptions, type RunningGateway } from '@talents/gateway';
import type { TestHub } from './hub';

/** A subgraph that accepts connections and never answers: a hung process, as the network sees it. */
export async function startFrozenPeer(): Promise<{ url: string; close(): Promise<void> }> {
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

/**
 * A second gateway over `hub` whose missions subgraph is a frozen peer (profiles and approvals are
 * the hub's own), with the bounds a test sets; `close` stops both.
 */
export async function startGatewayWithFrozenMissions(
  hub: TestHub,
  bounds: Pick<GatewayOptions, 'subgraphTimeoutMs' | 'operationTimeoutMs'>,
): Promise<{ gateway: RunningGateway; close(): Promise<void> }> {
  const frozen = await startFrozenPeer();
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: {
      profiles: hub.subgraphs.profiles?.url ?? '',
      missions: frozen.url,
      approvals: hub.subgraphs.approvals?.url ?? '',
    },
    port: 0,
    ...bounds,
    auth: { keys: hub.keys, databaseUrl: hub.databaseUrl, sessionSecret: hub.sessionSecret },
  }).catch(async (error: unknown) => {
    await frozen.close();
    throw error;
  });
  return {
    gateway,
    close: async () => {
      await gateway.stop();
      await frozen.close();
    },
  };
}
