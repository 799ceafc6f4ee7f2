import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  Histogram,
  injectTraceContext,
  LATENCY_BUCKETS,
  SpanKind,
  withSpan,
  type Registry,
} from '@talents/platform';
import { Kind, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from './context';
import { forwardableHeaders } from './headers';
import type { SubgraphAnswer, SubgraphTransport } from './subgraph-transport';

/**
 * Node's own fetch (undici, pooled keep-alive connections) instead of Apollo's default
 * make-fetch-happen, whose agent captures a stack trace on every request to tell HTTP from HTTPS:
 * measured as the largest single cost of a subscription event's entity fetches.
 */
const nodeFetch = globalThis.fetch as unknown as RemoteGraphQLDataSource['fetcher'];

/**
 * Failures of a subgraph fetch, as the gateway's error formatter recognises them: `subgraph <name>
 * unreachable` or `subgraph <name> timed out`. The name becomes `extensions.service` of the French
 * SERVICE_UNAVAILABLE error, so that a client knows which part of its answer is missing and why.
 */
export const SUBGRAPH_FAILURE = /^subgraph (\w+) (?:unreachable|timed out)/;

/** `SUBGRAPH_TIMEOUT_MS` (default 15 s): above the subgraphs' own statement timeout, so that theirs speaks first. */
export function subgraphTimeoutMs(): number {
  const raw = process.env.SUBGRAPH_TIMEOUT_MS;
  const value = raw ? Number(raw) : 15_000;
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      `SUBGRAPH_TIMEOUT_MS doit être un nombre entier de millisecondes, positif (reçu « ${raw} »).`,
    );
  }
  return value;
}

/**
 * Reads only; a mutation is never sent twice, whatever became of the first attempt. Apollo writes
 * the body `{"query":"…` with the plan's text first, which starts with `mutation` for a write: read
 * from the text rather than by parsing a body that may carry thousands of representations.
 */
