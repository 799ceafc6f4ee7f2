import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { SERVICE_RESTART_CLOSE_CODE } from './shutdown';

/** What each graphql-ws context carries here: the socket, and the upgrade request until released. */
export interface SocketExtra {
  socket: WebSocket;
  /** Set to undefined by whoever is done with it (the gateway, once the person is known). */
  request: IncomingMessage | undefined;
}

/**
 * The token a subscribe message carried in `payload.extensions.authorization`, by socket and
 * subscription id, taken out of the message before graphql-ws reads it: graphql-ws keeps each
 * subscribe message's text for as long as the subscription runs, and the token is half of it.
 */
const detachedAuthorizations = new WeakMap<WebSocket, Map<string, string>>();

function detachAuthorization(socket: WebSocket, text: string): string {
  if (!text.includes('"authorization"')) return text;
  let message: { id?: unknown; type?: unknown; payload?: { extensions?: Record<string, unknown> } };
  try {
    message = JSON.parse(text) as typeof message;
  } catch {
    return text; // graphql-ws answers a malformed message itself
  }
  const authorization = message.payload?.extensions?.authorization;
  if (message.type !== 'subscribe' || typeof message.id !== 'string' || typeof authorization !== 'string')
    return text;
  let tokens = detachedAuthorizations.get(socket);
  if (!tokens) {
    tokens = new Map();
    detachedAuthorizations.set(socket, tokens);
  }
  tokens.set(message.id, authorization);
  delete message.payload?.extensions?.authorization;
  return JSON.stringify(message);
}

/** The token the subscribe message `id` carried on `socket` (once: it is forgotten as it is taken). */
export function takeDetachedAuthorization(socket: WebSocket, id: string): string | undefined {
  const tokens = detachedAuthorizations.get(socket);
  const token = tokens?.get(id);
  tokens?.delete(id);
  return token;
}

/** How often every socket is pinged; one that has not answered the previous ping is dropped. */
const KEEP_ALIVE_MS = 12_000;

/**
 * graphql-ws's protocol (`makeServer`) on a `ws` server, as `graphql-ws/use/ws` does, with two
 * changes measured with thousands of subscriptions (docs/subscriptions.md):
 * - the `message` listener returns at once: graphql-ws's own awaits the handler, which for a
 *   subscription lasts as long as the subscription, and so kept each subscribe message's buffer —
 *   and the 64 KiB socket read it is a slice of — alive for hours;
 * - one keep-alive sweep for every socket instead of two timers per socket;
 * - the token of a subscribe message is kept aside (takeDetachedAuthorization), not in the text
 *   graphql-ws holds on to;
 * - the messages sent to one socket in one turn leave in one write;
 * - `admitMessage`, when given, sees each message's size first and may drop it (the caller closes
 *   the socket then: a message too large, too many in a second).
 */
export function useGraphQLWsServer<P extends Record<string, unknown> | undefined = undefined>(
  options: ServerOptions<P, SocketExtra>,
  wsServer: WebSocketServer,
  logger: { error(object: object, message: string): void },
  hooks: { admitMessage?(socket: WebSocket, bytes: number): boolean } = {},
): { dispose(graceMs?: number): Promise<void> } {
  const server = makeServer<P, SocketExtra>(options);
  wsServer.options.handleProtocols = handleProtocols;
  const awaitingPong = new WeakSet<WebSocket>();
  wsServer.on('error', (error) => logger.error({ err: error }, 'graphql-ws server error'));

  const sweep = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      if (socket.readyState !== socket.OPEN) continue;
      awaitingPong.add(socket);
      socket.ping();
    }
  }, KEEP_ALIVE_MS);
  sweep.unref();

  /**
   * The messages a socket is sent in one go (the deliveries of an event to the gateway's shared
   * socket: hundreds) leave in one write rather than one system call each: the TCP socket is
   * corked until the current microtasks are done.
   */
  const corked = new WeakSet<WebSocket>();
  const corkForThisTurn = (socket: WebSocket) => {
    if (corked.has(socket)) return;
    // ws keeps its TCP socket in a field of its own; without it, messages simply leave one by one.
    const tcp = (socket as unknown as { _socket?: Duplex })._socket;
    if (!tcp) return;
    corked.add(socket);
    tcp.cork();
    process.nextTick(() => {
      corked.delete(socket);
      tcp.uncork();
    });
  };

  const internalError = (socket: WebSocket, error: unknown) => {
    logger.error({ err: error }, 'graphql-ws message handling failed');
    socket.close(CloseCode.InternalServerError, 'Erreur interne du serveur.');
  };

  wsServer.on('connection', (socket, request) => {
    socket.once('error', (error) => internalError(socket, error));
    socket.on('pong', () => awaitingPong.delete(socket));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) {
              resolve();
              return;
            }
            corkForThisTurn(socket);
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) => {
          socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
            const bytes = Array.isArray(data)
              ? data.reduce((sum, chunk) => sum + chunk.length, 0)
              : data.byteLength;
            if (hooks.admitMessage && !hooks.admitMessage(socket, bytes)) return;
            const text = Array.isArray(data)
              ? Buffer.concat(data).toString()
              : Buffer.isBuffer(data)
                ? data.toString()
                : Buffer.from(data).toString();
            handle(detachAuthorization(socket, text)).catch((error: unknown) => internalError(socket, error));
          });
        },
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      void closed(code, reason.toString());
    });
  });

  return {
    /** Closes every socket with 1012 (reconnect and resume), cutting those still open after `graceMs`. */
    async dispose(graceMs = 5_000) {
      clearInterval(sweep);
      await closeSocketsWithin(wsServer.clients, SERVICE_RESTART_CLOSE_CODE, 'Arrêt du serveur.', graceMs);
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => {
        wsServer.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}

/**
 * Closes `sockets` with `code` and resolves once every one is closed; a socket whose close has not
 * gone through after `graceMs` (its peer reads nothing) is cut, so that a stop stays bounded rather
 * than waiting for ws's own 30 s.
 */
export async function closeSocketsWithin(
  sockets: Iterable<WebSocket>,
  code: number,
  reason: string,
  graceMs: number,
): Promise<void> {
  const closing = [...sockets].filter((socket) => socket.readyState !== socket.CLOSED);
  await Promise.all(
    closing.map(
      (socket) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => socket.terminate(), graceMs);
          socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          if (socket.readyState !== socket.CLOSING) socket.close(code, reason);
        }),
    ),
  );
}
