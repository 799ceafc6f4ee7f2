import {
  createLogger,
  EventBus,
  openSubgraphDatabase,
  type DomainEvent,
  type QueueBacklog,
} from '@talents/common';
import { HUB_SUBGRAPHS } from './subgraphs';

const USAGE = 'Usage : npm run events -- replay <profiles|missions|approvals> | backlog';
const BATCH = 500;

/**
 * « approvals__mission_changed : 2 en attente, 1 en cours dont 1 bloqué (consommateur disparu,
 * repris à la prochaine maintenance), 0 en échec définitif » — the active, stalled and failed
 * counts appear when they are not zero, so that an idle queue reads « 0 en attente ».
 */
export function describeBacklog(queue: string, { waiting, active, stalled, failed }: QueueBacklog): string {
  let line = `${queue} : ${waiting} en attente`;
  if (active > 0) line += `, ${active} en cours`;
  if (stalled > 0) {
    line += ` dont ${stalled} ${stalled > 1 ? 'bloqués' : 'bloqué'} (consommateur disparu, repris à la prochaine maintenance)`;
  }
  if (failed > 0)
    line += `, ${failed} en échec définitif (npm run events -- replay pour en rétablir l’effet)`;
  return line;
}

/**
 * `npm run events -- replay missions` republishes the current state of everything missions
 * announces, so that consumers rebuild their projections (after a lost queue, a new consumer,
 * a bug fixed in a consumer); `backlog` shows what each queue still has to consume.
 */
export async function runEventsCommand(args: string[], databaseUrl: string): Promise<string[]> {
  const [command, name] = args;
  if (command === 'backlog') {
    const { dataSource } = await openSubgraphDatabase(HUB_SUBGRAPHS[0]!.definition, databaseUrl);
    const bus = await EventBus.start({
      databaseUrl,
      source: 'cli',
      db: dataSource,
      logger: createLogger('events'),
    });
    try {
      return Object.entries(await bus.backlogStates()).map(([queue, counts]) =>
        describeBacklog(queue, counts),
      );
    } finally {
      await bus.stop(dataSource);
      await dataSource.destroy();
    }
  }
  const subgraph = HUB_SUBGRAPHS.find(({ definition }) => definition.name === name);
  if (command !== 'replay' || !subgraph) throw new Error(USAGE);
  const { definition } = subgraph;
  if (!definition.snapshot) return [`Le sous-graphe ${definition.name} ne publie aucun événement.`];
  const { dataSource } = await openSubgraphDatabase(definition, databaseUrl);
  const bus = await EventBus.start({
    databaseUrl,
    source: definition.name,
    db: dataSource,
    logger: createLogger(definition.name),
  });
  try {
    let sent = 0;
    let batch: Array<DomainEvent<object>> = [];
    for await (const event of definition.snapshot(dataSource)) {
      batch.push(event);
      if (batch.length >= BATCH) {
        sent += await bus.publishDetached(batch);
        batch = [];
      }
    }
    sent += await bus.publishDetached(batch);
    return [`${sent} événements republiés par ${definition.name}.`];
  } finally {
    await bus.stop(dataSource);
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL est requis.');
    process.exit(2);
  }
  runEventsCommand(process.argv.slice(2), databaseUrl).then(
    (lines) => {
      for (const line of lines) console.log(line);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
