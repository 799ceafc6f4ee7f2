import { generateDemoData } from '@talents/demo';
import { readSupergraph, startGateway, type RunningGateway } from '@talents/gateway';
import { getIntrospectionQuery } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestHub, type TestHub } from '../support/hub';
import { record, waitFor } from '../support/subscriptions';
import { startGatewayWithFrozenMissions } from '../support/frozen-peer';

/**
 * Issue 15, item 1, through the real gateway: deep, wide, aliased, huge, costly… operations are
 * refused on HTTP and on the subscription socket alike, with the same code and French sentence,
 * before any subgraph hears of them; each socket is capped (subscriptions, message size, messages
 * per second); an operation that outlives its bound is answered GATEWAY_TIMEOUT; nothing crashes.
 */
const MISSION_ID = '00000000-0000-4000-8000-000000000000';

/** A selection under a mission, wrapped as a query (HTTP) or as the public live feed (socket). */
const AS = {
  query: (inner: string) => `{ mission(id: "${MISSION_ID}") { ${inner} } }`,
  subscription: (inner: string) => `subscription { missionPublished { mission { ${inner} } } }`,
};

interface Abuse {
  label: string;
  limit: string;
  message: RegExp;
  operation(kind: keyof typeof AS): string;
}

const ABUSES: Abuse[] = [
  {
    label: 'deep',
    limit: 'maxDepth',
    message: /^Opération trop imbriquée : \d+ niveaux pour 12 au plus\.$/,
    operation: (kind) => AS[kind](`contact { ${'manager { '.repeat(12)}id${' }'.repeat(12)} }`),
  },
  {
    label: 'costly (list sizes multiply)',
    limit: 'maxCost',
    message: /^Opération trop coûteuse : coût estimé [\d\s\u202f]+ pour 10\s000 au plus/,
    operation: (kind) =>
      AS[kind](
        'suggestedAgents(first: 50) { agent { recommendedMissions(first: 50) { mission { title } } } }',
      ),
  },
  {
    label: 'aliased',
    limit: 'maxAliases',
    message: /^Trop d’alias dans l’opération : 40 pour 15 au plus\.$/,
    operation: (kind) => AS[kind](Array.from({ length: 40 }, (_, i) => `t${i}: title`).join(' ')),
  },
  {
    label: 'huge (tokens)',
    limit: 'maxTokens',
    message: /^Opération trop longue : plus de 1\s000 lexèmes/,
    operation: (kind) => AS[kind]('title '.repeat(1_200)),
  },
  {
    label: 'with many directives',
    limit: 'maxDirectives',
    message: /^Trop de directives dans l’opération : 25 pour 20 au plus\.$/,
    operation: (kind) => AS[kind]('title @include(if: true) '.repeat(25)),
  },
  {
    label: 'with many root fields',
    limit: 'maxRootFields',
    message: /^Trop de champs racines dans l’opération : 12 pour 10 au plus/,
    operation: (kind) =>
      kind === 'query'
        ? `{ ${Array.from({ length: 12 }, (_, i) => `s${i}: skills { id }`).join(' ')} }`
        : `subscription { ${Array.from({ length: 12 }, (_, i) => `p${i}: missionPublished { cursor }`).join(' ')} }`,
  },
];

/** Operations each subgraph has executed so far, from its own /metrics. */
async function subgraphOperations(hub: TestHub): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, subgraph] of Object.entries(hub.subgraphs)) {
    const text = await (await fetch(new URL('/metrics', subgraph.url))).text();
    counts[name] = [...text.matchAll(/^talents_graphql_operation_duration_seconds_count\{[^}]*\} (\d+)/gm)]
      .map((match) => Number(match[1]))
      .reduce((sum, count) => sum + count, 0);
  }
  return counts;
}

interface Closed {
  code: number;
  reason: string;
}

/** A real graphql-ws client, anonymous, that never reconnects and records how its socket closed. */
function socketClient(url: string): { client: Client; closed: Closed[] } {
  const closed: Closed[] = [];
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    // Connected at once and kept open: a lazy client would close its own socket between subscriptions.
    lazy: false,
    // Its closes are recorded below; the default would print each fatal one on the console.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const { code, reason } = event as Closed;
        closed.push({ code, reason });
      },
    },
  });
  return { client, closed };
}

