import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The clients of the mixed read load, in a thread of their own so that their work is not counted
 * in the server's event loop: `connections` keep-alive sockets, each sending its next request as
 * soon as the previous answer has been read (a closed loop, as browsers and API clients behave).
 */
export interface LoadRequest {
  /** What the operation is, for the tally. */
  name: string;
  body: string;
  headers: Record<string, string>;
}

export interface LoadSetup {
  url: string;
  connections: number;
  /** Requests sent but not counted, to fill pools and caches. */
  warmupMs: number;
  durationMs: number;
  requests: LoadRequest[];
}

export interface LoadResult {
  /** Latencies in ms of the answers with HTTP 200 and no GraphQL error, sorted. */
  latencies: number[];
  /** Answers refused at the edge (HTTP 503 with Retry-After). */
  refused: number;
  /** Any other answer: another status, a GraphQL error, a broken socket. */
  failed: number;
  /** First few failures, to say what went wrong. */
  failures: string[];
  /** Measured window, ms. */
  elapsedMs: number;
}

const setup = workerData as LoadSetup;
const target = new URL(setup.url);
const agent = new Agent({ keepAlive: true, maxSockets: setup.connections });

function send(load: LoadRequest): Promise<{ status: number; retryAfter: boolean; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(load.body),
          ...load.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'] !== undefined,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(load.body);
  });
}

async function run(): Promise<LoadResult> {
  const start = performance.now();
  const measureFrom = start + setup.warmupMs;
  const end = measureFrom + setup.durationMs;
  const latencies: number[] = [];
  const failures: string[] = [];
  let refused = 0;
  let failed = 0;
  // Each connection starts at another place in the mix, so that they do not all ask the same thing.
  const loop = async (connection: number) => {
    let next = (connection * 7919) % setup.requests.length;
    while (performance.now() < end) {
      const load = setup.requests[next] as LoadRequest;
      next = (next + 1) % setup.requests.length;
      const sentAt = performance.now();
      let outcome: 'ok' | 'refused' | string;
      try {
        const { status, retryAfter, body } = await send(load);
        // The edge's refusal says when to come back; any other 503 is a failure inside the hub.
        if (status === 503 && retryAfter) outcome = 'refused';
        else if (status !== 200) outcome = `${load.name}: HTTP ${status} ${body.slice(0, 200)}`;
        else if (body.includes('"errors"')) outcome = `${load.name}: ${body.slice(0, 300)}`;
        else outcome = 'ok';
      } catch (error) {
        outcome = `${load.name}: ${error instanceof Error ? error.message : String(error)}`;
      }
      const doneAt = performance.now();
      // Every request sent in the window counts, however late it ends: dropping the slow ones
      // would hide the tail this load is here to show.
      if (sentAt < measureFrom) continue;
      if (outcome === 'ok') latencies.push(doneAt - sentAt);
      else if (outcome === 'refused') refused += 1;
      else {
        failed += 1;
        if (failures.length < 5) failures.push(outcome);
      }
    }
  };
  await Promise.all(Array.from({ length: setup.connections }, (_, i) => loop(i)));
  agent.destroy();
  return {
    latencies: latencies.sort((a, b) => a - b),
    refused,
    failed,
    failures,
    elapsedMs: setup.durationMs,
  };
}

run().then(
  (result) => parentPort?.postMessage({ type: 'done', result }),
  (error: unknown) => parentPort?.postMessage({ type: 'error', error: String(error) }),
);
