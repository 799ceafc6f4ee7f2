import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApiScope, ClientPrincipal, Principal } from './principal';

/** Supergraph names of subgraphs (`join__Graph` values) and where each answers. */
export function supergraphGraphs(supergraphSdl: string): Map<string, { name: string; url: string }> {
  const graphs = new Map<string, { name: string; url: string }>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = stringArgument(directive, 'name');
      const url = stringArgument(directive, 'url');
      if (name && url) graphs.set(value.name.value, { name, url });
    }
  }
  return graphs;
}

function stringArgument(directive: DirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraph (by name) that owns each root field of the root type `typeName`. */
function rootFieldOwners(supergraphSdl: string, typeName: 'Query' | 'Subscription'): Map<string, string> {
  const graphs = supergraphGraphs(supergraphSdl);
  const owners = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== typeName) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = directive?.arguments?.find((a) => a.name.value === 'graph')?.value;
      if (graph?.kind === Kind.ENUM) {
        const owner = graphs.get(graph.value)?.name;
        if (owner) owners.set(field.name.value, owner);
      }
    }
  }
  return owners;
}

/** Which scope opens the root fields of each subgraph to API clients. */
const SCOPE_OF_SUBGRAPH: Record<string, ApiScope> = {
  profiles: 'profiles:read',
  missions: 'missions:read',
};
/** Root fields of the programme's figures, whatever subgraph serves them. */
const STATS_FIELD = /^stats/i;

function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      fields.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return fields;
}

export type ClientOperationCheck = (
  principal: ClientPrincipal,
  document: DocumentNode,
  operation: OperationDefinitionNode,
) => void;

/**
 * API clients read, over HTTP (queries) or the socket (subscriptions), only the root fields their
 * scopes open: `missions:read` for the missions subgraph's, `profiles:read` for profiles', `stats:read`
 * for figures. They write nothing. Field-level rules on personal data, and which missions a client
 * may see (the public catalogue), stay in the subgraphs, which see the scopes in the token.
 */
export function createClientOperationCheck(supergraphSdl: string): ClientOperationCheck {
  const owners = {
    [OperationTypeNode.QUERY]: rootFieldOwners(supergraphSdl, 'Query'),
    [OperationTypeNode.SUBSCRIPTION]: rootFieldOwners(supergraphSdl, 'Subscription'),
  };
  return (principal, document, operation) => {
    if (operation.operation === OperationTypeNode.MUTATION) {
      // Named, so that the refusal says which action was refused.
      const action = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
      const name = action?.kind === Kind.FIELD ? action.name.value : 'mutation';
      throw new GraphQLError(
        `Les clients d’API ne peuvent que lire : « ${name} », comme toute mutation, leur est fermé.`,
        { extensions: { code: 'FORBIDDEN', http: { status: 403 }, action: name } },
      );
    }
    const ownerOf = owners[operation.operation];
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    for (const field of rootFields(operation.selectionSet, fragments)) {
      const name = field.name.value;
      if (name.startsWith('__')) continue;
      const owner = ownerOf.get(name);
      const required = STATS_FIELD.test(name) ? 'stats:read' : owner ? SCOPE_OF_SUBGRAPH[owner] : undefined;
      if (!required || !principal.scopes.includes(required)) {
        throw new GraphQLError(
          required
            ? `La portée « ${required} » est nécessaire pour lire « ${name} » ; cette clé d’API ne l’a pas.`
            : `Le champ « ${name} » n’est pas ouvert aux clients d’API.`,
          { extensions: { code: 'FORBIDDEN', http: { status: 403 }, field: name, requiredScope: required } },
        );
      }
    }
  };
}

/** The HTTP side of {@link createClientOperationCheck}, as an Apollo Server plugin. */
export function scopePlugin<TContext extends { principal: Principal }>(
  check: ClientOperationCheck,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          const principal = contextValue.principal;
          if (principal.kind === 'client' && operation) check(principal, document, operation);
        },
      };
    },
  };
}
