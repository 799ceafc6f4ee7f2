import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The subscribers of the fan-out benchmark, in a thread of their own: their heap is not the
 * server's (memory per subscriber is read on the main thread), and each has its own socket and
 * session, as browsers would.
 */
interface Setup {
  url: string;
  cookies: string[];
  query: string;
  variables: Record<string, unknown>;
}

type Command = { type: 'stop' };

const setup = workerData as Setup;
const clients: Client[] = [];
let ready = 0;

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** One event received by one subscriber, as the main thread tallies it. */
export interface Delivery {
  subscriber: number;
  missionId: string | null;
  at: number;
  errors: number;
}

/**
 * Deliveries go to the main thread in batches: one message each would cost the server's thread a
 * message event per delivery and weigh on the very latency being measured. Times are taken here,
 * on receipt, so batching does not change them.
 */
let batch: Delivery[] = [];
function queueDelivery(delivery: Delivery): void {
  if (batch.length === 0) {
    setTimeout(() => {
      parentPort?.postMessage({ type: 'events', deliveries: batch });
      batch = [];
    }, 50);
  }
  batch.push(delivery);
}

for (const [index, cookie] of setup.cookies.entries()) {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client = createClient({
    url: setup.url,
    webSocketImpl: CookieSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: (error) => {
      const code = (error as { code?: number }).code;
      parentPort?.postMessage({
        type: 'refused',
        error: `${code ?? ''} ${(error as { reason?: string }).reason ?? String(error)}`,
      });
    },
  });
  client.on('connected', () => {
    ready += 1;
    if (ready === setup.cookies.length) parentPort?.postMessage({ type: 'connected' });
  });
  client.subscribe(
    { query: setup.query, variables: setup.variables },
    {
      next: (result) => {
        const root = result.data?.missionMatches as { mission?: { id?: string } } | undefined;
        queueDelivery({
          subscriber: index,
          missionId: root?.mission?.id ?? null,
          at: now(),
          errors: result.errors?.length ?? 0,
        });
      },
      error: (error) => parentPort?.postMessage({ type: 'error', subscriber: index, error: String(error) }),
      complete: () => undefined,
    },
  );
  clients.push(client);
}

parentPort?.on('message', (command: Command) => {
  if (command.type === 'stop') {
    void Promise.all(clients.map((client) => client.dispose())).then(() => process.exit(0));
  }
});
