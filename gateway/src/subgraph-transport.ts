import { Agent, errors as undiciErrors } from 'undici';

/** What a subgraph answered to one fetch, read in full. */
export interface SubgraphAnswer {
  status: number;
  /** Only what the gateway reads afterwards: the body's type and `cache-control`. */
  headers: Headers;
  text: string;
}

export interface SubgraphFetch {
  service: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** A read may be sent again after a connection failure and shared with identical reads. */
  read: boolean;
}

/**
 * Headers that name one request rather than what is asked (its id, its trace): identical reads of
 * one viewer differ only by them, and the first one's are sent for all (docs/edge.md, « Vitesse »).
 */
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate']);

function sharingKey(fetch: SubgraphFetch): string {
  let key = fetch.url;
  for (const [name, value] of Object.entries(fetch.headers)) {
    if (!PER_REQUEST_HEADERS.has(name.toLowerCase())) key += `\n${name}:${value}`;
  }
  return `${key}\n\n${fetch.body}`;
}

/**
 * The gateway's fetches to its subgraphs over undici's request API and keep-alive pools (one per
 * subgraph origin), rather than `fetch`, whose WHATWG streams and objects cost more CPU than the
 * request itself; and, when `dedupe` is on, identical reads of the same viewer (same token, same
 * headers, same body) in flight at once share one fetch — within a request and across requests.
 */
export class SubgraphTransport {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  /** Fetches answered by another's request (tests, bench). */
  shared = 0;

  constructor(private readonly settings: { dedupe: boolean }) {}

  send(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    if (!fetch.read || !this.settings.dedupe) return this.sendOnce(fetch);
    const key = sharingKey(fetch);
    const pending = this.inFlight.get(key);
    if (pending) {
      this.shared += 1;
      return pending;
    }
    const answer = this.sendOnce(fetch).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, answer);
    return answer;
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  /**
   * Given up after `timeoutMs`; a read that fails before any answer is tried once more on a fresh
   * connection: a pooled keep-alive connection to a subgraph that just restarted fails on first use.
   * Failures read `subgraph <name> unreachable: …` or `… timed out after …` (SUBGRAPH_FAILURE).
   */
  private async sendOnce(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    try {
      try {
        return await this.attempt(fetch);
      } catch (error) {
        if (isTimeout(error) || !fetch.read) throw error;
        return await this.attempt(fetch);
      }
    } catch (error) {
      if (isTimeout(error)) {
        throw new Error(`subgraph ${fetch.service} timed out after ${fetch.timeoutMs} ms`);
      }
      // Read by shape: a socket error may come from another realm (Jest's), where instanceof fails.
      const message = (error as { message?: unknown } | null)?.message;
      const cause = typeof message === 'string' ? message : String(error);
      throw new Error(`subgraph ${fetch.service} unreachable: ${cause}`);
    }
  }

  private async attempt(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    const url = new URL(fetch.url);
    const response = await this.agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: fetch.headers,
      body: fetch.body,
      headersTimeout: fetch.timeoutMs,
      bodyTimeout: fetch.timeoutMs,
    });
    const text = await response.body.text();
    const headers = new Headers();
    for (const name of ['content-type', 'cache-control']) {
      const value = response.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    return { status: response.statusCode, headers, text };
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError;
}
