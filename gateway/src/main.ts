import { installCrashPolicy, startTracingFromEnvironment, stopOnTerminationSignals } from '@talents/platform';
import { loadSigningKeys } from './auth/keys';
import { startGateway } from './gateway';
import { readSupergraph } from './supergraph';

/** Container entry point: the gateway alone, subgraphs reached through their URLs. */
async function main(): Promise<void> {
  const subgraphUrls: Record<string, string> = {};
  for (const name of ['profiles', 'missions', 'approvals']) {
    const url = process.env[`${name.toUpperCase()}_URL`];
    if (url) subgraphUrls[name] = url;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      'DATABASE_URL est obligatoire : la passerelle y garde les clés d’API (schéma « access »).',
    );
  }
  // OTEL_EXPORTER_OTLP_ENDPOINT: traces to a collector (docs/observability.md); off otherwise.
  const tracing = startTracingFromEnvironment();
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(),
    subgraphUrls,
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '0.0.0.0',
    // Sessions, persona sign-in and ProConnect read SESSION_SECRET, PERSONA_LOGIN and OIDC_*.
    auth: { keys: await loadSigningKeys(), databaseUrl },
  });
  console.log(`Passerelle prête : ${gateway.url}/graphql`);
  const stop = async () => {
    await gateway.stop();
    await tracing?.stop();
  };
  stopOnTerminationSignals('de la passerelle', stop);
  installCrashPolicy({ label: 'de la passerelle', stop });
}

main().catch((error: unknown) => {
  console.error('La passerelle n’a pas pu démarrer :', error);
  process.exit(1);
});
