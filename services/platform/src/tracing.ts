import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import type { RequestHandler } from 'express';
import { operationLabel } from './metrics';

// Tests read spans in memory with the SDK of the hub's release line (@apollo/gateway brings an older one).
export {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
export { SpanKind, trace } from '@opentelemetry/api';

/**
 * OpenTelemetry traces of the hub (docs/observability.md): instrumented by hand at the points where
 * a request enters a service or leaves it (GraphQL operation, subgraph fetch, SQL statement), so
 * that the same code traces in production and in Jest, where the four services share one process.
 * Off by default: no exporter, no context manager, and every helper below returns at once.
 */
export interface TracingSettings {
  /** Where spans are sent (OTLP over HTTP, JSON): the collector's `/v1/traces`. */
  tracesUrl: string;
  /** `OTEL_SERVICE_NAME`: the name of the process's service; null keeps each service's own. */
  serviceName: string | null;
}

const SERVICE_NAME = /^[\w.:/-]{1,100}$/;

function endpointUrl(variable: string, raw: string, suffix: string): string {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `${variable} doit être l’adresse http(s) d’un collecteur OpenTelemetry (reçu « ${raw} ») : ` +
        `par exemple ${variable}=http://localhost:4318${suffix === '' ? '/v1/traces' : ''}.`,
    );
  }
  if (suffix === '') return url.toString();
  return `${url.toString().replace(/\/$/, '')}${suffix}`;
}

/**
 * The exporter's settings from the environment, or null (tracing off). As in the OpenTelemetry
 * specification: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is the full URL, `OTEL_EXPORTER_OTLP_ENDPOINT`
 * the collector's base (`/v1/traces` added), `OTEL_SDK_DISABLED=true` turns both off.
 * Throws a French sentence naming the variable when one is malformed.
 */
export function tracingSettings(env: NodeJS.ProcessEnv = process.env): TracingSettings | null {
  const disabled = env.OTEL_SDK_DISABLED?.trim().toLowerCase();
  if (disabled !== undefined && disabled !== '' && disabled !== 'true' && disabled !== 'false') {
    throw new Error(`OTEL_SDK_DISABLED vaut true ou false (reçu « ${env.OTEL_SDK_DISABLED} »).`);
  }
  const serviceName = env.OTEL_SERVICE_NAME?.trim() || null;
  if (serviceName !== null && !SERVICE_NAME.test(serviceName)) {
    throw new Error(
      `OTEL_SERVICE_NAME doit être un nom court (lettres, chiffres, . _ - : /, 100 caractères au plus) ` +
        `(reçu « ${env.OTEL_SERVICE_NAME} ») : par exemple OTEL_SERVICE_NAME=talents-passerelle.`,
    );
  }
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  let tracesUrl: string | null = null;
  if (traces) tracesUrl = endpointUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces, '');
  else if (base) tracesUrl = endpointUrl('OTEL_EXPORTER_OTLP_ENDPOINT', base, '/v1/traces');
  if (tracesUrl === null || disabled === 'true') return null;
  return { tracesUrl, serviceName };
}

export interface StartedTracing {
  /** Sends what is buffered, then turns tracing off again (no-op helpers, no context manager). */
  stop(): Promise<void>;
}

class ActiveTracing {
  private readonly tracers = new Map<string, Tracer>();

  constructor(
    private readonly processor: SpanProcessor,
    private readonly serviceName: string | null,
  ) {}

  /**
   * One provider per service, so that each span names its own service even where the four
   * share one process (`npm start`, the tests).
   */
  tracer(service: string): Tracer {
    let tracer = this.tracers.get(service);
    if (!tracer) {
      const provider = new BasicTracerProvider({
        resource: resourceFromAttributes({
          'service.name': this.serviceName ?? service,
          'service.namespace': 'talents-numeriques',
        }),
        spanProcessors: [this.processor],
      });
      tracer = provider.getTracer('@talents/platform');
      this.tracers.set(service, tracer);
    }
    return tracer;
  }

  async stop(): Promise<void> {
    await this.processor.forceFlush();
    await this.processor.shutdown();
  }
}

let active: ActiveTracing | null = null;

/**
 * Turns tracing on for this process: W3C `traceparent` propagation, the active span carried
 * through async calls, spans handed to `exporter` (batched unless `batch` is false).
 */
