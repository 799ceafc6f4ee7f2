import type { Server } from 'node:http';

/**
 * WebSocket close code of a server that stops to be replaced (RFC 6455 registry: 1012, « Service
 * Restart »): reconnect — the load balancer sends the new socket to another replica — and resume
 * with `after`. graphql-ws clients retry it by default, like 1001 (which only says « going away »).
 */
export const SERVICE_RESTART_CLOSE_CODE = 1012;

export interface ShutdownSettings {
  /**
   * `SHUTDOWN_DELAY_MS` (0): from the stop signal to the closing of the port, `/readyz` answers 503
   * while requests are still served, each answer closing its connection, so that a load balancer
   * that polls readiness (or a Kubernetes Service's endpoints) stops sending before the port closes.
   */
  delayMs: number;
  /**
   * `SHUTDOWN_DRAIN_MS` (10 000): once the port is closed, how long requests in flight and closing
   * WebSockets may take to finish; what is left then is cut.
   */
  drainMs: number;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} doit être un nombre entier de millisecondes, 0 ou plus (reçu « ${raw} »).`);
  }
  return value;
}

/** `SHUTDOWN_DELAY_MS` (0) and `SHUTDOWN_DRAIN_MS` (10 000). */
export function shutdownSettings(env: NodeJS.ProcessEnv = process.env): ShutdownSettings {
  return {
    delayMs: milliseconds(env, 'SHUTDOWN_DELAY_MS', 0),
    drainMs: milliseconds(env, 'SHUTDOWN_DRAIN_MS', 10_000),
  };
}

/**
 * The first step of a process's stop, before its port closes: readiness fails (`draining`) and every
 * answer carries `Connection: close`, so that clients holding keep-alive connections — a gateway's
 * pools, a proxy — open their next one elsewhere instead of racing the close of an idle one.
 */
export class ShutdownGate {
  private began: Promise<void> | null = null;

  constructor(
    httpServer: Server,
    readonly settings: ShutdownSettings,
  ) {
    // Before the application's own listener, so that the header is there whatever it answers.
    httpServer.prependListener('request', (_request, response) => {
      if (this.began && !response.headersSent) response.setHeader('Connection', 'close');
    });
  }

  /** Whether the stop has begun: `/readyz` answers 503 from then on. */
  get draining(): boolean {
    return this.began !== null;
  }

  /** Starts the stop (once); resolves when the delay is over and the port may close. */
  begin(): Promise<void> {
    this.began ??= new Promise((resolve) => setTimeout(resolve, this.settings.delayMs));
    return this.began;
  }
}
