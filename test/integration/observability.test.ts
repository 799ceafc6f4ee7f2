import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateDemoData } from '@talents/demo';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  SpanKind,
  startTracing,
  startTracingFromEnvironment,
  trace,
  tracingSettings,
  type ReadableSpan,
  type StartedTracing,
} from '@talents/platform';
import type { Client } from 'graphql-ws';
import { eventually } from '../support/eventually';
import { startTestHub, type TestHub } from '../support/hub';
import { missionInput } from '../support/mission-input';
import { postGraphQL } from '../support/graphql';
import {
  failedStart,
  failureReason,
  npmStart,
  QUIET_START,
  stopGroup,
  type Started,
} from '../support/npm-start';
import { liveCast, publishMission, record, subscriptionClient, waitFor } from '../support/subscriptions';

/** Crosses two subgraphs: the missions from missions, their free seats from approvals. */
const CATALOGUE = 'query Catalogue { missions(first: 3) { nodes { id title seatsRemaining } } }';

const serviceOf = (span: ReadableSpan) => String(span.resource.attributes['service.name']);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The family names a `/metrics` page declares (`# TYPE name kind`). */
async function scrapedFamilies(baseUrl: string): Promise<Set<string>> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]!));
}

async function deliveries(baseUrl: string, field: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = new RegExp(
    `^talents_subscription_deliveries_total\\{[^}]*field="${field}"[^}]*\\} (\\S+)$`,
    'm',
  );
  return Number(line.exec(text)?.[1] ?? 0);
}

