import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Router } from 'express';

/** Where `npm run build:client` writes the dashboard (Vite's `client/dist`). */
export const DEFAULT_CLIENT_DIST = path.resolve(__dirname, '../../client/dist');

/** Paths that belong to the API and the gateway's own routes: never the dashboard's history fallback. */
const GATEWAY_PATHS = /^\/(?:graphql|graphiql|auth|healthz|readyz|metrics|\.well-known|me\/export)(?:\/|$)/;

/** Whether a request is a browser navigation that the dashboard's router should answer. */
function isPageNavigation(req: express.Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    !GATEWAY_PATHS.test(req.path) &&
    (req.path === '/' || (req.headers.accept ?? '').includes('text/html'))
  );
}

/**
 * The dashboard built by Vite: its files as they are (hashed assets cached for a year), and
 * `index.html` for any other page address a browser asks for (history fallback), so that
 * `/missions/…` or `/profil` load the app. Without a build, `/` leads to GraphiQL as before.
 * The directory is looked at on each request: a build made while the gateway runs is served.
 */
export function clientAppRouter(options: { distDir?: string } = {}): Router {
  const distDir = options.distDir ?? process.env.CLIENT_DIST_DIR ?? DEFAULT_CLIENT_DIST;
  const indexFile = path.join(distDir, 'index.html');
  const router = express.Router();
  // The budget of the first screen is in gzipped bytes: the scripts go compressed to browsers
  // that accept it (a reverse proxy that compresses again finds them done).
  const compress = compression();
  const assets = express.static(distDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, file) => {
      const immutable = file.startsWith(path.join(distDir, 'assets') + path.sep);
      res.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  router.use((req, res, next) => {
    if (!existsSync(indexFile)) {
      if (req.method === 'GET' && req.path === '/') res.redirect('/graphiql');
      else next();
      return;
    }
    if (GATEWAY_PATHS.test(req.path)) {
      next();
      return;
    }
    compress(req, res, () =>
      assets(req, res, () => {
        if (!isPageNavigation(req)) {
          next();
          return;
        }
        res
          .set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' })
          .type('html')
          .sendFile(indexFile);
      }),
    );
  });
  return router;
}
