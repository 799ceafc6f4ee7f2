import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Express } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// The gateway times its subgraph fetches and counts deliveries with prom-client's own types, through this package.
export { Counter, Histogram, Registry };

/**
 * Prometheus metrics of one service (`GET /metrics` on its own port), labelled with its name.
 * docs/metrics.md lists every series.
 */
export interface ServiceMetrics {
  registry: Registry;
  /** GraphQL operations by name and type, with their duration. */
  operationDuration: Histogram<'operation' | 'type'>;
  /** Errors sent to clients, by `extensions.code`. */
  errors: Counter<'code'>;
  /** Gauges whose value is read at scrape time (pool usage, queue depth, open subscriptions). */
  gauge(name: string, help: string, labelNames: readonly string[], collect: GaugeCollector): void;
}

export type GaugeCollector = () => Promise<Array<{ labels?: Record<string, string>; value: number }>>;

/** Latency buckets in seconds: a few milliseconds (one entity fetch) to the subgraph timeout. */
export const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export function createServiceMetrics(
  service: string,
  options: { processMetrics?: boolean } = {},
): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // Event-loop lag, heap, GC, handles (in the embedded start, the one process the four services share).
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'talents_' });
  const operationDuration = new Histogram({
    name: 'talents_graphql_operation_duration_seconds',
    help: 'Durée des opérations GraphQL, par nom d’opération et type (query, mutation, subscription).',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'talents_graphql_errors_total',
    help: 'Erreurs envoyées aux clients, par code (extensions.code).',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  return {
    registry,
    operationDuration,
    errors,
    gauge(name, help, labelNames, collect) {
      new Gauge({
        name,
        help,
        labelNames,
        registers: [registry],
        async collect() {
          this.reset();
          for (const { labels, value } of await collect()) {
            if (labels) this.set(labels, value);
            else this.set(value);
          }
        },
      });
    },
  };
}

/** Unnamed operations are grouped, so that clients cannot make the label set grow without end. */
export function operationLabel(name: string | null | undefined): string {
  return name && /^[A-Za-z_]\w{0,63}$/.test(name) ? name : 'anonyme';
}

/** Times every operation and counts the errors it answers with. */
export function metricsPlugin<TContext extends BaseContext>(
  metrics: ServiceMetrics,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation, operationName }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.operationDuration.observe(
            { operation: operationLabel(operationName), type: operation?.operation ?? 'invalide' },
            seconds,
          );
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === 'string' ? code : 'INCONNU' });
          }
        },
      };
    },
  };
}

/**
 * `GET /metrics` in Prometheus' text format. With `METRICS_TOKEN` set (production), only a scraper
 * presenting it as a bearer token reads them: they tell the load and the errors of the service.
 */
export function mountMetricsRoute(app: Express, registry: Registry, token = process.env.METRICS_TOKEN): void {
  app.get('/metrics', async (req, res) => {
    if (token && req.headers.authorization !== `Bearer ${token}`) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .type('text')
        .send('Jeton de collecte des métriques requis.');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
}
