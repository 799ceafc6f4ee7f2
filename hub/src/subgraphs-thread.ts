import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Persona, SigningKeys } from '@talents/gateway';

/** What the main thread hands the subgraphs' thread (structured-cloned: plain data only). */
export interface SubgraphsThreadData {
  databaseUrl: string;
  host?: string;
  subgraphPorts?: Record<string, number>;
  /** Seed the demo data (generated in the thread, where it is written). */
  seed: boolean;
  publicJwks: SigningKeys['publicJwks'];
}

export type SubgraphsThreadMessage =
  | { type: 'ready'; urls: Record<string, string>; personas: Persona[] }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'stopped' };

export type MainThreadMessage = { type: 'public-url'; url: string } | { type: 'stop' };

export interface SubgraphsThread {
  urls: Record<string, string>;
  personas: Persona[];
  /** The links of e-mails, known once the gateway listens. */
  setPublicUrl(url: string): void;
  /** Settles when the thread ends without being asked to (a crash): the hub stops then. */
  readonly ended: Promise<Error>;
  stop(): Promise<void>;
}

/**
 * `npm start`'s layout: the three subgraphs in a worker thread, the gateway in the main one, so
 * that on a machine with two cores or more the gateway's work does not queue behind the subgraphs'
 * on one event loop (measured in bench/peers.bench.ts). Everything shared goes through PostgreSQL
 * and HTTP, as between containers; the thread dies with the process.
 */
export function startSubgraphsThread(data: SubgraphsThreadData): Promise<SubgraphsThread> {
  // The worker beside this file: TypeScript through the loader, or compiled JavaScript (dist/).
  const worker = new Worker(path.join(__dirname, `subgraphs-thread.worker${path.extname(__filename)}`), {
    workerData: data,
    // The TypeScript loader (`-r …`) carries over; V8's heap flags are refused in a thread, whose
    // young generation is set by `resourceLimits` instead (the gateway's fan-out, which needed it,
    // stays in the main thread).
    execArgv: process.execArgv.filter((flag) => !flag.startsWith('--max-semi-space-size')),
  });
  let stopping = false;
  const ended = new Promise<Error>((resolve) => {
    worker.once('error', (error) => resolve(error));
    worker.once('exit', (code) => {
      if (!stopping) resolve(new Error(`le fil des sous-graphes s’est arrêté (code ${code})`));
    });
  });
  const send = (message: MainThreadMessage) => worker.postMessage(message);
  return new Promise((resolve, reject) => {
    void ended.then(reject);
    worker.once('message', (message: SubgraphsThreadMessage) => {
      if (message.type === 'failed') {
        stopping = true;
        void worker.terminate();
        reject(Object.assign(new Error(message.message), { code: message.code }));
        return;
      }
      if (message.type !== 'ready') return;
      resolve({
        urls: message.urls,
        personas: message.personas,
        ended,
        setPublicUrl: (url) => send({ type: 'public-url', url }),
        async stop() {
          stopping = true;
          const stopped = new Promise<void>((done) => {
            worker.on('message', (reply: SubgraphsThreadMessage) => reply.type === 'stopped' && done());
            worker.once('exit', () => done());
          });
          send({ type: 'stop' });
          await stopped;
          await worker.terminate();
        },
      });
    });
  });
}
