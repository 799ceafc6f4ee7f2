import { getIntrospectionQuery, GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { checkOperationLimits, OPERATION_LIMITS } from '../src/limits';

function check(source: string): void {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('aucune opération');
  checkOperationLimits(document, operation);
}

function limitOf(source: string): unknown {
  try {
    check(source);
    return null;
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.limit : error;
  }
}

/** `{ a { a { … } } }`, `levels` fields deep, under `root`. */
function nested(root: string, levels: number): string {
  return `{ ${root} ${'{ a '.repeat(levels - 1)}${'}'.repeat(levels - 1)} }`;
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
    expect(limitOf(getIntrospectionQuery(options))).toBeNull();
  });

  it('measures introspection apart from the data, each against its own limit', () => {
    expect(limitOf(nested('missions', OPERATION_LIMITS.maxDepth))).toBeNull();
    expect(limitOf(nested('missions', OPERATION_LIMITS.maxDepth + 1))).toBe('maxDepth');
    expect(limitOf(nested('__schema', OPERATION_LIMITS.maxIntrospectionDepth))).toBeNull();
    expect(limitOf(nested('__schema', OPERATION_LIMITS.maxIntrospectionDepth + 1))).toBe(
      'maxIntrospectionDepth',
    );
    expect(limitOf(nested('__type(name: "Mission")', OPERATION_LIMITS.maxIntrospectionDepth + 1))).toBe(
      'maxIntrospectionDepth',
    );
    // Introspection beside data does not lend its allowance to the data.
    expect(
      limitOf(`{ __schema { types { name } } ${nested('missions', OPERATION_LIMITS.maxDepth + 1).slice(1)}`),
    ).toBe('maxDepth');
  });

  it('follows fragments, inline fragments and cycles without looping', () => {
    expect(limitOf('query { ...F } fragment F on Query { ...F missions { id } }')).toBeNull();
    const deep = `query { ... on Query { ...Deep } } fragment Deep on Query ${nested('__schema', 16)}`;
    expect(limitOf(deep)).toBe('maxIntrospectionDepth');
  });

  it('counts every selected field against the breadth limit', () => {
    const wide = `{ missions { ${Array.from({ length: OPERATION_LIMITS.maxFields }, (_, i) => `f${i}: id`).join(' ')} } }`;
    expect(limitOf(wide)).toBe('maxFields');
  });
});
