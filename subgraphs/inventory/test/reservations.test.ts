import { describe, expect, it } from 'vitest';
import { inventorySuite, ordersService, RESERVE, STOCK_ADJUST, tenantWithStock, uuidOf } from './harness.ts';

// a pool large enough for real concurrency: many transactions wait on the same row lock at once
const inventory = inventorySuite({ poolSize: 40 });

const key = () => crypto.randomUUID();
const COMMIT = /* GraphQL */ `
  mutation ($input: ReservationCommitInput!) {
    reservationCommit(input: $input) {
      reservations { status lines { quantity committed remaining } }
      errors { code field message }
    }
  }`;
const RELEASE = /* GraphQL */ `
  mutation ($input: ReservationReleaseInput!) {
    reservationRelease(input: $input) { reservations { status lines { released remaining } } errors { code field } }
  }`;

async function level(variant: string) {
  return inventory.admin<{ on_hand: number; reserved: number }>(
    'select on_hand, reserved from inventory.stock_levels where variant_id = $1 order by warehouse_id',
    [uuidOf(variant)],
  );
}

describe('reservation storm', () => {
  it('200 concurrent reservations of 1 unit against 10 available: exactly 10 succeed, never oversold', async () => {
    const { tenantId, variant } = await tenantWithStock(inventory, [10]);
    const caller = ordersService(tenantId);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        inventory.call(
          RESERVE,
          {
            input: { lines: [{ variantId: variant, quantity: 1 }], reference: `order-${index}`, idempotencyKey: key() },
          },
          caller,
        ),
      ),
    );
    const elapsed = performance.now() - started;
    if (process.env.DBG) console.log(`storm: 200 reservations in ${elapsed.toFixed(0)} ms`);
    const payloads = results.map((result) => result.data?.reservationCreate);
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const won = payloads.filter((payload) => payload?.reservation);
    const lost = payloads.filter((payload) => payload?.errors.length);
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(190);
    for (const payload of lost) {
      expect(payload?.errors).toEqual([
        {
          code: 'INSUFFICIENT_STOCK',
          field: ['input', 'lines', '0', 'quantity'],
          message: 'Only 0 available of the 1 requested',
        },
      ]);
    }
    expect(await level(variant)).toEqual([{ on_hand: 10, reserved: 10 }]);
    const movements = await inventory.admin(
      `select count(*)::int as n from inventory.stock_movements where variant_id = $1 and reason = 'RESERVATION'`,
      [uuidOf(variant)],
    );
    expect(movements).toEqual([{ n: 10 }]);
  });

  it('the same idempotency key sent 20 times concurrently reserves once and answers the same reservation', async () => {
    const { tenantId, variant } = await tenantWithStock(inventory, [5]);
    const input = {
      lines: [{ variantId: variant, quantity: 2 }],
      reference: 'order-dup',
      idempotencyKey: 'checkout-1',
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => inventory.call(RESERVE, { input }, ordersService(tenantId))),
    );
    const ids = new Set(results.map((result) => result.data?.reservationCreate.reservation?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await level(variant)).toEqual([{ on_hand: 5, reserved: 2 }]);
  });
});

