import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { eventually } from '../../test/support/eventually';
import {
  ADMISSION_REFUSED_MESSAGE,
  AdmissionGate,
  AdmissionRefused,
  admissionControl,
  admissionSettings,
  type AdmissionControl,
  type AdmissionSettings,
} from '../src/admission';

const settings = (overrides: Partial<AdmissionSettings> = {}): AdmissionSettings => ({
  maxConcurrent: 2,
  queueLimit: 2,
  queueTimeoutMs: 60_000,
  ...overrides,
});

/** Settles when the promise does, telling how, without making the test wait for it. */
function track<T>(promise: Promise<T>): {
  state: 'pending' | 'resolved' | 'rejected';
  value?: T;
  error?: unknown;
} {
  const tracked: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    state: 'pending',
  };
  promise.then(
    (value) => Object.assign(tracked, { state: 'resolved', value }),
    (error: unknown) => Object.assign(tracked, { state: 'rejected', error }),
  );
  return tracked;
}

/** Lets every already-settled promise run its callbacks. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('admission gate', () => {
  it('admits up to the bound at once and the others in arrival order', async () => {
    const gate = new AdmissionGate(settings({ maxConcurrent: 2, queueLimit: 10 }));
    const first = await gate.acquire();
    const second = await gate.acquire();
    const order: number[] = [];
    const waiting = [3, 4, 5].map((n) =>
      gate.acquire().then((release) => {
        order.push(n);
        return release;
      }),
    );
    await flush();
    expect([gate.active, gate.waiting, order]).toEqual([2, 3, []]);

    second();
    second(); // given back twice: still one slot
    const third = await waiting[0];
    expect([gate.active, gate.waiting, order]).toEqual([2, 2, [3]]);
    first();
    third?.();
    await Promise.all(waiting.slice(1));
    expect(order).toEqual([3, 4, 5]);
    expect([gate.active, gate.waiting]).toEqual([2, 0]);
  });

  it('does not let a newcomer overtake those already waiting', async () => {
    const gate = new AdmissionGate(settings({ maxConcurrent: 1, queueLimit: 10 }));
    const release = await gate.acquire();
    const waiter = track(gate.acquire());
    release();
    // The freed slot went to the waiter, so a newcomer waits behind it.
    const newcomer = track(gate.acquire());
    await flush();
    expect([waiter.state, newcomer.state, gate.active, gate.waiting]).toEqual(['resolved', 'pending', 1, 1]);
  });

  it('refuses at once when the queue is full', async () => {
    const gate = new AdmissionGate(settings({ maxConcurrent: 1, queueLimit: 1 }));
    const release = await gate.acquire();
    // Tracked, so that its own end (admitted below) never surfaces as an unhandled rejection: left
    // waiting, its 60 s timeout used to fail whichever suite ran next in this worker.
    const waiting = track(gate.acquire());
    await expect(gate.acquire()).rejects.toEqual(new AdmissionRefused('QUEUE_FULL'));
    expect([gate.active, gate.waiting]).toEqual([1, 1]);
    release();
    await flush();
    expect(waiting.state).toBe('resolved');
  });

  it('refuses whoever waited longer than the queue timeout, and forgets them', async () => {
    jest.useFakeTimers();
    try {
      const gate = new AdmissionGate(settings({ maxConcurrent: 1, queueLimit: 5, queueTimeoutMs: 1_000 }));
      const release = await gate.acquire();
      const early = track(gate.acquire());
      jest.advanceTimersByTime(500);
      const late = track(gate.acquire());
      jest.advanceTimersByTime(500);
      await Promise.resolve();
      expect(early.error).toEqual(new AdmissionRefused('QUEUE_TIMEOUT'));
      expect([late.state, gate.waiting]).toEqual(['pending', 1]);
      release();
      await Promise.resolve();
      expect([late.state, gate.active, gate.waiting]).toEqual(['resolved', 1, 0]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('frees the place of a caller who gives up while waiting', async () => {
    const gate = new AdmissionGate(settings({ maxConcurrent: 1, queueLimit: 1 }));
    const release = await gate.acquire();
    const leaving = new AbortController();
    const gaveUp = track(gate.acquire(leaving.signal));
    leaving.abort(new Error('parti'));
    await flush();
    expect([gaveUp.state, gate.waiting]).toEqual(['rejected', 0]);
    // Its place is free for somebody else, and the slot is not handed to the one who left.
    const next = track(gate.acquire());
    release();
    await flush();
    expect([next.state, gate.active]).toEqual(['resolved', 1]);
  });

  it('takes 0 as no bound at all, and reads its settings from the environment', () => {
    expect(
      admissionSettings({
        GATEWAY_MAX_CONCURRENT: '0',
        GATEWAY_QUEUE_LIMIT: '10',
        GATEWAY_QUEUE_TIMEOUT_MS: '250',
      }),
    ).toEqual({ maxConcurrent: 0, queueLimit: 10, queueTimeoutMs: 250 });
    expect(admissionSettings({}).maxConcurrent).toBeGreaterThan(0);
    expect(() => admissionSettings({ GATEWAY_QUEUE_TIMEOUT_MS: '0' })).toThrow(
      'GATEWAY_QUEUE_TIMEOUT_MS doit être un nombre entier de millisecondes, au moins 1 (reçu « 0 »).',
    );
    expect(() => admissionSettings({ GATEWAY_MAX_CONCURRENT: 'beaucoup' })).toThrow(/GATEWAY_MAX_CONCURRENT/);
  });
});

/**
 * The middleware over real HTTP: each request's handler holds its response until the test lets
 * it go, so which requests run, wait or are refused is decided by the gate alone, not by timing.
 */
