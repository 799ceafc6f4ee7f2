import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import {
  GraphQLError,
  isObjectType,
  Kind,
  OperationTypeNode,
  getNamedType,
  parse,
  validate,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { publicFetchOperations } from './public-fetches';

/** Alias and variable the gateway adds so that it can resume a subscription from its last cursor. */
export const CURSOR_ALIAS = 'talentsFeedCursor_';
export const AFTER_VARIABLE = 'talentsFeedAfter_';

export type OperationContext = ReturnType<typeof buildOperationContext>;

/** What the gateway runs for one subscription document. */
export interface SubscriptionPlan {
  /** The fetch that subscribes on the subgraph owning the root field. */
  primary: FetchNode;
  /** Fetches run for each event to complete it from the other subgraphs. */
  rest: PlanNode | undefined;
  /** Operations of `rest` that select public fields only: made once per event, not per subscriber. */
  publicFetches: ReadonlySet<string>;
  /** The client's document, rewritten with the resume cursor. */
  document: DocumentNode;
  /** The client's text, as first planned: one copy for every subscription of the same document. */
  query: string;
  operationContext: OperationContext;
  /** The subscription root field (`missionMatches`…), whatever its alias. */
  rootField: string;
  /** Alias of the root field in the response. */
  rootKey: string;
  /** Set when the root field can resume (`after` argument and `cursor` field). */
  resumable: boolean;
  /** The client's `after`, as a literal in the document, when it wrote one. */
  literalAfter: string | null;
  /** Name of the client's variable passed as `after`, when it used one. */
  afterVariable: string | null;
}

export class PlanningError extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

const PLAN_CACHE_SIZE = 500;

/**
 * The code Apollo Server gives the same error on HTTP (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED): graphql-js's errors carry none, and a socket client reads the same
 * codes as an HTTP one.
 */
function coded(error: unknown, code: string): GraphQLError {
  const source = error instanceof GraphQLError ? error : new GraphQLError(String(error));
  return new GraphQLError(source.message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    extensions: { ...source.extensions, code },
  });
}

function badRequest(message: string): PlanningError {
  return new PlanningError([new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })]);
}

/**
 * Plans subscriptions with the same QueryPlanner as @apollo/gateway, over the same supergraph: the
 * plan's `SubscriptionNode` gives the primary fetch (the owning subgraph's subscription) and the
 * rest (entity fetches for each event). Plans are cached by document and operation name.
 */
export class SubscriptionPlanner {
  /** graphql-js form of the supergraph, as executeQueryPlan wants it. */
  readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: Schema;
  readonly schema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly cache = new Map<string, SubscriptionPlan>();

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  plan(query: string, operationName: string | null | undefined): SubscriptionPlan {
    const key = `${operationName ?? ''}\n${query}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Map order is insertion order: re-inserting keeps the most used plans at the end.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const plan = this.build(query, operationName ?? undefined);
    this.cache.set(key, plan);
    if (this.cache.size > PLAN_CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return plan;
  }

  private build(query: string, operationName: string | undefined): SubscriptionPlan {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      throw new PlanningError([coded(error, 'GRAPHQL_PARSE_FAILED')]);
    }
    let errors: readonly GraphQLError[];
    try {
      errors = validate(this.schema, document);
    } catch (error) {
      // graphql-js's rule on subscriptions' root fields evaluates @skip and @include as it
      // validates, and throws on a malformed argument (`@skip(if: "oui")`) instead of reporting it.
      if (!(error instanceof GraphQLError)) throw error;
      errors = [error];
    }
    if (errors.length > 0) {
      throw new PlanningError(errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')));
    }
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const operation = operationName
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation) throw badRequest('Opération introuvable : précisez operationName.');
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      throw badRequest(
        'Seules les souscriptions passent par WebSocket : envoyez requêtes et mutations en HTTP.',
      );
    }
    const roots = operation.selectionSet.selections;
    const root = roots[0];
    if (roots.length !== 1 || root?.kind !== Kind.FIELD) {
      throw badRequest('Une souscription porte sur un seul champ racine, sans fragment.');
    }
    const rewritten = this.withResumeCursor(document, operation, root);
    const rewrittenOperation = rewritten.document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === operation.name?.value,
    ) as OperationDefinitionNode;
    const federatedOperation = operationFromDocument(this.apiSchema, rewritten.document, {
      operationName: rewrittenOperation.name?.value,
    });
    const queryPlan = this.planner.buildQueryPlan(federatedOperation);
    const node = queryPlan.node;
    if (node?.kind !== 'Subscription') throw badRequest('Cette souscription ne peut pas être planifiée.');
    return {
      primary: node.primary,
      rest: node.rest,
      publicFetches: publicFetchOperations(node.rest, this.supergraphSchema),
      document: rewritten.document,
      query,
      operationContext: buildOperationContext({
        schema: this.schema,
        operationDocument: rewritten.document,
        operationName: rewrittenOperation.name?.value,
      }),
      rootField: root.name.value,
      rootKey: root.alias?.value ?? root.name.value,
      resumable: rewritten.resumable,
      literalAfter: rewritten.literalAfter,
      afterVariable: rewritten.afterVariable,
    };
  }

  /**
   * Makes the root field's `after` a variable of the gateway's and selects its `cursor` under an
   * alias, so that the gateway knows how far each subscription got and can resubscribe from there
   * when a subgraph restarts — whether or not the client asked for cursors.
   */
  private withResumeCursor(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    root: FieldNode,
  ): {
    document: DocumentNode;
    resumable: boolean;
    literalAfter: string | null;
    afterVariable: string | null;
  } {
    const field = this.schema.getSubscriptionType()?.getFields()[root.name.value];
    const returned = field ? getNamedType(field.type) : undefined;
    const resumable =
      !!field &&
      field.args.some((argument) => argument.name === 'after') &&
      isObjectType(returned) &&
      'cursor' in returned.getFields();
    if (!resumable || !field) return { document, resumable: false, literalAfter: null, afterVariable: null };
    const given = root.arguments?.find((argument) => argument.name.value === 'after');
    const afterArgument = field.args.find((argument) => argument.name === 'after');
    let literalAfter: string | null = null;
    let afterVariable: string | null = null;
    if (given?.value.kind === Kind.VARIABLE) afterVariable = given.value.name.value;
    else if (given && afterArgument) {
      const value: unknown = valueFromAST(given.value, afterArgument.type);
      literalAfter = typeof value === 'string' ? value : null;
    }
    const rewrittenRoot: FieldNode = {
      ...root,
      arguments: [
        ...(root.arguments ?? []).filter((argument) => argument.name.value !== 'after'),
        {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'after' },
          value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
        },
      ],
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: [
          ...(root.selectionSet?.selections ?? []),
          {
            kind: Kind.FIELD,
            alias: { kind: Kind.NAME, value: CURSOR_ALIAS },
            name: { kind: Kind.NAME, value: 'cursor' },
          },
        ],
      },
    };
    const rewrittenOperation: OperationDefinitionNode = {
      ...operation,
      variableDefinitions: [
        ...(operation.variableDefinitions ?? []),
        {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
        },
      ],
      selectionSet: { ...operation.selectionSet, selections: [rewrittenRoot] },
    };
    return {
      document: {
        ...document,
        definitions: document.definitions.map((definition) =>
          definition === operation ? rewrittenOperation : definition,
        ),
      },
      resumable: true,
      literalAfter,
      afterVariable,
    };
  }
}
