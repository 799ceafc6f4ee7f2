import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type * as ApolloUtilities from '@apollo/client/utilities' with { 'resolution-mode': 'import' };
import {
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';

// Apollo Client's package is an ES module to TypeScript's Node16 resolution; Jest loads its CommonJS
// build (as test/integration/apollo-client.test.ts does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addTypenameToDocument } = require('@apollo/client/utilities') as typeof ApolloUtilities;

/** One operation the hub's own code sends, with the fragments it uses. */
export interface RealOperation {
  /** Where it comes from, and its name. */
  label: string;
  source: string;
  document: DocumentNode;
}

const ROOT = path.resolve(__dirname, '../..');

function filesUnder(directory: string, suffix: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function parsed(text: string): DocumentNode | null {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

/** The fragments `definitions` spread, transitively, from `fragments`. */
function withFragments(
  definitions: readonly DefinitionNode[],
  fragments: Map<string, FragmentDefinitionNode>,
): DocumentNode {
  const needed = new Map<string, FragmentDefinitionNode>();
  const pending = [...definitions];
  while (pending.length > 0) {
    const definition = pending.pop() as DefinitionNode;
    visit(definition, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (fragment && !needed.has(node.name.value)) {
          needed.set(node.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  const own = new Set(
    definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => (d as FragmentDefinitionNode).name.value),
  );
  return {
    kind: Kind.DOCUMENT,
    definitions: [...definitions, ...[...needed.values()].filter((f) => !own.has(f.name.value))],
  };
}

/**
 * Every operation of the dashboard: the `graphql(`…`)` texts of client/src/**\/*.operations.ts,
 * each with the fragments it spreads (defined in any of those files), as Apollo Client prints it.
 */
export function dashboardOperations(): RealOperation[] {
  const texts: Array<{ file: string; document: DocumentNode }> = [];
  for (const file of filesUnder(path.join(ROOT, 'client/src'), '.operations.ts')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
      const document = parsed(match[1] ?? '');
      if (!document) throw new Error(`${file} : texte GraphQL illisible`);
      texts.push({ file: path.relative(ROOT, file), document });
    }
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of texts) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return texts.flatMap(({ file, document }) =>
    document.definitions
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => {
        // As Apollo Client sends it: `__typename` in every selection set, which adds tokens and cost.
        const whole = addTypenameToDocument(withFragments([operation], fragments));
        const name = operation.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
        return {
          label: `${file} ${name ?? '(anonyme)'}`,
          source: print(whole),
          document: parse(print(whole)),
        };
      }),
  );
}

/**
 * Every GraphQL operation written in bench/*.ts: template literals and quoted strings that parse
 * as a document with an operation, `${NAME}` replaced by the file's constant NAME (a fragment).
 */
export function benchOperations(): RealOperation[] {
  const operations: RealOperation[] = [];
  for (const file of filesUnder(path.join(ROOT, 'bench'), '.ts')) {
    const text = readFileSync(file, 'utf8');
    const constants = new Map<string, string>();
    for (const match of text.matchAll(/const (\w+) = \/\* GraphQL \*\/ `([^`]*)`/g)) {
      constants.set(match[1] ?? '', match[2] ?? '');
    }
    const literals = [
      ...[...text.matchAll(/`([^`]*)`/g)].map((match) => match[1] ?? ''),
      ...[...text.matchAll(/'((?:query|mutation|subscription|\{)[^'\n]*)'/g)].map((match) => match[1] ?? ''),
    ];
    for (const literal of literals) {
      const source = literal.replace(/\$\{(\w+)\}/g, (whole, name: string) => constants.get(name) ?? whole);
      if (source.includes('${')) continue;
      const document = parsed(source);
      const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (!document || !operation) continue;
      const name = operation.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
      operations.push({
        label: `${path.relative(ROOT, file)} ${name ?? source.replace(/\s+/g, ' ').trim().slice(0, 40)}`,
        source,
        document,
      });
    }
  }
  return operations;
}

/**
 * Variables giving every list size of `document` the largest value its field accepts, as its
 * description says (« de 1 à 100 »), else 100: the operation checked at its most expensive.
 */
export function largestListSizes(schema: GraphQLSchema, document: DocumentNode): Record<string, number> {
  const variables: Record<string, number> = {};
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE)
          return;
        const description = typeInfo.getArgument()?.description ?? '';
        const largest = Number(/(\d+) à (\d+)/.exec(description)?.[2] ?? 100);
        variables[node.value.name.value] = Math.max(variables[node.value.name.value] ?? 0, largest);
      },
    }),
  );
  return variables;
}
