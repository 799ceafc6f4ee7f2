import { startSubgraph, type StartedSubgraph } from '@talents/common';
import { generateDemoData, type DemoData } from '@talents/demo';
import { readSupergraph, startGateway, type RunningGateway } from '@talents/gateway';
import { HUB_SUBGRAPHS } from './subgraphs';

export interface HubOptions {
  databaseUrl: string;
  /** Gateway port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Subgraph ports by name; 0 or absent picks a free one. */
  subgraphPorts?: Record<string, number>;
  /** Demo data to seed (idempotently); absent: seed nothing. */
  demo?: DemoData;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<string, StartedSubgraph>;
  stop(): Promise<void>;
}

/**
 * The whole hub in one process: three subgraphs, each on its own port and PostgreSQL schema,
 * and the gateway on the committed supergraph. Containers run the same pieces one per process.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const subgraphs: Record<string, StartedSubgraph> = {};
  const stopAll = async () => {
    await Promise.allSettled(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
  };
  try {
    // Started one after the other: each runs its migrations, and the seeds follow references
    // from profiles to missions to approvals.
    for (const { definition, seed } of HUB_SUBGRAPHS) {
      const started = await startSubgraph(definition, {
        databaseUrl: options.databaseUrl,
        port: options.subgraphPorts?.[definition.name] ?? 0,
        host: options.host,
      });
      subgraphs[definition.name] = started;
      if (options.demo) await seed(started.db, options.demo);
    }
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, { url }]) => [name, url])),
      port: options.port,
      host: options.host,
    });
    return {
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export { generateDemoData };