describe('operation limits through the gateway', () => {
  let hub: TestHub;
  let capped: RunningGateway;

  beforeAll(async () => {
    hub = await startTestHub(generateDemoData({ size: { agents: 20, missions: 6, applications: 3 } }));
    capped = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url])),
      port: 0,
      auth: { keys: hub.keys, databaseUrl: hub.databaseUrl, sessionSecret: hub.sessionSecret },
      socketLimits: { maxSubscriptions: 2, maxMessageBytes: 2_048, maxMessagesPerSecond: 10 },
    });
  });

  afterAll(async () => {
    await capped?.stop();
    await hub?.stop();
  });

  describe.each(ABUSES.map((abuse) => [abuse.label, abuse] as const))('an operation %s', (_label, abuse) => {
    it('is refused on HTTP with 400, BAD_USER_INPUT, the limit and a French sentence, no subgraph called', async () => {
      const before = await subgraphOperations(hub);
      const response = await fetch(hub.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: abuse.operation('query') }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        data?: unknown;
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: abuse.limit });
      expect(body.errors[0]?.message).toMatch(abuse.message);
      expect(await subgraphOperations(hub)).toEqual(before);
    });

    it('is refused on the socket with the same code and sentence, nothing subscribed upstream', async () => {
      const { client, closed } = socketClient(hub.gateway.graphqlUrl.replace(/^http/, 'ws'));
      try {
        const subscription = record(client, abuse.operation('subscription'));
        await subscription.ended;
        const error = subscription.results[0]?.errors?.[0] as
          { message: string; extensions?: Record<string, unknown> } | undefined;
        expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: abuse.limit });
        expect(error?.message).toMatch(abuse.message);
        expect(error?.extensions?.http).toBeUndefined();
        expect(hub.gateway.subscriptions.active).toBe(0);
        // The socket itself stays open: one refused operation is not a reason to drop the others.
        expect(closed).toEqual([]);
      } finally {
        await client.dispose();
      }
    });
  });

  it('refuses the same way an operation sent by GET', async () => {
    const url = new URL(hub.gateway.graphqlUrl);
    url.searchParams.set('query', ABUSES[0]!.operation('query'));
    // A GET needs a header that a cross-site form cannot set (Apollo Server's CSRF prevention).
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxDepth' });
  });

  it('lets GraphiQL’s introspection query through', async () => {
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        // As GraphiQL asks (`oneOf` aside: @apollo/gateway does not know `isOneOf`).
        query: getIntrospectionQuery({
          descriptions: true,
          inputValueDeprecation: true,
          schemaDescription: true,
        }),
      }),
    });
    const body = (await response.json()) as { data?: { __schema: { types: unknown[] } }; errors?: unknown };
    expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(body.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('checks the cost with the page size the variables give', async () => {
    const query = `query ($n: Int!) { missions(first: $n) { nodes { suggestedAgents(first: $n) { score } } } }`;
    const ask = async (n: number) =>
      fetch(hub.gateway.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { n } }),
      });
    // 5 × 5 passes the limits; 100 × 100 does not (nor would the subgraph, whose most is 50) (the subgraph then answers as it answers an anonymous visitor).
    expect((await ask(5)).status).toBe(200);
    const refused = await ask(100);
    expect(refused.status).toBe(400);
    expect(
      ((await refused.json()) as { errors: Array<{ extensions: { limit: string } }> }).errors[0]?.extensions
        .limit,
    ).toBe('maxCost');
  });

  describe('each socket is capped', () => {
    const url = () => capped.graphqlUrl.replace(/^http/, 'ws');

    it('refuses a subscription past the maximum on one socket, and keeps the others running', async () => {
      const { client, closed } = socketClient(url());
      try {
        const feed = 'subscription { missionPublished { cursor } }';
        const first = record(client, feed);
        const second = record(client, feed);
        await waitFor(() => capped.subscriptions.active === 2);
        const third = record(client, feed);
        await third.ended;
        expect(third.results[0]?.errors?.[0]).toMatchObject({
          message:
            'Trop de souscriptions sur cette connexion : 2 au plus à la fois ; arrêtez-en une avant d’en ouvrir une autre.',
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 'maxSubscriptions', maximum: 2 },
        });
        expect(capped.subscriptions.active).toBe(2);
        // One stopped, there is room for another.
        first.stop();
        await waitFor(() => capped.subscriptions.active === 1);
        const fourth = record(client, feed);
        await waitFor(() => capped.subscriptions.active === 2);
        expect(fourth.results).toEqual([]);
        second.stop();
        fourth.stop();
        expect(closed).toEqual([]);
      } finally {
        await client.dispose();
      }
    });

    it('closes a socket whose message is too big with 1009 and a French reason', async () => {
      const { client, closed } = socketClient(url());
      try {
        // A comment makes the message big without adding a token.
        const big = `subscription { missionPublished { cursor } }\n# ${'x'.repeat(3_000)}`;
        await record(client, big).ended;
        await waitFor(() => closed.length > 0);
        expect(closed[0]?.code).toBe(1009);
        expect(closed[0]?.reason).toMatch(/^Message trop volumineux : \d+ octets pour 2048 au plus\.$/);
        expect(capped.subscriptions.active).toBe(0);
      } finally {
        await client.dispose();
      }
    });

    it('closes a socket that sends too many messages in a second with 4429 and a French reason', async () => {
      const { client, closed } = socketClient(url());
      try {
        const feed = 'subscription { missionPublished { cursor } }';
        const live = record(client, feed);
        await waitFor(() => capped.subscriptions.active === 1);
        // Each round is a subscribe and a complete: 12 rounds, 24 messages, in far less than a second.
        for (let i = 0; i < 12; i += 1) {
          const round = record(client, feed);
          await new Promise((resolve) => setImmediate(resolve));
          round.stop();
        }
        await waitFor(() => closed.length > 0);
        expect(closed[0]).toEqual({
          code: 4429,
          reason: 'Trop de messages : plus de 10 par seconde sur cette connexion.',
        });
        await live.ended;
      } finally {
        await client.dispose();
      }
      await waitFor(() => capped.subscriptions.active === 0);
    });
  });

  it('still answers after all of it', async () => {
    const response = await hub.query<{ skills: unknown[] }>('{ skills { id } }');
    expect(response.errors).toBeUndefined();
    expect((await fetch(`${hub.gateway.url}/healthz`)).status).toBe(200);
  });
});

