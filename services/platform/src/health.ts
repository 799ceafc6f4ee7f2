import type { Server } from 'node:http';
import type { Express } from 'express';
import { createFailureLog, type Logger } from './logger';

/** A dependency check: resolves when the dependency answers, rejects (or times out) otherwise. */
export type HealthCheck = () => Promise<unknown>;

export interface HealthSettings {
  /** How long the database may stay unreachable before liveness fails (`HEALTH_DB_GRACE_SECONDS`). */
  graceMs: number;
  /** How often the database is probed in the background (`HEALTH_PROBE_INTERVAL_SECONDS`). */
  probeIntervalMs: number;
  /** How long one check may take before it counts as failed. */
  checkTimeoutMs: number;
}

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback * 1000;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} doit être un nombre de secondes positif (reçu « ${raw} »).`);
  }
  return value * 1000;
}

/** `HEALTH_DB_GRACE_SECONDS` (30) and `HEALTH_PROBE_INTERVAL_SECONDS` (5). */
export function healthSettings(): HealthSettings {
  const probeIntervalMs = seconds('HEALTH_PROBE_INTERVAL_SECONDS', 5);
  return {
    graceMs: seconds('HEALTH_DB_GRACE_SECONDS', 30),
    probeIntervalMs,
    checkTimeoutMs: Math.min(2_000, probeIntervalMs),
  };
}

function withTimeout(check: HealthCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  return Promise.race([
    check().then(
      () => true,
      () => false,
    ),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

/**
 * Liveness and readiness of one process.
 *
 * - `/healthz` (liveness) answers 503 once the process's database has not answered for the grace
 *   period: a process that cannot do its work any more should be restarted, while a short outage
 *   (a failover, a restart) must not restart every replica at once. The database is probed in the
 *   background so that the grace is measured even when nobody asks.
 * - `/readyz` (readiness) checks every dependency now and names each: 503 as soon as one fails,
 *   so that a load balancer sends requests elsewhere — and as soon as the process begins to stop.
 */
export function mountHealthRoutes(
  app: Express,
  options: {
    service: string;
    httpServer: Server;
    logger: Logger;
    /** The dependency whose lasting absence means the process cannot work: its database. */
    liveness: HealthCheck;
    /** Every dependency, by name, for readiness (the database included). */
    readiness: Record<string, HealthCheck>;
    settings?: HealthSettings;
    /** True once the process is stopping: readiness fails at once, checks or not (liveness holds). */
    draining?: () => boolean;
  },
): void {
  const settings = options.settings ?? healthSettings();
  const failures = createFailureLog(options.logger, { level: 'warn', windowMs: 30_000 });
  let lastAnswer = Date.now();
  let probing: Promise<void> | null = null;
  const probe = () => {
    probing ??= withTimeout(options.liveness, settings.checkTimeoutMs)
      .then((ok) => {
        if (ok) lastAnswer = Date.now();
        else failures('liveness', { service: options.service }, 'database probe failed');
      })
      .finally(() => {
        probing = null;
      });
    return probing;
  };
  const timer = setInterval(() => void probe(), settings.probeIntervalMs);
  timer.unref();
  options.httpServer.once('close', () => clearInterval(timer));

  app.get('/healthz', async (_req, res) => {
    await probe();
    const silentMs = Date.now() - lastAnswer;
    if (silentMs <= settings.graceMs) {
      res.json({ status: 'ok', service: options.service });
      return;
    }
    res.status(503).json({
      status: 'failing',
      service: options.service,
      reason: `base de données sans réponse depuis ${Math.round(silentMs / 1000)} s`,
    });
  });
  app.get('/readyz', async (_req, res) => {
    if (options.draining?.()) {
      res.status(503).json({
        status: 'stopping',
        service: options.service,
        reason: 'arrêt en cours : plus aucune nouvelle requête ne doit être envoyée ici',
      });
      return;
    }
    const results = await Promise.all(
      Object.entries(options.readiness).map(
        async ([name, check]) => [name, await withTimeout(check, settings.checkTimeoutMs)] as const,
      ),
    );
    const ready = results.every(([, ok]) => ok);
    if (!ready) {
      const down = results.filter(([, ok]) => !ok).map(([name]) => name);
      failures(`readiness:${down.join(',')}`, { service: options.service, down }, 'readiness check failed');
    }
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      service: options.service,
      checks: Object.fromEntries(results),
    });
  });
}
