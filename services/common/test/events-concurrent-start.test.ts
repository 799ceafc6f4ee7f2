import { DataSource } from 'typeorm';
import { createLogger, EVENT_ROUTES, EventBus, queueName } from '@talents/common';
import { createTestDatabase } from '../../../test/support/database';

// Replicas of every subgraph (and the release's migration Job) start together on a new database:
// each finds the queues missing and creates them.
describe('event bus: processes starting together on a new database', () => {
  it('create every queue, none failing', async () => {
    const database = await createTestDatabase();
    const logger = createLogger('events-test');
    const sources = Array.from(
      { length: 4 },
      () => new DataSource({ type: 'postgres', url: database.url, logging: false }),
    );
    const buses: { bus: EventBus; db: DataSource }[] = [];
    try {
      await Promise.all(sources.map((source) => source.initialize()));
      const started = await Promise.allSettled(
        sources.map((db, index) =>
          EventBus.start({ databaseUrl: database.url, source: `replica-${index}`, db, logger }),
        ),
      );
      started.forEach((result, index) => {
        if (result.status === 'fulfilled') buses.push({ bus: result.value, db: sources[index]! });
      });
      expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(
        sources.map(() => 'ok'),
      );
      const expected = Object.entries(EVENT_ROUTES)
        .flatMap(([type, consumers]) => consumers.map((consumer) => queueName(consumer, type)))
        .sort();
      const rows: { name: string }[] = await sources[0]!.query(
        `SELECT name FROM pgboss.queue WHERE name NOT LIKE '\\_\\_pgboss%' ORDER BY name`,
      );
      expect(rows.map((row) => row.name)).toEqual(expected);
    } finally {
      await Promise.all(buses.map(({ bus, db }) => bus.stop(db)));
      await Promise.all(sources.filter((source) => source.isInitialized).map((source) => source.destroy()));
      await database.drop();
    }
  });
});
