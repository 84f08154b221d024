import { createLogger } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { createInventoryWorker, loadInventoryWorkerEnv } from '../src/worker.ts';
import { inventorySuite, RESERVE, tenantWithStock, uuidOf } from './harness.ts';

const inventory = inventorySuite();

describe("inventory's worker", () => {
  it('sweeps expired reservations on its schedule, on one of two replicas, and the request path sweeps nothing', async () => {
    const { tenantId, variant, auth } = await tenantWithStock(inventory, [4]);
    const reserved = await inventory.call(
      RESERVE,
      {
        input: {
          lines: [{ variantId: variant, quantity: 3 }],
          reference: 'cart-worker',
          ttlSeconds: 60,
          idempotencyKey: crypto.randomUUID(),
        },
      },
      auth,
    );
    expect(reserved.data?.reservationCreate.errors).toEqual([]);
    await inventory.admin(
      `update inventory.reservations set expires_at = now() - interval '1 second' where reference = 'cart-worker'`,
    );
    const status = async () =>
      (
        await inventory.admin<{ status: string }>(
          'select status from inventory.reservations where reference = $1 and tenant_id = $2',
          ['cart-worker', tenantId],
        )
      )[0]?.status;
    // the subgraph alone (started by the harness) never sweeps: the reservation stays active
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await status()).toBe('ACTIVE');

    const logger = createLogger('inventory-worker', 'silent');
    const env = loadInventoryWorkerEnv({ DATABASE_URL: inventory.db.appUrl, RESERVATION_SWEEP_INTERVAL_MS: '50' });
    const replicas = [await createInventoryWorker(env, logger), await createInventoryWorker(env, logger)];
    try {
      for (const replica of replicas) await replica.start();
      const deadline = Date.now() + 10_000;
      while ((await status()) !== 'EXPIRED' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await status()).toBe('EXPIRED');
      expect(replicas.map((replica) => replica.reservationSweep.leading).sort()).toEqual([false, true]);
      const levels = await inventory.admin<{ reserved: number }>(
        'select reserved from inventory.stock_levels where variant_id = $1',
        [uuidOf(variant)],
      );
      expect(levels).toEqual([{ reserved: 0 }]);
      const events = await inventory.admin<{ n: number }>(
        `select count(*)::int as n from inventory.outbox where type = 'inventory.reservation.expired' and tenant_id = $1`,
        [tenantId],
      );
      expect(events).toEqual([{ n: 1 }]);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});