describe('per-operation timeout', () => {
  let hub: TestHub;
  let frozen: Awaited<ReturnType<typeof startGatewayWithFrozenMissions>>;
  let gateway: RunningGateway;

  beforeAll(async () => {
    hub = await startTestHub(generateDemoData({ size: { agents: 10, missions: 3, applications: 1 } }));
    // The subgraph's own bound far away: the operation's bound speaks first.
    frozen = await startGatewayWithFrozenMissions(hub, {
      subgraphTimeoutMs: 30_000,
      operationTimeoutMs: 700,
    });
    gateway = frozen.gateway;
  });

  afterAll(async () => {
    await frozen?.close();
    await hub?.stop();
  });

  it('answers 504 GATEWAY_TIMEOUT in French once the bound has passed, and goes on serving', async () => {
    const started = Date.now();
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ skills { id } mission(id: "${MISSION_ID}") { title } }` }),
    });
    const elapsed = Date.now() - started;
    expect(response.status).toBe(504);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'GATEWAY_TIMEOUT', timeoutMs: 700 });
    expect(body.errors[0]?.message).toMatch(/^L’opération a dépassé le délai de 0,7 s accordé par le hub/);
    expect(elapsed).toBeGreaterThanOrEqual(650);
    expect(elapsed).toBeLessThan(10_000);
    // What does not need the stalled subgraph is served as before.
    const fine = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ skills { id } }' }),
    });
    expect(fine.status).toBe(200);
  });
});
