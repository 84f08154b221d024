import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { countStatements } from '../src/db/statement-counter.ts';

describe('countStatements', () => {
  it('counts statements on connections opened before and after it was created, and pool.query too', async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    try {
      await pool.query('select 1'); // a connection exists before the counter
      const counter = countStatements(pool);
      await pool.query('select 1');
      const client = await pool.connect();
      await client.query('select 2');
      await client.query('select 3');
      client.release();
      expect(counter.count).toBe(3);
      counter.reset();
      expect(counter.count).toBe(0);
      expect(countStatements(pool)).not.toBe(counter);
      await pool.query('select 4');
      expect(countStatements(pool).count).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
