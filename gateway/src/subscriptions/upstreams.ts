import { FEED_POSITION_PATH, type Logger } from '@talents/platform';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { SigningKeys } from '../auth/keys';
import { signInternalToken } from '../auth/internal-token';
import { SYSTEM, type Principal } from '../auth/principal';

/** A subscription carried by an upstream socket: whose token it sends, renewed before reconnections. */
export interface UpstreamHolder {
  principal: Principal;
  token: string;
  /** The subgraph whose shared socket carries the subscription. */
  serviceName: string;
}

function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/**
 * One graphql-ws socket per subgraph, shared by every subscription of this gateway: it carries the
 * gateway's own token, each subscription the token of its person. Also where a subgraph's feed is
 * now (`GET /feed/position`), for subscriptions that start without a cursor.
 */
export class UpstreamSockets {
  private readonly clients = new Map<string, Client>();
  private readonly positions = new Map<string, Promise<string | null>>();
  /** The subscriptions running upstream now. */
  readonly holders = new Set<UpstreamHolder>();

  constructor(
    private readonly subgraphUrls: Readonly<Record<string, string>>,
    private readonly keys: SigningKeys,
    private readonly logger: Logger,
  ) {}

  client(name: string): Client {
    let client = this.clients.get(name);
    if (client) return client;
    const url = this.subgraphUrls[name];
    if (!url) throw new Error(`Sous-graphe inconnu : ${name}`);
    client = createClient({
      url: wsUrlOf(url),
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: 5_000,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** retries)));
      },
      connectionParams: async () => {
        await this.refreshTokens(name);
        return { authorization: `Bearer ${await signInternalToken(this.keys, SYSTEM)}` };
      },
      on: {
        closed: (event) =>
          this.logger.debug({ subgraph: name, event: String(event) }, 'upstream socket closed'),
      },
    });
    this.clients.set(name, client);
    return client;
  }

  /**
   * graphql-ws resends every subscription of a socket after it reconnects, each with its token:
   * those of that socket are signed anew just before, once per person and side by side, rather than
   * on a timer for all of them. A failure keeps the tokens there are (the subgraph says if expired).
   */
  private async refreshTokens(serviceName: string): Promise<void> {
    const signed = new Map<Principal, Promise<string>>();
    try {
      await Promise.all(
        [...this.holders]
          .filter((holder) => holder.serviceName === serviceName)
          .map(async (holder) => {
            let token = signed.get(holder.principal);
            if (!token) {
              token = signInternalToken(this.keys, holder.principal);
              signed.set(holder.principal, token);
            }
            holder.token = await token;
          }),
      );
    } catch (error) {
      this.logger.error({ err: error, subgraph: serviceName }, 'subscription tokens could not be renewed');
    }
  }

  /**
   * Where a subgraph's feed is now, asked once for all the subscriptions starting while the question
   * is out; null when the subgraph cannot say (the subscription then starts from "now" unresumed).
   */
  feedPosition(serviceName: string): Promise<string | null> {
    const url = this.subgraphUrls[serviceName];
    if (!url) return Promise.resolve(null);
    let position = this.positions.get(serviceName);
    if (!position) {
      position = this.askPosition(serviceName, url).finally(() => this.positions.delete(serviceName));
      this.positions.set(serviceName, position);
    }
    return position;
  }

  private async askPosition(serviceName: string, url: string): Promise<string | null> {
    try {
      // Beside the subgraph's `/graphql`, under whatever prefix a proxy gives it.
      const positionUrl = new URL(url);
      positionUrl.pathname = positionUrl.pathname.replace(/\/graphql\/?$/, '') + FEED_POSITION_PATH;
      const response = await fetch(positionUrl, {
        headers: { authorization: `Bearer ${await signInternalToken(this.keys, SYSTEM)}` },
        signal: AbortSignal.timeout(2_000),
      });
      const body = (await response.json()) as { cursor?: unknown };
      return response.ok && typeof body.cursor === 'string' ? body.cursor : null;
    } catch (error) {
      this.logger.warn({ err: error, subgraph: serviceName }, 'feed position unavailable');
      return null;
    }
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
  }
}