function isRead(body: unknown): boolean {
  return typeof body === 'string' && !/^\{"query":"(?:\\[nrt]|\s)*mutation\b/.test(body);
}

/**
 * Node's fetch, given up after `timeoutMs` so that a stalled subgraph costs seconds, not minutes.
 * A read that fails before any answer is tried once more on a fresh connection: a pooled
 * keep-alive connection to a subgraph that just restarted fails on first use.
 */
export function boundedFetch(serviceName: string, timeoutMs: number): RemoteGraphQLDataSource['fetcher'] {
  const attempt = (url: string, init: RequestInit) =>
    (nodeFetch as unknown as typeof fetch)(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return (async (url: string, init: RequestInit) => {
    try {
      try {
        return await attempt(url, init);
      } catch (error) {
        if (error instanceof DOMException || !isRead(init.body)) throw error;
        return await attempt(url, init);
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new Error(`subgraph ${serviceName} timed out after ${timeoutMs} ms`);
      }
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new Error(`subgraph ${serviceName} unreachable: ${cause}`);
    }
  }) as unknown as RemoteGraphQLDataSource['fetcher'];
}

/**
 * A subgraph's answer as the little of a fetch Response that Apollo's data source reads (`ok`, the
 * status, the headers, the body), each reader parsing its own copy of the text.
 */
type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;

function answerAsResponse(url: string, answer: SubgraphAnswer): FetcherResponse {
  return {
    ok: answer.status >= 200 && answer.status <= 299,
    status: answer.status,
    // Apollo's error for a refused fetch reads « 401: Unauthorized »: the same words here.
    statusText: STATUS_CODES[answer.status] ?? '',
    url,
    headers: answer.headers,
    json: () => Promise.resolve(JSON.parse(answer.text) as unknown),
    text: () => Promise.resolve(answer.text),
  } as unknown as FetcherResponse;
}

/** A subgraph's `cache-control`, as Apollo's data source reads it into the operation's cache policy. */
function cacheHint(header: string | null): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const maxAge = /(?:^|,)\s*max-age=(\d+)\s*(?:,|$)/.exec(header ?? '')?.[1];
  const directives = new Set((header ?? '').split(',').map((part) => part.trim().toLowerCase()));
  return {
    maxAge: maxAge ? Number(maxAge) : 0,
    ...(directives.has('private') ? { scope: 'PRIVATE' as const } : {}),
    ...(directives.has('public') ? { scope: 'PUBLIC' as const } : {}),
  };
}

type ResponsePath = Array<string | number>;

/** Each fetch of a query plan, by subgraph and outcome (ok, error: no usable answer). */
export function subgraphFetchHistogram(registry: Registry): Histogram<'subgraph' | 'outcome'> {
  return new Histogram({
    name: 'talents_gateway_subgraph_fetch_duration_seconds',
    help: 'Durée des requêtes de la passerelle aux sous-graphes, par sous-graphe et issue (ok, error).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
}

/** The response keys a selection set asks for (aliases first), `__typename` aside. */
function responseKeys(selectionSet: SelectionSetNode | undefined, typename?: string): string[] {
  const keys: string[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') {
      keys.push(selection.alias?.value ?? selection.name.value);
    } else if (
      selection.kind === Kind.INLINE_FRAGMENT &&
      (!selection.typeCondition || !typename || selection.typeCondition.name.value === typename)
    ) {
      keys.push(...responseKeys(selection.selectionSet, typename));
    }
  }
  return keys;
}

/**
 * Where, in the subgraph's own answer, the fields of a failed fetch would have been: each field of
 * each entity asked for (`_entities`, i, field), or each root field. The gateway maps these paths
 * onto the client's response, so that every missing field gets its error with its `path`.
 */
export function failedFetchPaths(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): ResponsePath[] {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const representations = variables?.representations;
  if (!Array.isArray(representations)) return responseKeys(operation.selectionSet).map((key) => [key]);
  const entities = operation.selectionSet.selections.find(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities',
  );
  const selectionSet = entities?.kind === Kind.FIELD ? entities.selectionSet : undefined;
  return representations.flatMap((representation: unknown, index) => {
    const typename = (representation as { __typename?: unknown } | null)?.__typename;
    const keys = responseKeys(selectionSet, typeof typename === 'string' ? typename : undefined);
    return keys.length > 0 ? keys.map((key) => ['_entities', index, key]) : [['_entities', index]];
  });
}

/**
 * The headers a subgraph receives with a fetch, on either path (Apollo's, or the pools'): what may
 * be forwarded of the client's, the request id, the trace, and the gateway's own token.
 */
async function setSubgraphHeaders(
  context: Partial<GatewayContext>,
  headers: { set(name: string, value: string): unknown },
): Promise<void> {
  // Apollo asks subgraphs for their SDL with an empty context only when it introspects, which
  // this gateway never does (static supergraph); nothing to sign for then.
  if (!context.headers || !context.requestId || !context.internalToken) return;
  for (const [name, value] of forwardableHeaders(context.headers)) headers.set(name, value);
  headers.set('x-request-id', context.requestId);
  injectTraceContext(headers);
  // The client's own credentials never reach a subgraph: only what the gateway vouches for.
  headers.set('authorization', `Bearer ${await context.internalToken()}`);
}

/** Sends a fetch of a query plan to a subgraph with the gateway's own token, never the client's. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override fetcher: RemoteGraphQLDataSource['fetcher'];
  private readonly failuresAsFieldErrors: boolean;
  private readonly fetchDuration: Histogram<'subgraph' | 'outcome'> | undefined;
  private readonly serviceName: string;
  private readonly timeoutMs: number;
  private readonly transport: SubgraphTransport | undefined;

  /**
   * `throwOnFailure`: a subgraph that does not answer makes `process` throw (the subscription
   * bridge retries the whole event then); otherwise the failure becomes one error per missing field.
   */
  constructor(config: {
    name: string;
    url: string;
    timeoutMs?: number;
    throwOnFailure?: boolean;
    fetchDuration?: Histogram<'subgraph' | 'outcome'>;
    /** undici's pools (and the sharing of identical reads); absent: Node's `fetch`. */
    transport?: SubgraphTransport;
  }) {
    super({ url: config.url });
    this.serviceName = config.name;
    this.fetchDuration = config.fetchDuration;
    this.timeoutMs = config.timeoutMs ?? subgraphTimeoutMs();
    this.transport = config.transport;
    this.fetcher = boundedFetch(config.name, this.timeoutMs);
    this.failuresAsFieldErrors = !config.throwOnFailure;
  }

  /**
   * A fetch that fails as a whole (subgraph unreachable, timed out) would leave @apollo/gateway with
   * one error without a path; answered instead as the subgraph's own errors on each field it would
   * have given, so that the client learns which fields are missing and why.
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    if ('context' in options && options.context.signal?.aborted) {
      // The operation has timed out and its caller has its answer: the rest of the plan is not sent.
      throw new Error(`operation abandoned before fetching from subgraph ${this.serviceName}`);
    }
    const timer = this.fetchDuration?.startTimer({ subgraph: this.serviceName });
    try {
      // A child span of the operation's; willSendRequest hands its `traceparent` to the subgraph.
      const response = await withSpan(
        'gateway',
        `fetch ${this.serviceName}`,
        { kind: SpanKind.CLIENT, attributes: { 'talents.subgraph': this.serviceName } },
        () => (this.transport ? this.sendOverTransport(options, this.transport) : super.process(options)),
      );
      timer?.({ outcome: 'ok' });
      return response;
    } catch (error) {
      timer?.({ outcome: 'error' });
      if (!this.failuresAsFieldErrors || !(error instanceof Error) || !SUBGRAPH_FAILURE.test(error.message)) {
        throw error;
      }
      const document =
        ('document' in options ? options.document : undefined) ?? parse(options.request.query ?? '');
      const paths = failedFetchPaths(document, options.request.variables);
      const errors: GraphQLFormattedError[] = (paths.length > 0 ? paths : [undefined]).map((path) => ({
        message: error.message,
        ...(path ? { path } : {}),
      }));
      return { errors };
    }
  }

  /**
   * What Apollo's data source does for a fetch, without its per-fetch node-fetch Request and Headers
   * (a copy of the body each, measured in the gateway's profile): the same headers, the same body
   * bytes, the same errors for a refused answer, the same cache policy.
   */
  private async sendOverTransport(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    transport: SubgraphTransport,
  ): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    await setSubgraphHeaders(context, { set: (name, value) => (headers[name.toLowerCase()] = value) });
    const { query, variables, operationName, extensions } = request;
    // The keys in Apollo's order, `query` first: isRead and the subgraphs' logs read it so.
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const answer = await transport.send({
      service: this.serviceName,
      url: this.url,
      headers,
      body,
      timeoutMs: this.timeoutMs,
      read: isRead(body),
      mayBatch: context.fetchedTogether?.has(this.serviceName),
    });
    const response = answerAsResponse(this.url, answer);
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = await this.parseBody(response);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    }
    const policy =
      this.honorSubgraphCacheControlHeader && 'incomingRequestContext' in options
        ? options.incomingRequestContext.overallCachePolicy
        : undefined;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(answer.headers.get('cache-control')));
    return {
      ...(parsed as GatewayGraphQLResponse),
      http: response as unknown as GatewayGraphQLResponse['http'],
    };
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): Promise<void> {
    if (request.http) await setSubgraphHeaders(context, request.http.headers);
  }
}
