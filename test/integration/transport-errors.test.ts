import { generateDemoData } from '@talents/demo';
import { startTestHub, type TestHub } from '../support/hub';
import { gatewayAuthorization, TEST_ADMIN } from '../support/tokens';

/**
 * Issue 17, item 6: what fails before GraphQL runs — a body that is not JSON, too large, in another
 * charset, a batch, an unknown enum value, an operation nested too deep — answers at the gateway and
 * at the subgraphs in the hub's JSON shape, French message and stable code; in production without
 * stack or internal names.
 */
interface ErrorBody {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  data?: unknown;
}

interface Case {
  label: string;
  body: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  message: RegExp;
  /** The nesting limit is the gateway's: subgraphs only answer the gateway. */
  gatewayOnly?: boolean;
}

const DEEP = `{ agent(id: "x") { ${'manager { '.repeat(14)}id${' }'.repeat(14)} } }`;

const CASES: Case[] = [
  {
    label: 'malformed JSON',
    body: '{"query": "{ __typename }"',
    status: 400,
    code: 'BAD_REQUEST',
    message: /n’est pas un JSON valide/,
  },
  {
    label: 'a body over the limit',
    body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: /Requête trop volumineuse/,
  },
  {
    label: 'another charset',
    body: '{}',
    headers: { 'content-type': 'application/json; charset=latin-9' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: /UTF-8/,
  },
  {
    label: 'UTF-16, which body-parser would decode',
    body: '{}',
    headers: { 'content-type': 'application/json; charset=utf-16' },
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: /UTF-8/,
    gatewayOnly: true,
  },
  {
    label: 'an unknown enum value',
    body: JSON.stringify({ query: '{ missions(filter: { statuses: [EN_COURS] }) { totalCount } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /La valeur « EN_COURS » n’existe pas dans l’énumération MissionStatus/,
  },
  {
    label: 'a batch',
    body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    status: 400,
    code: 'BAD_REQUEST',
    message: /requêtes groupées/,
    // A subgraph takes lists from the gateway (its batched fetches): see the test below.
    gatewayOnly: true,
  },
  {
    label: 'a form post (CSRF)',
    body: 'query={ __typename }',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'BAD_REQUEST',
    message: /falsification de requête/,
  },
  {
    label: 'an operation nested too deep',
    body: JSON.stringify({ query: DEEP }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /trop imbriquée/,
    gatewayOnly: true,
  },
];

async function send(url: string, item: Case, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...item.headers },
    body: item.body,
  });
  const text = await response.text();
  expect({ label: item.label, type: response.headers.get('content-type') }).toEqual({
    label: item.label,
    type: expect.stringContaining('application/json'),
  });
  return { status: response.status, body: JSON.parse(text) as ErrorBody, text };
}

function expectAnswer(item: Case, answer: { status: number; body: ErrorBody }) {
  const error = answer.body.errors?.[0];
  expect({ label: item.label, status: answer.status, code: error?.extensions?.code }).toEqual({
    label: item.label,
    status: item.status,
    code: item.code,
  });
  expect({ label: item.label, message: error?.message }).toEqual({
    label: item.label,
    message: expect.stringMatching(item.message),
  });
}

describe.each([
  ['development', false],
  ['production', true],
] as const)('transport errors in %s', (_mode, production) => {
  let hub: TestHub;

  beforeAll(async () => {
    const before = { env: process.env.NODE_ENV, level: process.env.LOG_LEVEL };
    if (production) {
      process.env.NODE_ENV = 'production';
      process.env.LOG_LEVEL = 'silent';
    }
    try {
      hub = await startTestHub(generateDemoData({ size: { agents: 30, missions: 10, applications: 5 } }));
    } finally {
      process.env.NODE_ENV = before.env;
      if (before.level === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = before.level;
    }
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it.each(CASES.map((item) => [item.label, item] as const))(
    'answers %s at the gateway in French JSON with a stable code',
    async (_label, item) => {
      const answer = await send(hub.gateway.graphqlUrl, item);
      expectAnswer(item, answer);
      if (production) {
        expect(answer.text).not.toMatch(/stacktrace|serviceName|node_modules|at [\w.]+ \(/);
      }
    },
  );

  it.each(CASES.filter((item) => !item.gatewayOnly).map((item) => [item.label, item] as const))(
    'answers %s at a subgraph in French JSON with a stable code',
    async (_label, item) => {
      const authorization = await gatewayAuthorization(TEST_ADMIN, hub.keys);
      for (const subgraph of Object.values(hub.subgraphs)) {
        // The enum belongs to missions; elsewhere the field is unknown (also a French answer).
        const expected =
          item.label === 'an unknown enum value' && subgraph.name !== 'missions'
            ? { ...item, message: /n’existe pas sur le type Query/ }
            : item;
        const answer = await send(subgraph.url, item, { authorization });
        expectAnswer(expected, answer);
        if (production) expect(answer.text).not.toMatch(/stacktrace|node_modules|at [\w.]+ \(/);
      }
    },
  );

  it('takes a list of operations at a subgraph from the gateway only, each answered in its place', async () => {
    const batch = {
      label: 'a batch',
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ nope }' }]),
    };
    for (const subgraph of Object.values(hub.subgraphs)) {
      const refused = await send(subgraph.url, {
        ...batch,
        status: 401,
        code: 'UNAUTHENTICATED',
        message: /./,
      });
      expect(refused.status).toBe(401);
      const authorization = await gatewayAuthorization(TEST_ADMIN, hub.keys);
      const answer = await send(
        subgraph.url,
        { ...batch, status: 400, code: '', message: /./ },
        { authorization },
      );
      const [first, second] = answer.body as unknown as ErrorBody[];
      expect(first).toEqual({ data: { __typename: 'Query' } });
      expect(second?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('keeps the subgraphs’ internal names out of field errors in production', async () => {
    const response = await fetch(hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ missions(first: 2) { nodes { id applications { id } } } }' }),
    });
    const body = (await response.json()) as ErrorBody;
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
      expect(error.message).toMatch(/[éèàù’]/);
      if (production) {
        expect(error.extensions?.serviceName).toBeUndefined();
        expect(error.extensions?.stacktrace).toBeUndefined();
      }
    }
  });
});
