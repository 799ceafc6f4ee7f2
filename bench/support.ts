import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { feedChannelOf } from '@talents/common';
import { randomBytes } from 'node:crypto';
import { generateDemoData, type DemoData } from '@talents/demo';
import { SESSION_COOKIE, signSession } from '@talents/gateway';
import { startEmbeddedPostgres } from '../hub/src/embedded-postgres';
import { startHub, type RunningHub } from '../hub/src/hub';
import { createScratchDatabase, type ScratchDatabase } from '../hub/src/scratch-database';

/**
 * What the benchmarks share: a PostgreSQL server to make scratch databases in, percentiles, and
 * the Markdown tables they print (pasted as they are into docs/decisions.md).
 */

/** The `p`-th percentile of samples sorted in ascending order (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A Markdown table, columns right-aligned to their widest cell. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/**
 * Runs `body` with the URL of a PostgreSQL server: `DATABASE_URL` when set, else an embedded one
 * in a temporary directory, stopped and removed afterwards whatever happens.
 */
export async function withPostgresServer<T>(body: (serverUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return body(process.env.DATABASE_URL);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'talents-bench-pg-'));
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    try {
      return await body(embedded.url);
    } finally {
      await embedded.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export interface CommitClock {
  /** When each feed row's notification arrived, by `seq`. */
  commits: Map<string, number>;
  stop(): Promise<void>;
}

/**
 * The commit clock (commit-clock.worker.ts, a thread of its own): when PostgreSQL announces each row
 * of a subgraph's feed, by `seq` — at its commit, the start of a delivery's latency.
 */
export async function startCommitClock(databaseUrl: string, subgraph: string): Promise<CommitClock> {
  const worker = new Worker(path.join(__dirname, 'commit-clock.worker.ts'), {
    workerData: { databaseUrl, channel: feedChannelOf(subgraph) },
  });
  const commits = new Map<string, number>();
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { type: string; seq?: string; at?: number }) => {
      if (message.type === 'listening') resolve();
      else if (message.type === 'commit' && message.seq && message.at) commits.set(message.seq, message.at);
    });
    worker.once('error', reject);
  });
  return {
    commits,
    async stop() {
      worker.postMessage({ type: 'stop' });
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/** A hub of a bench, over its scratch database and with its demo data. */
export interface DemoHub {
  hub: RunningHub;
  database: ScratchDatabase;
  demo: DemoData;
  /** The session cookie header of an agent, signed as the gateway signs it. */
  cookieOf(agentId: string): Promise<string>;
}

/**
 * A hub (no background jobs) over a scratch database `name` on `serverUrl`, with demo data of
 * `size`, for the time of `use`: stopped afterwards, its database dropped unless `keepDatabase`.
 */
export async function withDemoHub<T>(
  serverUrl: string,
  options: {
    name: string;
    size: { agents: number; missions: number; applications: number };
    keepDatabase?: boolean;
  },
  use: (demoHub: DemoHub) => Promise<T>,
): Promise<T> {
  const database = await createScratchDatabase(serverUrl, options.name);
  const demo = generateDemoData({ size: options.size });
  const sessionSecret = randomBytes(32);
  const hub = await startHub({ databaseUrl: database.url, port: 0, demo, sessionSecret, background: false });
  try {
    return await use({
      hub,
      database,
      demo,
      cookieOf: async (agentId) => `${SESSION_COOKIE}=${await signSession(sessionSecret, agentId)}`,
    });
  } finally {
    await hub.stop();
    if (!options.keepDatabase) await database.drop();
  }
}
