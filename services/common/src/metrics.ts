import { createServiceMetrics, type ServiceMetrics } from '@talents/platform';
import type { DataSource } from 'typeorm';
import { eventBusOf } from './events/bus';

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const JOB_STATES = ['waiting', 'active', 'stalled', 'failed'] as const;

/**
 * A subgraph's metrics: its operations and errors (platform), its PostgreSQL pool, and the events
 * other subgraphs sent it that wait, run, stall or failed — read at scrape time.
 */
export function subgraphMetrics(name: string, db: DataSource): ServiceMetrics {
  const metrics = createServiceMetrics(name);
  // TypeORM's postgres driver keeps its pg.Pool as `master`; not in its public types.
  const pool = (db.driver as unknown as { master?: PoolCounts }).master;
  metrics.gauge(
    'talents_db_pool_connections',
    'Connexions du pool PostgreSQL du service, par état (total, idle, waiting : requêtes en attente d’une connexion).',
    ['state'],
    () =>
      Promise.resolve(
        pool
          ? [
              { labels: { state: 'total' }, value: pool.totalCount },
              { labels: { state: 'idle' }, value: pool.idleCount },
              { labels: { state: 'waiting' }, value: pool.waitingCount },
            ]
          : [],
      ),
  );
  metrics.gauge(
    'talents_event_jobs',
    'Événements à appliquer par ce service, par file et état (waiting, active, stalled, failed).',
    ['queue', 'state'],
    async () => {
      const bus = eventBusOf(db);
      if (!bus) return [];
      const states = await bus.backlogStates();
      return Object.entries(states)
        .filter(([queue]) => queue.startsWith(`${name}__`))
        .flatMap(([queue, backlog]) =>
          JOB_STATES.map((state) => ({ labels: { queue, state }, value: backlog[state] })),
        );
    },
  );
  return metrics;
}
