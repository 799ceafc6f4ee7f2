import { loadSigningKeys, readSupergraph, startGateway, type Principal } from '@talents/gateway';
import { startHiveGateway } from './peers.hive';

/**
 * A gateway of the peer benchmark in a process of its own, as a replica runs in production: ours
 * or Hive Gateway (Rust planner) over the subgraphs of the bench's hub. The signing keys come from
 * `GATEWAY_SIGNING_KEYS`, set by the parent to the hub's own.
 */
export type GatewayProcessTask =
  | {
      kind: 'ours';
      subgraphUrls: Record<string, string>;
      databaseUrl: string;
      /** The hub's session secret, base64: the parent's session cookies work here too. */
      sessionSecret: string;
    }
  | {
      kind: 'hive';
      subgraphUrls: Record<string, string>;
      principals: Array<[string, Principal]>;
    };

export interface GatewayProcessReady {
  type: 'ready';
  graphqlUrl: string;
}

const send = (message: unknown) => process.send?.(message);

async function start(task: GatewayProcessTask): Promise<{ graphqlUrl: string; stop(): Promise<void> }> {
  const keys = await loadSigningKeys();
  if (task.kind === 'hive') {
    return startHiveGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: task.subgraphUrls,
      keys,
      principals: new Map(task.principals),
      planner: 'rust',
    });
  }
  return startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls: task.subgraphUrls,
    port: 0,
    auth: {
      keys,
      databaseUrl: task.databaseUrl,
      sessionSecret: Buffer.from(task.sessionSecret, 'base64'),
      personaLogin: false,
    },
  });
}

let running: { stop(): Promise<void> } | null = null;
process.on('message', (message: GatewayProcessTask | { kind: 'stop' } | { kind: 'cpu' }) => {
  if (message.kind === 'cpu') {
    send({ type: 'cpu', usage: process.cpuUsage() });
    return;
  }
  if (message.kind === 'stop') {
    void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
    return;
  }
  start(message).then(
    (gateway) => {
      running = gateway;
      send({ type: 'ready', graphqlUrl: gateway.graphqlUrl } satisfies GatewayProcessReady);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
