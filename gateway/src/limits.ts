import type { Request, RequestHandler, Response } from 'express';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Operation limits the gateway applies on HTTP and on the subscription socket alike, before
 * anything is planned or sent to a subgraph (issue 15, item 1). The measures are graphql-armor's
 * (tokens, depth, aliases, directives, cost), run as graphql-js validation rules; the number of
 * root fields is ours (graphql-armor has no such rule). The comparison with the limit, the code
 * and the French sentence are the hub's.
 */
export interface OperationLimitSettings {
  /** Lexical tokens of the whole document (names, punctuation, values): bounds parsing itself. */
  maxTokens: number;
  /** Nesting of the data fields (fragments do not add a level). */
  maxDepth: number;
  /**
   * Nesting of the introspection (`__schema`) too: graphql-js's own `getIntrospectionQuery()`,
   * which GraphiQL sends, is deeper than any data query the hub needs, and resolves at the gateway.
   */
  maxIntrospectionDepth: number;
  /** Aliased fields (`__typename` aside): the way to ask for one field many times in one request. */
  maxAliases: number;
  /** Root fields of one operation: each is a separate entry point, often a separate subgraph fetch. */
  maxRootFields: number;
  /** Directives (`@include`, `@skip`…) in the whole operation. */
  maxDirectives: number;
  /** Estimated cost: an object 2, a scalar 1, a list asked with `first: N` N times its content. */
  maxCost: number;
}

/**
 * Tuned on the dashboard's and the bench's own operations, which gateway/test/limits.test.ts
 * checks as Apollo Client sends them (`__typename` added), every page size at the largest the
 * schema allows. The largest of them: 101 tokens (184 for GraphiQL's introspection query), depth
 * 6, 3 root fields, no alias, no directive, cost 3 500 (the search at 100 missions a page). The
 * limits leave room for another screen or a ministry's system (15 aliases: armor's default) and
 * none for the abuses of the tests.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimitSettings = {
  maxTokens: 1_000,
  maxDepth: 12,
  maxIntrospectionDepth: 15,
  maxAliases: 15,
  maxRootFields: 10,
  maxDirectives: 20,
  maxCost: 10_000,
};

export type OperationLimitName = keyof OperationLimitSettings;

/** The environment variable of each limit; the introspection depth follows graphql-js, not settings. */
export const OPERATION_LIMIT_VARIABLES: Record<
  Exclude<OperationLimitName, 'maxIntrospectionDepth'>,
  string
> = {
  maxTokens: 'OPERATION_MAX_TOKENS',
  maxDepth: 'OPERATION_MAX_DEPTH',
  maxAliases: 'OPERATION_MAX_ALIASES',
  maxRootFields: 'OPERATION_MAX_ROOT_FIELDS',
  maxDirectives: 'OPERATION_MAX_DIRECTIVES',
  maxCost: 'OPERATION_MAX_COST',
};

