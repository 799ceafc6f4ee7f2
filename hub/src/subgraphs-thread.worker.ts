import { parentPort, workerData } from 'node:worker_threads';
import { createLogger, installCrashPolicy, startTracingFromEnvironment } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import { startSubgraphs, type RunningSubgraphs } from './hub';
import { pickPersonas } from './personas';
import type { MainThreadMessage, SubgraphsThreadData, SubgraphsThreadMessage } from './subgraphs-thread';

/** The subgraphs' thread of `npm start` (subgraphs-thread.ts). */
const data = workerData as SubgraphsThreadData;
const port = parentPort;
const logger = createLogger('hub');
const send = (message: SubgraphsThreadMessage) => port?.postMessage(message);
// Each thread has its own tracer: the subgraphs' spans keep their service names.
const tracing = startTracingFromEnvironment();
let running: RunningSubgraphs | null = null;
// The same policy as a process's, within the thread: a lost connection is logged and the thread
// carries on; anything else stops the subgraphs and ends the thread, and with it the hub (main.ts).
installCrashPolicy({
  label: 'des sous-graphes',
  stop: () => running?.stop() ?? Promise.resolve(),
  logger,
});

port?.on('message', (message: MainThreadMessage) => {
  if (message.type === 'public-url') {
    process.env.PUBLIC_URL ??= message.url;
    return;
  }
  void (async () => {
    await running?.stop().catch((error: unknown) => logger.error({ err: error }, 'arrêt des sous-graphes'));
    await tracing?.stop().catch(() => undefined);
    send({ type: 'stopped' });
  })();
});

void (async () => {
  try {
    const demo = data.seed ? generateDemoData() : undefined;
    running = await startSubgraphs({ ...data, demo });
    send({
      type: 'ready',
      urls: Object.fromEntries(Object.entries(running.subgraphs).map(([name, { url }]) => [name, url])),
      personas: demo ? pickPersonas(demo) : [],
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    send({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      ...(typeof code === 'string' ? { code } : {}),
    });
  }
})();
