import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../src/db/pool.ts';
import { createLogger } from '../src/logger.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests through vitest (its setup provides one)');

let admin: pg.Pool;
beforeAll(() => {
  admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
});
afterAll(() => admin.end());

describe('per-pool type parsers', () => {
  it('changes int8 for the pool that asks, and for no other pool in the process', async () => {
    const numbers = createPool({ url: serverUrl, max: 1, typeParsers: { [pg.types.builtins.INT8]: Number } });
    const plain = createPool({ url: serverUrl, max: 1 });
    try {
      const sql = 'select 9007199254740993::int8 as big, 42::int8 as small, 1.5::numeric as exact';
      const [own] = (await numbers.query(sql)).rows;
      const [other] = (await plain.query(sql)).rows;
      expect(own).toEqual({ big: 9007199254740992, small: 42, exact: '1.5' });
      // pg's default: int8 as a string, exact past 2^53
      expect(other).toEqual({ big: '9007199254740993', small: '42', exact: '1.5' });
      expect(pg.types.getTypeParser(pg.types.builtins.INT8, 'text')('7')).toBe('7');
    } finally {
      await numbers.end();
      await plain.end();
    }
  });
});

describe('an idle connection the server ends', () => {
  it('is logged as one short line with the error, not the pg client', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const applicationName = `idle-${crypto.randomUUID().slice(0, 8)}`;
    const pool = createPool({
      url: serverUrl,
      max: 1,
      applicationName,
      logger: createLogger('pool-test', 'info', destination),
    });
    try {
      await pool.query('select 1');
      expect(pool.idleCount).toBe(1);
      const ended = await admin.query(
        'select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = $1',
        [applicationName],
      );
      expect(ended.rows).toEqual([{ ended: true }]);
      const deadline = Date.now() + 5000;
      while (lines.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] ?? '{}');
      expect(line).toMatchObject({
        level: 40,
        pool: applicationName,
        msg: 'idle connection ended by the server; replaced on next use',
        err: { code: '57P01', message: expect.stringContaining('terminating connection') },
      });
      expect(line.err.stack).toEqual(expect.any(String));
      expect(line.err.client).toBeUndefined();
      expect(lines[0]?.length).toBeLessThan(2000);
      // the pool replaces the connection on next use
      expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
