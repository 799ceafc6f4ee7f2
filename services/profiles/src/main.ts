import { startSubgraph } from '@talents/common';
import { profilesSubgraph } from './index';

const DEFAULT_PORT = 4001;

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'La variable DATABASE_URL est obligatoire (par exemple postgres://utilisateur@hôte:5432/base).',
    );
    process.exit(1);
  }
  const running = await startSubgraph(profilesSubgraph, {
    databaseUrl,
    port: Number(process.env.PORT ?? DEFAULT_PORT),
    host: process.env.HOST ?? '0.0.0.0',
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.info(`Signal ${signal} reçu : arrêt du sous-graphe profiles.`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Arrêt du sous-graphe profiles en erreur :', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Le sous-graphe profiles n’a pas pu démarrer :', error);
  process.exit(1);
});
