import { installCrashPolicy, startTracingFromEnvironment, stopOnTerminationSignals } from '@talents/platform';
import type { SubgraphDefinition } from './subgraph';
import { startSubgraph } from './subgraph';

function portFromEnvironment(fallback: number): number {
  const raw = process.env.PORT;
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT doit être un numéro de port entier (reçu « ${raw} »).`);
  }
  return port;
}

/** Container entry point of one subgraph: DATABASE_URL, GATEWAY_JWKS_URL, PORT and HOST from the environment. */
export function runSubgraphProcess(definition: SubgraphDefinition, defaultPort: number): void {
  const label = `du sous-graphe ${definition.name}`;
  const start = async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      throw new Error('DATABASE_URL est obligatoire (par exemple postgres://utilisateur@hôte:5432/base).');
    }
    const jwksUrl = process.env.GATEWAY_JWKS_URL;
    if (!jwksUrl) {
      throw new Error(
        'GATEWAY_JWKS_URL est obligatoire (par exemple http://gateway:4000/.well-known/jwks.json) : ' +
          'le sous-graphe n’accepte que les requêtes signées par la passerelle.',
      );
    }
    // OTEL_EXPORTER_OTLP_ENDPOINT: traces to a collector (docs/observability.md); off otherwise.
    const tracing = startTracingFromEnvironment();
    const running = await startSubgraph(definition, {
      databaseUrl,
      gatewayKeys: { jwksUrl },
      port: portFromEnvironment(defaultPort),
      host: process.env.HOST ?? '0.0.0.0',
    });
    console.log(`Sous-graphe ${definition.name} prêt : ${running.url}`);
    const stop = async () => {
      await running.stop();
      await tracing?.stop();
    };
    stopOnTerminationSignals(label, stop);
    installCrashPolicy({ label, stop });
  };
  start().catch((error: unknown) => {
    console.error(`Le démarrage ${label} a échoué :`, error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