describe('reservations', () => {
  it('reserves all lines or nothing, with an INSUFFICIENT_STOCK error per failing line', async () => {
    const a = await tenantWithStock(inventory, [5]);
    const other = crypto.randomUUID();
    await inventory.call(
      STOCK_ADJUST,
      {
        input: {
          variantId: Buffer.from(`ProductVariant:${other}`).toString('base64url'),
          warehouseId: a.warehouses[0],
          delta: 1,
          idempotencyKey: key(),
        },
      },
      a.auth,
    );
    const otherVariant = Buffer.from(`ProductVariant:${other}`).toString('base64url');
    const noStockRow = Buffer.from(`ProductVariant:${crypto.randomUUID()}`).toString('base64url');
    const result = await inventory.call(
      RESERVE,
      {
        input: {
          lines: [
            { variantId: a.variant, quantity: 3 },
            { variantId: otherVariant, quantity: 2 },
            { variantId: noStockRow, quantity: 1 },
          ],
          reference: 'order-multi',
          idempotencyKey: key(),
        },
      },
      a.auth,
    );
    expect(
      result.data?.reservationCreate.errors.map((error: { code: string; field: string[] }) => [
        error.code,
        error.field,
      ]),
    ).toEqual([
      ['INSUFFICIENT_STOCK', ['input', 'lines', '1', 'quantity']],
      ['INSUFFICIENT_STOCK', ['input', 'lines', '2', 'quantity']],
    ]);
    expect(await level(a.variant)).toEqual([{ on_hand: 5, reserved: 0 }]);
    const bad = await inventory.call(
      RESERVE,
      { input: { lines: [{ variantId: a.variant, quantity: -1 }], reference: 'x', idempotencyKey: key() } },
      a.auth,
    );
    expect(bad.data?.reservationCreate.errors[0]).toMatchObject({
      code: 'INVALID_QUANTITY',
      field: ['input', 'lines', '0', 'quantity'],
    });
    const reservations = await inventory.admin(
      'select count(*)::int as n from inventory.reservations where reference = $1',
      ['order-multi'],
    );
    expect(reservations).toEqual([{ n: 0 }]);
  });

  it('allocates deterministically: a warehouse that can serve the whole line first, else split by code', async () => {
    const { auth, variant } = await tenantWithStock(inventory, [2, 5, 4]);
    const whole = await inventory.call(
      RESERVE,
      { input: { lines: [{ variantId: variant, quantity: 3 }], reference: 'o1', idempotencyKey: key() } },
      auth,
    );
    expect(whole.data?.reservationCreate.reservation.lines).toEqual([
      { warehouse: { code: 'WH2' }, quantity: 3, committed: 0, released: 0, remaining: 3 },
    ]);
    const split = await inventory.call(
      RESERVE,
      { input: { lines: [{ variantId: variant, quantity: 7 }], reference: 'o2', idempotencyKey: key() } },
      auth,
    );
    const lines = split.data?.reservationCreate.reservation.lines.map((line: any) => [
      line.warehouse.code,
      line.quantity,
    ]);
    expect(lines.sort()).toEqual([
      ['WH1', 2],
      ['WH2', 2],
      ['WH3', 3],
    ]);
  });

  it('commits on shipment (on hand and reserved go down) and releases the rest', async () => {
    const { auth, variant, tenantId } = await tenantWithStock(inventory, [10]);
    const caller = ordersService(tenantId);
    await inventory.call(
      RESERVE,
      { input: { lines: [{ variantId: variant, quantity: 6 }], reference: 'order-9', idempotencyKey: key() } },
      caller,
    );
    const partial = await inventory.call(
      COMMIT,
      { input: { reference: 'order-9', lines: [{ variantId: variant, quantity: 4 }], idempotencyKey: 'ship-1' } },
      caller,
    );
    expect(partial.data?.reservationCommit).toEqual({
      reservations: [{ status: 'ACTIVE', lines: [{ quantity: 6, committed: 4, remaining: 2 }] }],
      errors: [],
    });
    const replay = await inventory.call(
      COMMIT,
      { input: { reference: 'order-9', lines: [{ variantId: variant, quantity: 4 }], idempotencyKey: 'ship-1' } },
      caller,
    );
    expect(replay.data).toEqual(partial.data);
    expect(await level(variant)).toEqual([{ on_hand: 6, reserved: 2 }]);
    const tooMuch = await inventory.call(
      COMMIT,
      { input: { reference: 'order-9', lines: [{ variantId: variant, quantity: 3 }], idempotencyKey: key() } },
      caller,
    );
    expect(tooMuch.data?.reservationCommit.errors[0]).toMatchObject({ code: 'INSUFFICIENT_RESERVED' });
    const released = await inventory.call(RELEASE, { input: { reference: 'order-9' } }, caller);
    expect(released.data?.reservationRelease).toEqual({
      reservations: [{ status: 'RELEASED', lines: [{ released: 2, remaining: 0 }] }],
      errors: [],
    });
    expect(await level(variant)).toEqual([{ on_hand: 6, reserved: 0 }]);
    const again = await inventory.call(RELEASE, { input: { reference: 'order-9' } }, caller);
    expect(again.data?.reservationRelease.errors).toEqual([]);
    await inventory.call(
      RESERVE,
      { input: { lines: [{ variantId: variant, quantity: 1 }], reference: 'order-10', idempotencyKey: key() } },
      caller,
    );
    const all = await inventory.call(COMMIT, { input: { reference: 'order-10', idempotencyKey: key() } }, caller);
    expect(all.data?.reservationCommit.reservations).toEqual([
      { status: 'COMMITTED', lines: [{ quantity: 1, committed: 1, remaining: 0 }] },
    ]);
    const events = await inventory.admin(
      `select type from inventory.outbox where type like 'inventory.reservation.%' and tenant_id = $1 order by id`,
      [tenantId],
    );
    expect(events.map((event) => event.type)).toEqual([
      'inventory.reservation.created',
      'inventory.reservation.committed',
      'inventory.reservation.released',
      'inventory.reservation.created',
      'inventory.reservation.committed',
    ]);
    const shipments = await inventory.admin(
      `select sum(on_hand_delta)::int as oh from inventory.stock_movements where variant_id = $1 and reason = 'SHIPMENT'`,
      [uuidOf(variant)],
    );
    expect(shipments).toEqual([{ oh: -5 }]);
    expect(auth).toBeTruthy();
  });

  it('the sweeper releases expired reservations across tenants, and leaves confirmed ones', async () => {
    const a = await tenantWithStock(inventory, [3]);
    const b = await tenantWithStock(inventory, [3]);
    // each reservation held for a second
    const reserveBriefly = (tenant: typeof a, quantity: number, reference: string) =>
      inventory.call(
        RESERVE,
        {
          input: {
            lines: [{ variantId: tenant.variant, quantity }],
            reference,
            ttlSeconds: 1,
            idempotencyKey: key(),
          },
        },
        tenant.auth,
      );
    for (const tenant of [a, b]) await reserveBriefly(tenant, 2, 'cart-1');
    await reserveBriefly(b, 1, 'order-kept');
    const confirmed = await inventory.call(
      `mutation { reservationConfirm(input: { reference: "order-kept" }) { reservations { expiresAt } errors { code } } }`,
      {},
      b.auth,
    );
    expect(confirmed.data?.reservationConfirm).toEqual({ reservations: [{ expiresAt: null }], errors: [] });
    await inventory.admin(
      `update inventory.reservations set expires_at = now() - interval '1 second' where reference = 'cart-1'`,
    );
    const expired = await inventory.worker.sweepOnce();
    expect(expired).toBeGreaterThanOrEqual(2);
    expect(await level(a.variant)).toEqual([{ on_hand: 3, reserved: 0 }]);
    expect(await level(b.variant)).toEqual([{ on_hand: 3, reserved: 1 }]);
    const statuses = await inventory.call(`{ reservations { edges { node { reference status } } } }`, {}, b.auth);
    expect(statuses.data?.reservations.edges.map((edge: any) => edge.node)).toEqual([
      { reference: 'order-kept', status: 'ACTIVE' },
      { reference: 'cart-1', status: 'EXPIRED' },
    ]);
    const events = await inventory.admin(
      `select count(*)::int as n from inventory.outbox where type = 'inventory.reservation.expired' and tenant_id = any($1::uuid[])`,
      [[a.tenantId, b.tenantId]],
    );
    expect(events).toEqual([{ n: 2 }]);
    expect(await inventory.worker.sweepOnce()).toBe(0);
  });
});
