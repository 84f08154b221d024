import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withTolerance } from '../src/data/match.ts';
import { receivableLimit } from '../src/data/receipts.ts';
import {
  BILL_CREATE,
  key,
  outboxEvents,
  RECEIPT_CREATE,
  type ReceivingHarness,
  receivingSuite,
  seedOrder,
  staff,
} from './receipts-harness.ts';

/**
 * Random sequences of receipts, bills and a cancellation on one order, against the real store: the
 * database must agree with a model of the rules after every sequence, and every posted document
 * must have published its event exactly once.
 */

let harness: ReceivingHarness;

receivingSuite((started) => {
  harness = started;
});

type Step =
  | { kind: 'receive'; line: number; accepted: number; rejected: number }
  | { kind: 'bill'; line: number; quantity: number; overprice: boolean }
  | { kind: 'cancel' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('receive' as const),
      line: fc.integer({ min: 0, max: 1 }),
      accepted: fc.integer({ min: 0, max: 9 }),
      rejected: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('bill' as const),
      line: fc.integer({ min: 0, max: 1 }),
      quantity: fc.integer({ min: 1, max: 9 }),
      overprice: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const) }) },
);

describe('receive, bill and cancel in any order', () => {
  it('quantities stay within tolerance, billed ≤ received unless held, each event once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 })),
        fc.constantFrom(0, 10, 25),
        fc.array(step, { minLength: 1, maxLength: 14 }),
        async (quantities, tolerance, steps) => {
          const order = await seedOrder(harness, {
            lines: quantities.map((quantity) => ({ quantity, unitCost: 1000 })),
            settings: { receipt_over_tolerance_percent: tolerance },
          });
          const auth = staff(order.tenantId);
          const model = quantities.map((quantity) => ({ quantity, cancelled: 0, received: 0, billed: 0 }));
          let status = 'SENT';
          let receipts = 0;
          let posted = 0;
          let held = 0;
          for (const next of steps) {
            if (next.kind === 'cancel') {
              // what lane procurement's cancel does to the lines: what did not arrive will not
              await harness.admin.query(
                `update procurement.purchase_order_lines set quantity_cancelled = greatest(quantity - quantity_received, 0)
                  where purchase_order_id = $1`,
                [order.orderId],
              );
              await harness.admin.query(`update procurement.purchase_orders set status = 'CANCELLED' where id = $1`, [
                order.orderId,
              ]);
              for (const line of model) line.cancelled = Math.max(line.quantity - line.received, 0);
              status = 'CANCELLED';
            } else if (next.kind === 'receive') {
              const line = model[next.line] as (typeof model)[number];
              const result = await harness.call(
                RECEIPT_CREATE,
                {
                  input: {
                    purchaseOrderId: order.gid.order,
                    lines: [
                      {
                        purchaseOrderLineId: order.gid.lines[next.line],
                        acceptedQuantity: next.accepted,
                        rejectedQuantity: next.rejected,
                        rejectionReason: next.rejected ? 'Damaged' : null,
                      },
                    ],
                    idempotencyKey: key(),
                  },
                },
                auth,
              );
              const receivable = status !== 'CANCELLED';
              const fits =
                line.received + next.accepted <=
                receivableLimit({ quantity: line.quantity, quantityCancelled: line.cancelled }, tolerance);
              const valid = next.accepted + next.rejected > 0;
              const expectOk = receivable && fits && valid;
              expect(Boolean(result.data?.receiptCreate.receipt), JSON.stringify(result.data)).toBe(expectOk);
              if (expectOk) {
                line.received += next.accepted;
                receipts++;
                status = model.every((entry) => entry.received >= entry.quantity - entry.cancelled)
                  ? 'RECEIVED'
                  : 'PARTIALLY_RECEIVED';
              }
            } else {
              const line = model[next.line] as (typeof model)[number];
              const result = await harness.call(
                BILL_CREATE,
                {
                  input: {
                    purchaseOrderId: order.gid.order,
                    supplierInvoiceNumber: key(),
                    billDate: '2026-12-01',
                    lines: [
                      {
                        purchaseOrderLineId: order.gid.lines[next.line],
                        quantity: next.quantity,
                        unitPrice: next.overprice ? 1200 : 1000,
                      },
                    ],
                    idempotencyKey: key(),
                  },
                },
                auth,
              );
              const created = result.data?.supplierBillCreate.bill;
              expect(created, JSON.stringify(result)).toBeTruthy();
              const matches =
                !next.overprice &&
                line.billed + next.quantity <= line.received &&
                line.billed + next.quantity <= line.quantity - line.cancelled;
              expect(created.status).toBe(matches ? 'POSTED' : 'HELD');
              if (matches) {
                line.billed += next.quantity;
                posted++;
              } else held++;
            }
          }
          const rows = await harness.rows<{
            quantity_received: number;
            quantity_billed: number;
            quantity: number;
            quantity_cancelled: number;
          }>(
            `select quantity, quantity_cancelled, quantity_received, quantity_billed from procurement.purchase_order_lines
              where purchase_order_id = $1 order by position`,
            [order.orderId],
          );
          for (const [index, row] of rows.entries()) {
            const line = model[index] as (typeof model)[number];
            expect(row.quantity_received).toBe(line.received);
            expect(row.quantity_billed).toBe(line.billed);
            expect(row.quantity_received).toBeLessThanOrEqual(withTolerance(row.quantity, tolerance));
            expect(row.quantity_billed).toBeLessThanOrEqual(row.quantity_received);
          }
          const receiptEvents = (await outboxEvents(harness, 'procurement.receipt.posted')).filter(
            (event) => event.payload.purchaseOrderId === order.orderId,
          );
          expect(receiptEvents).toHaveLength(receipts);
          expect(new Set(receiptEvents.map((event) => event.payload.receiptId)).size).toBe(receipts);
          const billEvents = (await outboxEvents(harness, 'procurement.bill.posted')).filter(
            (event) => event.payload.purchaseOrderId === order.orderId,
          );
          expect(billEvents).toHaveLength(posted);
          const heldEvents = (await outboxEvents(harness, 'procurement.bill.held')).filter(
            (event) => event.payload.supplierId === order.supplierId,
          );
          expect(heldEvents).toHaveLength(held);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
