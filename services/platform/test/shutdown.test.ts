import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import WebSocket, { WebSocketServer } from 'ws';
import { buildSchema } from 'graphql';
import { createLogger } from '../src/logger';
import { mountHealthRoutes } from '../src/health';
import { useGraphQLWsServer } from '../src/graphql-ws-server';
import { SERVICE_RESTART_CLOSE_CODE, ShutdownGate, shutdownSettings } from '../src/shutdown';

const logger = createLogger('shutdown-test');

/** A GET on one keep-alive connection of its own: status, body and the `connection` header. */
function getOnce(url: string): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { connection: 'keep-alive' } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }),
      );
    }).on('error', reject);
  });
}

describe('shutdown settings', () => {
  it('defaults to no delay and a 10 s drain, reads both, and refuses what is not whole milliseconds', () => {
    expect(shutdownSettings({})).toEqual({ delayMs: 0, drainMs: 10_000 });
    expect(shutdownSettings({ SHUTDOWN_DELAY_MS: '5000', SHUTDOWN_DRAIN_MS: '0' })).toEqual({
      delayMs: 5_000,
      drainMs: 0,
    });
    expect(() => shutdownSettings({ SHUTDOWN_DRAIN_MS: '10s' })).toThrow(
      'SHUTDOWN_DRAIN_MS doit être un nombre entier de millisecondes, 0 ou plus (reçu « 10s »).',
    );
    expect(() => shutdownSettings({ SHUTDOWN_DELAY_MS: '-1' })).toThrow(/SHUTDOWN_DELAY_MS/);
  });
});

describe('the start of a stop', () => {
  let server: Server;
  let base: string;
  let gate: ShutdownGate;

  beforeAll(async () => {
    const app = express();
    server = createServer(app);
    gate = new ShutdownGate(server, { delayMs: 400, drainMs: 1_000 });
    mountHealthRoutes(app, {
      service: 'essai',
      httpServer: server,
      logger,
      liveness: () => Promise.resolve(),
      readiness: { database: () => Promise.resolve() },
      draining: () => gate.draining,
    });
    app.get('/work', (_req, res) => void res.json({ done: true }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails readiness at once, keeps serving through the delay with Connection: close, keeps liveness', async () => {
    const before = await getOnce(`${base}/readyz`);
    expect(before.status).toBe(200);
    expect(before.connection).toBe('keep-alive');

    const began = Date.now();
    const delay = gate.begin();
    expect(gate.begin()).toBe(delay); // once
    const ready = await getOnce(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({
      status: 'stopping',
      service: 'essai',
      reason: 'arrêt en cours : plus aucune nouvelle requête ne doit être envoyée ici',
    });
    // Work is still done during the delay, and each answer closes its connection.
    const work = await getOnce(`${base}/work`);
    expect(work).toEqual({ status: 200, body: '{"done":true}', connection: 'close' });
    expect((await getOnce(`${base}/healthz`)).status).toBe(200);

    await delay;
    expect(Date.now() - began).toBeGreaterThanOrEqual(390);
  });
});

/** A graphql-ws server on a free port and one client socket, open. */
async function serverWithOneSocket() {
  const server = createServer();
  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  const cleanup = useGraphQLWsServer({ schema: buildSchema('type Query { ok: Boolean }') }, wsServer, logger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { server, cleanup, socket };
}

describe('graphql-ws sockets on shutdown', () => {
  it('closes each socket with 1012 (service restart), which graphql-ws clients retry', async () => {
    const { server, cleanup, socket } = await serverWithOneSocket();
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );

    await cleanup.dispose(1_000);
    expect(await closed).toEqual({ code: SERVICE_RESTART_CLOSE_CODE, reason: 'Arrêt du serveur.' });
    expect(SERVICE_RESTART_CLOSE_CODE).toBe(1012);
    await new Promise((resolve) => server.close(resolve));
  });

  it('cuts a socket whose peer never answers the close after the grace, so that the stop stays bounded', async () => {
    const { server, cleanup, socket } = await serverWithOneSocket();
    // A peer that reads nothing more: the close frame is never answered.
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();

    const started = Date.now();
    await cleanup.dispose(300);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(5_000);
    socket.terminate();
    await new Promise((resolve) => server.close(resolve));
  });
});