describe('traces, request ids and metrics across the gateway and the subgraphs', () => {
  const demo = generateDemoData({ size: { agents: 40, missions: 8, applications: 6 } });
  const cast = liveCast(demo);
  let hub: TestHub;
  let tracing: StartedTracing | null = null;
  const clients: Client[] = [];

  beforeAll(async () => {
    hub = await startTestHub(demo);
  }, 90_000);

  afterAll(async () => {
    await tracing?.stop();
    await Promise.all(clients.map((client) => client.dispose()));
    await hub?.stop();
  });

  it('traces one operation across two subgraphs: gateway operation, fetches, subgraph operations, SQL', async () => {
    const exporter = new InMemorySpanExporter();
    tracing = startTracing({ exporter, batch: false });
    try {
      const response = await fetch(hub.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'essai-trace-1' },
        body: JSON.stringify({ query: CATALOGUE }),
      });
      expect(response.headers.get('x-request-id')).toBe('essai-trace-1');
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

      // Each span ends when its response has left: the subgraphs' can close just after the answer.
      const isOperation = (span: ReadableSpan) => span.name === 'query Catalogue';
      const spans = await eventually(
        async () => exporter.getFinishedSpans(),
        (all) =>
          all.filter((span) => span.kind === SpanKind.SERVER).length >= 3 &&
          all.some((span) => isOperation(span) && serviceOf(span) === 'gateway'),
      );
      const operation = spans.find((span) => isOperation(span) && serviceOf(span) === 'gateway');
      expect(operation?.kind).toBe(SpanKind.SERVER);
      expect(parentOf(operation!)).toBeUndefined();
      expect(operation?.attributes).toMatchObject({
        'graphql.operation.name': 'Catalogue',
        'graphql.operation.type': 'query',
        'talents.request_id': 'essai-trace-1',
        'talents.viewer.kind': 'anonymous',
      });
      const traceId = operation!.spanContext().traceId;
      const inTrace = spans.filter((span) => span.spanContext().traceId === traceId);
      expect(spans.filter((span) => span.spanContext().traceId !== traceId)).toEqual([]);

      const fetches = inTrace.filter((span) => span.name.startsWith('fetch '));
      expect(fetches.map((span) => span.name).sort()).toEqual(['fetch approvals', 'fetch missions']);
      for (const fetchSpan of fetches) {
        expect(fetchSpan.kind).toBe(SpanKind.CLIENT);
        expect(parentOf(fetchSpan)).toBe(operation!.spanContext().spanId);
        const subgraph = fetchSpan.attributes['talents.subgraph'] as string;
        // The subgraph's operation continues the trace under the fetch that reached it.
        const served = inTrace.filter(
          (span) => serviceOf(span) === subgraph && span.kind === SpanKind.SERVER,
        );
        expect(served).toHaveLength(1);
        expect(parentOf(served[0]!)).toBe(fetchSpan.spanContext().spanId);
        expect(served[0]!.name).toMatch(/^query /);
        expect(served[0]!.attributes).toMatchObject({
          'talents.request_id': 'essai-trace-1',
          'talents.viewer.kind': 'anonymous',
        });
        // Its statements below it, as written: placeholders, no values.
        const statements = inTrace.filter((span) => parentOf(span) === served[0]!.spanContext().spanId);
        expect(statements.length).toBeGreaterThan(0);
        for (const statement of statements) {
          expect(serviceOf(statement)).toBe(subgraph);
          expect(statement.attributes['db.system.name']).toBe('postgresql');
          expect(statement.name).toBe(statement.attributes['db.operation.name']);
          expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*\w+/);
        }
      }
      const statementTexts = inTrace.map((span) => String(span.attributes['db.query.text'] ?? ''));
      expect(statementTexts.some((text) => /\$1/.test(text))).toBe(true);
      expect(statementTexts.join('\n')).not.toContain(demo.missions[0]!.id);
    } finally {
      await tracing.stop();
      tracing = null;
    }
  });

  it('writes the gateway’s x-request-id into the subgraph’s audit rows', async () => {
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await hub.sessionCookie(cast.host.id) },
      body: JSON.stringify({
        query: 'mutation ($input: MissionInput!) { createMission(input: $input) { id } }',
        variables: {
          input: missionInput({
            hostAdministrationId: cast.referent.administrationId,
            contactAgentId: cast.host.id,
            skillIds: ['python'],
          }),
        },
      }),
    });
    // Made by the gateway when the client sends none.
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { data?: { createMission: { id: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const rows = (await hub.subgraphs.missions!.db.query(
      'SELECT action, entity_id, request_id FROM missions.audit_log WHERE request_id = $1',
      [requestId],
    )) as Array<{ action: string; entity_id: string; request_id: string }>;
    expect(rows).toEqual([
      expect.objectContaining({ action: 'mission.create', entity_id: body.data?.createMission.id }),
    ]);
  });

  it('sends the spans of `npm start` to the OTLP endpoint of the environment, each named by its service', async () => {
    const received: Array<{ path: string; type: string; body: string }> = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', type: String(req.headers['content-type']), body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    // The exporter loads Node's http with import(), which Jest's module registry cannot: the
    // production path runs in the hub's own process, over this suite's database.
    let started: Started | null = null;
    try {
      const { port } = receiver.address() as AddressInfo;
      started = await npmStart({
        ...QUIET_START,
        DATABASE_URL: hub.databaseUrl,
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_SERVICE_NAME: undefined,
      });
      expect((await postGraphQL(`${started.url}/graphql`, CATALOGUE)).errors).toBeUndefined();
      // Stopping sends what is batched.
      await stopGroup(started);
      started = null;
      expect(received.length).toBeGreaterThan(0);
      expect(received[0]).toMatchObject({ path: '/v1/traces', type: 'application/json' });
      const payload = received.map((request) => request.body).join('\n');
      for (const service of ['gateway', 'missions', 'approvals']) {
        expect(payload).toContain(`"stringValue":"${service}"`);
      }
      expect(payload).toContain('"name":"query Catalogue"');
      expect(payload).toContain('"name":"fetch approvals"');
    } finally {
      if (started) await stopGroup(started);
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 120_000);

  it('counts the events delivered to subscribers, by root field', async () => {
    const client = subscriptionClient(hub.gateway.graphqlUrl.replace(/^http/, 'ws'));
    clients.push(client);
    const before = await deliveries(hub.gateway.url, 'missionPublished');
    const feed = record<{ missionPublished: { mission: { id: string } } }>(
      client,
      'subscription Catalogue { published: missionPublished { mission { id } } }',
    );
    await waitFor(() => hub.gateway.subscriptions.active >= 1);
    await publishMission(hub, cast, { title: 'Mission suivie en direct', skillIds: ['python'] });
    await feed.nth(1);
    const after = await eventually(
      () => deliveries(hub.gateway.url, 'missionPublished'),
      (value) => value > before,
    );
    expect(after).toBe(before + 1);
    feed.stop();
  }, 60_000);

  it('documents exactly the series each process exposes (docs/metrics.md)', async () => {
    const doc = await readFile(path.join(__dirname, '../../docs/metrics.md'), 'utf8');
    const table = doc.split('\n').filter((line) => line.startsWith('| `'));
    const documented = table.flatMap((line) =>
      [...(line.split('|')[1] ?? '').matchAll(/`([a-z_*]+)`/g)].map((match) => match[1]!),
    );
    const exact = documented.filter((name) => !name.endsWith('*'));
    const prefixes = documented.filter((name) => name.endsWith('*')).map((name) => name.slice(0, -1));
    const scraped = new Set<string>();
    for (const url of [hub.gateway.url, ...Object.values(hub.subgraphs).map((s) => new URL(s.url).origin)]) {
      for (const name of await scrapedFamilies(url)) scraped.add(name);
    }
    expect(exact.filter((name) => !scraped.has(name))).toEqual([]);
    expect(
      [...scraped].filter((name) => !exact.includes(name) && !prefixes.some((p) => name.startsWith(p))),
    ).toEqual([]);
  });

  it('refuses to start with a malformed OTLP endpoint, naming the variable', async () => {
    expect(() => tracingSettings({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'collecteur' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT doit être l’adresse http\(s\)/,
    );
    expect(() => tracingSettings({ OTEL_SERVICE_NAME: 'nom avec espaces' })).toThrow(/OTEL_SERVICE_NAME/);
    const outcome = await failedStart({
      ...QUIET_START,
      DATABASE_URL: hub.databaseUrl,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collecteur:4318',
    });
    expect(outcome.code).not.toBe(0);
    expect(outcome.output).not.toMatch(/\n\s+at /);
    expect(failureReason(outcome)).toMatch(
      /OTEL_EXPORTER_OTLP_ENDPOINT doit être l’adresse http\(s\) d’un collecteur OpenTelemetry \(reçu « collecteur:4318 »\).*corrigez-la/,
    );
  }, 90_000);

  it('records none of the hub’s spans while tracing is off', async () => {
    expect(tracingSettings({})).toBeNull();
    expect(startTracingFromEnvironment({ OTEL_SERVICE_NAME: 'talents' })).toBeNull();
    expect(
      startTracingFromEnvironment({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318',
        OTEL_SDK_DISABLED: 'true',
      }),
    ).toBeNull();
    // A provider registered for the whole process (as an auto-instrumentation preload would) sees
    // @apollo/gateway's own spans, so it records; the hub's instrumentation adds nothing to it.
    // Last of the file: @apollo/gateway's tracer keeps this provider once it has found it.
    const recorder = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(recorder)] }),
    );
    try {
      const answer = await hub.query(CATALOGUE);
      expect(answer.errors).toBeUndefined();
      const spans = recorder.getFinishedSpans();
      expect(spans.some((span) => span.instrumentationScope.name === 'apollo/gateway-js')).toBe(true);
      expect(spans.filter((span) => span.instrumentationScope.name !== 'apollo/gateway-js')).toEqual([]);
    } finally {
      trace.disable();
    }
  });
});