describe('admission middleware', () => {
  let server: Server;
  let url: string;
  let admission: AdmissionControl;
  /** Requests inside the handler, by their `n` query parameter, with what ends each. */
  const running = new Map<string, { finish(): void; fail(): void }>();
  const arrived: string[] = [];

  async function start(options: AdmissionSettings): Promise<void> {
    const app = express();
    admission = admissionControl({ settings: options });
    app.get('/healthz', (_req, res) => {
      res.json({ ok: true });
    });
    app.use('/graphql', admission, (req, res, next) => {
      const n = String(req.query.n);
      arrived.push(n);
      running.set(n, {
        finish: () => {
          running.delete(n);
          res.json({ data: { n } });
        },
        fail: () => {
          running.delete(n);
          next(new Error('échec du traitement'));
        },
      });
    });
    const onError: ErrorRequestHandler = (_error, _req, res, _next) => {
      res
        .status(500)
        .json({ errors: [{ message: 'erreur', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    };
    app.use(onError);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    for (const request of [...running.values()]) request.finish();
    running.clear();
    arrived.length = 0;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const send = (n: number, signal?: AbortSignal) => fetch(`${url}/graphql?n=${n}`, { signal });
  /** Waits until these requests are in the handler, and says which are. */
  const inside = async (...ns: string[]) => {
    const keys = await eventually(
      async () => [...running.keys()].sort(),
      (current) => ns.every((n) => current.includes(n)),
    );
    expect(keys).toEqual(expect.arrayContaining(ns));
    return keys;
  };
  /** Waits until this many requests wait in the queue. */
  const queued = async (count: number) => {
    expect(
      await eventually(
        async () => admission.gate.waiting,
        (waiting) => waiting === count,
      ),
    ).toBe(count);
  };

  it('runs up to the bound, queues the next ones and answers the excess 503 with the hub’s error', async () => {
    await start(settings({ maxConcurrent: 2, queueLimit: 1, queueTimeoutMs: 7_500 }));
    const first = send(1);
    const second = send(2);
    expect(await inside('1', '2')).toEqual(['1', '2']);
    const third = send(3);
    await queued(1);
    const refused = await send(4);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('8');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({
      errors: [{ message: ADMISSION_REFUSED_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    // Routes outside /graphql are never queued.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    running.get('1')?.finish();
    expect(await inside('2', '3')).toEqual(['2', '3']);
    running.get('2')?.finish();
    running.get('3')?.finish();
    const answers = await Promise.all([first, second, third]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(arrived).toEqual(['1', '2', '3']);
    expect([admission.gate.active, admission.gate.waiting]).toEqual([0, 0]);
  });

  it('answers 503 to a request that waited past the queue timeout', async () => {
    await start(settings({ maxConcurrent: 1, queueLimit: 5, queueTimeoutMs: 50 }));
    const first = send(1);
    await inside('1');
    const late = await send(2);
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(
      ((await late.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('SERVICE_UNAVAILABLE');
    expect(arrived).toEqual(['1']);
    running.get('1')?.finish();
    expect((await first).status).toBe(200);
  });

  it('gives the slot back when the handler fails', async () => {
    await start(settings({ maxConcurrent: 1, queueLimit: 1 }));
    const failing = send(1);
    await inside('1');
    const next = send(2);
    await queued(1);
    running.get('1')?.fail();
    expect((await failing).status).toBe(500);
    await inside('2');
    running.get('2')?.finish();
    expect((await next).status).toBe(200);
  });

  it('gives the slot back when a running request’s client goes away', async () => {
    await start(settings({ maxConcurrent: 1, queueLimit: 1 }));
    const leaving = new AbortController();
    const abandoned = send(1, leaving.signal).catch((error: unknown) => error);
    await inside('1');
    const next = send(2);
    await queued(1);
    leaving.abort();
    await abandoned;
    // The handler of 1 never answered: only the closed connection freed the slot.
    await inside('2');
    expect(running.has('1')).toBe(true);
    running.get('2')?.finish();
    expect((await next).status).toBe(200);
  });

  it('forgets a waiting request whose client goes away', async () => {
    await start(settings({ maxConcurrent: 1, queueLimit: 1 }));
    const first = send(1);
    await inside('1');
    const leaving = new AbortController();
    const abandoned = send(2, leaving.signal).catch((error: unknown) => error);
    await queued(1);
    leaving.abort();
    await abandoned;
    await queued(0);
    // Its place in the queue is someone else's now, and it never runs.
    const third = send(3);
    await queued(1);
    running.get('1')?.finish();
    await inside('3');
    running.get('3')?.finish();
    expect([(await first).status, (await third).status]).toEqual([200, 200]);
    expect(arrived).toEqual(['1', '3']);
  });

  it('lets everything through at once when the bound is 0', async () => {
    await start(settings({ maxConcurrent: 0, queueLimit: 0 }));
    const requests = [1, 2, 3].map((n) => send(n));
    expect(await inside('1', '2', '3')).toEqual(['1', '2', '3']);
    for (const n of ['1', '2', '3']) running.get(n)?.finish();
    expect((await Promise.all(requests)).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
