import fc, { type GeneratorValue } from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random GraphQL operations written from the served schema, valid and invalid alike: fields with
 * arguments of the right and the wrong type, random depth, aliases, fragments, directives,
 * variables with right or garbage values. Drawn through fast-check's `gen()`, so that a seed (and
 * fast-check's path) replays one operation exactly.
 */
export interface FuzzOperation {
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** Real ids of the demo, so that some operations reach real rows rather than NOT_FOUND only. */
export interface FuzzIds {
  ids: readonly string[];
}

const GARBAGE_LITERALS = [
  '"texte"',
  '""',
  '42',
  '-1',
  '0',
  '3.5',
  '99999999999',
  'true',
  'null',
  'VALEUR_INCONNUE',
  '[1, "a", null]',
  '{ inconnu: 1 }',
  '"2027-02-30"',
  '"00000000-0000-4000-8000-000000000000"',
];

const SCALAR_SAMPLES: Record<string, readonly unknown[]> = {
  DateTimeISO: ['2027-03-01T10:00:00.000Z', '2027-13-45T99:00:00Z', 'hier', 0],
  LocalDate: ['2027-03-01', '2027-02-30', '01/03/2027', 20270301],
  JSON: [{}, { a: [1, 2] }, 'x', null],
};

const JUNK_NAMES = ['inconnu', 'budget', 'password', '_entities', '_service', '__schema', 'node'];

class OperationWriter {
  private readonly definitions: string[] = [];
  readonly values: Record<string, unknown> = {};
  private readonly fragments: string[] = [];
  private counter = 0;
  /** Half the operations are written as a client would (to reach the subgraphs), half sloppily. */
  private readonly sloppy: boolean;

  constructor(
    private readonly g: GeneratorValue,
    private readonly schema: GraphQLSchema,
    private readonly ids: readonly string[],
  ) {
    this.sloppy = this.chance(50);
  }

  /** A mistake, in a sloppy operation only. */
  private fault(percent: number): boolean {
    return this.sloppy && this.chance(percent);
  }

  /** True with probability `percent` / 100. */
  chance(percent: number): boolean {
    return this.g(fc.integer, { min: 0, max: 99 }) < percent;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.g(fc.nat, { max: items.length - 1 })] as T;
  }