/** `OPERATION_MAX_*`: whole numbers ≥ 1; a malformed one stops the start with its sentence. */
export function operationLimitSettings(env: NodeJS.ProcessEnv = process.env): OperationLimitSettings {
  const settings = { ...DEFAULT_OPERATION_LIMITS };
  for (const [limit, name] of Object.entries(OPERATION_LIMIT_VARIABLES) as Array<
    [keyof typeof OPERATION_LIMIT_VARIABLES, string]
  >) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${name} doit être un nombre entier strictement positif (reçu « ${raw} »).`);
    }
    settings[limit] = value;
  }
  return settings;
}

const number = new Intl.NumberFormat('fr-FR');

/** The sentence a caller reads for each limit, with what was found and what is allowed. */
const SENTENCES: Record<OperationLimitName, (actual: string, maximum: string) => string> = {
  maxTokens: (_actual, maximum) =>
    `Opération trop longue : plus de ${maximum} lexèmes (noms, signes, valeurs) pour ${maximum} au plus.`,
  maxDepth: (actual, maximum) => `Opération trop imbriquée : ${actual} niveaux pour ${maximum} au plus.`,
  maxIntrospectionDepth: (actual, maximum) =>
    `Introspection trop imbriquée : ${actual} niveaux pour ${maximum} au plus.`,
  maxAliases: (actual, maximum) => `Trop d’alias dans l’opération : ${actual} pour ${maximum} au plus.`,
  maxRootFields: (actual, maximum) =>
    `Trop de champs racines dans l’opération : ${actual} pour ${maximum} au plus ; envoyez plusieurs opérations.`,
  maxDirectives: (actual, maximum) =>
    `Trop de directives dans l’opération : ${actual} pour ${maximum} au plus.`,
  maxCost: (actual, maximum) =>
    `Opération trop coûteuse : coût estimé ${actual} pour ${maximum} au plus (la taille de page, first, multiplie le coût d’une liste) ; demandez moins d’éléments ou moins de champs.`,
};

/**
 * The refusal of one limit: HTTP 400 and BAD_USER_INPUT, as every refusal of what the caller sent;
 * `extensions.limit` names the limit, `maximum` and `actual` give the figures (no `actual` for
 * tokens: counting stops at the limit).
 */
export function operationLimitError(
  limit: OperationLimitName,
  maximum: number,
  actual?: number,
): GraphQLError {
  const message = SENTENCES[limit](actual === undefined ? '' : number.format(actual), number.format(maximum));
  return new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      http: { status: 400 },
      limit,
      maximum,
      ...(actual === undefined ? {} : { actual }),
    },
  });
}

/** What an operation measures, each figure the largest over the document's operations. */
export interface OperationMeasures {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  rootFields: number;
  directives: number;
}

/** Arguments that set a list's size, as graphql-armor's cost rule reads them. */
const LIST_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * Root fields of each operation, fragments at the root expanded (`__typename` aside). A
 * graphql-js validation rule, beside graphql-armor's.
 */
function rootFieldsRule(onMeasure: (fields: number) => void) {
  return (context: ValidationContext): ASTVisitor => {
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
      let fields = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value !== '__typename') fields += 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          fields += count(selection.selectionSet, seen);
        } else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = context.getFragment(selection.name.value);
          if (fragment) fields += count(fragment.selectionSet, seen);
        }
      }
      return fields;
    };
    return { OperationDefinition: (operation) => onMeasure(count(operation.selectionSet, new Set())) };
  };
}

/** The shape measures of a parsed document, by graphql-armor's rules and ours. */
export function measureOperations(schema: GraphQLSchema, document: DocumentNode): OperationMeasures {
  const measures: OperationMeasures = {
    depth: 0,
    introspectionDepth: 0,
    aliases: 0,
    rootFields: 0,
    directives: 0,
  };
  const record =
    (name: keyof OperationMeasures) =>
    (_context: unknown, details: { n: number }): void => {
      measures[name] = Math.max(measures[name], details.n);
    };
  // Every rule measures without a limit of its own (n: Infinity): the hub compares, so that its
  // answer gives the figure found and names the limit in French.
  validate(schema, document, [
    maxDepthRule({
      n: Infinity,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onAccept: [record('depth')],
    }),
    maxDepthRule({
      n: Infinity,
      flattenFragments: true,
      ignoreIntrospection: false,
      propagateOnRejection: false,
      onAccept: [record('introspectionDepth')],
    }),
    maxAliasesRule({ n: Infinity, propagateOnRejection: false, onAccept: [record('aliases')] }),
    maxDirectivesRule({ n: Infinity, propagateOnRejection: false, onAccept: [record('directives')] }),
    rootFieldsRule((fields) => record('rootFields')(null, { n: fields })),
  ]);
  return measures;
}

/** Names of the variables that give a list size (`first: $first`), whose values change the cost. */
function listSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (LIST_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names].sort();
}

function intValue(value: number): ValueNode {
  return { kind: Kind.INT, value: String(value) };
}

/**
 * The document as graphql-armor's cost rule can read it: it multiplies by `first` when the
 * argument is written in the text, not when it is a variable or left to the schema's default. Each
 * list-size argument is written out here from the request's variables, the variable's default or
 * the argument's own default in the schema (`missions(first: Int = 20)`).
 */
export function withListSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue && !defaults.has(variable.variable.name.value)) {
        defaults.set(variable.variable.name.value, variable.defaultValue);
      }
    }
  }
  const sizeOf = (value: ValueNode | undefined): ValueNode | undefined => {
    if (value?.kind !== Kind.VARIABLE) return value;
    const given = variables?.[value.name.value];
    if (typeof given === 'number' && Number.isInteger(given)) return intValue(given);
    return defaults.get(value.name.value);
  };
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const definition = typeInfo.getFieldDef();
        const sizes = definition?.args.filter((argument) => LIST_SIZE_ARGUMENTS.has(argument.name)) ?? [];
        if (sizes.length === 0) return undefined;
        const written = new Map((node.arguments ?? []).map((argument) => [argument.name.value, argument]));
        const rest = (node.arguments ?? []).filter(
          (argument) => !LIST_SIZE_ARGUMENTS.has(argument.name.value),
        );
        const resolved: ArgumentNode[] = [];
        for (const argument of sizes) {
          const value =
            sizeOf(written.get(argument.name)?.value) ??
            (typeof argument.defaultValue === 'number' ? intValue(argument.defaultValue) : undefined);
          if (value)
            resolved.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value });
        }
        return { ...node, arguments: [...resolved, ...rest] };
      },
    }),
  );
}

/**
 * The estimated cost of a document, by graphql-armor's cost rule: an object 2, a scalar 1, each
 * level counted as it is (no depth factor: depth has its own limit), and everything under a list
 * asked with `first: N` N times; introspection costs nothing (it never reaches a subgraph).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
): number {
  let cost = 0;
  validate(schema, withListSizes(schema, document, variables), [
    costLimitRule({
      maxCost: Infinity,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onAccept: [(_context, details: { n: number }) => (cost = Math.max(cost, details.n))],
    }),
  ]);
  return cost;
}

/** A verdict on a document's text, kept for the next request that sends the same text. */
type ShapeVerdict =
  | { kind: 'unparsable' }
  | { kind: 'refused'; limit: OperationLimitName; maximum: number; actual?: number }
  | { kind: 'accepted'; document: DocumentNode; sizeVariables: string[] };

/** A map that forgets its oldest entry past `size`: a client sending ever new texts costs no memory. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: V): void {
    if (this.size === 0) return;
    if (this.entries.size >= this.size) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
}

/**
 * The limits, checked once per document text (and, for the cost, once per text and list sizes):
 * the dashboard sends the same few texts all day, and each is measured the first time only.
 */
export class OperationLimits {
  private schema: GraphQLSchema | null = null;
  private shapes: BoundedCache<ShapeVerdict>;
  private costs: BoundedCache<number>;
  /** How many texts, and texts with list sizes, were measured rather than found in the caches. */
  readonly measured = { shapes: 0, costs: 0 };

  constructor(
    readonly settings: OperationLimitSettings = DEFAULT_OPERATION_LIMITS,
    private readonly cacheSize = 1_000,
  ) {
    this.shapes = new BoundedCache(cacheSize);
    this.costs = new BoundedCache(cacheSize);
  }

  /**
   * Throws the refusal of the first limit `source` exceeds. A text that does not parse is let
   * through: the GraphQL server answers its syntax error itself, in its usual shape.
   */
  check(schema: GraphQLSchema, source: string, variables?: Record<string, unknown> | null): void {
    if (schema !== this.schema) {
      // Another supergraph: the defaults of list sizes, and so the costs, may differ.
      this.schema = schema;
      this.shapes = new BoundedCache(this.cacheSize);
      this.costs = new BoundedCache(this.cacheSize);
    }
    let shape = this.shapes.get(source);
    if (!shape) {
      shape = this.measureShape(schema, source);
      this.measured.shapes += 1;
      this.shapes.set(source, shape);
    }
    if (shape.kind === 'unparsable') return;
    if (shape.kind === 'refused') throw operationLimitError(shape.limit, shape.maximum, shape.actual);

    const sizes = shape.sizeVariables.map((name) => variables?.[name] ?? null);
    const key = sizes.length === 0 ? source : `${source}\u0000${JSON.stringify(sizes)}`;
    let cost = this.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, shape.document, variables);
      this.measured.costs += 1;
      this.costs.set(key, cost);
    }
    if (cost > this.settings.maxCost) throw operationLimitError('maxCost', this.settings.maxCost, cost);
  }

  private measureShape(schema: GraphQLSchema, source: string): ShapeVerdict {
    const { settings } = this;
    // graphql-armor's parser counts tokens as it reads and stops at the limit: a huge document is
    // refused before it is ever fully parsed.
    const parser = new MaxTokensParserWLexer(source, { n: settings.maxTokens, noLocation: true });
    let document: DocumentNode;
    try {
      document = parser.parseDocument();
    } catch {
      if (parser.tokenCount > settings.maxTokens) {
        return { kind: 'refused', limit: 'maxTokens', maximum: settings.maxTokens };
      }
      return { kind: 'unparsable' };
    }
    const measures = measureOperations(schema, document);
    const checks: Array<[OperationLimitName, number]> = [
      ['maxDepth', measures.depth],
      ['maxIntrospectionDepth', measures.introspectionDepth],
      ['maxRootFields', measures.rootFields],
      ['maxAliases', measures.aliases],
      ['maxDirectives', measures.directives],
    ];
    for (const [limit, actual] of checks) {
      if (actual > settings[limit]) return { kind: 'refused', limit, maximum: settings[limit], actual };
    }
    return { kind: 'accepted', document, sizeVariables: listSizeVariables(document) };
  }
}

/**
 * The limits on HTTP, as an Express handler after the body is read: checked before Apollo Server
 * parses or validates anything (its plugins cannot refuse a request that early: a throw there is a
 * 500), so that a huge or pathological document costs a lookup in the caches, not a parse. A
 * refusal is answered 400 in the hub's JSON error shape; nothing is planned or fetched.
 */
export function operationLimitsHandler(options: {
  limits: OperationLimits;
  /** The API schema served now (it changes with the supergraph). */
  schema(): GraphQLSchema | null;
  /** The gateway's error formatter (French, no internals). */
  formatError(error: GraphQLFormattedError): GraphQLFormattedError;
  onRefused?(error: GraphQLError): void;
}): RequestHandler {
  return checkHandler(options, (req) => {
    const schema = options.schema();
    const { query, variables } = operationOf(req);
    if (schema && typeof query === 'string') options.limits.check(schema, query, variables);
  });
}

/**
 * An Express handler for one of the gateway's own checks before Apollo Server: a GraphQLError the
 * check throws is answered in the hub's JSON error shape (400 unless `statusOf` says otherwise,
 * without Apollo's `http` extension); anything else goes on to Express's error handler.
 */
export function checkHandler(
  options: {
    formatError(error: GraphQLFormattedError): GraphQLFormattedError;
    onRefused?(error: GraphQLError): void;
    statusOf?(error: GraphQLError): number;
  },
  check: (req: Request, res: Response) => void | Promise<void>,
): RequestHandler {
  return async (req, res, next) => {
    try {
      await check(req, res);
    } catch (error) {
      if (!(error instanceof GraphQLError)) {
        next(error);
        return;
      }
      options.onRefused?.(error);
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      res
        .status(options.statusOf?.(error) ?? 400)
        .json({ errors: [options.formatError({ message: error.message, extensions })] });
      return;
    }
    next();
  };
}

/** The text and variables of a GraphQL request over HTTP: a JSON body (POST) or the query string (GET). */
function operationOf(req: Request): { query: unknown; variables: Record<string, unknown> | null } {
  const body: unknown = req.body;
  if (req.method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    const { query, variables } = body as { query?: unknown; variables?: unknown };
    return { query, variables: isRecord(variables) ? variables : null };
  }
  if (req.method === 'GET') {
    const { query, variables } = req.query as { query?: unknown; variables?: unknown };
    let parsed: unknown = null;
    if (typeof variables === 'string') {
      try {
        parsed = JSON.parse(variables);
      } catch {
        // Apollo Server answers malformed variables itself.
      }
    }
    return { query, variables: isRecord(parsed) ? parsed : null };
  }
  return { query: undefined, variables: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
