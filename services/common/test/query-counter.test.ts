import { Writable } from 'node:stream';
import pino from 'pino';
import { QueryCounter } from '../src/database';

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
