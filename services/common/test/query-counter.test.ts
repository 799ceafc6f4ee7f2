import { Writable } from 'node:stream';
import pino from 'pino';
import { asBackgroundWork, HEALTH_PROBE_SQL, QueryCounter } from '../src/database';

describe('slow SQL statements in the logs', () => {
  it('keeps one `time` key (the timestamp) and gives the duration as durationMs', () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    new QueryCounter(logger).logQuerySlow(812, 'SELECT 1');
    const line = lines[0] ?? '';
    expect(line.match(/"time":/g)).toHaveLength(1);
    const entry = JSON.parse(line) as { time: number; durationMs: number; query: string };
    expect(entry.durationMs).toBe(812);
    expect(entry.time).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(entry.query).toBe('SELECT 1');
  });
});

describe('statements counted per request', () => {
  it('leaves the health probe out, which runs every few seconds whatever the requests', () => {
    const counter = new QueryCounter();
    counter.logQuery('SELECT id FROM missions.mission');
    counter.logQuery(HEALTH_PROBE_SQL);
    counter.logQuery('SELECT 1');
    expect(counter.count).toBe(2);
  });
});

describe('background work', () => {
  it('is not counted, however deep its awaits go', async () => {
    const counter = new QueryCounter();
    counter.logQuery('SELECT 1 FROM request');
    await asBackgroundWork(async () => {
      await Promise.resolve();
      counter.logQuery('SELECT 1 FROM sweep');
      await new Promise((resolve) => setImmediate(resolve));
      counter.logQuery('SELECT 2 FROM sweep');
    });
    counter.logQuery('SELECT 2 FROM request');
    expect(counter.count).toBe(2);
  });
});
