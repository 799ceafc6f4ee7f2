import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { BoundedCache } from './limits';

/**
 * One `_entities` fetch of a query plan as the data source hands it to the transport: its text, and
 * the representations it asks about.
 */
export interface EntityFetchOperation {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The merged operation for a list of plan texts, or null where they cannot be merged. */
type MergedText = { query: string; operationName: string | undefined } | null;

/** A plan's fetch texts are few and stable (one per plan node): merged once per combination. */
const MERGED = new BoundedCache<MergedText>(1_000);

/** The alias of fetch i in the merged operation, and the variable of its representations. */
const alias = (i: number) => `_entities_${i}`;
const variable = (i: number) => `representations_${i}`;

/**
 * Its single `_entities(representations: $representations)` field, when the text is a plan's
 * entity fetch and nothing else (one query operation, one variable, one root field, fragments).
 */
function entitiesFetch(document: DocumentNode): {
  operation: OperationDefinitionNode;
  field: FieldNode;
  definition: VariableDefinitionNode;
  fragments: FragmentDefinitionNode[];
} | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = document.definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  const [operation] = operations;
  if (!operation || operations.length !== 1 || operation.operation !== 'query') return null;
  if (operations.length + fragments.length !== document.definitions.length) return null;
  const [definition] = operation.variableDefinitions ?? [];
  const [field] = operation.selectionSet.selections;
  if (!definition || operation.variableDefinitions?.length !== 1) return null;
  if (definition.variable.name.value !== 'representations' || operation.directives?.length) return null;
  if (!field || operation.selectionSet.selections.length !== 1 || field.kind !== Kind.FIELD) return null;
  if (field.name.value !== '_entities' || field.alias || field.directives?.length) return null;
  const [argument] = field.arguments ?? [];
  if (field.arguments?.length !== 1 || argument?.name.value !== 'representations') return null;
  if (argument.value.kind !== Kind.VARIABLE || argument.value.name.value !== 'representations') return null;
  return { operation, field, definition, fragments };
}

function mergeTexts(queries: string[]): MergedText {
  let documents: DocumentNode[];
  try {
    documents = queries.map((query) => parse(query, { noLocation: true }));
  } catch {
    return null;
  }
  const fetches = documents.map(entitiesFetch);
  const fields: FieldNode[] = [];
  const definitions: VariableDefinitionNode[] = [];
  // A fragment of the same name in two fetches must be the same fragment, or nothing is merged.
  const fragments = new Map<string, { node: FragmentDefinitionNode; text: string }>();
  for (const [i, fetch] of fetches.entries()) {
    if (!fetch) return null;
    fields.push({
      ...fetch.field,
      alias: { kind: Kind.NAME, value: alias(i) },
      arguments: [
        {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'representations' },
          value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable(i) } },
        },
      ],
    });
    definitions.push({
      ...fetch.definition,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable(i) } },
    });
    for (const fragment of fetch.fragments) {
      const text = print(fragment);
      const known = fragments.get(fragment.name.value);
      if (known && known.text !== text) return null;
      fragments.set(fragment.name.value, { node: fragment, text });
    }
  }
  const first = fetches[0]?.operation;
  const merged: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as OperationDefinitionNode['operation'],
        name: first?.name,
        variableDefinitions: definitions,
        selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
      },
      ...[...fragments.values()].map(({ node }) => node),
    ],
  };
  return { query: print(merged), operationName: first?.name?.value };
}

interface SubgraphError {
  path?: Array<string | number>;
  [key: string]: unknown;
}

/**
 * Hive Gateway's planner sends the parallel entity fetches of a plan to one subgraph as one
 * operation; @apollo/gateway's, as several. Merged here into one operation, each fetch's
 * `_entities` under an alias of its own: the subgraph runs one operation (one parse, one
 * validation, one execution and its loaders) instead of one per fetch. Null where the fetches are
 * not all plain entity fetches (the transport then sends them as a list).
 */
export function mergeEntityFetches(operations: EntityFetchOperation[]): {
  body: string;
  /** Each fetch's answer as if sent alone; null when the merged answer cannot be split. */
  split(text: string): string[] | null;
} | null {
  const key = operations.map(({ query }) => query).join('\n\u0000\n');
  let merged = MERGED.get(key);
  if (merged === undefined) {
    merged = mergeTexts(operations.map(({ query }) => query));
    MERGED.set(key, merged);
  }
  if (!merged) return null;
  const variables = Object.fromEntries(
    operations.map((operation, i) => [variable(i), operation.variables?.representations]),
  );
  return {
    body: JSON.stringify({ query: merged.query, variables, operationName: merged.operationName }),
    split(text) {
      let answer: { data?: Record<string, unknown> | null; errors?: SubgraphError[] };
      try {
        answer = JSON.parse(text) as typeof answer;
      } catch {
        return null;
      }
      // `_entities` is a non-null list: a whole field that failed nulls every fetch's data. Sent
      // alone, the others would have had theirs: the caller sends them again one by one.
      if (!answer || typeof answer !== 'object' || !answer.data) return null;
      const data = answer.data;
      return operations.map((_operation, i) => {
        const errors = (answer.errors ?? []).flatMap((error) => {
          const [head, ...rest] = error.path ?? [];
          if (head === undefined) return [error];
          return head === alias(i) ? [{ ...error, path: ['_entities', ...rest] }] : [];
        });
        return JSON.stringify({
          ...(errors.length > 0 ? { errors } : {}),
          data: { _entities: data[alias(i)] ?? null },
        });
      });
    },
  };
}
