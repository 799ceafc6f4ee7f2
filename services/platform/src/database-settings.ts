/*
 * PostgreSQL settings every process of the hub shares, the gateway's own database included.
 */

/** How long a request may wait for PostgreSQL before it is answered SERVICE_UNAVAILABLE. */
export interface DatabaseTimeouts {
  /** One SQL statement, lock waits included (`statement_timeout`). */
  statementMs: number;
  /** A connection from the pool, or a new one to the server. */
  acquireMs: number;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} doit être un nombre entier de millisecondes, positif (reçu « ${raw} »).`);
  }
  return value;
}

/** `DB_STATEMENT_TIMEOUT_MS` (default 10 s) and `DB_ACQUIRE_TIMEOUT_MS` (default 5 s). */
export function databaseTimeouts(): DatabaseTimeouts {
  return {
    statementMs: positiveInteger('DB_STATEMENT_TIMEOUT_MS', 10_000),
    acquireMs: positiveInteger('DB_ACQUIRE_TIMEOUT_MS', 5_000),
  };
}
