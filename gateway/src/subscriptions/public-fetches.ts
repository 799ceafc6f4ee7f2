import type { GraphQLDataSource } from '@apollo/gateway';
// Not re-exported by the package's index.
import {
  GraphQLDataSourceRequestKind,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway/dist/datasources/types';
import type { PlanNode } from '@apollo/query-planner';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../context';

/**
 * The tag a subgraph puts on a field whose value is the same for every viewer, anonymous visitors
 * included, however the field is reached (`_entities` too): reference data, public names, seats.
 */
export const PUBLIC_TAG = 'public';

/**
 * Whether a supergraph field is public: tagged so, and resolved by one subgraph only — the
 * supergraph keeps a tag without saying which subgraph put it, and another subgraph resolving the
 * same (shareable) field may not vouch for it.
 */
export function isPublicField(field: GraphQLField<unknown, unknown>): boolean {
  const directives = field.astNode?.directives ?? [];
  const tagged = directives.some(
    (directive) =>
      directive.name.value === 'tag' &&
      directive.arguments?.some(
        (argument) =>
          argument.name.value === 'name' &&
          argument.value.kind === Kind.STRING &&
          argument.value.value === PUBLIC_TAG,
      ),
  );
  const subgraphs = directives.filter((directive) => directive.name.value === 'join__field').length;
  return tagged && subgraphs <= 1;
}

function fetchesOf(node: PlanNode | undefined, into: string[] = []): string[] {
  if (!node) return into;
  switch (node.kind) {
    case 'Fetch':
      into.push(node.operation);
      break;
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) fetchesOf(child, into);
      break;
    case 'Flatten':
      fetchesOf(node.node, into);
      break;
    case 'Condition':
      fetchesOf(node.ifClause, into);
      fetchesOf(node.elseClause, into);
      break;
    case 'Defer':
      fetchesOf(node.primary.node, into);
      for (const deferred of node.deferred) fetchesOf(deferred.node, into);
      break;
  }
  return into;
}

/**
 * Whether a fetch of a plan selects nothing but public fields, so that its response is the same for
 * every subscriber of one event. Anything the walk does not understand is not public.
 */
function selectsOnlyPublicFields(operation: string, schema: GraphQLSchema): boolean {
  const document = parse(operation, { noLocation: true });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const typeNamed = (name: string): GraphQLCompositeType | null => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : null;
  };
  const publicSelection = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType | null): boolean =>
    selectionSet.selections.every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (selection.name.value === '__typename') return true;
          if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return false;
          const field = parent.getFields()[selection.name.value];
          if (!field || !isPublicField(field)) return false;
          if (!selection.selectionSet) return true;
          const named = getNamedType(field.type);
          return isCompositeType(named) && publicSelection(selection.selectionSet, named);
        }
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
          return publicSelection(selection.selectionSet, type);
        }
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(selection.name.value);
          return (
            !!fragment && publicSelection(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value))
          );
        }
      }
    });

  return document.definitions.every((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return true;
    return definition.selectionSet.selections.every((selection) => {
      // Entity fetches: `_entities(representations:) { ... on Type { fields } }`; the entity's
      // resolution is part of what the fields' tag vouches for.
      if (selection.kind === Kind.FIELD && selection.name.value === '_entities' && selection.selectionSet)
        return publicSelection(selection.selectionSet, null);
      const query = schema.getQueryType();
      return (
        !!query &&
        publicSelection({ kind: Kind.SELECTION_SET, selections: [selection] }, query) &&
        definition.operation === 'query'
      );
    });
  });
}

/** The operations of a plan's fetches that select only public fields. */
export function publicFetchOperations(
  rest: PlanNode | undefined,
  schema: GraphQLSchema,
): ReadonlySet<string> {
  return new Set(fetchesOf(rest).filter((operation) => selectsOnlyPublicFields(operation, schema)));
}

/**
 * A deep copy of a JSON value (a subgraph's parsed response): several times cheaper than
 * `structuredClone`, measured among the largest costs of a delivery.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyOf(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyOf(item);
  return copy as T;
}

/**
 * How long a shared response is kept for the deliveries of its event: they arrive within some
 * 100 ms of each other; the bound only frees what a burst left behind.
 */
const SHARED_RESPONSE_MS = 5_000;
const MAX_SHARED_RESPONSES = 1_000;

/**
 * Public fetches of the subscribers of one event, made once: the first delivery asks the subgraph
 * as an anonymous visitor, the others of the same event get a copy of that answer. Asking as nobody
 * means that a field tagged public by mistake can only come back empty, never leak. Events never
 * share: each one reads the subgraphs as they are when it is delivered.
 */
export class SharedPublicFetches {
  private readonly responses = new Map<
    string,
    { expiresAt: number; response: Promise<GatewayGraphQLResponse> }
  >();

  constructor(
    private readonly anonymousContext: () => GatewayContext,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Data sources for one delivery of the event `eventKey` (null: an event without identity, never
   * shared): the fetches listed in `publicOperations` are shared, the others forwarded.
   */
  dataSources(
    services: Readonly<Record<string, GraphQLDataSource<GatewayContext>>>,
    publicOperations: ReadonlySet<string>,
    eventKey: string | null,
  ): Record<string, GraphQLDataSource<GatewayContext>> {
    if (eventKey === null || publicOperations.size === 0) return { ...services };
    const sharing: Record<string, GraphQLDataSource<GatewayContext>> = {};
    for (const [serviceName, service] of Object.entries(services)) {
      sharing[serviceName] = {
        process: (options) => {
          const query = options.request.query;
          if (
            options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION ||
            query === undefined ||
            !publicOperations.has(query)
          )
            return service.process(options);
          return this.shared(`${eventKey}\n${serviceName}`, service, options);
        },
      };
    }
    return sharing;
  }

  private async shared(
    scope: string,
    service: GraphQLDataSource<GatewayContext>,
    options: Extract<
      GraphQLDataSourceProcessOptions<GatewayContext>,
      { kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION }
    >,
  ): Promise<GatewayGraphQLResponse> {
    const key = `${scope}\n${options.request.query ?? ''}\n${JSON.stringify(options.request.variables ?? {})}`;
    const now = this.now();
    let entry = this.responses.get(key);
    if (!entry || entry.expiresAt <= now) {
      this.sweep(now);
      const context = this.anonymousContext();
      const response = service.process({
        ...options,
        context,
        incomingRequestContext: { ...options.incomingRequestContext, context },
      });
      const fresh = { expiresAt: now + SHARED_RESPONSE_MS, response };
      // Deleted first so that the map stays in expiry order, which the sweep relies on.
      this.responses.delete(key);
      this.responses.set(key, fresh);
      // A failure is not kept for the next deliveries: they try again.
      response.catch(() => {
        if (this.responses.get(key) === fresh) this.responses.delete(key);
      });
      entry = fresh;
    }
    // executeQueryPlan merges responses into its result tree by reference: each delivery its copy.
    return copyOf(await entry.response);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.responses) {
      if (entry.expiresAt > now && this.responses.size < MAX_SHARED_RESPONSES) break;
      this.responses.delete(key);
    }
  }
}
