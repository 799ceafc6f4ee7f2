import { startSubgraph } from '@talents/common';
import { missionsSubgraph } from './index';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'DATABASE_URL manquant : indiquez la chaîne de connexion PostgreSQL du sous-graphe des missions.',
    );
    process.exit(1);
  }
  const running = await startSubgraph(missionsSubgraph, {
    databaseUrl,
    port: Number(process.env.PORT ?? 4002),
    host: process.env.HOST ?? '0.0.0.0',
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} reçu : arrêt du sous-graphe des missions…`);
    try {
      await running.stop();
      process.exit(0);
    } catch (error) {
      console.error('Arrêt incomplet du sous-graphe des missions :', error);
      process.exit(1);
    }
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error('Le sous-graphe des missions n’a pas pu démarrer :', error);
  process.exit(1);
});
