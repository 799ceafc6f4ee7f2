import { AsyncLocalStorage } from 'node:async_hooks';
import {
  DataSource,
  type AfterQueryEvent,
  type EntitySchema,
  type EntitySubscriberInterface,
  type Logger as TypeOrmLogger,
  type MigrationInterface,
} from 'typeorm';
import {
  ADVISORY_LOCK_KEYS,
  databaseTimeouts,
  recordSqlStatement,
  type DatabaseTimeouts,
  type Logger,
} from '@talents/platform';

/** The statement health checks send: QueryCounter leaves it out of a request's count. */
export const HEALTH_PROBE_SQL = 'SELECT 1 AS health_probe';

const backgroundWork = new AsyncLocalStorage<true>();

/**
 * Runs work the subgraph does on its own initiative — an event consumer, a scheduled sweep — so
 * that its statements are not counted as a request's: they happen whenever the work is due, and
 * made the constant-statements tests depend on the timing of a sweep or a delivery.
 */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return backgroundWork.run(true, work);
}

/**
 * Counts the SQL statements a data source runs. Tests and the benchmark read it to prove that a
 * request costs a constant number of statements whatever the size of the lists it returns.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  constructor(private readonly logger?: Logger) {}

  logQuery(query: string): void {
    // The health probe runs every few seconds whatever the requests: not a request's statement.
    if (query === HEALTH_PROBE_SQL || backgroundWork.getStore()) return;
    this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    if (!backgroundWork.getStore()) this.count += 1;
    this.logger?.debug({ err: error, query }, 'SQL statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    // pino's own `time` is the line's timestamp: a second `time` key would hide it.
    this.logger?.warn({ durationMs: time, query }, 'slow SQL statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn({ message }, 'typeorm');
  }

  /** Runs `work` and returns how many statements it issued (meaningful when nothing else runs). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own option type
type EntityTarget = Function | EntitySchema;
type MigrationClass = new () => MigrationInterface;

export interface DatabaseOptions {
  /** PostgreSQL connection string. */
  url: string;
  /** The PostgreSQL schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  entities: EntityTarget[];
  migrations: MigrationClass[];
  logger?: Logger;
  poolSize?: number;
  /** Bounds on every wait for PostgreSQL; default {@link databaseTimeouts} (environment). */
  timeouts?: DatabaseTimeouts;
}

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
}

/** Connects, creates the subgraph's schema if needed and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const queries = new QueryCounter(options.logger);
  const timeouts = options.timeouts ?? databaseTimeouts();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: queries,
    maxQueryExecutionTime: 500,
    extra: {
      max: options.poolSize ?? 10,
      application_name: `talents-${options.schema}`,
      // pg-pool applies it both to connecting and to waiting for a free connection.
      connectionTimeoutMillis: timeouts.acquireMs,
      // JIT compilation pays off for long analytical queries, not for ours: on the matching query
      // at 100,000 missions it added two seconds of compilation to a 0.2 s execution.
      // A stalled server or a lock held elsewhere costs a request seconds, never minutes.
      options: `-c jit=off -c statement_timeout=${timeouts.statementMs}`,
    },
  });
  await dataSource.initialize();
  dataSource.subscribers.push(sqlSpans(options.schema));
  await migrate(dataSource, options.schema);
  return { dataSource, queries };
}

/**
 * Each statement of a request as a child span of its operation (docs/observability.md): TypeORM
 * tells once it has run, and how long it took. Nothing happens when tracing is off.
 */
function sqlSpans(service: string): EntitySubscriberInterface {
  return {
    afterQuery(event: AfterQueryEvent) {
      recordSqlStatement(
        service,
        event.query,
        event.executionTime ?? 0,
        event.success ? undefined : event.error,
      );
    },
  };
}

async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const key = ADVISORY_LOCK_KEYS.migrations(schema);
  try {
    // Another replica may hold the lock for as long as its migrations take.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
