import { getIntrospectionQuery, GraphQLError, parse } from 'graphql';
import {
  DEFAULT_OPERATION_LIMITS,
  operationCost,
  OperationLimits,
  operationLimitSettings,
  type OperationLimitName,
} from '../src/limits';
import { SubscriptionPlanner } from '../src/subscriptions/planner';
import { readSupergraph } from '../src/supergraph';
import { benchOperations, dashboardOperations, largestListSizes } from './real-operations';

const schema = new SubscriptionPlanner(readSupergraph()).schema;

function refusal(
  source: string,
  variables?: Record<string, unknown>,
  limits = new OperationLimits(),
): Record<string, unknown> | null {
  try {
    limits.check(schema, source, variables);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, ...(error.extensions as Record<string, unknown>) };
  }
}

function limitOf(source: string, variables?: Record<string, unknown>): unknown {
  return refusal(source, variables)?.limit ?? null;
}

/** `{ agent(id: "a") { manager { manager { … id } } } }`, `levels` fields deep. */
function deep(levels: number): string {
  return `{ agent(id: "a") { ${'manager { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

/** `{ __schema { types { fields { type { ofType { … name } } } } } }`, `levels` fields deep. */
function deepIntrospection(levels: number): string {
  return `{ __schema { types { fields { type { ${'ofType { '.repeat(levels - 5)}name${' }'.repeat(levels - 5)} } } } } }`;
}

describe('operation limits', () => {
  it.each([
    ['bare', {}],
    [
      'with every option GraphiQL may ask for',
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      },
    ],
  ])('let graphql-js’s own introspection query through (%s)', (_label, options) => {
    expect(refusal(getIntrospectionQuery(options))).toBeNull();
  });

  describe('let every operation of the hub’s own code through, at the largest page sizes', () => {
    const dashboard = dashboardOperations();
    const bench = benchOperations();

    it('finds them all', () => {
      // So that a loader that silently finds nothing cannot pass the test below.
      expect(dashboard.length).toBeGreaterThanOrEqual(44);
      expect(bench.length).toBeGreaterThanOrEqual(10);
      expect(dashboard.map((operation) => operation.label)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('SearchMissions'),
          expect.stringContaining('MissionMatches'),
          expect.stringContaining('ModerationQueue'),
        ]),
      );
    });

    it.each([...dashboard, ...bench].map((operation) => [operation.label, operation] as const))(
      '%s',
      (_label, operation) => {
        const variables = largestListSizes(schema, operation.document);
        expect(refusal(operation.source, variables)).toBeNull();
      },
    );
  });

  it('refuses each limit with BAD_USER_INPUT, HTTP 400, its name and its figures in French', () => {
    const aliases = `{ skills { ${Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    const rootFields = `{ ${Array.from({ length: 11 }, (_, i) => (i % 2 ? `skills { id }` : `administrations { id }`)).join(' ')} }`;
    const directives = `query ($x: Boolean!) { skills { ${Array.from({ length: 21 }, () => 'id @include(if: $x)').join(' ')} } }`;
    const tokens = `{ skills { ${'id '.repeat(1_000)}} }`;
    const costly =
      '{ missions(first: 100) { nodes { suggestedAgents(first: 50) { score agent { displayName } } } } }';
    const cases: Array<[string, OperationLimitName, RegExp]> = [
      [deep(13), 'maxDepth', /^Opération trop imbriquée : 13 niveaux pour 12 au plus\.$/],
      [
        deepIntrospection(16),
        'maxIntrospectionDepth',
        /^Introspection trop imbriquée : 16 niveaux pour 15 au plus\.$/,
      ],
      [aliases, 'maxAliases', /^Trop d’alias dans l’opération : 16 pour 15 au plus\.$/],
      [rootFields, 'maxRootFields', /^Trop de champs racines dans l’opération : 11 pour 10 au plus ;/],
      [directives, 'maxDirectives', /^Trop de directives dans l’opération : 21 pour 20 au plus\.$/],
      [tokens, 'maxTokens', /^Opération trop longue : plus de 1\s000 lexèmes .* pour 1\s000 au plus\.$/],
      [costly, 'maxCost', /^Opération trop coûteuse : coût estimé 30\s400 pour 10\s000 au plus /],
    ];
    for (const [source, limit, message] of cases) {
      const refused = refusal(source);
      expect({ limit, refused }).toEqual({
        limit,
        refused: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          http: { status: 400 },
          limit,
          maximum: DEFAULT_OPERATION_LIMITS[limit],
          message: expect.stringMatching(message),
        }),
      });
    }
    // Just under each limit, the same shapes pass.
    expect(limitOf(deep(12))).toBeNull();
    expect(limitOf(deepIntrospection(15))).toBeNull();
  });

  it('measures introspection apart: it lends the data no depth', () => {
    expect(limitOf(`{ __schema { types { name } } ${deep(13).slice(1)}`)).toBe('maxDepth');
  });

  it('follows fragments and their cycles without looping; fragments add no level', () => {
    expect(limitOf('query { ...F } fragment F on Query { ...F skills { id } }')).toBeNull();
    const spread = `query { agent(id: "a") { ...M } } fragment M on Agent { ${'manager { '.repeat(11)}id${' }'.repeat(11)} }`;
    expect(limitOf(spread)).toBe('maxDepth');
  });

  it('lets a text that does not parse through, for the server to answer its syntax error', () => {
    expect(refusal('{ skills { id ')).toBeNull();
  });

  it('multiplies a list’s cost by its size: written, from a variable, or the schema’s default', () => {
    const page = (first: string) =>
      operationCost(schema, parse(`query ($n: Int) { missions${first} { nodes { title } } }`), { n: 40 });
    // missions (2) + nodes (2) + title (1), all times the page size.
    expect(page('(first: 10)')).toBe(50);
    expect(page('(first: $n)')).toBe(200);
    expect(page('')).toBe(100); // first: Int = 20 in the schema
    expect(
      operationCost(schema, parse('query ($n: Int = 7) { missions(first: $n) { nodes { title } } }')),
    ).toBe(35);
    // Nested lists multiply.
    const nested = operationCost(
      schema,
      parse('{ missions(first: 10) { nodes { suggestedAgents(first: 5) { score } } } }'),
    );
    expect(nested).toBe(10 * (2 + 2 + 5 * (2 + 1)));
    // A variable page size is checked with its value, not as if it were 1.
    const search =
      'query ($n: Int) { missions(first: $n) { nodes { suggestedAgents(first: $n) { score agent { displayName } } } } }';
    expect(limitOf(search, { n: 5 })).toBeNull();
    expect(limitOf(search, { n: 100 })).toBe('maxCost');
  });

  it('measures a text once, and its cost once per list sizes', () => {
    const limits = new OperationLimits();
    const search =
      'query ($n: Int, $q: String) { missions(first: $n, filter: { search: $q }) { nodes { title } } }';
    for (const q of ['a', 'b', 'c']) limits.check(schema, search, { n: 10, q });
    limits.check(schema, search, { n: 20, q: 'a' });
    expect(limits.measured).toEqual({ shapes: 1, costs: 2 });
    // A refused text is refused again without being measured again.
    expect(() => limits.check(schema, deep(13))).toThrow(/trop imbriquée/);
    expect(() => limits.check(schema, deep(13))).toThrow(/trop imbriquée/);
    expect(limits.measured.shapes).toBe(2);
  });
});

describe('operation limit settings', () => {
  it('read OPERATION_MAX_* from the environment, the defaults otherwise', () => {
    expect(operationLimitSettings({})).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(operationLimitSettings({ OPERATION_MAX_COST: '20000', OPERATION_MAX_DEPTH: ' ' })).toEqual({
      ...DEFAULT_OPERATION_LIMITS,
      maxCost: 20_000,
    });
  });

  it.each(['0', '-3', '2.5', 'beaucoup'])('refuse %s with a French sentence naming the variable', (raw) => {
    expect(() => operationLimitSettings({ OPERATION_MAX_ALIASES: raw })).toThrow(
      new RegExp(
        `OPERATION_MAX_ALIASES doit être un nombre entier strictement positif \\(reçu « ${raw} »\\)`,
      ),
    );
  });
});
