import { startSubgraph, type StartedSubgraph } from '@talents/common';
import { generateDemoData, type DemoData } from '@talents/demo';
import {
  loadSigningKeys,
  readSupergraph,
  startGateway,
  type EdgeSettings,
  type Persona,
  type RunningGateway,
  type SigningKeys,
} from '@talents/gateway';
import { pickPersonas } from './personas';
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
  /** The gateway's signing keys; absent: `GATEWAY_SIGNING_KEYS`, or a pair generated outside production. */
  keys?: SigningKeys;
  /** HS256 secret of session cookies; absent: `SESSION_SECRET`, or a random one outside production. */
  sessionSecret?: Uint8Array;
  /** Offer the persona picker (personas taken from `demo`); never in production. Default: `PERSONA_LOGIN`. */
  personaLogin?: boolean;
  /** CORS origins and production rules at the gateway's edge; default from the environment. */
  edge?: EdgeSettings;
  /** false: the subgraphs' background work (approvals' deadline sweep) is not started. */
  background?: boolean;
}

export interface RunningHub {
  gateway: RunningGateway;
  subgraphs: Record<string, StartedSubgraph>;
  /** Signs the tokens subgraphs receive; its public half is handed to the in-process subgraphs. */
  keys: SigningKeys;
  /** Seeded agents the persona picker offers (empty without demo data). */
  personas: Persona[];
  stop(): Promise<void>;
}

export interface SubgraphsOptions {
  databaseUrl: string;
  host?: string;
  subgraphPorts?: Record<string, number>;
  demo?: DemoData;
  /** The gateway's public keys: the subgraphs verify its tokens with them. */
  publicJwks: SigningKeys['publicJwks'];
  background?: boolean;
}

export interface RunningSubgraphs {
  subgraphs: Record<string, StartedSubgraph>;
  stop(): Promise<void>;
}

/**
 * The three subgraphs, each on its own port and PostgreSQL schema, started one after the other:
 * each runs its migrations, and the seeds follow references from profiles to missions to approvals.
 */
export async function startSubgraphs(options: SubgraphsOptions): Promise<RunningSubgraphs> {
  const subgraphs: Record<string, StartedSubgraph> = {};
  const stop = async () => {
    await Promise.allSettled(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
  };
  try {
    for (const { definition, seed } of HUB_SUBGRAPHS) {
      const started = await startSubgraph(definition, {
        databaseUrl: options.databaseUrl,
        port: options.subgraphPorts?.[definition.name] ?? 0,
        host: options.host,
        // One process: the subgraphs verify with the key set itself rather than over HTTP.
        gatewayKeys: { jwks: options.publicJwks },
        background: options.background,
      });
      subgraphs[definition.name] = started;
      if (options.demo) await seed(started.db, options.demo);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { subgraphs, stop };
}

/**
 * The whole hub in one process: three subgraphs and the gateway on the committed supergraph.
 * `npm start` puts the subgraphs in a thread of their own (subgraphs-thread.ts); containers run
 * the same pieces one per process.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  // Keys first: the subgraphs must know the gateway's public keys before the first request.
  const keys = options.keys ?? (await loadSigningKeys());
  const { subgraphs, stop: stopSubgraphs } = await startSubgraphs({
    ...options,
    publicJwks: keys.publicJwks,
  });
  try {
    const personas = options.demo ? pickPersonas(options.demo) : [];
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, { url }]) => [name, url])),
      port: options.port,
      host: options.host,
      edge: options.edge,
      auth: {
        keys,
        databaseUrl: options.databaseUrl,
        sessionSecret: options.sessionSecret,
        personaLogin: options.personaLogin,
        personas,
      },
    });
    return {
      gateway,
      subgraphs,
      keys,
      personas,
      async stop() {
        await gateway.stop();
        await stopSubgraphs();
      },
    };
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
}

export { generateDemoData };
