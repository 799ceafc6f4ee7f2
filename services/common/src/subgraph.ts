import type { DataSource } from 'typeorm';
import { openDatabase, type DatabaseOptions, type QueryCounter } from './database';
import type { FederatedSchema } from './federation';
import { createLogger, type Logger, type ShutdownSettings } from '@talents/platform';
import { EventBus, type EventConsumer, type EventSnapshot } from './events/bus';
import { createTokenVerifier, type GatewayKeySource } from './identity/token';
import { startSubgraphServer, type RunningSubgraph } from './server';
import { FeedHub } from './feed/feed';

/** Everything the hub, the tests and the container entry points need to run one subgraph. */
export interface SubgraphDefinition {
  /** Subgraph name in the supergraph, also its PostgreSQL schema. */
  name: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  buildSchema(): Promise<FederatedSchema>;
  /** Projections this subgraph keeps from other subgraphs' events, by event type. */
  consumes?: Record<string, EventConsumer>;
  /** Current state of what this subgraph publishes about, for `npm run events -- replay`. */
  snapshot?: EventSnapshot;
  /** Serves subscriptions from a `feed` table in its schema (created by one of its migrations). */
  feed?: boolean;
  /**
   * Work the subgraph does on its own (approvals: deadlines, reminders, expiry), started once it
   * serves and stopped before its event bus and database. Every replica runs it: the work must
   * hold with several at once (rows taken `FOR UPDATE SKIP LOCKED`).
   */
  background?(deps: { db: DataSource; logger: Logger }): { stop(): Promise<void> };
}

export interface StartedSubgraph extends RunningSubgraph {
  db: DataSource;
  queries: QueryCounter;
  events: EventBus;
  feed: FeedHub | null;
}

export interface StartSubgraphOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  poolSize?: number;
  /** The gateway's public keys (one-process hub, tests) or the URL of its JWKS (containers). */
  gatewayKeys: GatewayKeySource;
  /** false: not the definition's background work (tests that drive it with their own clock). */
  background?: boolean;
  /** Delay and drain of its stop; default `SHUTDOWN_DELAY_MS` and `SHUTDOWN_DRAIN_MS`. */
  shutdown?: ShutdownSettings;
}

export async function startSubgraph(
  definition: SubgraphDefinition,
  options: StartSubgraphOptions,
): Promise<StartedSubgraph> {
  const logger = createLogger(definition.name);
  const { dataSource, queries } = await openDatabase({
    url: options.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    logger,
    poolSize: options.poolSize,
  });
  let events: EventBus | null = null;
  let feed: FeedHub | null = null;
  try {
    events = await EventBus.start({
      databaseUrl: options.databaseUrl,
      source: definition.name,
      db: dataSource,
      logger,
      consumers: definition.consumes,
    });
    const bus = events;
    if (definition.feed) {
      feed = await FeedHub.start({
        databaseUrl: options.databaseUrl,
        schema: definition.name,
        db: dataSource,
        logger,
      });
    }
    const liveFeed = feed;
    const { schema } = await definition.buildSchema();
    const running = await startSubgraphServer({
      name: definition.name,
      schema,
      db: dataSource,
      logger,
      port: options.port ?? 0,
      host: options.host,
      verifyToken: createTokenVerifier(options.gatewayKeys),
      feed: liveFeed,
      shutdown: options.shutdown,
    });
    const background =
      options.background === false ? null : (definition.background?.({ db: dataSource, logger }) ?? null);
    return {
      ...running,
      db: dataSource,
      queries,
      events: bus,
      feed: liveFeed,
      async stop() {
        // The server first: readiness fails, then its sockets close with 1012 (service restart), so
        // that the gateway's upstream client reconnects and resubscribes from its cursor, and
        // requests in flight finish. Events keep being consumed meanwhile; then the bus lets the
        // batch in hand finish and hands the rest back. Stopping the feed first
        // ended every subscription, and graphql-ws sent `complete` upstream: the gateway then
        // completed its clients' subscriptions as if they had run their course, silently.
        await running.stop();
        await background?.stop();
        await liveFeed?.stop();
        await bus.stop(dataSource);
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await feed?.stop();
    await events?.stop(dataSource);
    await dataSource.destroy();
    throw error;
  }
}

/** Opens the subgraph's database (migrated) without serving it: for seeding and maintenance. */
export async function openSubgraphDatabase(definition: SubgraphDefinition, databaseUrl: string) {
  return openDatabase({
    url: databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: createLogger(definition.name),
  });
}
