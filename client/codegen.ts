import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';

/**
 * Types of the dashboard's operations, generated from the committed contract. The operations live
 * beside the screens that use them (`graphql(...)` calls); `npm run codegen -w client` rewrites
 * `src/gql/`, and `client/test/codegen.test.ts` fails when the committed files drift.
 */
const root = __dirname;

/**
 * An operation as the gateway runs it for its hash: `__typename` in every selection (Apollo Client
 * adds it before sending; its cache needs it in the answer), printed the way codegen normalises
 * documents (sorted, one line).
 */
function asSent(text: string): string {
  const [typed] = addTypenameSelectionDocumentTransform.transform({
    documents: [{ document: parse(text), location: 'persisted-documents' }],
  } as never) as Array<{ document: Parameters<typeof printExecutableGraphQLDocument>[0] }>;
  if (!typed) throw new Error(`Document vide : ${text.slice(0, 60)}`);
  return printExecutableGraphQLDocument(typed.document);
}

/** The hash of an operation: the plain SHA-256 (hex) of its text as sent, the APQ protocol's. */
function operationHash(text: string): string {
  return createHash('sha256').update(asSent(text), 'utf8').digest('hex');
}

/**
 * `src/gql/persisted-documents.json` is the manifest of every operation the dashboard may send
 * (hash → text), which the gateway loads at start; the production build sends the hashes only
 * (src/apollo.ts). Codegen writes each text as the screen declared it: rewritten here as sent, so
 * that each hash is the SHA-256 of its own text. The types stay those of the declared selections
 * (no `__typename` the screens would have to write).
 */
function manifestAsSent(file: string, content: string): string {
  if (path.basename(file) !== 'persisted-documents.json') return content;
  const manifest = JSON.parse(content) as Record<string, string>;
  const rewritten = Object.entries(manifest).map(([hash, text]) => {
    const body = asSent(text);
    if (createHash('sha256').update(body, 'utf8').digest('hex') !== hash)
      throw new Error(`Empreinte incohérente pour ${text.slice(0, 60)}`);
    return [hash, body];
  });
  return `${JSON.stringify(Object.fromEntries(rewritten), null, 2)}\n`;
}

/** `CODEGEN_OUT_DIR` writes elsewhere: the drift test generates into a temporary directory. */
const outDir = process.env.CODEGEN_OUT_DIR ?? path.join(root, 'src/gql');

const config: CodegenConfig = {
  schema: path.join(root, '../schema/supergraph.graphql'),
  documents: [path.join(root, 'src/**/*.{ts,tsx}'), `!${path.join(root, 'src/gql/**')}`],
  ignoreNoDocuments: true,
  generates: {
    [`${outDir}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: operationHash } },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string', JSON: 'unknown' },
      },
      plugins: [],
    },
  },
  // The repository's Prettier settings, wherever the files are written.
  hooks: {
    beforeOneFileWrite: [manifestAsSent],
    afterAllFileWrite: [`prettier --write --config ${path.join(root, '../.prettierrc.json')}`],
  },
};

export default config;
