import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier, Role } from '@talents/common';
import { decodeJwt } from 'jose';
import { generateSigningKeys } from '../src/auth/keys';
import { InternalTokenCache } from '../src/auth/internal-token';
import type { AgentPrincipal, Principal } from '../src/auth/principal';
import { SubgraphTransport, type SubgraphFetch } from '../src/subgraph-transport';

const agent = (roles: AgentPrincipal['roles'] = []): AgentPrincipal => ({
  kind: 'agent',
  agentId: 'agent-1',
  administrationId: 'adm-1',
  roles,
  hostOf: [],
});

describe('the token cache', () => {
  it('hands one token per viewer for half its life, then signs a new one', async () => {
    const keys = await generateSigningKeys();
    let now = 1_000_000;
    const tokens = new InternalTokenCache(keys, 10, () => now);
    const first = await tokens.tokenFor(agent());
    expect(await tokens.tokenFor(agent())).toBe(first);
    now += 29_000;
    expect(await tokens.tokenFor(agent())).toBe(first);
    now += 2_000;
    const renewed = await tokens.tokenFor(agent());
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).jti).not.toBe(decodeJwt(first).jti);
  });

  it('signs another token as soon as the rights differ', async () => {
    const keys = await generateSigningKeys();
    const tokens = new InternalTokenCache(keys);
    const plain = await tokens.tokenFor(agent());
    const manager = await tokens.tokenFor(agent([Role.MANAGER]));
    expect(manager).not.toBe(plain);
    expect(decodeJwt(manager).roles).toEqual(['MANAGER']);
  });

  it('forgets its oldest viewer past its capacity', async () => {
    const keys = await generateSigningKeys();
    const tokens = new InternalTokenCache(keys, 2);
    const of = (id: string): Principal => ({ ...agent(), agentId: id });
    const a = await tokens.tokenFor(of('a'));
    await tokens.tokenFor(of('b'));
    await tokens.tokenFor(of('c'));
    expect(await tokens.tokenFor(of('a'))).not.toBe(a);
  });
});

