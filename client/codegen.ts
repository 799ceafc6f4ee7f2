import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types of the dashboard's operations, generated from the committed contract. The operations live
 * beside the screens that use them (`graphql(...)` calls); `npm run codegen -w client` rewrites
 * `src/gql/`, and `client/test/codegen.test.ts` fails when the committed files drift.
 */
const root = __dirname;

/** `CODEGEN_OUT_DIR` writes elsewhere: the drift test generates into a temporary directory. */
const outDir = process.env.CODEGEN_OUT_DIR ?? path.join(root, 'src/gql');

const config: CodegenConfig = {
  schema: path.join(root, '../schema/supergraph.graphql'),
  documents: [path.join(root, 'src/**/*.{ts,tsx}'), `!${path.join(root, 'src/gql/**')}`],
  ignoreNoDocuments: true,
  generates: {
    [`${outDir}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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
  hooks: { afterAllFileWrite: [`prettier --write --config ${path.join(root, '../.prettierrc.json')}`] },
};

export default config;
