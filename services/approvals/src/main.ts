import { startSubgraph } from '@talents/common';
import { approvalsSubgraph } from './index';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'DATABASE_URL est obligatoire : indiquez l’adresse de la base PostgreSQL du sous-graphe approvals.',
    );
    process.exit(1);
  }
  const running = await startSubgraph(approvalsSubgraph, {
    databaseUrl,
    port: Number(process.env.PORT ?? 4003),
    host: process.env.HOST ?? '0.0.0.0',
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Arrêt du sous-graphe approvals après ${signal} en erreur :`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Le sous-graphe approvals n’a pas pu démarrer :', error);
  process.exit(1);
});
