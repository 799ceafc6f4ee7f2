import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * What of an error goes into a log line: its own facts (message, stack, code, PostgreSQL's
 * details), never the objects drivers hang on it — node-postgres attaches its whole client
 * (connection parameters, type parsers, socket state) to the errors it raises.
 */
const ERROR_FACTS = [
  'type',
  'message',
  'stack',
  'code',
  'errno',
  'syscall',
  'address',
  'port',
  'severity',
  'detail',
  'hint',
  'routine',
  'constraint',
  'schema',
  'table',
  'column',
  'where',
  'kind',
  'status',
] as const;

export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return error;
  const full = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of ERROR_FACTS) {
    const value = full[key];
    if (value !== undefined && (typeof value !== 'object' || value === null)) kept[key] = value;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < 3) kept.cause = serializeError(cause, depth + 1);
  return kept;
}

export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
    serializers: { err: serializeError },
  });
}

/** Logs one failure of a kind; `kind` groups the failures that say the same thing (a queue and a code). */
export type FailureLog = (kind: string, fields: Record<string, unknown>, message: string) => void;

/**
 * Repeated failures of one kind (a database down: every poll, every request fails alike) are
 * written once, then summed: at most one line per kind and window, the next one saying how many
 * were left out. A 10-second outage otherwise wrote thousands of identical error lines.
 */
export function createFailureLog(
  logger: Logger,
  options: { windowMs?: number; level?: 'error' | 'warn' } = {},
): FailureLog {
  const windowMs = options.windowMs ?? 10_000;
  const level = options.level ?? 'error';
  const kinds = new Map<string, { suppressed: number; fields: Record<string, unknown>; message: string }>();
  const closeWindow = (kind: string) => {
    const entry = kinds.get(kind);
    kinds.delete(kind);
    if (entry && entry.suppressed > 0) {
      logger[level](
        { ...entry.fields, kind, repeated: entry.suppressed, windowMs },
        `${entry.message} (repeated ${entry.suppressed} times)`,
      );
    }
  };
  return (kind, fields, message) => {
    const entry = kinds.get(kind);
    if (entry) {
      entry.suppressed += 1;
      entry.fields = fields;
      return;
    }
    kinds.set(kind, { suppressed: 0, fields, message });
    logger[level]({ ...fields, kind }, message);
    // Unref'd: a pending summary never keeps a stopping process alive.
    setTimeout(() => closeWindow(kind), windowMs).unref();
  };
}

/** A stable name for the kind of an error: its code (SQLSTATE, errno) or its class. */
export function failureKind(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  return error instanceof Error ? error.name : typeof error;
}
