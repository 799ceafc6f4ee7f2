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
 * costs the subgraphs anything.
 */
export const OPERATION_LIMITS = { maxDepth: 12, maxFields: 500 } as const;

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  visiting: Set<string>,
): { depth: number; fields: number } {
  let deepest = depth;
  let fields = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      fields += 1;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, depth + 1, visiting);
        deepest = Math.max(deepest, inner.depth);
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
      fields += measured.fields;
    }
  }
  return { depth: deepest, fields };
}

/** Throws BAD_USER_INPUT (French) when `operation` of `document` exceeds the limits. */
export function checkOperationLimits(document: DocumentNode, operation: OperationDefinitionNode): void {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const { depth, fields } = measure(operation.selectionSet, fragments, 1, new Set());
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
