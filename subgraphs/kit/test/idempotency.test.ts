import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { onceForKey } from '../src/db/idempotency.ts';
import { withTenantClient } from '../src/db/pg-tenant.ts';
import { pgUnitOfWork } from '../src/db/unit-of-work.ts';
import { fail, ok, payloadError, type Result } from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';
import { suiteFixture } from '../src/testing/suite.ts';
import type { TestDatabase } from '../src/testing.ts';
import { idempotencyRecordsPruneJob } from '../src/worker/idempotency-records-prune.ts';
import { fixtureDatabase } from './fixture-database.ts';

const SCHEMA = 'idempotency_fixture';
const logger = createLogger('idempotency-test', 'silent');

/**
 * The kit's one idempotency store, as a domain uses it: inside its unit of work, as its own role
 * (RLS applies), against the kit migration's `idempotency_records`.
 */
describe('onceForKey', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let admin: pg.Client;

  suiteFixture(async (own) => {
    ({ db, admin } = await fixtureDatabase(own, SCHEMA));
    pool = db.servicePool(SCHEMA);
  });

  /** a unit of work of `tenantId` (an ok result commits, a failed one rolls back) that counts runs */
  const counter = () => {
    let runs = 0;
    const once = <T>(
      tenantId: string,
      request: { key: string | null; operation: string; input: unknown },
      answer: () => Result<T, 'OUT_OF_STOCK'>,
      beforeAnswer: () => Promise<void> = async () => undefined,
    ) =>
      pgUnitOfWork(pool, tenantId, { schema: SCHEMA, events: {} }).tx((sql, tx) =>
        onceForKey(sql, tx, { schema: SCHEMA, ...request }, async () => {
          runs++;
          await beforeAnswer();
          return answer();
        }),
      );
    return { once, runs: () => runs };
  };

  it('runs the first call, answers a replay with the stored result without running again', async () => {
    const tenant = randomUUID();
    const { once, runs } = counter();
    const request = { key: 'adjust-1', operation: 'stockAdjust', input: { sku: 'A', delta: 3 } };
    const first = await once(tenant, request, () => ok({ onHand: 3, at: new Date('2026-01-02T03:04:05Z') }));
    const replay = await once(tenant, request, () => ok({ onHand: 6, at: new Date() }));
    expect(first).toEqual({ ok: true, value: { onHand: 3, at: new Date('2026-01-02T03:04:05Z') } });
    // the stored answer is the first one, read back as JSON
    expect(replay).toEqual({ ok: true, value: { onHand: 3, at: '2026-01-02T03:04:05.000Z' } });
    expect(runs()).toBe(1);
  });

  it('refuses the same key for another input or another operation with IDEMPOTENCY_KEY_REUSED', async () => {
    const tenant = randomUUID();
    const { once, runs } = counter();
    await once(tenant, { key: 'k', operation: 'stockAdjust', input: { delta: 1 } }, () => ok(1));
    const refused = {
      ok: false,
      errors: [
        {
          code: 'IDEMPOTENCY_KEY_REUSED',
          message: 'This idempotency key was used for a different request',
          field: ['input', 'idempotencyKey'],
        },
      ],
    };
    expect(await once(tenant, { key: 'k', operation: 'stockAdjust', input: { delta: 2 } }, () => ok(2))).toEqual(
      refused,
    );
    expect(await once(tenant, { key: 'k', operation: 'stockTransfer', input: { delta: 1 } }, () => ok(3))).toEqual(
      refused,
    );
    expect(runs()).toBe(1);
  });

  it('stores no failure: a failed first call leaves the key free for the retry', async () => {
    const tenant = randomUUID();
    const { once, runs } = counter();
    const request = { key: 'retry', operation: 'reservationCreate', input: { qty: 2 } };
    const failed = await once(tenant, request, () => fail(payloadError('OUT_OF_STOCK' as const, 'none left')));
    expect(failed).toEqual({ ok: false, errors: [{ code: 'OUT_OF_STOCK', message: 'none left', field: null }] });
    expect(await once(tenant, request, () => ok('reserved'))).toEqual({ ok: true, value: 'reserved' });
    expect(await once(tenant, request, () => ok('twice'))).toEqual({ ok: true, value: 'reserved' });
    expect(runs()).toBe(2);
  });

  it('refuses a keyed call in a unit of work without a tenant, before running anything', async () => {
    let runs = 0;
    await expect(
      pgUnitOfWork(pool, null, { schema: SCHEMA, events: {} }).tx((sql, tx) =>
        onceForKey(sql, tx, { schema: SCHEMA, key: 'k', operation: 'stockAdjust', input: {} }, async () => {
          runs++;
          return ok(1);
        }),
      ),
    ).rejects.toThrow(/belongs to a tenant/);
    expect(runs).toBe(0);
  });

  it('runs without a record when the request has no key', async () => {
    const tenant = randomUUID();
    const { once, runs } = counter();
    await once(tenant, { key: null, operation: 'purchaseOrderCreate', input: {} }, () => ok('a'));
    await once(tenant, { key: null, operation: 'purchaseOrderCreate', input: {} }, () => ok('b'));
    expect(runs()).toBe(2);
  });

  it('lets one of two concurrent first calls run; the other waits for its commit and gets its result', async () => {
    const tenant = randomUUID();
    const { once, runs } = counter();
    const request = { key: 'race', operation: 'stockTransfer', input: { qty: 1 } };
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstRunning!: () => void;
    const firstStarted = new Promise<void>((resolve) => {
      firstRunning = resolve;
    });
    const first = once(
      tenant,
      request,
      () => ok({ winner: 'first' }),
      async () => {
        firstRunning();
        await firstHolds;
      },
    );
    await firstStarted;
    // a second connection: its claim waits on the first's uncommitted row
    const second = once(tenant, request, () => ok({ winner: 'second' }));
    const waiting = await Promise.race([second.then(() => 'answered'), delay(300).then(() => 'waiting')]);
    expect(waiting).toBe('waiting');
    releaseFirst();
    expect(await first).toEqual({ ok: true, value: { winner: 'first' } });
    expect(await second).toEqual({ ok: true, value: { winner: 'first' } });
    expect(runs()).toBe(1);
  });

  it("keeps tenants apart: the same key in another tenant is another record, and no tenant sees another's", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const { once, runs } = counter();
    const request = { key: 'shared-key', operation: 'receiptCreate', input: { po: 1 } };
    expect(await once(tenantA, request, () => ok('a'))).toEqual({ ok: true, value: 'a' });
    expect(await once(tenantB, request, () => ok('b'))).toEqual({ ok: true, value: 'b' });
    // another input under B's key is refused by B's record, not answered from A's
    expect((await once(tenantB, { ...request, input: { po: 2 } }, () => ok('c'))).ok).toBe(false);
    expect(runs()).toBe(2);
    const seen = await withTenantClient(
      pool,
      tenantA,
      async (sql) => (await sql.query(`select tenant_id, response from ${SCHEMA}.idempotency_records`)).rows,
    );
    expect(seen).toEqual([{ tenant_id: tenantA, response: 'a' }]);
    await expect(
      withTenantClient(pool, tenantA, (sql) =>
        sql.query(
          `insert into ${SCHEMA}.idempotency_records (tenant_id, key, operation, request_hash) values ($1, 'x', 'o', 'h')`,
          [tenantB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('is not deletable by the service role except through the retention job', async () => {
    await expect(
      withTenantClient(pool, randomUUID(), (sql) => sql.query(`delete from ${SCHEMA}.idempotency_records`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('prunes the records older than IDEMPOTENCY_RETENTION_DAYS, of every tenant, and keeps fresh ones', async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const record = (tenantId: string, key: string, ageHours: number) =>
      admin.query(
        `insert into ${SCHEMA}.idempotency_records (tenant_id, key, operation, request_hash, response, created_at)
         values ($1, $2, 'op', 'hash', '1', now() - make_interval(hours => $3))`,
        [tenantId, key, ageHours],
      );
    for (let i = 0; i < 5; i++) await record(i % 2 ? tenantA : tenantB, `old-${i}`, 24 * 8 + i);
    await record(tenantA, 'fresh-a', 1);
    await record(tenantB, 'fresh-b', 24 * 6);
    const job = idempotencyRecordsPruneJob({
      schema: SCHEMA,
      pool,
      logger,
      retentionDays: 7,
      everySeconds: 3600,
      batch: 2,
    });
    try {
      expect(await job.tick()).toBe(true);
    } finally {
      await job.stop();
    }
    const { rows } = await admin.query<{ key: string }>(
      `select key from ${SCHEMA}.idempotency_records where tenant_id = any($1) order by key`,
      [[tenantA, tenantB]],
    );
    expect(rows.map((row) => row.key)).toEqual(['fresh-a', 'fresh-b']);
  });
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
