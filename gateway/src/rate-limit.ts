import { ADVISORY_LOCK_KEYS, databaseTimeouts } from '@talents/platform';
import type { RequestHandler } from 'express';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from './auth/principal';

/**
 * Rate limits per caller (issue 15, item 1): how many GraphQL operations one API client, one agent
 * or one anonymous IP address may send per minute. The counters live in PostgreSQL (the gateway's
 * own database, schema `rate_limits`), so that every replica of the gateway counts the same calls:
 * a client cannot multiply its allowance by the number of replicas behind the load balancer.
 */
export interface RateLimitSettings {
  /** Operations per minute for each kind of caller; 0 turns the limit off for that kind. */
  perMinute: Record<RateLimitedKind, number>;
}

export type RateLimitedKind = 'client' | 'agent' | 'anonymous';

/** The gateway's schema for the counters; no subgraph reads it. */
export const RATE_LIMIT_SCHEMA = 'rate_limits';
export const RATE_LIMIT_TABLE = 'consumption';
const WINDOW_SECONDS = 60;

/**
 * Defaults, in production: a server of another ministry 600 a minute (10 a second sustained), a
 * person in the dashboard 300 (a screen sends a handful of operations; 300 is far above a human
 * pace), an anonymous address 60 (the public catalogue; several people behind one NAT share it).
 * Outside production they are off unless set, so that benches and test suites, which send
 * thousands of operations as one viewer, measure the hub rather than the limit.
 */
const PRODUCTION_DEFAULTS: Record<RateLimitedKind, number> = { client: 600, agent: 300, anonymous: 60 };

const VARIABLES: Record<RateLimitedKind, string> = {
  client: 'RATE_LIMIT_PER_MINUTE_CLIENT',
  agent: 'RATE_LIMIT_PER_MINUTE_AGENT',
  anonymous: 'RATE_LIMIT_PER_MINUTE_ANONYMOUS',
};

/** `RATE_LIMIT_PER_MINUTE_CLIENT`, `…_AGENT`, `…_ANONYMOUS`: whole numbers, 0 = off. */
export function rateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  const production = env.NODE_ENV === 'production';
  const read = (kind: RateLimitedKind): number => {
    const name = VARIABLES[kind];
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return production ? PRODUCTION_DEFAULTS[kind] : 0;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(
        `${name} doit être un nombre entier d’opérations par minute, positif ou nul (reçu « ${raw} »).`,
      );
    }
    return value;
  };
  return { perMinute: { client: read('client'), agent: read('agent'), anonymous: read('anonymous') } };
}

/**
 * Whom a call counts against: the API client, the agent (whatever browser or token they use), or,
 * for an anonymous caller, the address Express reports (the proxy's `X-Forwarded-For` from a
 * trusted proxy only). The gateway's own system principal is never limited.
 */
export function rateLimitKey(
  principal: Principal,
  ip: string | undefined,
): { kind: RateLimitedKind; key: string } | null {
  switch (principal.kind) {
    case 'client':
      return { kind: 'client', key: `client:${principal.clientId}` };
    case 'agent':
      return { kind: 'agent', key: `agent:${principal.agentId}` };
    case 'anonymous':
      return { kind: 'anonymous', key: `ip:${ip ?? 'inconnue'}` };
    case 'system':
      return null;
  }
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** What a caller over its allowance is told, in the hub's JSON error shape. */
export function rateLimitedError(retryAfterSeconds: number): {
  message: string;
  extensions: { code: 'RATE_LIMITED'; retryAfterSeconds: number };
} {
  const wait = retryAfterSeconds <= 1 ? 'une seconde' : `${retryAfterSeconds} secondes`;
  return {
    message: `Trop de demandes en une minute pour cet appelant. Réessayez dans ${wait}.`,
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
  };
}

interface Logger {
  warn(details: object, message: string): void;
}

export interface RateLimiter {
  consume(principal: Principal, ip: string | undefined): Promise<RateLimitVerdict>;
  /** Express middleware for `/graphql`, after authentication (`res.locals.principal`). */
  middleware(): RequestHandler;
  close(): Promise<void>;
}

/**
 * Opens the limiter on the gateway's database: creates its schema and table (under an advisory
 * lock, as replicas start together), then one counter per kind of caller. With every limit at 0 it
 * opens no connection at all.
 */
export async function openRateLimiter(options: {
  databaseUrl: string;
  settings: RateLimitSettings;
  logger: Logger;
}): Promise<RateLimiter> {
  const { settings, logger } = options;
  const kinds = (Object.keys(settings.perMinute) as RateLimitedKind[]).filter(
    (kind) => settings.perMinute[kind] > 0,
  );
  if (kinds.length === 0) {
    return {
      consume: () => Promise.resolve({ allowed: true }),
      middleware: () => (_req, _res, next) => next(),
      close: () => Promise.resolve(),
    };
  }
  const timeouts = databaseTimeouts();
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 4,
    application_name: 'talents-rate-limits',
    // Short: while the database is away, each operation waits this long before it is let through.
    connectionTimeoutMillis: Math.min(timeouts.acquireMs, 1_000),
    options: `-c statement_timeout=${Math.min(timeouts.statementMs, 2_000)}`,
  });
  // An idle client whose server went away emits 'error' on the pool: the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await createTable(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const limiters = new Map(
    kinds.map((kind) => [
      kind,
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        schemaName: RATE_LIMIT_SCHEMA,
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix: kind,
        points: settings.perMinute[kind],
        duration: WINDOW_SECONDS,
      }),
    ]),
  );

  // A limiter that cannot count lets calls through rather than refusing everybody; it says so
  // once per window, not once per call.
  let lastWarning = 0;
  const consume = async (principal: Principal, ip: string | undefined): Promise<RateLimitVerdict> => {
    const key = rateLimitKey(principal, ip);
    const limiter = key ? limiters.get(key.kind) : undefined;
    if (!key || !limiter) return { allowed: true };
    try {
      await limiter.consume(key.key);
      return { allowed: true };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
      }
      if (Date.now() - lastWarning >= WINDOW_SECONDS * 1000) {
        lastWarning = Date.now();
        logger.warn({ err: outcome }, 'rate limiter unavailable: calls are let through');
      }
      return { allowed: true };
    }
  };

  return {
    consume,
    middleware: () => async (req, res, next) => {
      const verdict = await consume(res.locals.principal as Principal, req.ip);
      if (verdict.allowed) {
        next();
        return;
      }
      res
        .status(429)
        .set('Retry-After', String(verdict.retryAfterSeconds))
        .json({ errors: [rateLimitedError(verdict.retryAfterSeconds)] });
    },
    close: () => pool.end(),
  };
}

async function createTable(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Concurrent `CREATE … IF NOT EXISTS` from two replicas may still collide: one at a time.
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [
      ADVISORY_LOCK_KEYS.migrations(RATE_LIMIT_SCHEMA),
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${RATE_LIMIT_SCHEMA}"`);
    // The library's own layout (RateLimiterPostgres), created here so that it needs no DDL right.
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_SCHEMA}"."${RATE_LIMIT_TABLE}" (
         key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
