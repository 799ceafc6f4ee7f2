import { createHash } from 'node:crypto';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

/**
 * The hash of an operation: the plain SHA-256 (hex) of its text, exactly as sent or registered —
 * what the APQ protocol carries in `extensions.persistedQuery.sha256Hash`, and what the dashboard's
 * manifest (client/codegen.ts) and the registered operations of API clients are keyed by.
 */
export function operationHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * A document in the one form registrations are stored in: printed the way GraphQL Code Generator
 * normalises persisted documents (definitions and selections sorted, one line), so that the same
 * operation written with other spacing or order has the same hash. Parsing is bounded by `maxTokens`
 * (the operation limit): this runs before the limits do.
 */
export function normalizedText(text: string, maxTokens?: number): string {
  return printExecutableGraphQLDocument(parse(text, { noLocation: true, maxTokens }));
}

export interface NamedOperation {
  name: string;
  /** The operation and the fragments it uses, normalised. */
  body: string;
  hash: string;
}

function fragmentsUsedBy(
  definition: DefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  found = new Set<string>(),
): Set<string> {
  visit(definition, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (found.has(name)) return;
      found.add(name);
      const fragment = fragments.get(name);
      if (fragment) fragmentsUsedBy(fragment, fragments, found);
    },
  });
  return found;
}

/**
 * The operations of a file of operations (`.graphql`): each named operation with the fragments it
 * uses, normalised and hashed. Refused in French: a file that does not parse, an anonymous
 * operation (it could not be told apart in the list), a fragment used but not defined.
 */
export function operationsOfDocument(text: string): NamedOperation[] {
  let document: DocumentNode;
  try {
    document = parse(text, { noLocation: true });
  } catch (error) {
    throw new Error(
      `Fichier d’opérations illisible : ${error instanceof GraphQLError ? error.message : error}`,
    );
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operations: NamedOperation[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (!definition.name) throw new Error('Chaque opération doit porter un nom (query Catalogue { … }).');
    const used = fragmentsUsedBy(definition, fragments);
    const missing = [...used].filter((name) => !fragments.has(name));
    if (missing.length > 0) throw new Error(`Fragment non défini : ${missing.join(', ')}.`);
    const body = printExecutableGraphQLDocument({
      kind: Kind.DOCUMENT,
      definitions: [definition, ...[...used].map((name) => fragments.get(name) as FragmentDefinitionNode)],
    });
    operations.push({ name: definition.name.value, body, hash: operationHash(body) });
  }
  if (operations.length === 0) throw new Error('Aucune opération dans ce fichier.');
  return operations;
}

/** An operation of a JSON manifest, checked: its hash is the SHA-256 of its text, and it is named. */
function manifestEntry(hash: unknown, body: unknown): NamedOperation {
  if (typeof hash !== 'string' || typeof body !== 'string' || operationHash(body) !== hash) {
    throw new Error(
      `Manifeste : l’empreinte ${String(hash)} n’est pas le SHA-256 (hexadécimal) de son texte.`,
    );
  }
  const names = parse(body, { noLocation: true }).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? ''] : [],
  );
  if (names.length !== 1 || !names[0]) {
    throw new Error(`Manifeste : l’entrée ${hash} doit contenir une seule opération, nommée.`);
  }
  return { name: names[0], body, hash };
}

/**
 * The operations of a file an integrator hands over: a `.json` manifest — Apollo's
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`) or GraphQL
 * Code Generator's (`{ "<hash>": "<text>" }`), each hash the SHA-256 of its text, kept as written —
 * or a GraphQL document of named operations and their fragments, normalised.
 */
export function operationsOfFile(fileName: string, content: string): NamedOperation[] {
  if (!fileName.endsWith('.json')) return operationsOfDocument(content);
  let manifest: unknown;
  try {
    manifest = JSON.parse(content);
  } catch (error) {
    throw new Error(`Manifeste illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
  const entries: Array<[unknown, unknown]> =
    manifest && typeof manifest === 'object' && 'operations' in manifest && Array.isArray(manifest.operations)
      ? (manifest.operations as Array<{ id?: unknown; body?: unknown }>).map((entry) => [
          entry?.id,
          entry?.body,
        ])
      : Object.entries(manifest ?? {});
  const operations = entries.map(([hash, body]) => manifestEntry(hash, body));
  if (operations.length === 0) throw new Error('Aucune opération dans ce manifeste.');
  return operations;
}
