import type { EventEnvelope } from '@ucos/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procurementSuite, purchaseOrderEvent, receiptPostedEvent } from './procurement-fixtures.ts';

/**
 * Random procurement histories — orders approved, edited (lines re-quantified or dropped), cancelled
 * or closed, and receipts against them — delivered to the real consumers against Postgres shuffled,
 * with duplicates (the same message again, and the same event re-published under a new id), a few
 * at a time concurrently. Whatever the order, the ledger ends where the newest order versions and
 * every distinct receipt put it.
 */

const { inventory, deliver } = procurementSuite();

const VARIANTS = 2;
const WAREHOUSES = 2;

const snapshotLine = fc
  .record({
    present: fc.boolean(),
    ordered: fc.integer({ min: 0, max: 20 }),
    cancelledShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ present, ordered, cancelledShare }) => ({
    present,
    ordered,
    cancelled: Math.floor(ordered * cancelledShare),
  }));

const order = fc
  .record({
    lines: fc.array(fc.record({ variant: fc.nat({ max: VARIANTS - 1 }), warehouse: fc.nat({ max: WAREHOUSES - 1 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    versions: fc.integer({ min: 1, max: 4 }),
    finalKind: fc.constantFrom('changed', 'cancelled', 'closed'),
  })
  .chain(({ lines, versions, finalKind }) =>
    fc.record({
      lines: fc.constant(lines),
      finalKind: fc.constant(finalKind),
      // snapshot i lists the lines with `present` (the first lists them all)
      snapshots: fc.array(fc.array(snapshotLine, { minLength: lines.length, maxLength: lines.length }), {
        minLength: versions,
        maxLength: versions,
      }),
      receipts: fc.array(
        fc.array(
          fc.record({
            line: fc.nat({ max: lines.length - 1 }),
            accepted: fc.integer({ min: 0, max: 10 }),
            // decimals of minor units, as strings or JSON numbers
            cents: fc.integer({ min: 1, max: 500_000 }),
            asNumber: fc.boolean(),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        { maxLength: 3 },
      ),
    }),
  );

const history = fc.record({
  orders: fc.array(order, { minLength: 1, maxLength: 3 }),
  order: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
  duplicates: fc.array(fc.record({ index: fc.nat(), sameId: fc.boolean() }), { maxLength: 6 }),
  batch: fc.integer({ min: 1, max: 3 }),
});

type Generated = typeof history extends fc.Arbitrary<infer T> ? T : never;

async function run(generated: Generated) {
  const tenantId = crypto.randomUUID();
  const variants = Array.from({ length: VARIANTS }, () => crypto.randomUUID());
  const warehouses = Array.from({ length: WAREHOUSES }, () => crypto.randomUUID());
  await inventory.admin(
    `insert into inventory.warehouses (tenant_id, id, code, name)
     select $1, w, 'W' || n, 'W' || n from unnest($2::uuid[]) with ordinality as t(w, n)`,
    [tenantId, warehouses],
  );
  const events: EventEnvelope[] = [];
  const expectedLines = new Map<
    string,
    { ordered: number; cancelled: number; received: number; variant: string; warehouse: string }
  >();
  const onHand = new Map<string, number>();
  const costs = new Map<string, number[]>();
  const key = (variant: string, warehouse: string) => `${variant}/${warehouse}`;
  for (const generatedOrder of generated.orders) {
    const purchaseOrderId = crypto.randomUUID();
    const lines = generatedOrder.lines.map((line) => ({
      lineId: crypto.randomUUID(),
      variantId: variants[line.variant]!,
      warehouseId: warehouses[line.warehouse]!,
    }));
    generatedOrder.snapshots.forEach((snapshot, index) => {
      const version = index + 1;
      const last = index === generatedOrder.snapshots.length - 1;
      const type = index === 0 ? 'approved' : last ? generatedOrder.finalKind : 'changed';
      const listed = lines.flatMap((line, at) =>
        index === 0 || snapshot[at]!.present
          ? [{ ...line, orderedQuantity: snapshot[at]!.ordered, cancelledQuantity: snapshot[at]!.cancelled }]
          : [],
      );
      events.push(purchaseOrderEvent(tenantId, type, purchaseOrderId, version, listed));
      if (last) {
        for (const line of lines) {
          const final = listed.find((candidate) => candidate.lineId === line.lineId);
          expectedLines.set(line.lineId, {
            ordered: final?.orderedQuantity ?? 0,
            cancelled: final?.cancelledQuantity ?? 0,
            received: 0,
            variant: line.variantId,
            warehouse: line.warehouseId,
          });
        }
      }
    });
    for (const receiptLines of generatedOrder.receipts) {
      const receiptId = crypto.randomUUID();
      for (const receiptLine of receiptLines) {
        const line = lines[receiptLine.line]!;
        expectedLines.get(line.lineId)!.received += receiptLine.accepted;
        const at = key(line.variantId, line.warehouseId);
        onHand.set(at, (onHand.get(at) ?? 0) + receiptLine.accepted);
        if (receiptLine.accepted > 0) {
          costs.set(line.variantId, [...(costs.get(line.variantId) ?? []), receiptLine.cents / 100]);
        }
      }
      events.push(
        receiptPostedEvent(
          tenantId,
          receiptId,
          purchaseOrderId,
          receiptLines.map((receiptLine) => ({
            line: lines[receiptLine.line]!,
            accepted: receiptLine.accepted,
            unitCost: receiptLine.asNumber ? receiptLine.cents / 100 : (receiptLine.cents / 100).toFixed(2),
          })),
        ),
      );
    }
  }
  // shuffle by the generated keys, then add duplicates anywhere after their original
  const shuffled = events
    .map((event, index) => ({ event, rank: generated.order[index % generated.order.length]! * 1000 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ event }) => event);
  for (const duplicate of generated.duplicates) {
    const original = shuffled[duplicate.index % shuffled.length]!;
    shuffled.push(duplicate.sameId ? original : { ...original, id: crypto.randomUUID() });
  }
  for (let at = 0; at < shuffled.length; at += generated.batch) {
    await Promise.all(shuffled.slice(at, at + generated.batch).map((event) => deliver(event)));
  }

  const ledger = await inventory.admin<{ id: string; ordered: number; cancelled: number; received: number }>(
    `select purchase_order_line_id as id, ordered, cancelled, received from inventory.incoming_lines where tenant_id = $1`,
    [tenantId],
  );
  // a line the newest version dropped before any other version arrived never needs a row
  const stored = new Map(ledger.map(({ id, ...rest }) => [id, rest]));
  expect([...stored.keys()].every((id) => expectedLines.has(id))).toBe(true);
  expect(
    Object.fromEntries(
      [...expectedLines.keys()].map((id) => [id, stored.get(id) ?? { ordered: 0, cancelled: 0, received: 0 }]),
    ),
  ).toEqual(
    Object.fromEntries(
      [...expectedLines].map(([id, line]) => [
        id,
        { ordered: line.ordered, cancelled: line.cancelled, received: line.received },
      ]),
    ),
  );
  const levels = await inventory.admin<{ variant: string; warehouse: string; onHand: number; incoming: number }>(
    `select variant_id as variant, warehouse_id as warehouse, on_hand as "onHand", incoming
       from inventory.stock_levels where tenant_id = $1`,
    [tenantId],
  );
  const expectedIncoming = new Map<string, number>();
  for (const line of expectedLines.values()) {
    const at = key(line.variant, line.warehouse);
    expectedIncoming.set(
      at,
      (expectedIncoming.get(at) ?? 0) + Math.max(0, line.ordered - line.cancelled - line.received),
    );
  }
  for (const level of levels) {
    const at = key(level.variant, level.warehouse);
    expect(level.incoming).toBeGreaterThanOrEqual(0);
    expect({ at, incoming: level.incoming, onHand: level.onHand }).toEqual({
      at,
      incoming: expectedIncoming.get(at) ?? 0,
      onHand: onHand.get(at) ?? 0,
    });
  }
  // every level something is on the way to or arrived at exists
  for (const [at, units] of [...expectedIncoming, ...onHand]) {
    if (units > 0) expect(levels.some((level) => key(level.variant, level.warehouse) === at)).toBe(true);
  }
  const averages = await inventory.admin<{ variant: string; cost: string }>(
    'select variant_id as variant, average_cost::text as cost from inventory.variant_costs where tenant_id = $1',
    [tenantId],
  );
  expect(averages.map((row) => row.variant).sort()).toEqual([...costs.keys()].sort());
  for (const { variant, cost } of averages) {
    const received = costs.get(variant)!;
    expect(Number(cost)).toBeGreaterThanOrEqual(Math.min(...received));
    expect(Number(cost)).toBeLessThanOrEqual(Math.max(...received));
  }
  const [moved] = await inventory.admin<{ units: number }>(
    `select coalesce(sum(on_hand_delta), 0)::int as units from inventory.stock_movements
      where tenant_id = $1 and reason = 'RECEIPT'`,
    [tenantId],
  );
  expect(moved?.units).toBe([...onHand.values()].reduce((sum, units) => sum + units, 0));
}

describe('procurement events in any order, replayed', () => {
  it('keep incoming = Σ max(0, ordered − cancelled − received) per level, on hand = accepted, cost within the unit costs', async () => {
    await fc.assert(fc.asyncProperty(history, run), { numRuns: 40 });
  }, 240_000);
});