  private name(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  operation(kind: FuzzOperation['kind']): string {
    const root =
      kind === 'query'
        ? this.schema.getQueryType()
        : kind === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    if (!root) return `${kind} { __typename }`;
    const maxDepth = this.g(fc.integer, { min: 1, max: this.sloppy ? 14 : 6 });
    const roots = kind === 'subscription' && !this.fault(10) ? 1 : this.g(fc.integer, { min: 1, max: 3 });
    const selection = this.selection(root, 1, maxDepth, roots);
    const name = this.chance(50) ? ` ${this.name('Fuzz')}` : '';
    const variables = this.definitions.length > 0 ? `(${this.definitions.join(', ')})` : '';
    const head = name || variables ? `${kind}${name}${variables} ` : kind === 'query' ? '' : `${kind} `;
    return [`${head}${selection}`, ...this.fragments].join('\n');
  }

  private selection(type: GraphQLCompositeType, depth: number, maxDepth: number, count?: number): string {
    const parts: string[] = [];
    const n = count ?? this.g(fc.integer, { min: 1, max: 4 });
    if (isUnionType(type)) {
      // A union: an inline fragment per chosen member.
      for (const member of this.schema.getPossibleTypes(type).slice(0, n)) {
        parts.push(`... on ${member.name} ${this.selection(member, depth, maxDepth)}`);
      }
      return `{ __typename ${parts.join(' ')} }`;
    }
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)));
    const usable = depth >= maxDepth && leaves.length > 0 ? leaves : fields;
    const chosen = new Set<string>();
    for (let i = 0; i < n; i += 1) {
      const field = this.pick(usable);
      if (this.fault(3)) parts.push(this.pick(JUNK_NAMES));
      else if (this.chance(5)) parts.push('__typename');
      // The same field twice with other arguments conflicts: a mistake of sloppy operations only.
      else if (this.sloppy || !chosen.has(field.name)) {
        chosen.add(field.name);
        parts.push(this.field(field, depth, maxDepth));
      }
    }
    if (parts.length === 0) parts.push('__typename');
    const body = `{ ${parts.join(' ')} }`;
    if (depth > 1 && this.chance(10)) {
      const fragment = this.name('F');
      this.fragments.push(`fragment ${fragment} on ${type.name} ${body}`);
      return `{ ...${fragment} }`;
    }
    return body;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const alias = this.chance(10) ? `${this.name('a')}: ` : '';
    const args = field.args.filter((arg) => isNonNullType(arg.type) || this.chance(40));
    const written = args.map((arg) => `${arg.name}: ${this.argument(arg)}`);
    if (this.fault(3)) written.push(`${this.pick(JUNK_NAMES)}: 1`);
    const directive = this.fault(5)
      ? ` ${this.directive()}`
      : this.chance(3)
        ? ` @include(if: ${this.variable('Boolean!', true)})`
        : '';
    const named = getNamedType(field.type);
    let selection = '';
    if (isCompositeType(named)) {
      if (!this.fault(3)) selection = ` ${this.selection(named, depth + 1, maxDepth)}`;
    } else if (this.fault(3)) {
      selection = ' { id }';
    }
    const argText = written.length > 0 ? `(${written.join(', ')})` : '';
    return `${alias}${field.name}${argText}${directive}${selection}`;
  }

  private directive(): string {
    return this.pick([
      '@include(if: true)',
      '@skip(if: false)',
      '@skip(if: "oui")',
      '@deprecated',
      '@inconnue',
      `@include(if: ${this.variable('Boolean!', this.chance(80) ? this.chance(50) : 'oui')})`,
    ]);
  }

  /** Declares a variable of `typeText` with `value` (undefined: left out of the request). */
  private variable(typeText: string, value: unknown): string {
    const name = this.name('v');
    this.definitions.push(`$${name}: ${typeText}`);
    if (value !== undefined) this.values[name] = value;
    return `$${name}`;
  }

  private argument(arg: GraphQLArgument): string {
    if (this.chance(25)) {
      const declared = this.fault(10) ? this.pick(['Int', 'String!', '[ID]', 'Inconnu']) : String(arg.type);
      const value = !this.fault(25)
        ? this.json(arg.type, 0)
        : this.chance(20)
          ? undefined
          : this.g(fc.jsonValue, { maxDepth: 2 });
      return this.variable(declared, value);
    }
    if (this.fault(12)) return this.pick(GARBAGE_LITERALS);
    return this.literal(arg.type, 0);
  }

  /** A value of `type` as a GraphQL literal: right in shape, sometimes out of range. */
  private literal(type: GraphQLInputType, depth: number): string {
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (isListType(type)) {
      const n = this.g(fc.integer, { min: 0, max: 3 });
      return `[${Array.from({ length: n }, () => this.literal(type.ofType, depth + 1)).join(', ')}]`;
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter(
        (field) => isNonNullType(field.type) || this.chance(50),
      );
      return `{ ${fields.map((field) => `${field.name}: ${this.literal(field.type, depth + 1)}`).join(', ')} }`;
    }
    if (isEnumType(type)) {
      return this.fault(10) ? 'VALEUR_INCONNUE' : this.pick(type.getValues()).name;
    }
    const value = this.scalar(type.name);
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? 'null');
  }

  /** A value of `type` as JSON, for a variable. */
  private json(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) return this.json(type.ofType, depth);
    if (this.fault(3)) return null;
    if (isListType(type)) {
      const n = this.g(fc.integer, { min: 0, max: 3 });
      return Array.from({ length: n }, () => this.json(type.ofType, depth + 1));
    }
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const fields = Object.values(type.getFields()).filter(
        (field) => isNonNullType(field.type) || this.chance(50),
      );
      return Object.fromEntries(fields.map((field) => [field.name, this.json(field.type, depth + 1)]));
    }
    if (isEnumType(type)) return this.fault(10) ? 'VALEUR_INCONNUE' : this.pick(type.getValues()).name;
    return this.scalar(type.name);
  }

  private scalar(name: string): unknown {
    switch (name) {
      case 'Int':
        return this.fault(10)
          ? this.pick([2 ** 31, -(2 ** 40), 1.5])
          : this.g(fc.integer, { min: this.sloppy ? -5 : 1, max: this.sloppy ? 150 : 50 });
      case 'Float':
        return this.g(fc.double, { noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
      case 'Boolean':
        return this.g(fc.boolean);
      case 'ID':
        return (!this.sloppy || this.chance(60)) && this.ids.length > 0
          ? this.pick(this.ids)
          : this.chance(50)
            ? this.g(fc.uuid)
            : this.g(fc.string, { maxLength: 12 });
      case 'String':
        return this.g(fc.string, { maxLength: 24, unit: this.chance(20) ? 'grapheme' : 'binary-ascii' });
      default: {
        const samples = SCALAR_SAMPLES[name] ?? ['x', 1, true];
        return this.sloppy ? this.pick(samples) : samples[0];
      }
    }
  }
}

/** One operation of `kind` over `schema`, drawn from `g`. */
export function fuzzOperation(
  g: GeneratorValue,
  schema: GraphQLSchema,
  ids: readonly string[],
  kind: FuzzOperation['kind'],
): FuzzOperation {
  const writer = new OperationWriter(g, schema, ids);
  const query = writer.operation(kind);
  const named = /^(?:query|mutation|subscription) (Fuzz\d+)/.exec(query)?.[1];
  const operationName = named && writer.chance(50) ? named : writer.chance(3) ? 'Inconnue' : undefined;
  return { kind, query, variables: writer.values, operationName };
}

/** How the HTTP request carries the operation: mostly as clients do, sometimes not at all. */
export type HttpShape =
  | { kind: 'json'; accept?: string }
  | { kind: 'get'; preflight: boolean }
  | { kind: 'broken-json'; cut: number }
  | { kind: 'odd-content-type'; contentType?: string }
  | { kind: 'batch' }
  | { kind: 'not-an-object'; body: string }
  | { kind: 'garbage-fields'; fields: Record<string, unknown> };

export function fuzzHttpShape(g: GeneratorValue): HttpShape {
  const roll = g(fc.integer, { min: 0, max: 99 });
  if (roll < 68) {
    return {
      kind: 'json',
      accept: g(
        fc.constantFrom,
        undefined,
        'application/json',
        'application/graphql-response+json',
        '*/*',
        'text/html',
        'application/graphql-response+json;q=0.9, application/json;q=0.8',
      ),
    };
  }
  if (roll < 76) return { kind: 'get', preflight: g(fc.boolean) };
  if (roll < 82) return { kind: 'broken-json', cut: g(fc.nat, { max: 1_000 }) };
  if (roll < 88) {
    return {
      kind: 'odd-content-type',
      contentType: g(
        fc.constantFrom,
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'application/graphql',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/json; charset=utf-8',
      ),
    };
  }
  if (roll < 92) return { kind: 'batch' };
  if (roll < 96) {
    return {
      kind: 'not-an-object',
      body: g(fc.constantFrom, 'null', '42', '"{ __typename }"', '[]', '{}', 'true'),
    };
  }
  return {
    kind: 'garbage-fields',
    fields: g(fc.record, {
      query: fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant('{ __typename }')),
      variables: fc.jsonValue({ maxDepth: 2 }),
      operationName: fc.jsonValue({ maxDepth: 1 }),
      extensions: fc.jsonValue({ maxDepth: 2 }),
    }),
  };
}

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  search: string;
  headers: Record<string, string>;
  body?: string;
}

