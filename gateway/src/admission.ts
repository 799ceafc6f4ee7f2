import { availableParallelism } from 'node:os';
import type { RequestHandler, Response } from 'express';

/**
 * Admission at the edge: at most `maxConcurrent` GraphQL operations over HTTP run at once in the
 * gateway; the others wait their turn in a FIFO queue, bounded in length and in waiting time, and
 * past either bound get a 503 at once with `Retry-After`. Without it, 200 clients at once all share
 * two cores: every operation crawls, the unlucky ones for ten times the median, and slow internal
 * calls (the principal lookup, subgraph fetches) start timing out. With it, an operation admitted
 * runs at the speed of a lightly loaded hub and waiting is shared in arrival order: a fair tail.
 *
 * Only `/graphql` over HTTP goes through it (mounted before authentication, so that reading who
 * somebody is counts too); health routes, GraphiQL, the client's files and WebSocket upgrades
 * (which never reach Express) are not queued.
 */
export interface AdmissionSettings {
  /** Operations running at once; 0 turns admission off (everything runs at once). */
  maxConcurrent: number;
  /** Operations waiting at most; one more is refused at once. */
  queueLimit: number;
  /** How long an operation may wait for its turn before it is refused. */
  queueTimeoutMs: number;
}

/** What a refused operation is told, in the hub's JSON error shape. */
export const ADMISSION_REFUSED_MESSAGE =
  'Le hub reçoit plus de demandes qu’il ne peut en traiter en ce moment. Réessayez dans quelques secondes.';

function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  unit: string,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `${name} doit être un nombre entier ${unit}${min > 0 ? `, au moins ${min}` : ', positif ou nul'} (reçu « ${raw} »).`,
    );
  }
  return value;
}

/**
 * `GATEWAY_MAX_CONCURRENT` (default 4 per core: an operation spends much of its time waiting on
 * PostgreSQL or a subgraph, so a few per core keep the cores busy, and 10 clients hardly queue;
 * bench/mixed-load.bench.ts compares bounds), `GATEWAY_QUEUE_LIMIT` (default 1,000: a waiting
 * request holds a socket and little else, its body is not read yet) and `GATEWAY_QUEUE_TIMEOUT_MS`
 * (default 10 s: under the 15 s a subgraph fetch may take, so that a client hears something before
 * it gives up).
 */
export function admissionSettings(env: NodeJS.ProcessEnv = process.env): AdmissionSettings {
  return {
    maxConcurrent: integerSetting(
      env,
      'GATEWAY_MAX_CONCURRENT',
      4 * availableParallelism(),
      0,
      'd’opérations',
    ),
    queueLimit: integerSetting(env, 'GATEWAY_QUEUE_LIMIT', 1_000, 0, 'd’opérations'),
    queueTimeoutMs: integerSetting(env, 'GATEWAY_QUEUE_TIMEOUT_MS', 10_000, 1, 'de millisecondes'),
  };
}

/** Why an operation was not admitted. */
export class AdmissionRefused extends Error {
  constructor(readonly reason: 'QUEUE_FULL' | 'QUEUE_TIMEOUT') {
    super(reason === 'QUEUE_FULL' ? 'admission queue full' : 'admission queue timeout');
    this.name = 'AdmissionRefused';
  }
}

interface Waiter {
  admit(release: () => void): void;
  refuse(error: AdmissionRefused): void;
  timer: NodeJS.Timeout;
}

/** The counter and the queue, without HTTP: what the middleware and its unit tests share. */
export class AdmissionGate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly settings: AdmissionSettings) {}

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Resolves with the function that gives the slot back (idempotent) once the caller may run;
   * rejects with AdmissionRefused when the queue is full or the wait too long, or with the
   * signal's reason when the caller gave up while waiting (its place is then free for others).
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.running < this.settings.maxConcurrent && this.queue.length === 0) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.settings.queueLimit) {
      return Promise.reject(new AdmissionRefused('QUEUE_FULL'));
    }
    return new Promise((resolve, reject) => {
      const leave = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        clearTimeout(waiter.timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        reject(signal?.reason as Error);
      };
      const waiter: Waiter = {
        admit: (release) => {
          leave();
          resolve(release);
        },
        refuse: (error) => {
          leave();
          reject(error);
        },
        timer: setTimeout(
          () => waiter.refuse(new AdmissionRefused('QUEUE_TIMEOUT')),
          this.settings.queueTimeoutMs,
        ),
      };
      // A timer must not keep a stopping process alive: the server's own close ends the wait.
      waiter.timer.unref();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot goes straight to the first in line, so that nobody arriving now jumps the queue.
      const next = this.queue[0];
      if (next) next.admit(this.releaser());
      else this.running -= 1;
    };
  }
}

/** The 503 a refused operation gets: the hub's JSON error, and when to try again. */
function refuse(res: Response, settings: AdmissionSettings): void {
  res
    .status(503)
    .set('Retry-After', String(Math.max(1, Math.ceil(settings.queueTimeoutMs / 1000))))
    .json({ errors: [{ message: ADMISSION_REFUSED_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

export interface AdmissionControl extends RequestHandler {
  gate: AdmissionGate;
}

/**
 * The Express middleware in front of `/graphql`. A slot is given back when the response is sent
 * or the client's connection closes, whichever comes first: a client that gave up frees its place
 * (the operation it started still ends upstream, bounded by the subgraph-fetch timeout).
 */
export function admissionControl(
  options: { settings?: AdmissionSettings; logger?: { warn(details: object, message: string): void } } = {},
): AdmissionControl {
  const settings = options.settings ?? admissionSettings();
  const gate = new AdmissionGate(settings);
  // One warning per burst of refusals, not one line per refused request.
  let lastWarning = 0;
  const handler: RequestHandler = (_req, res, next) => {
    if (settings.maxConcurrent === 0) {
      next();
      return;
    }
    const gone = new AbortController();
    let release: (() => void) | null = null;
    let closed = false;
    res.once('close', () => {
      closed = true;
      if (release) release();
      else gone.abort(new Error('client closed the connection while waiting'));
    });
    gate.acquire(gone.signal).then(
      (giveBack) => {
        release = giveBack;
        // Admitted just as the client left: nothing to run, the slot goes to the next in line.
        if (closed) giveBack();
        else next();
      },
      (error: unknown) => {
        if (!(error instanceof AdmissionRefused)) return;
        const now = Date.now();
        if (now - lastWarning > 10_000) {
          lastWarning = now;
          options.logger?.warn(
            { reason: error.reason, active: gate.active, waiting: gate.waiting, ...settings },
            'operation refused at the edge',
          );
        }
        refuse(res, settings);
      },
    );
  };
  return Object.assign(handler, { gate });
}
