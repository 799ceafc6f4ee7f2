import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The clients of the peer benchmark, in a process of their own so that their work is neither done
 * on the gateways' cores' time slices nor counted in the server process's CPU time: either a closed loop of `concurrency` requests in flight for a fixed time,
 * or `count` subscribers (graphql-ws for our gateway, server-sent events for Hive Gateway, each
 * gateway's own way for a browser) noting when each event arrives.
 */
export interface LoadTask {
  kind: 'load';
  url: string;
  /** Loop i sends requests[i % length]: one person, one page each, as concurrent browsers would. */
  requests: Array<{ headers: Record<string, string>; body: string }>;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface SubscribeTask {
  kind: 'subscribe';
  protocol: 'graphql-ws' | 'sse';
  url: string;
  count: number;
  query: string;
}

export interface LoadResult {
  type: 'done';
  /** Latencies in ms of the requests started in the measured window (waited for to the end), sorted. */
  samples: number[];
  /** From the window's opening to the last of them answered. */
  elapsedMs: number;
  /** Answers that were not HTTP 200 with `data` and no `errors`. */
  errors: number;
  firstError: string | null;
}

/** One event received by one subscriber. */
export interface Delivery {
  subscriber: number;
  missionId: string | null;
  at: number;
  errors: number;
}

const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send?.(message);

async function runLoad(task: LoadTask): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const measureFrom = now() + task.warmupMs;
  const end = measureFrom + task.durationMs;
  let lastAnswer = measureFrom;
  const loop = async (index: number) => {
    const request = task.requests[index % task.requests.length];
    if (!request) return;
    while (now() < end) {
      const start = now();
      let failure: string | null = null;
      try {
        const response = await fetch(task.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...request.headers },
          body: request.body,
        });
        const text = await response.text();
        const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
        if (response.status !== 200 || body.errors || !body.data) failure = text.slice(0, 300);
      } catch (error) {
        failure = String(error);
      }
      // Counted when started in the window, however long it took: a gateway slower than the
      // window would otherwise count nothing at all.
      if (start >= measureFrom) {
        const finished = now();
        samples.push(finished - start);
        lastAnswer = Math.max(lastAnswer, finished);
        if (failure) {
          errors += 1;
          firstError ??= failure;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: task.concurrency }, (_, index) => loop(index)));
  return {
    type: 'done',
    samples: samples.sort((a, b) => a - b),
    elapsedMs: lastAnswer - measureFrom,
    errors,
    firstError,
  };
}

/**
 * Deliveries go to the main thread in batches, timed here on receipt: one message each would cost
 * the gateways' thread a message event per delivery, inside the latency being measured.
 */
let batch: Delivery[] = [];
function queueDelivery(delivery: Delivery): void {
  if (batch.length === 0) {
    setTimeout(() => {
      send({ type: 'events', deliveries: batch });
      batch = [];
    }, 50);
  }
  batch.push(delivery);
}

function deliver(subscriber: number, payload: unknown): void {
  const result = payload as {
    data?: { missionPublished?: { mission?: { id?: string } | null } | null } | null;
    errors?: unknown[];
  };
  queueDelivery({
    subscriber,
    missionId: result.data?.missionPublished?.mission?.id ?? null,
    at: now(),
    errors: result.errors?.length ?? 0,
  });
}

const stops: Array<() => Promise<void>> = [];

function subscribeWs(task: SubscribeTask, index: number): Promise<void> {
  const client: Client = createClient({
    url: task.url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
  });
  stops.push(async () => {
    await client.dispose();
  });
  client.subscribe(
    { query: task.query },
    {
      next: (result) => deliver(index, result),
      error: (error) => send({ type: 'error', error: JSON.stringify(error) }),
      complete: () => undefined,
    },
  );
  return new Promise((resolve) => client.on('connected', () => resolve()));
}

async function subscribeSse(task: SubscribeTask, index: number): Promise<void> {
  const abort = new AbortController();
  stops.push(async () => abort.abort());
  const response = await fetch(task.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: task.query }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE refusé : HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (data && !/^event: complete/m.test(message)) deliver(index, JSON.parse(data));
          end = buffer.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) send({ type: 'error', error: String(error) });
    }
  })();
}

async function runSubscribers(task: SubscribeTask): Promise<void> {
  const subscribe = task.protocol === 'sse' ? subscribeSse : subscribeWs;
  await Promise.all(Array.from({ length: task.count }, (_, index) => subscribe(task, index)));
  send({ type: 'connected' });
}

process.on('message', (message: LoadTask | SubscribeTask | { kind: 'stop' }) => {
  if (message.kind === 'load') {
    void runLoad(message).then((result) => send(result));
  } else if (message.kind === 'subscribe') {
    runSubscribers(message).catch((error: unknown) => send({ type: 'error', error: String(error) }));
  } else {
    void Promise.all(stops.map((stop) => stop())).then(() => process.exit(0));
  }
});
