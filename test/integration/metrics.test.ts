import type { AddressInfo } from 'node:net';
import { generateDemoData } from '@talents/demo';
import { createServiceMetrics, mountMetricsRoute } from '@talents/platform';
import express from 'express';
import { startTestHub, type TestHub } from '../support/hub';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text format, as a scraper reads it: one sample per line, comments aside. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`ligne de métriques illisible : ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key!] = value!;
    }
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(baseUrl: string): Promise<Sample[]> {
  const response = await fetch(`${baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseMetrics(await response.text());
}

function find(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample | undefined {
  return samples.find(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}

describe('/metrics of the gateway and of each subgraph', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(generateDemoData({ size: { agents: 20, missions: 6, applications: 4 } }));
    await hub.query('query Catalogue { missions(first: 3) { nodes { id title seatsRemaining } } }');
    await hub.query('query Refused { profilesAuditLog { nodes { id } } }');
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('exposes the gateway’s operations, errors, subgraph fetches, subscriptions and event-loop lag', async () => {
    const samples = await scrape(hub.gateway.url);
    const operations = find(samples, 'talents_graphql_operation_duration_seconds_count', {
      service: 'gateway',
      operation: 'Catalogue',
      type: 'query',
    });
    expect(operations?.value).toBe(1);
    for (const subgraph of ['missions', 'approvals']) {
      expect(
        find(samples, 'talents_gateway_subgraph_fetch_duration_seconds_count', { subgraph, outcome: 'ok' })
          ?.value,
      ).toBeGreaterThanOrEqual(1);
    }
    expect(find(samples, 'talents_subscriptions_open')?.value).toBe(0);
    expect(find(samples, 'talents_nodejs_eventloop_lag_seconds')).toBeDefined();
    const refused = samples.filter((sample) => sample.name === 'talents_graphql_errors_total');
    expect(refused.map((sample) => sample.labels.code)).toContain('UNAUTHENTICATED');
  });

  it.each(['profiles', 'missions', 'approvals'])(
    'exposes %s’s operations, pool and event queues',
    async (name) => {
      const samples = await scrape(new URL(hub.subgraphs[name]!.url).origin);
      expect(
        samples.some(
          (sample) =>
            sample.name === 'talents_graphql_operation_duration_seconds_count' &&
            sample.labels.service === name &&
            sample.value > 0,
        ),
      ).toBe(true);
      expect(find(samples, 'talents_db_pool_connections', { state: 'total' })?.value).toBeGreaterThan(0);
      expect(find(samples, 'talents_db_pool_connections', { state: 'waiting' })?.value).toBe(0);
      const queues = samples.filter((sample) => sample.name === 'talents_event_jobs');
      expect(queues.length).toBeGreaterThan(0);
      // Only the queues this subgraph consumes.
      expect(queues.every((sample) => sample.labels.queue?.startsWith(`${name}__`))).toBe(true);
    },
  );

  it('asks for METRICS_TOKEN when one is set', async () => {
    const app = express();
    mountMetricsRoute(app, createServiceMetrics('essai', { processMetrics: false }).registry, 'secret');
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer faux' } })).status).toBe(401);
      const allowed = await fetch(url, { headers: { authorization: 'Bearer secret' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('talents_graphql_errors_total');
    } finally {
      server.close();
    }
  });
});
