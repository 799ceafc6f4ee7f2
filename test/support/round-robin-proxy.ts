import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** What a proxy did, for the test's and the bench's figures. */
export interface ProxyStats {
  /** HTTP requests received from clients. */
  requests: number;
  /** Connections a target refused (nothing sent), tried again on another target. */
  refusedAndRetried: number;
  /** Requests answered 502: the target's connection broke once the request was sent. */
  badGateway: number;
  /** WebSocket upgrades passed through. */
  upgrades: number;
}

interface Target {
  url: string;
  host: string;
  port: number;
  ready: boolean;
  polling?: NodeJS.Timeout;
}

/** Headers of one hop only: never passed on (the body is passed whole, with its length). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

function refused(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ECONNREFUSED';
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

/**
 * A round-robin load balancer for the tests, as a Kubernetes Service behind an ingress or nginx would
 * be: targets are added and removed as processes start and stop (endpoints), each one's `/readyz` is
 * polled and only ready targets get new requests (all of them when none is ready). A connection a
 * target refuses — nothing was sent — is tried on the next one, whatever the request; a connection
 * that breaks once the request is sent is answered 502, never retried (the request may have been
 * applied). One upstream connection per request, so that a target's keep-alive never decides where
 * the next request goes. WebSocket upgrades are passed through byte for byte: a close frame reaches
 * the client as the target sent it, and a target that dies without one cuts the client's socket.
 */
export class RoundRobinProxy {
  readonly stats: ProxyStats = { requests: 0, refusedAndRetried: 0, badGateway: 0, upgrades: 0 };
  private readonly targets: Target[] = [];
  private next = 0;
  private readonly sockets = new Set<Socket | Duplex>();

  private constructor(
    readonly name: string,
    private readonly server: Server,
    readonly url: string,
    private readonly pollMs: number,
  ) {}

  static async start(name: string, options: { pollMs?: number } = {}): Promise<RoundRobinProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const proxy = new RoundRobinProxy(name, server, `http://127.0.0.1:${port}`, options.pollMs ?? 100);
    server.on('connection', (socket) => proxy.track(socket));
    server.on('request', (incoming, outgoing) => void proxy.forward(incoming, outgoing));
    server.on('upgrade', (incoming: IncomingMessage, socket: Duplex, head: Buffer) =>
      proxy.upgrade(incoming, socket, head, new Set()),
    );
    return proxy;
  }

  /** Takes a target in (`http://127.0.0.1:port`): it gets requests once its `/readyz` says ready. */
  add(url: string): void {
    const { hostname, port } = new URL(url);
    const target: Target = { url, host: hostname, port: Number(port), ready: false };
    let checking = false;
    target.polling = setInterval(() => {
      if (checking) return;
      checking = true;
      void this.probe(target).finally(() => (checking = false));
    }, this.pollMs);
    this.targets.push(target);
  }

  /** Takes a target out (its process has stopped). */
  remove(url: string): void {
    const index = this.targets.findIndex((target) => target.url === url);
    if (index < 0) return;
    clearInterval(this.targets[index]!.polling);
    this.targets.splice(index, 1);
  }

  /** Whether the proxy currently sends new requests to `url`. */
  isReady(url: string): boolean {
    return this.targets.some((target) => target.url === url && target.ready);
  }

  async close(): Promise<void> {
    for (const target of this.targets.splice(0)) clearInterval(target.polling);
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private track(socket: Socket | Duplex): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private probe(target: Target): Promise<void> {
    return new Promise((resolve) => {
      const check = request(
        { host: target.host, port: target.port, path: '/readyz', agent: false, timeout: 2_000 },
        (response) => {
          response.resume();
          target.ready = response.statusCode === 200;
          resolve();
        },
      );
      check.on('timeout', () => check.destroy(new Error('readiness timeout')));
      check.on('error', () => {
        target.ready = false;
        resolve();
      });
      check.end();
    });
  }

  /** The next target in turn among the ready ones (all when none is), skipping those already tried. */
  private pick(tried: Set<string>): Target | undefined {
    const ready = this.targets.filter((target) => target.ready);
    const pool = (ready.length > 0 ? ready : this.targets).filter((target) => !tried.has(target.url));
    if (pool.length === 0) return undefined;
    this.next = (this.next + 1) % pool.length;
    return pool[this.next];
  }

  private async forward(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    this.stats.requests += 1;
    let body: Buffer;
    try {
      body = await readBody(incoming);
    } catch {
      outgoing.destroy();
      return;
    }
    const tried = new Set<string>();
    const attempt = () => {
      const target = this.pick(tried);
      if (!target) {
        this.badGateway(outgoing, 'aucune cible ne répond');
        return;
      }
      tried.add(target.url);
      const upstream = request({
        host: target.host,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...endToEnd(incoming.headers), 'content-length': String(body.length) },
        agent: false,
      });
      upstream.on('response', (response) => {
        outgoing.writeHead(response.statusCode ?? 502, endToEnd(response.headers));
        response.pipe(outgoing);
        response.on('error', () => outgoing.destroy());
      });
      upstream.on('error', (error) => {
        if (refused(error)) {
          this.stats.refusedAndRetried += 1;
          attempt();
        } else if (!outgoing.headersSent) {
          this.badGateway(outgoing, `connexion à ${target.url} perdue (${(error as Error).message})`);
        } else {
          outgoing.destroy();
        }
      });
      upstream.end(body);
    };
    attempt();
  }

  private badGateway(outgoing: ServerResponse, why: string): void {
    this.stats.badGateway += 1;
    outgoing.writeHead(502, { 'content-type': 'application/json' });
    outgoing.end(
      JSON.stringify({
        errors: [{ message: `Mandataire ${this.name} : ${why}.`, extensions: { code: 'BAD_GATEWAY' } }],
      }),
    );
  }

  private upgrade(incoming: IncomingMessage, client: Duplex, head: Buffer, tried: Set<string>): void {
    const target = this.pick(tried);
    if (!target) {
      client.destroy();
      return;
    }
    tried.add(target.url);
    const upstream = connect(target.port, target.host);
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      this.stats.upgrades += 1;
      this.track(upstream);
      const lines = [`${incoming.method} ${incoming.url} HTTP/1.1`];
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
        lines.push(`${incoming.rawHeaders[i]}: ${incoming.rawHeaders[i + 1]}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', (error) => {
      if (!connected && refused(error)) {
        this.stats.refusedAndRetried += 1;
        this.upgrade(incoming, client, head, tried);
        return;
      }
      client.destroy();
    });
    client.on('error', () => upstream.destroy());
    // An orderly end is passed on by the pipes (after the close frame); a broken one cuts the other side.
    upstream.on('close', (hadError) => hadError && client.destroy());
    client.on('close', (hadError: boolean) => hadError && upstream.destroy());
  }
}
