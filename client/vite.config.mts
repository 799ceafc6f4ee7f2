import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { parse } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The DSFR's favicon.ico at the root of the build: browsers ask for it on every page of the hub. */
function dsfrFaviconIco(): Plugin {
  return {
    name: 'dsfr-favicon-ico',
    apply: 'build',
    generateBundle() {
      const file = require.resolve('@codegouvfr/react-dsfr/favicon/favicon.ico');
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: readFileSync(file) });
    },
  };
}

const GENERATED_DOCUMENTS = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const SOURCES = fileURLToPath(new URL('./src/', import.meta.url));

/** The name under which the client preset exports the document of `source` from src/gql/graphql.ts. */
function documentName(source: string): string {
  const [definition] = parse(source).definitions;
  if (definition?.kind === 'OperationDefinition' && definition.name)
    return `${definition.name.value}Document`;
  if (definition?.kind === 'FragmentDefinition') return `${definition.name.value}FragmentDoc`;
  throw new Error(`graphql() sans opération ni fragment nommé : ${source.trim().slice(0, 60)}`);
}

/** Each document of src/gql/graphql.ts by its exported name, as the object literal codegen wrote. */
function generatedDocuments(): Map<string, string> {
  const generated = readFileSync(GENERATED_DOCUMENTS, 'utf8');
  const literals = generated.matchAll(/^export const (\w+) = (\{[\s\S]*?\n\}) as unknown as DocumentNode</gm);
  return new Map([...literals].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/**
 * The generated `graphql()` finds each document in one map of all the dashboard's operations, and
 * src/gql/graphql.ts is one module: either way every screen's operations would be in the first
 * screen's script. At build time each call becomes its document itself, as codegen wrote it (what
 * the client preset's Babel plugin does, without Babel and one step further): a screen's operations
 * travel in its own chunk. Each operation is declared once (codegen refuses two of one name), so each
 * stays one object for the Apollo cache and `refetchQueries`; a document missing from the generated
 * file (codegen not run) fails the build.
 */
function graphqlDocumentsInline(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'graphql-documents-inline',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (
        !id.startsWith(SOURCES) ||
        id.startsWith(path.dirname(GENERATED_DOCUMENTS)) ||
        !/\.tsx?$/.test(id)
      ) {
        return null;
      }
      let found = false;
      const rewritten = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const name = documentName(source);
        const literal = documents.get(name);
        if (!literal) this.error(`${name} absent de src/gql/graphql.ts : lancez npm run codegen -w client`);
        found = true;
        return `(${literal})`;
      });
      return found ? { code: rewritten, map: null } : null;
    },
  };
}

// `npm run dev`: the dashboard on Vite's dev server, everything else proxied to the gateway.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [graphqlDocumentsInline(), react(), dsfrFaviconIco()],
  // @apollo/client is installed at the root beside GraphiQL's React 18: one React, the dashboard's
  // (and recharts, also at the root, gets the react-is of React 19, which knows its elements).
  resolve: { dedupe: ['react', 'react-dom', 'react-is'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    port: 5173,
    // Object form: the string shorthand would rewrite Host (changeOrigin), and the gateway's
    // same-origin check on sign-in and sign-out compares Origin with Host.
    proxy: Object.fromEntries(
      ['/graphql', '/graphiql', '/auth', '/me/export', '/.well-known', '/healthz', '/readyz'].map((path) => [
        path,
        { target: gateway, ws: path === '/graphql' },
      ]),
    ),
  },
});
