import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectPlaced } from '../src/db/placement.ts';
import { createPool } from '../src/db/pool.ts';
import { createLogger } from '../src/logger.ts';
import { suiteFixture } from '../src/testing/suite.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { processedMessagesPruneJob } from '../src/worker/processed-messages-prune.ts';
import { fixtureDatabase } from './fixture-database.ts';

const SCHEMA = 'prune_fixture';
const logger = createLogger('prune-test', 'silent');
const tenantA = randomUUID();
const tenantB = randomUUID();

/**
 * The pruning job every worker registers: old "already handled" marks of every tenant go, recent
 * ones stay. The service role, which RLS confines to one tenant, does it through the kit's function.
 */
describe('processed_messages pruning', () => {
  let db: TestDatabase;
  let admin: pg.Client;

  suiteFixture(async (own) => {
    ({ db, admin } = await fixtureDatabase(own, SCHEMA));
  });

  const mark = (tenantId: string, id: string, ageHours: number) =>
    admin.query(
      `insert into ${SCHEMA}.processed_messages (tenant_id, consumer, message_id, processed_at)
       values ($1, 'c', $2, now() - make_interval(hours => $3))`,
      [tenantId, id, ageHours],
    );
  const left = async () =>
    (
      await admin.query<{ message_id: string }>(`select message_id from ${SCHEMA}.processed_messages order by 1`)
    ).rows.map((row) => row.message_id);

  it('deletes the marks older than the retention, of every tenant, in batches; keeps the rest', async () => {
    for (let i = 0; i < 7; i++) await mark(i % 2 ? tenantA : tenantB, `old-${i}`, 24 * 8 + i);
    await mark(tenantA, 'recent-a', 1);
    await mark(tenantB, 'recent-b', 24 * 6);
    const pool = db.servicePool(SCHEMA);
    const job = processedMessagesPruneJob({
      schema: SCHEMA,
      pool,
      logger,
      retentionDays: 7,
      everySeconds: 3600,
      batch: 3,
    });
    try {
      expect(await job.tick()).toBe(true);
    } finally {
      await job.stop();
    }
    expect(await left()).toEqual(['recent-a', 'recent-b']);
  });

  it('prunes every database behind a placed pool (tenants in cells keep their own marks)', async () => {
    const cell = await createTestDatabase([
      { schema: SCHEMA, directory: new URL('./fixtures/migrations/', import.meta.url) },
    ]);
    const cellAdmin = new pg.Client({ connectionString: cell.adminUrl });
    await cellAdmin.connect();
    const location = new URL(cell.adminUrl);
    location.username = '';
    location.password = '';
    const pool = connectPlaced(
      db.serviceUrl(SCHEMA),
      { cells: { 'cell-b': location.toString() }, tenants: { [tenantB]: 'cell-b' } },
      (url) => createPool({ url, max: 2 }),
    );
    try {
      await mark(tenantA, 'home-old', 24 * 9);
      await cellAdmin.query(
        `insert into ${SCHEMA}.processed_messages (tenant_id, consumer, message_id, processed_at)
         values ($1, 'c', 'cell-old', now() - interval '9 days'), ($1, 'c', 'cell-recent', now())`,
        [tenantB],
      );
      const job = processedMessagesPruneJob({ schema: SCHEMA, pool, logger, retentionDays: 7, everySeconds: 3600 });
      try {
        expect(await job.tick()).toBe(true);
      } finally {
        await job.stop();
      }
      expect(await left()).not.toContain('home-old');
      const inCell = await cellAdmin.query<{ message_id: string }>(
        `select message_id from ${SCHEMA}.processed_messages order by 1`,
      );
      expect(inCell.rows.map((row) => row.message_id)).toEqual(['cell-recent']);
    } finally {
      await pool.end();
      await cellAdmin.end();
      await cell.drop();
    }
  });
});