describe('the subgraph verifier with a reused token', () => {
  afterEach(() => jest.useRealTimers());

  it('accepts it again without a new signature check, and refuses it once expired', async () => {
    const keys = await generateSigningKeys();
    const verify = createTokenVerifier({ jwks: keys.publicJwks });
    const token = await new InternalTokenCache(keys).tokenFor(agent());
    jest.useFakeTimers({ now: Date.now() });
    expect((await verify(`Bearer ${token}`)).agentId).toBe('agent-1');
    expect((await verify(`Bearer ${token}`)).agentId).toBe('agent-1');
    jest.setSystemTime(Date.now() + 61_000);
    await expect(verify(`Bearer ${token}`)).rejects.toThrow('Le jeton de la passerelle a expiré.');
  });

  it('never keeps a token that failed its checks', async () => {
    const keys = await generateSigningKeys();
    const other = await generateSigningKeys();
    const verify = createTokenVerifier({ jwks: keys.publicJwks });
    const forged = await new InternalTokenCache(other).tokenFor(agent());
    for (let i = 0; i < 2; i += 1) {
      await expect(verify(`Bearer ${forged}`)).rejects.toThrow('Jeton de la passerelle invalide');
    }
  });
});

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A subgraph stand-in that holds each answer until told to answer them all. */
async function startHeldServer(): Promise<{
  url: string;
  received: Received[];
  answerAll(status?: number): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let waiting: Array<(status: number) => void> = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      waiting.push((status) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { echo: body, n: received.length } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    answerAll(status = 200) {
      const answers = waiting;
      waiting = [];
      for (const answer of answers) answer(status);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe('the subgraph transport', () => {
  let server: Awaited<ReturnType<typeof startHeldServer>>;
  let transport: SubgraphTransport;
  beforeEach(async () => {
    server = await startHeldServer();
    transport = new SubgraphTransport({ dedupe: true });
  });
  afterEach(async () => {
    await transport.close();
    await server.close();
  });

  const fetchOf = (overrides: Partial<SubgraphFetch> = {}): SubgraphFetch => ({
    service: 'missions',
    url: server.url,
    headers: { authorization: 'Bearer viewer-1', 'x-request-id': 'one', 'content-type': 'application/json' },
    body: '{"query":"{ missions { id } }"}',
    timeoutMs: 5_000,
    read: true,
    ...overrides,
  });

  it('sends identical reads of one viewer in flight once, whatever their request ids', async () => {
    const answers = [
      transport.send(fetchOf()),
      transport.send(fetchOf({ headers: { ...fetchOf().headers, 'x-request-id': 'two' } })),
    ];
    await until(() => server.received.length === 1);
    server.answerAll();
    const [first, second] = await Promise.all(answers);
    expect(server.received).toHaveLength(1);
    expect(second?.text).toBe(first?.text);
    expect(transport.shared).toBe(1);
  });

  it('sends reads of two viewers, two bodies, or writes each on their own', async () => {
    const answers = [
      transport.send(fetchOf()),
      transport.send(fetchOf({ headers: { ...fetchOf().headers, authorization: 'Bearer viewer-2' } })),
      transport.send(fetchOf({ body: '{"query":"{ missions { title } }"}' })),
      transport.send(fetchOf({ read: false, body: '{"query":"mutation { a }"}' })),
      transport.send(fetchOf({ read: false, body: '{"query":"mutation { a }"}' })),
    ];
    await until(() => server.received.length === 5);
    server.answerAll();
    await Promise.all(answers);
    expect(server.received).toHaveLength(5);
    expect(transport.shared).toBe(0);
  });

  it('asks again once the shared answer has come', async () => {
    const first = transport.send(fetchOf());
    await until(() => server.received.length === 1);
    server.answerAll();
    await first;
    const second = transport.send(fetchOf());
    await until(() => server.received.length === 2);
    server.answerAll();
    expect((await second).text).toContain('"n":2');
  });

  it('names the subgraph when it cannot be reached, to every caller sharing the fetch', async () => {
    await server.close();
    const answers = [transport.send(fetchOf()), transport.send(fetchOf())];
    for (const answer of answers) {
      await expect(answer).rejects.toThrow(/^subgraph missions unreachable/);
    }
  });

  it('gives up after the timeout with the message the gateway recognises', async () => {
    await expect(transport.send(fetchOf({ timeoutMs: 200 }))).rejects.toThrow(
      'subgraph missions timed out after 200 ms',
    );
    server.answerAll();
  });

  it('passes a refusal status on, for the data source to turn into its error', async () => {
    const answer = transport.send(fetchOf());
    await until(() => server.received.length === 1);
    server.answerAll(401);
    expect((await answer).status).toBe(401);
  });
});

/** A subgraph stand-in that takes lists of operations (or refuses them, as one without batching does). */
async function startBatchingServer(options: { batching: boolean }): Promise<{
  url: string;
  bodies: string[];
  close(): Promise<void>;
}> {
  const bodies: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(body);
      const parsed = JSON.parse(body) as unknown;
      const answerOf = (operation: unknown) => ({ data: { echo: operation } });
      response.setHeader('content-type', 'application/json');
      if (!Array.isArray(parsed)) {
        response.end(JSON.stringify(answerOf(parsed)));
      } else if (options.batching) {
        response.end(JSON.stringify(parsed.map(answerOf)));
      } else {
        response.statusCode = 400;
        response.end(JSON.stringify({ errors: [{ message: 'Operation batching disabled.' }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    bodies,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A transport that batches, over a stand-in subgraph, both closed after the test. */
async function withBatching(
  options: { batching: boolean },
  test: (
    server: Awaited<ReturnType<typeof startBatchingServer>>,
    transport: SubgraphTransport,
  ) => Promise<void>,
): Promise<void> {
  const server = await startBatchingServer(options);
  const transport = new SubgraphTransport({ dedupe: true, batch: true });
  try {
    await test(server, transport);
  } finally {
    await transport.close();
    await server.close();
  }
}

describe('the subgraph transport’s batches', () => {
  const fetchTo = (url: string, overrides: Partial<SubgraphFetch> = {}): SubgraphFetch => ({
    service: 'profiles',
    url,
    headers: { authorization: 'Bearer viewer-1', 'x-request-id': 'one', 'content-type': 'application/json' },
    body: '{"query":"{ a }"}',
    timeoutMs: 5_000,
    read: true,
    ...overrides,
  });
  const echoOf = (answer: { text: string }) =>
    (JSON.parse(answer.text) as { data: { echo: unknown } }).data.echo;

  it('sends the reads of one request leaving together as one list, and hands each its own answer', () =>
    withBatching({ batching: true }, async (server, transport) => {
      const answers = await Promise.all([
        transport.send(fetchTo(server.url, { body: '{"query":"{ a }"}' })),
        transport.send(
          fetchTo(server.url, {
            body: '{"query":"{ b }"}',
            headers: { ...fetchTo('').headers, traceparent: 'x' },
          }),
        ),
        transport.send(fetchTo(server.url, { body: '{"query":"{ c }"}' })),
      ]);
      expect(server.bodies).toEqual(['[{"query":"{ a }"},{"query":"{ b }"},{"query":"{ c }"}]']);
      expect(answers.map(echoOf)).toEqual([{ query: '{ a }' }, { query: '{ b }' }, { query: '{ c }' }]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(transport.batched).toBe(3);
    }));

  it('never puts two requests, two viewers or a write in one list', () =>
    withBatching({ batching: true }, async (server, transport) => {
      const headers = fetchTo('').headers;
      await Promise.all([
        transport.send(fetchTo(server.url)),
        transport.send(
          fetchTo(server.url, { body: '{"query":"{ b }"}', headers: { ...headers, 'x-request-id': 'two' } }),
        ),
        transport.send(
          fetchTo(server.url, {
            body: '{"query":"{ c }"}',
            headers: { ...headers, authorization: 'Bearer viewer-2' },
          }),
        ),
        transport.send(fetchTo(server.url, { body: '{"query":"mutation { d }"}', read: false })),
      ]);
      expect([...server.bodies].sort()).toEqual([
        '{"query":"mutation { d }"}',
        '{"query":"{ a }"}',
        '{"query":"{ b }"}',
        '{"query":"{ c }"}',
      ]);
      expect(transport.batched).toBe(0);
    }));

  it('does not hold a read its plan sends alone to that subgraph (mayBatch false)', () =>
    withBatching({ batching: true }, async (server, transport) => {
      await Promise.all([
        transport.send(fetchTo(server.url, { body: '{"query":"{ a }"}', mayBatch: false })),
        transport.send(fetchTo(server.url, { body: '{"query":"{ b }"}', mayBatch: false })),
      ]);
      expect([...server.bodies].sort()).toEqual(['{"query":"{ a }"}', '{"query":"{ b }"}']);
      expect(transport.batched).toBe(0);
    }));

  it('sends the list’s reads one by one to a subgraph that refuses lists (during an upgrade)', () =>
    withBatching({ batching: false }, async (server, transport) => {
      const answers = await Promise.all([
        transport.send(fetchTo(server.url, { body: '{"query":"{ a }"}' })),
        transport.send(fetchTo(server.url, { body: '{"query":"{ b }"}' })),
      ]);
      expect(answers.map(echoOf)).toEqual([{ query: '{ a }' }, { query: '{ b }' }]);
      expect(server.bodies).toHaveLength(3);
    }));

  it('hands a refusal of the whole list (its token) to each of its reads', async () => {
    const transport = new SubgraphTransport({ dedupe: true, batch: true });
    const server: Server = createServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"errors":[{"message":"Jeton refusé.","extensions":{"code":"UNAUTHENTICATED"}}]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      const answers = await Promise.all([
        transport.send(fetchTo(url, { body: '{"query":"{ a }"}' })),
        transport.send(fetchTo(url, { body: '{"query":"{ b }"}' })),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([401, 401]);
      expect(answers[0]?.text).toContain('UNAUTHENTICATED');
    } finally {
      await transport.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
