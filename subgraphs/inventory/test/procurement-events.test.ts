import { createEnvelope, type EventEnvelope, encodeGlobalId, PermanentEventError } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { tenantDb } from '../src/db.ts';
import { procurementHandlers } from '../src/events/in/procurement.ts';
import { type InventoryHarness, startInventory, tenantWithStock, uuidOf } from './harness.ts';

let inventory: InventoryHarness;
let handlers: ReturnType<typeof procurementHandlers>;
suiteFixture(async (own) => {
  inventory = own(await startInventory());
  handlers = procurementHandlers(tenantDb(inventory.server.pool, null, null));
});

const meta = (consumer: string) => ({ deliveryCount: 1, consumer, subject: 'test' });
const deliver = (envelope: EventEnvelope) =>
  envelope.type === 'procurement.receipt.posted'
    ? handlers.receipts(envelope, meta('receipts'))
    : handlers.orderLines(envelope, meta('order-lines'));

interface Line {
  lineId: string;
  variantId: string;
  warehouseId: string;
  orderedQuantity: number;
  cancelledQuantity: number;
}

const orderEvent = (
  tenantId: string,
  type: 'approved' | 'changed' | 'cancelled' | 'closed',
  purchaseOrderId: string,
  version: number,
  lines: Line[],
) =>
  createEnvelope({
    type: `procurement.purchase_order.${type}`,
    tenantId,
    aggregateType: 'PurchaseOrder',
    aggregateId: purchaseOrderId,
    payload: {
      purchaseOrderId,
      number: 'PO-1',
      supplierId: crypto.randomUUID(),
      version,
      lines: lines as never,
      ...(type === 'approved' ? { approvedBy: 'rule' } : {}),
    },
  });

const receiptEvent = (
  tenantId: string,
  receiptId: string,
  purchaseOrderId: string,
  lines: { line: Line; accepted: number; rejected?: number; unitCost: string | number; warehouseId?: string }[],
) =>
  createEnvelope({
    type: 'procurement.receipt.posted',
    tenantId,
    aggregateType: 'Receipt',
    aggregateId: receiptId,
    payload: {
      receiptId,
      number: 'GR-1',
      purchaseOrderId,
      purchaseOrderNumber: 'PO-1',
      supplierId: crypto.randomUUID(),
      warehouseId: lines[0]!.line.warehouseId,
      receivedAt: new Date().toISOString(),
      baseCurrency: 'EUR',
      lines: lines.map(({ line, accepted, rejected, unitCost, warehouseId }) => ({
        receiptLineId: crypto.randomUUID(),
        purchaseOrderLineId: line.lineId,
        variantId: line.variantId,
        warehouseId: warehouseId ?? line.warehouseId,
        acceptedQuantity: accepted,
        rejectedQuantity: rejected ?? 0,
        unitCost,
        supplierUnitCost: Math.round(Number(unitCost)),
        supplierCurrency: 'EUR',
        exchangeRate: '1',
      })),
    },
  });

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
    const variant = crypto.randomUUID();
    const line: Line = {
      lineId: crypto.randomUUID(),
      variantId: variant,
      warehouseId: warehouses[0],
      orderedQuantity: 10,
      cancelledQuantity: 0,
    };
    await deliver(orderEvent(tenantId, 'approved', po, 2, [line]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 10 });
    // edited: fewer units, and the line now goes to the other warehouse
    await deliver(
      orderEvent(tenantId, 'changed', po, 3, [{ ...line, orderedQuantity: 6, warehouseId: warehouses[1] }]),
    );
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 6 });
    // a late, older version (a new message id) changes nothing
    await deliver(orderEvent(tenantId, 'approved', po, 2, [line]));
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 6 });
    await deliver(
      orderEvent(tenantId, 'cancelled', po, 4, [
        { ...line, warehouseId: warehouses[1], orderedQuantity: 6, cancelledQuantity: 6 },
      ]),
    );
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 0, incoming: 0 });
  });

  it('stops counting a line a newer version no longer lists, even when that version arrives first', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const kept: Line = {
      lineId: crypto.randomUUID(),
      variantId: crypto.randomUUID(),
      warehouseId: warehouses[0],
      orderedQuantity: 4,
      cancelledQuantity: 0,
    };
    const dropped: Line = { ...kept, lineId: crypto.randomUUID(), variantId: crypto.randomUUID() };
    await deliver(orderEvent(tenantId, 'changed', po, 2, [kept]));
    await deliver(orderEvent(tenantId, 'approved', po, 1, [kept, dropped]));
    expect(await level(tenantId, dropped.variantId, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
    expect(await level(tenantId, kept.variantId, warehouses[0])).toEqual({ onHand: 0, incoming: 4 });
  });

  it('dead-letters a malformed event at once (a permanent error), changing nothing', async () => {
    const { tenantId } = await setting();
    const bad = orderEvent(tenantId, 'approved', crypto.randomUUID(), 1, [
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
    const variant = crypto.randomUUID();
    const line: Line = {
      lineId: crypto.randomUUID(),
      variantId: variant,
      warehouseId: warehouses[0],
      orderedQuantity: 10,
      cancelledQuantity: 0,
    };
    await deliver(orderEvent(tenantId, 'approved', po, 1, [line]));
    const first = crypto.randomUUID();
    const receipt = receiptEvent(tenantId, first, po, [{ line, accepted: 4, rejected: 1, unitCost: '100.5' }]);
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
    await deliver(receiptEvent(tenantId, second, po, [{ line, accepted: 6, unitCost: 90 }]));
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
    const variant = crypto.randomUUID();
    const line: Line = {
      lineId: crypto.randomUUID(),
      variantId: variant,
      warehouseId: warehouses[0],
      orderedQuantity: 8,
      cancelledQuantity: 0,
    };
    await deliver(
      receiptEvent(tenantId, crypto.randomUUID(), po, [
        { line, accepted: 3, unitCost: '10', warehouseId: warehouses[1] },
      ]),
    );
    expect(await level(tenantId, variant, warehouses[1])).toEqual({ onHand: 3, incoming: 0 });
    await deliver(orderEvent(tenantId, 'approved', po, 1, [line]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 5 });
    // closed: what did not arrive is cancelled
    await deliver(orderEvent(tenantId, 'closed', po, 2, [{ ...line, cancelledQuantity: 5 }]));
    expect(await level(tenantId, variant, warehouses[0])).toEqual({ onHand: 0, incoming: 0 });
  });

  it('posts a receipt once when two consumers deliver it at the same moment', async () => {
    const { tenantId, warehouses } = await setting();
    const po = crypto.randomUUID();
    const lines: Line[] = Array.from({ length: 5 }, (_, index) => ({
      lineId: crypto.randomUUID(),
      variantId: crypto.randomUUID(),
      warehouseId: warehouses[index % 2]!,
      orderedQuantity: 20,
      cancelledQuantity: 0,
    }));
    await deliver(orderEvent(tenantId, 'approved', po, 1, lines));
    const receipt = receiptEvent(
      tenantId,
      crypto.randomUUID(),
      po,
      lines.map((line) => ({ line, accepted: 7, unitCost: '12.25' })),
    );
    // a second consumer process: its own handlers over its own unit of work, same database
    const other = procurementHandlers(tenantDb(inventory.server.pool, null, null));
    await Promise.all([
      handlers.receipts(receipt, meta('receipts')),
      other.receipts(receipt, meta('receipts')),
      other.receipts({ ...receipt, id: crypto.randomUUID() }, meta('receipts')),
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
