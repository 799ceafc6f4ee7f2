import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { clientAppRouter } from '../../gateway/src/client-app';

/**
 * How the gateway serves the dashboard's build: files as they are, index.html for page addresses
 * (history fallback), and nothing in the way of the API or the gateway's own routes.
 */
describe('the gateway’s dashboard route', () => {
  let distDir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'talents-dist-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Talents numériques</title>');
    await writeFile(path.join(distDir, 'assets/index-abc.js'), 'console.log(1);');
    await writeFile(path.join(distDir, 'assets/big-def.js'), 'console.log("bundle");\n'.repeat(2_000));
    const app = express();
    app.use(clientAppRouter({ distDir }));
    // Stand-ins for the routes registered after it.
    app.use('/graphql', (_req, res) => void res.json({ route: 'graphql' }));
    app.get('/auth/personas', (_req, res) => void res.type('html').send('personas'));
    app.use((_req, res) => void res.status(404).send('introuvable'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(distDir, { recursive: true, force: true });
  });

  const get = (pathname: string, accept = 'text/html,application/xhtml+xml') =>
    fetch(`${base}${pathname}`, { headers: { accept }, redirect: 'manual' });

  it('answers `/` and unknown page addresses with index.html, never cached', async () => {
    for (const pathname of ['/', '/profil', '/missions/123?x=1']) {
      const response = await get(pathname);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      await expect(response.text()).resolves.toContain('Talents numériques');
    }
  });

  it('serves hashed assets for a year', async () => {
    const response = await get('/assets/index-abc.js', '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sends scripts gzipped to the browsers that accept it (the first screen’s budget is in gzip bytes)', async () => {
    const gzipped = await fetch(`${base}/assets/big-def.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    await expect(gzipped.text()).resolves.toContain('console.log("bundle")');
    const plain = await fetch(`${base}/assets/big-def.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('leaves the API, the gateway’s routes and non-HTML requests alone', async () => {
    await expect((await get('/graphql')).json()).resolves.toEqual({ route: 'graphql' });
    await expect((await get('/auth/personas')).text()).resolves.toBe('personas');
    expect((await get('/auth/unknown')).status).toBe(404);
    expect((await get('/healthz')).status).toBe(404);
    expect((await get('/profil', 'application/json')).status).toBe(404);
    expect((await get('/assets/missing.js', '*/*')).status).toBe(404);
  });

  it('sends `/` to GraphiQL when the dashboard is not built', async () => {
    const app = express();
    app.use(clientAppRouter({ distDir: path.join(distDir, 'absent') }));
    app.use((_req, res) => void res.status(404).send('introuvable'));
    const bare = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => bare.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
      const home = await fetch(`${url}/`, { redirect: 'manual' });
      expect(home.status).toBe(302);
      expect(home.headers.get('location')).toBe('/graphiql');
      expect((await fetch(`${url}/profil`, { headers: { accept: 'text/html' } })).status).toBe(404);
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});
