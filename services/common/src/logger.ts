import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service },
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
