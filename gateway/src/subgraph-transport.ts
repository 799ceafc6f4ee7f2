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
  /** False: no other fetch of its plan leaves for this subgraph with it, so it leaves at once. */
  mayBatch?: boolean;
}

/**
 * Headers that name one request rather than what is asked (its id, its trace): identical reads of
 * one viewer differ only by them, and the first one's are sent for all (docs/edge.md, « Vitesse »).
 */
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate']);
/** Headers that name one fetch of a plan (its span): fetches batched together travel with the first's. */
const PER_FETCH_HEADERS = new Set(['traceparent', 'tracestate']);

/** The URL and the headers but those named, as one string: what fetches must share to travel together. */
function headersKey(fetch: SubgraphFetch, ignored: ReadonlySet<string>): string {
  let key = fetch.url;
  for (const [name, value] of Object.entries(fetch.headers)) {
    if (!ignored.has(name.toLowerCase())) key += `\n${name}:${value}`;
  }
  return key;
}

function sharingKey(fetch: SubgraphFetch): string {
  return `${headersKey(fetch, PER_REQUEST_HEADERS)}\n\n${fetch.body}`;
}

/**
 * At most this many operations in one batched HTTP request: a plan's parallel fetches to one
 * subgraph are a handful; a subscription event's, one per subscriber's viewer, never batch together.
 */
export const MAX_BATCH = 16;

interface Waiting {
  fetch: SubgraphFetch;
  resolve(answer: SubgraphAnswer): void;
  reject(error: unknown): void;
}

/**
 * The gateway's fetches to its subgraphs over undici's request API and keep-alive pools (one per
 * subgraph origin), rather than `fetch`, whose WHATWG streams and objects cost more CPU than the
 * request itself; when `dedupe` is on, identical reads of the same viewer (same token, same
 * headers, same body) in flight at once share one fetch — within a request and across requests;
 * when `batch` is on, the reads of one request to one subgraph that leave in the same turn of the
 * event loop (a plan's parallel fetches) travel as one HTTP request carrying a list of operations,
 * which the subgraphs accept from the gateway only (docs/edge.md, « Vitesse »).
 */
export class SubgraphTransport {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>();
  private readonly leaving = new Map<string, Waiting[]>();
  /** Fetches answered by another's request (tests, bench). */
  shared = 0;
  /** Fetches that travelled in a batch with others (tests, bench). */
  batched = 0;

  constructor(private readonly settings: { dedupe: boolean; batch?: boolean }) {}

  send(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    if (!fetch.read || !this.settings.dedupe) return this.dispatch(fetch);
    const key = sharingKey(fetch);
    const pending = this.inFlight.get(key);
    if (pending) {
      this.shared += 1;
      return pending;
    }
    const answer = this.dispatch(fetch).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, answer);
    return answer;
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  /** A read waits for the end of this turn of the event loop, for the plan's other fetches to join it. */
  private dispatch(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    if (!fetch.read || !this.settings.batch || fetch.mayBatch === false) return this.sendOnce(fetch);
    const key = headersKey(fetch, PER_FETCH_HEADERS);
    return new Promise((resolve, reject) => {
      const waiting = this.leaving.get(key);
      if (waiting) {
        waiting.push({ fetch, resolve, reject });
        if (waiting.length === MAX_BATCH) this.depart(key);
        return;
      }
      this.leaving.set(key, [{ fetch, resolve, reject }]);
      // setImmediate rather than a microtask: the plan's other fetches reach here after several
      // awaits each (their tokens, their spans), all within this turn but not within one microtask.
      setImmediate(() => this.depart(key));
    });
  }

  private depart(key: string): void {
    const waiting = this.leaving.get(key);
    if (!waiting) return;
    this.leaving.delete(key);
    const [only] = waiting;
    if (only && waiting.length === 1) {
      this.sendOnce(only.fetch).then(only.resolve, only.reject);
      return;
    }
    this.batched += waiting.length;
    this.sendBatch(waiting.map(({ fetch }) => fetch)).then(
      (answers) => waiting.forEach(({ resolve }, i) => resolve(answers[i] as SubgraphAnswer)),
      (error: unknown) => waiting.forEach(({ reject }) => reject(error)),
    );
  }

  /**
   * One HTTP request whose body is the list of the fetches' bodies; the answer is the list of their
   * answers, in order, each handed back as if it had come alone. An answer that is not such a list
   * is handed to every fetch (a refusal of its token), or the fetches are sent one by one (a subgraph
   * that does not take batches yet, during an upgrade; a list larger than its body limit).
   */
  private async sendBatch(fetches: SubgraphFetch[]): Promise<SubgraphAnswer[]> {
    const [first] = fetches;
    if (!first) return [];
    const answer = await this.sendOnce({ ...first, body: `[${fetches.map(({ body }) => body).join(',')}]` });
    // Apollo Server answers a list with one status for all (its operations' worst): each keeps it.
    const answers = splitBatchAnswer(answer.text, fetches.length);
    if (answers) return answers.map((text) => ({ status: answer.status, headers: answer.headers, text }));
    // Refused as a list, not for what it asks: a subgraph without batching, or a list over its body limit.
    if (answer.status === 413 || (answer.status === 400 && /batching disabled/i.test(answer.text))) {
      return Promise.all(fetches.map((fetch) => this.sendOnce(fetch)));
    }
    return fetches.map(() => answer);
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

/** The texts of a batch's answers, or null when it is not a list of that many answers. */
function splitBatchAnswer(text: string, count: number): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== count) return null;
  // Each fetch gets a text of its own, as if alone: Apollo's data source parses it for itself.
  return parsed.map((part) => JSON.stringify(part));
}

function isTimeout(error: unknown): boolean {
  return error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError;
}
