import { createLogger, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInventoryEnv } from '../src/env.ts';
import { createInventoryWorker, type InventoryWorker, loadInventoryWorkerEnv } from '../src/worker.ts';
import { createInventoryServer } from '../src/yoga.ts';
import { INTERNAL_SECRET, MIGRATIONS, RESERVE, STOCK_ADJUST, staff, variantId, WAREHOUSE_CREATE } from './harness.ts';

/**
 * Inventory with its tenants on two databases (`TENANT_PLACEMENT`): the request path writes each
 * tenant's stock where the tenant lives, and the worker tier's reservation sweeper finds expired
 * reservations in every database and releases each in its own (docs/architecture/tenant-placement.md).
 */
let home: TestDatabase;
let cell: TestDatabase;
let homeAdmin: pg.Pool;
let cellAdmin: pg.Pool;
let server: Awaited<ReturnType<typeof createInventoryServer>>;
let worker: InventoryWorker;
let bus: InProcessEventBus;
let call: ReturnType<typeof inProcessCaller>;
const tenants = { home: crypto.randomUUID(), cell: crypto.randomUUID() };

beforeAll(async () => {
  [home, cell] = await Promise.all([
    createTestDatabase([{ schema: 'inventory', directory: MIGRATIONS }]),
    createTestDatabase([{ schema: 'inventory', directory: MIGRATIONS }]),
  ]);
  homeAdmin = new pg.Pool({ connectionString: home.adminUrl, max: 2 });
  cellAdmin = new pg.Pool({ connectionString: cell.adminUrl, max: 2 });
  const cellLocation = new URL(cell.adminUrl);
  cellLocation.username = '';
  cellLocation.password = '';
  const placement = JSON.stringify({
    cells: { 'cell-b': cellLocation.toString() },
    tenants: { [tenants.cell]: 'cell-b' },
  });
  const logger = createLogger('inventory-placement', 'silent');
  bus = new InProcessEventBus({ logger });
  server = await createInventoryServer(
    loadInventoryEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: home.appUrl,
      DATABASE_POOL_SIZE: '4',
      INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
      TENANT_PLACEMENT: placement,
    }),
    logger,
    bus,
  );
  worker = await createInventoryWorker(
    loadInventoryWorkerEnv({
      DATABASE_URL: home.appUrl,
      RESERVATION_SWEEP_INTERVAL_MS: '3600000',
      TENANT_PLACEMENT: placement,
    }),
    logger,
  );
  call = inProcessCaller(server.yoga, INTERNAL_SECRET);
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await server?.close();
  await bus?.close();
  await homeAdmin?.end();
  await cellAdmin?.end();
  await Promise.all([home?.drop(), cell?.drop()]);
});

async function reserveTwoOfThree(tenantId: string): Promise<string> {
  const auth = staff(tenantId);
  const variant = variantId();
  const warehouse = await call(WAREHOUSE_CREATE, { input: { code: 'WH1', name: 'Main' } }, auth);
  const warehouseId = warehouse.data?.warehouseCreate.warehouse?.id;
  expect(warehouseId).toBeTruthy();
  const adjusted = await call(
    STOCK_ADJUST,
    { input: { variantId: variant, warehouseId, delta: 3, idempotencyKey: crypto.randomUUID() } },
    auth,
  );
  expect(adjusted.data?.stockAdjust.errors).toEqual([]);
  const reserved = await call(
    RESERVE,
    {
      input: {
        lines: [{ variantId: variant, quantity: 2 }],
        reference: 'cart-1',
        ttlSeconds: 60,
        idempotencyKey: crypto.randomUUID(),
      },
    },
    auth,
  );
  expect(reserved.errors).toBeUndefined();
  return variant;
}

const levelsIn = async (admin: pg.Pool) =>
  (
    await admin.query<{ tenant_id: string; on_hand: number; reserved: number }>(
      'select tenant_id::text, on_hand, reserved from inventory.stock_levels order by tenant_id',
    )
  ).rows;

describe('inventory with tenants on two databases', () => {
  it('keeps each tenant’s stock and reservations in the database that holds the tenant', async () => {
    await reserveTwoOfThree(tenants.home);
    await reserveTwoOfThree(tenants.cell);
    expect(await levelsIn(homeAdmin)).toEqual([{ tenant_id: tenants.home, on_hand: 3, reserved: 2 }]);
    expect(await levelsIn(cellAdmin)).toEqual([{ tenant_id: tenants.cell, on_hand: 3, reserved: 2 }]);
  });

  it('the worker’s sweeper releases expired reservations in every database', async () => {
    for (const admin of [homeAdmin, cellAdmin]) {
      await admin.query(`update inventory.reservations set expires_at = now() - interval '1 second'`);
    }
    expect(await worker.sweepOnce()).toBe(2);
    expect(await levelsIn(homeAdmin)).toEqual([{ tenant_id: tenants.home, on_hand: 3, reserved: 0 }]);
    expect(await levelsIn(cellAdmin)).toEqual([{ tenant_id: tenants.cell, on_hand: 3, reserved: 0 }]);
    for (const [admin, tenantId] of [
      [homeAdmin, tenants.home],
      [cellAdmin, tenants.cell],
    ] as const) {
      const { rows } = await admin.query<{ tenant_id: string }>(
        `select tenant_id::text from inventory.outbox where type = 'inventory.reservation.expired'`,
      );
      expect(rows).toEqual([{ tenant_id: tenantId }]);
    }
    expect(await worker.sweepOnce()).toBe(0);
  });
});
