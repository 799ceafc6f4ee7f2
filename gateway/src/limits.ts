import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Operation limits the gateway applies on HTTP and on the subscription socket alike: a query
 * nested deeper, or selecting more fields, than any screen of the hub needs is refused before it
 * costs the subgraphs anything. Introspection (`__schema`, `__type`) is measured apart: its type
 * references nest by construction (graphql-js's own `getIntrospectionQuery()`, which GraphiQL
 * sends, is 15 levels deep) and say nothing about what the hub's data costs.
 */
export const OPERATION_LIMITS = { maxDepth: 12, maxIntrospectionDepth: 15, maxFields: 500 } as const;

interface Measure {
  depth: number;
  introspectionDepth: number;
  fields: number;
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  visiting: Set<string>,
): Measure {
  let deepest = depth;
  let introspectionDepth = 0;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields += 1;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, depth + 1, visiting);
        if (selection.name.value.startsWith('__')) {
          introspectionDepth = Math.max(introspectionDepth, inner.depth, inner.introspectionDepth);
        } else {
          deepest = Math.max(deepest, inner.depth);
          introspectionDepth = Math.max(introspectionDepth, inner.introspectionDepth);
        }
        fields += inner.fields;
      }
    } else {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : visiting.has(selection.name.value)
            ? undefined
            : fragments.get(selection.name.value)?.selectionSet;
      if (!inner) continue;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
      if (name) visiting.add(name);
      const measured = measure(inner, fragments, depth, visiting);
      if (name) visiting.delete(name);
      deepest = Math.max(deepest, measured.depth);
      introspectionDepth = Math.max(introspectionDepth, measured.introspectionDepth);
      fields += measured.fields;
    }
  }
  return { depth: deepest, introspectionDepth, fields };
}

/** Throws BAD_USER_INPUT (French) when `operation` of `document` exceeds the limits. */
export function checkOperationLimits(document: DocumentNode, operation: OperationDefinitionNode): void {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const { depth, introspectionDepth, fields } = measure(operation.selectionSet, fragments, 1, new Set());
  if (introspectionDepth > OPERATION_LIMITS.maxIntrospectionDepth) {
    throw new GraphQLError(
      `Introspection trop imbriquée : ${introspectionDepth} niveaux pour ${OPERATION_LIMITS.maxIntrospectionDepth} au plus.`,
      { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, limit: 'maxIntrospectionDepth' } },
    );
  }
  if (depth > OPERATION_LIMITS.maxDepth) {
    throw new GraphQLError(
      `Opération trop imbriquée : ${depth} niveaux pour ${OPERATION_LIMITS.maxDepth} au plus.`,
      { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, limit: 'maxDepth' } },
    );
  }
  if (fields > OPERATION_LIMITS.maxFields) {
    throw new GraphQLError(
      `Opération trop vaste : ${fields} champs demandés pour ${OPERATION_LIMITS.maxFields} au plus.`,
      { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, limit: 'maxFields' } },
    );
  }
}
