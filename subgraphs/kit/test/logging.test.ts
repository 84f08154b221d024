import { describe, expect, it } from 'vitest';
import { createLogger, yogaLogAdapter } from '../src/logger.ts';
import { capturedLogs } from './captured-logs.ts';

describe('the Yoga log adapter', () => {
  it('logs an error with its type, message and stack under err', () => {
    const { lines, destination } = capturedLogs();
    const log = yogaLogAdapter(createLogger('test', 'debug', destination));
    const failure = Object.assign(new TypeError('the plugin broke'), { code: 'E_PLUGIN' });
    log.error('request failed', failure);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      service: 'test',
      msg: 'request failed',
      err: { type: 'TypeError', message: 'the plugin broke', code: 'E_PLUGIN' },
    });
    // the stack reaches the line it was thrown from
    expect(lines[0]?.err.stack).toContain('TypeError: the plugin broke');
    expect(lines[0]?.err.stack).toContain('logging.test.ts');
  });

  it("uses the error's message when Yoga passes only the error, and keeps non-errors readable", () => {
    const { lines, destination } = capturedLogs();
    const log = yogaLogAdapter(createLogger('test', 'debug', destination));
    log.warn(new Error('only an error'));
    log.info('count', 3, { detail: 'x' });
    expect(lines[0]).toMatchObject({ level: 40, msg: 'only an error', err: { message: 'only an error' } });
    expect(lines[1]).toMatchObject({ level: 30, msg: "count 3 { detail: 'x' }" });
    expect(lines[1]?.err).toBeUndefined();
  });

  it('writes nothing below the logger level', () => {
    const { lines, destination } = capturedLogs();
    const log = yogaLogAdapter(createLogger('test', 'warn', destination));
    log.debug('noise');
    log.info('noise');
    expect(lines).toEqual([]);
  });
});
