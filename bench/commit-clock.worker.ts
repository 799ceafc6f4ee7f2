import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

/**
 * The commit clock of the fan-out benchmark: a thread of its own, idle but for this, LISTENs to the
 * missions feed and notes when each row's notification arrives — PostgreSQL delivers it at commit.
 * The server's busy thread would note it late.
 */
const { databaseUrl, channel } = workerData as { databaseUrl: string; channel: string };
const client = new pg.Client({ connectionString: databaseUrl, application_name: 'talents-bench-clock' });
client.on('notification', (message) => {
  parentPort?.postMessage({
    type: 'commit',
    seq: message.payload,
    at: performance.timeOrigin + performance.now(),
  });
});
void client
  .connect()
  .then(() => client.query(`LISTEN "${channel}"`))
  .then(() => parentPort?.postMessage({ type: 'listening' }));
parentPort?.on('message', (command: { type: string }) => {
  if (command.type === 'stop') void client.end().then(() => process.exit(0));
});
