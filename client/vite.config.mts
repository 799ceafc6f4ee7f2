import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
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

// `npm run dev`: the dashboard on Vite's dev server, everything else proxied to the gateway.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), dsfrFaviconIco()],
  // @apollo/client is installed at the root beside GraphiQL's React 18: one React, the dashboard's.
  resolve: { dedupe: ['react', 'react-dom'] },
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
