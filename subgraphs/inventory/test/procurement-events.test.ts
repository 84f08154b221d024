import { encodeGlobalId, PermanentEventError } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { tenantWithStock, uuidOf } from './harness.ts';
import {
  deliverProcurementEvent,
  orderLine,
  procurementConsumers,
  procurementSuite,
  purchaseOrderEvent,
  receiptPostedEvent,
} from './procurement-fixtures.ts';

const { inventory, deliver } = procurementSuite();

async function level(tenantId: string, variantId: string, warehouseId: string) {
  const [row] = await inventory.admin(
    `select on_hand as "onHand", incoming from inventory.stock_levels
      where tenant_id = $1 and variant_id = $2 and warehouse_id = $3`,
    [tenantId, variantId, warehouseId],
  );
  return row ?? { onHand: 0, incoming: 0 };
}

async function setting() {
  const { tenantId, auth, warehouses } = await tenantWithStock(inventory, [0, 0]);
  return { tenantId, auth, warehouses: warehouses.map(uuidOf) as [string, string] };
}

describe("procurement's purchase-order events", () => {
  it('adds what is ordered and not cancelled to incoming, re-applies a newer version, ignores older ones', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const line = orderLine(warehouses[0], 10);
    const variant = line.variantId;
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 2, [line]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 10 });
    // edited: fewer units, and the line now goes to the other warehouse
    await deliver(
      purchaseOrderEvent(tenantId, 'changed', po, 3, [{ ...line, orderedQuantity: 6, warehouseId: warehouses[1] }]),
    );
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 6 });
    // a late, older version (a new message id) changes nothing
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 2, [line]));
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 6 });
    await deliver(
      purchaseOrderEvent(tenantId, 'cancelled', po, 4, [
        { ...line, warehouseId: warehouses[1], orderedQuantity: 6, cancelledQuantity: 6 },
      ]),
    );
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 0 });
  });

  it('stops counting a line a newer version no longer lists, even when that version arrives first', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const kept = orderLine(warehouses[0], 4);
    const dropped = orderLine(warehouses[0], 4);
    await deliver(purchaseOrderEvent(tenantId, 'changed', po, 2, [kept]));
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 1, [kept, dropped]));
    expect(await level(tenantId, dropped.variantId, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
    expect(await level(tenantId, kept.variantId, warehouses[0])).toEqual({ onHand: 0, incoming: 4 });
  });

  it('dead-letters a malformed event at once (a permanent error), changing nothing', async () => {
    const { tenantId } = await setting();
    const bad = purchaseOrderEvent(tenantId, 'approved', crypto.randomUUID(), 1, [
      { lineId: 'x', variantId: 'y', warehouseId: 'z', orderedQuantity: -1, cancelledQuantity: 0 },
    ]);
    await expect(deliver(bad)).rejects.toBeInstanceOf(PermanentEventError);
    const rows = await inventory.admin('select * from inventory.incoming_lines where tenant_id = $1', [tenantId]);
    expect(rows).toEqual([]);
  });
});

describe("procurement's receipts", () => {
  it('moves accepted units from incoming to on hand (RECEIPT), keeps the moving-average cost, once per receipt', async () => {
    const { tenantId, auth, warehouses } = await setting();
    const po = crypto.randomUUID();
    const line = orderLine(warehouses[0], 10);
    const variant = line.variantId;
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 1, [line]));
    const first = crypto.randomUUID();
    const receipt = receiptPostedEvent(tenantId, first, po, [{ line, accepted: 4, rejected: 1, unitCost: '100.5' }]);
    await deliver(receipt);
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 4, incoming: 6 });
    // the same message again, and the same receipt under a new message id: applied once
    await deliver(receipt);
    await deliver({ ...receipt, id: crypto.randomUUID() });
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 4, incoming: 6 });
    const movements = await inventory.admin(
      `select reason, on_hand_delta as delta, reference, actor_kind as actor from inventory.stock_movements
        where tenant_id = $1 and variant_id = $2`,
      [tenantId, variant],
    );
    expect(movements).toEqual([{ reason: 'RECEIPT', delta: 4, reference: `receipt:${first}`, actor: 'service' }]);
    // 4 at 100.5, then 6 at 90 (a JSON number): (4 × 100.5 + 6 × 90) / 10 = 94.2
    const second = crypto.randomUUID();
    await deliver(receiptPostedEvent(tenantId, second, po, [{ line, accepted: 6, unitCost: 90 }]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 10, incoming: 0 });
    const events = await inventory.admin(
      `select payload from inventory.outbox where tenant_id = $1 and type = 'inventory.variant_cost.changed' order by id`,
      [tenantId],
    );
    expect(events.map((event) => event.payload)).toEqual([
      {
        variantId: variant,
        averageCost: '100.5',
        currency: 'EUR',
        onHand: 4,
        receiptId: first,
        receivedQuantity: 4,
        unitCost: '100.5',
        effectiveAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      },
      {
        variantId: variant,
        averageCost: '94.2',
        currency: 'EUR',
        onHand: 10,
        receiptId: second,
        receivedQuantity: 6,
        unitCost: '90',
        effectiveAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      },
    ]);
    // each cost takes effect when its receipt's units moved in: the second after the first
    const [firstCost, secondCost] = events.map((event) => Date.parse(event.payload.effectiveAt));
    expect(secondCost).toBeGreaterThan(firstCost as number);
    const read = await inventory.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant {
          inventory { onHand incoming averageCost { amount currency } } } } }`,
      { r: [{ __typename: 'ProductVariant', id: encodeGlobalId('ProductVariant', variant) }] },
      auth,
    );
    expect(read.data?._entities[0].inventory).toEqual({
      onHand: 10,
      incoming: 0,
      averageCost: { amount: '94.2', currency: 'EUR' },
    });
  });

  it('takes a receipt that arrives before the approval, and one into another warehouse than ordered', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const line = orderLine(warehouses[0], 8);
    const variant = line.variantId;
    await deliver(
      receiptPostedEvent(tenantId, crypto.randomUUID(), po, [
        { line, accepted: 3, unitCost: '10', warehouseId: warehouses[1] },
      ]),
    );
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 3, incoming: 0 });
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 1, [line]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 5 });
    // closed: what did not arrive is cancelled
    await deliver(purchaseOrderEvent(tenantId, 'closed', po, 2, [{ ...line, cancelledQuantity: 5 }]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
  });

  it('posts a receipt once when two consumers deliver it at the same moment', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const lines = Array.from({ length: 5 }, (_, index) => orderLine(warehouses[index % 2]!, 20));
    await deliver(purchaseOrderEvent(tenantId, 'approved', po, 1, lines));
    const receipt = receiptPostedEvent(
      tenantId,
      crypto.randomUUID(),
      po,
      lines.map((line) => ({ line, accepted: 7, unitCost: '12.25' })),
    );
    // a second consumer process: its own handlers over its own unit of work, same database
    const other = procurementConsumers(inventory);
    await Promise.all([
      deliver(receipt),
      deliverProcurementEvent(other, receipt),
      deliverProcurementEvent(other, { ...receipt, id: crypto.randomUUID() }),
    ]);
    for (const line of lines) {
      expect(await level(tenantId, line.variantId, line.warehouseId)).toEqual({ onHand: 7, incoming: 13 });
    }
    const [count] = await inventory.admin(
      `select count(*)::int as n from inventory.stock_movements where tenant_id = $1 and reason = 'RECEIPT'`,
      [tenantId],
    );
    expect(count?.n).toBe(5);
  });
});
