import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, migrate, ok, onceForKey } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantDb } from '../src/db.ts';
import { createInventoryWorker, loadInventoryWorkerEnv } from '../src/worker.ts';
import { MIGRATIONS } from './harness.ts';

/** the fingerprint inventory's own store wrote before the kit's (operation, NUL, input as JSON) */
const formerHash = (operation: string, input: unknown) =>
  createHash('sha256').update(operation).update('\u0000').update(JSON.stringify(input)).digest('hex');

/**
 * Inventory's idempotency keys in the kit's store: migration 0033 carries the keys of its former
 * table over (a client's retry after the upgrade still gets its first answer), and inventory's
 * worker prunes records older than the retention.
 */
describe("inventory's idempotency records", () => {
  let db: TestDatabase;
  let admin: pg.Client;
  const before = mkdtempSync(join(tmpdir(), 'inventory-before-0033-'));
  const tenantId = randomUUID();
  const input = { variantId: randomUUID(), warehouseId: randomUUID(), delta: 5, reason: 'RECEIPT' };

  beforeAll(async () => {
    // the schema as it was before 0033, with one key stored by the former table
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('0033_idempotency_records.sql') });
    db = await createTestDatabase([{ schema: 'inventory', directory: before }]);
    admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(
      `insert into inventory.idempotency_keys (tenant_id, key, operation, request_hash, response, created_at)
       values ($1, 'adjust-1', 'stockAdjust', $2, '{"onHand": 5}', now() - interval '1 day')`,
      [tenantId, formerHash('stockAdjust', input)],
    );
    await migrate(db.adminUrl, [{ schema: 'inventory', directory: MIGRATIONS }]);
  }, 60_000);
  afterAll(async () => {
    await admin?.end();
    await db?.drop();
    rmSync(before, { recursive: true, force: true });
  });

  it('keeps the keys of the former table: a retry after the upgrade gets the first answer', async () => {
    const former = await admin.query(`select to_regclass('inventory.idempotency_keys') as still`);
    expect(former.rows[0].still).toBeNull();
    let runs = 0;
    const replay = await tenantDb(db.appPool, tenantId, null).tx((sql, tx) =>
      onceForKey(sql, tx, { schema: 'inventory', key: 'adjust-1', operation: 'stockAdjust', input }, async () => {
        runs++;
        return ok({ onHand: 9 });
      }),
    );
    expect(replay).toEqual({ ok: true, value: { onHand: 5 } });
    expect(runs).toBe(0);
  });

  it("is pruned by inventory's worker after IDEMPOTENCY_RETENTION_DAYS; fresh records stay", async () => {
    await admin.query(
      `insert into inventory.idempotency_records (tenant_id, key, operation, request_hash, response, created_at)
       values ($1, 'old', 'stockTransfer', 'h', '1', now() - interval '8 days'),
              ($1, 'fresh', 'stockTransfer', 'h', '1', now() - interval '6 days')`,
      [tenantId],
    );
    const env = loadInventoryWorkerEnv({ DATABASE_URL: db.appUrl, IDEMPOTENCY_RETENTION_DAYS: '7' });
    const worker = await createInventoryWorker(env, createLogger('inventory-worker', 'silent'));
    try {
      expect(await worker.idempotencyPrune.tick()).toBe(true);
    } finally {
      await worker.close();
    }
    const { rows } = await admin.query<{ key: string }>(
      'select key from inventory.idempotency_records where tenant_id = $1 order by key',
      [tenantId],
    );
    expect(rows.map((row) => row.key)).toEqual(['adjust-1', 'fresh']);
  });
});