/** The request for `operation` carried as `shape`, without the caller's credentials. */
export function httpRequest(operation: FuzzOperation, shape: HttpShape): HttpRequestSpec {
  const { kind: _kind, ...payload } = operation;
  const json = JSON.stringify(payload);
  const post = (body: string, contentType?: string, accept?: string): HttpRequestSpec => ({
    method: 'POST',
    search: '',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(accept ? { accept } : {}) },
    body,
  });
  switch (shape.kind) {
    case 'json':
      return post(json, 'application/json', shape.accept);
    case 'get': {
      const params = new URLSearchParams({
        query: operation.query,
        variables: JSON.stringify(operation.variables),
      });
      if (operation.operationName) params.set('operationName', operation.operationName);
      return {
        method: 'GET',
        search: `?${params.toString()}`,
        headers: shape.preflight ? { 'apollo-require-preflight': 'true' } : {},
      };
    }
    case 'broken-json':
      return post(json.slice(0, Math.min(shape.cut, json.length - 1)), 'application/json');
    case 'odd-content-type':
      return post(
        shape.contentType?.startsWith('application/json') ? json : operation.query,
        shape.contentType,
      );
    case 'batch':
      return post(JSON.stringify([payload, payload]), 'application/json');
    case 'not-an-object':
      return post(shape.body, 'application/json');
    case 'garbage-fields':
      return post(JSON.stringify(shape.fields), 'application/json');
  }
}