export function startTracing(options: {
  exporter: SpanExporter;
  serviceName?: string | null;
  batch?: boolean;
}): StartedTracing {
  if (active) throw new Error('Le traçage OpenTelemetry est déjà démarré dans ce processus.');
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const processor =
    options.batch === false
      ? new SimpleSpanProcessor(options.exporter)
      : new BatchSpanProcessor(options.exporter);
  const started = new ActiveTracing(processor, options.serviceName ?? null);
  active = started;
  return {
    async stop() {
      if (active !== started) return;
      active = null;
      context.disable();
      propagation.disable();
      await started.stop();
    },
  };
}

/** Tracing as the environment asks for it (`tracingSettings`): started with an OTLP exporter, or null. */
export function startTracingFromEnvironment(env: NodeJS.ProcessEnv = process.env): StartedTracing | null {
  const settings = tracingSettings(env);
  if (!settings) return null;
  // The exporter reads OTEL_EXPORTER_OTLP_HEADERS (a collector's credentials) itself.
  return startTracing({
    exporter: new OTLPTraceExporter({ url: settings.tracesUrl }),
    serviceName: settings.serviceName,
  });
}

export function tracingActive(): boolean {
  return active !== null;
}

function failed(span: Span, error: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : undefined });
}

/** Runs `work` in a child span of the active one; only `work` when tracing is off. */
export async function withSpan<T>(
  service: string,
  name: string,
  options: { kind: SpanKind; attributes?: Attributes },
  work: () => Promise<T>,
): Promise<T> {
  if (!active) return work();
  return active.tracer(service).startActiveSpan(name, options, async (span) => {
    try {
      return await work();
    } catch (error) {
      failed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Writes the active span's `traceparent` into an outgoing request's headers (nothing when off). */
export function injectTraceContext(headers: { set(name: string, value: string): unknown }): void {
  if (!active) return;
  propagation.inject(context.active(), headers, {
    set: (carrier, key, value) => {
      carrier.set(key, value);
    },
  });
}

/** A statement that ran `durationMs` up to now, as a child of the active span (nothing when off). */
export function recordSqlStatement(
  service: string,
  statement: string,
  durationMs: number,
  error?: unknown,
): void {
  if (!active || !trace.getSpan(context.active())) return;
  const end = Date.now();
  const verb = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? 'SQL';
  const span = active.tracer(service).startSpan(verb, {
    kind: SpanKind.CLIENT,
    startTime: end - durationMs,
    attributes: {
      'db.system.name': 'postgresql',
      'db.operation.name': verb,
      // The text with its placeholders ($1…): parameter values, personal data among them, never.
      'db.query.text': statement.length > 2000 ? `${statement.slice(0, 2000)}…` : statement,
    },
  });
  if (error !== undefined) failed(span, error);
  span.end(end);
}

/**
 * Express middleware that opens the span of the GraphQL operation a request carries, active while
 * Apollo Server runs it, ended when the response is sent. Mounted after the body is read: a body
 * parser's stream events would run outside the span. `continueTrace`: the caller's `traceparent`
 * is the parent (a subgraph, reached only with the gateway's token); the gateway, which anybody
 * reaches, starts its own trace. {@link operationSpanPlugin} names the span once the operation is known.
 */
export function operationSpanMiddleware(
  service: string,
  options: { continueTrace: boolean },
): RequestHandler {
  return (req, res, next) => {
    if (!active) {
      next();
      return;
    }
    const parent = options.continueTrace
      ? propagation.extract(ROOT_CONTEXT, req.headers as IncomingHttpHeaders)
      : ROOT_CONTEXT;
    const span = active.tracer(service).startSpan('graphql', { kind: SpanKind.SERVER }, parent);
    res.once('close', () => {
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/**
 * Names the operation span after the operation (`query Catalogue`) and adds what the request's
 * context tells: its request id and the viewer's kind, never who the viewer is.
 */
export function operationSpanPlugin<TContext extends BaseContext>(
  attributes: (contextValue: TContext) => Attributes,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!active) return;
      const span = trace.getSpan(context.active());
      if (!span) return;
      span.setAttributes(attributes(contextValue));
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!operation) return;
          const type = operation.operation;
          // Named as in the metrics: a client's odd or endless name does not become a span name.
          const name = operationLabel(operationName);
          span.updateName(`${type} ${name}`);
          span.setAttributes({
            'graphql.operation.type': type,
            'graphql.operation.name': name,
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length === 0) return;
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INCONNU')))];
          span.setAttribute('graphql.error.codes', codes);
          span.setStatus({ code: SpanStatusCode.ERROR });
        },
      };
    },
  };
}
