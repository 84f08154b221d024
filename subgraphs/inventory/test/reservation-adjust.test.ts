import { describe, expect, it } from 'vitest';
import { inventorySuite, ordersService, RESERVE, tenantWithStock, uuidOf } from './harness.ts';

const inventory = inventorySuite();

const ADJUST = /* GraphQL */ `
  mutation ($input: ReservationAdjustInput!) {
    reservationAdjust(input: $input) { reservations { lines { quantity released remaining } } errors { code field } }
  }`;

const held = async (variant: string) =>
  (
    await inventory.admin<{ reserved: number }>(
      'select sum(reserved)::int as reserved from inventory.stock_levels where variant_id = $1',
      [uuidOf(variant)],
    )
  )[0]?.reserved;

describe('reservationAdjust (order edits)', () => {
  it('lowers a hold and releases the difference, idempotently; never raises it', async () => {
    const { tenantId, variant } = await tenantWithStock(inventory, [10]);
    const caller = ordersService(tenantId);
    const reserved = await inventory.call(
      RESERVE,
      {
        input: {
          lines: [{ variantId: variant, quantity: 5 }],
          reference: 'order-7',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      caller,
    );
    expect(reserved.data?.reservationCreate.errors).toEqual([]);
    expect(await held(variant)).toBe(5);

    const lowered = await inventory.call(
      ADJUST,
      { input: { reference: 'order-7', lines: [{ variantId: variant, quantity: 2 }] } },
      caller,
    );
    expect(lowered.data?.reservationAdjust.reservations[0].lines).toEqual([{ quantity: 5, released: 3, remaining: 2 }]);
    expect(await held(variant)).toBe(2);
    await inventory.call(
      ADJUST,
      { input: { reference: 'order-7', lines: [{ variantId: variant, quantity: 2 }] } },
      caller,
    );
    expect(await held(variant)).toBe(2);

    const raise = await inventory.call(
      ADJUST,
      { input: { reference: 'order-7', lines: [{ variantId: variant, quantity: 4 }] } },
      caller,
    );
    expect(raise.data?.reservationAdjust.errors).toEqual([
      { code: 'INVALID_QUANTITY', field: ['input', 'lines', '0', 'quantity'] },
    ]);
    expect(await held(variant)).toBe(2);

    const removed = await inventory.call(ADJUST, { input: { reference: 'order-7', lines: [] } }, caller);
    expect(removed.data?.reservationAdjust.errors).toEqual([]);
    expect(await held(variant)).toBe(0);

    const other = await inventory.call(
      ADJUST,
      { input: { reference: 'order-7', lines: [] } },
      ordersService(crypto.randomUUID()),
    );
    expect(other.data?.reservationAdjust.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'reference'] }]);
  });
});
