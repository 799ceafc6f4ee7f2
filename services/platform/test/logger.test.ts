import { Writable } from 'node:stream';
import pino from 'pino';
import { serializeError } from '../src/logger';

describe('error serialisation in logs', () => {
  it('keeps an error’s own facts and never the driver object hung on it', () => {
    const driverError = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      severity: 'FATAL',
      routine: 'ProcessInterrupts',
      client: { connectionParameters: { password: 'secret' }, _types: { builtins: {} } },
      cause: Object.assign(new Error('socket closed'), { code: 'ECONNRESET', socket: { fd: 3 } }),
    });
    const lines: string[] = [];
    const logger = pino(
      { serializers: { err: serializeError } },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    logger.error({ err: driverError }, 'event bus error');
    const logged = JSON.parse(lines[0] ?? '{}') as { err: Record<string, unknown> };
    expect(logged.err).toMatchObject({
      type: 'Error',
      // pino's own serialiser appends the cause's message.
      message: 'terminating connection due to administrator command: socket closed',
      code: '57P01',
      severity: 'FATAL',
      routine: 'ProcessInterrupts',
      cause: { message: 'socket closed', code: 'ECONNRESET' },
    });
    expect(lines[0]).not.toMatch(/connectionParameters|_types|secret|socket"/);
  });

  it('passes non-errors through', () => {
    expect(serializeError('texte')).toBe('texte');
    expect(serializeError(undefined)).toBeUndefined();
  });
});
