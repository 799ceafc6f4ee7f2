import { openSubgraphDatabase } from '@talents/common';
import { generateDemoData } from '@talents/demo';
import { HUB_SUBGRAPHS } from './subgraphs';

/** `npm run seed`: migrates and loads the demo data into DATABASE_URL (idempotent). */
async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL est requis pour charger les données de démonstration.');
    process.exit(2);
  }
  const demo = generateDemoData();
  for (const { definition, seed } of HUB_SUBGRAPHS) {
    const { dataSource } = await openSubgraphDatabase(definition, databaseUrl);
    try {
      await seed(dataSource, demo);
    } finally {
      await dataSource.destroy();
    }
  }
  console.log(
    `Données de démonstration chargées : ${demo.agents.length} agents, ${demo.missions.length} missions, ` +
      `${demo.applications.length} candidatures.`,
  );
}

main().catch((error: unknown) => {
  console.error('Échec du chargement des données :', error instanceof Error ? error.message : error);
  process.exit(1);
});
