import { type EventBus, type EventEnvelope, idempotentConsumer, parseEventPayload, type Subscription } from '@ucos/kit';
import { z } from 'zod';
import type { Caller } from '../../data/caller.ts';
import { applyOrderLines, markReceiptApplied, receiveOrderLines } from '../../data/incoming-ledger.ts';
import { recordMovements } from '../../data/ledger.ts';
import { onHandOfVariants } from '../../data/stock-read-store.ts';
import { foldReceiptCosts } from '../../data/variant-costs.ts';
import type { InventoryDb, InventoryTx, Sql } from '../../db.ts';

/**
 * Procurement's events as the lead's contract fixes them (procurement publishes them; inventory keeps
 * its own ledger of order lines and never reads procurement's tables). A malformed event throws a
 * permanent error: the bus dead-letters it with the reason instead of retrying.
 */

const quantity = z.number().int().min(0);
/** A decimal in minor units, as a JSON number or a string ("1234.5678"); kept as text for numeric. */
const decimal = z
  .union([z.number().finite().nonnegative(), z.string().regex(/^\d{1,18}(\.\d{1,12})?$/)])
  .transform((value) => String(value));

export const purchaseOrderLinesPayload = z.object({
  purchaseOrderId: z.uuid(),
  version: z.number().int(),
  lines: z
    .array(
      z.object({
        lineId: z.uuid(),
        variantId: z.uuid(),
        warehouseId: z.uuid(),
        orderedQuantity: quantity,
        cancelledQuantity: quantity,
      }),
    )
    .refine((lines) => new Set(lines.map((line) => line.lineId)).size === lines.length, 'a line is listed twice'),
});

export const receiptPostedPayload = z.object({
  receiptId: z.uuid(),
  purchaseOrderId: z.uuid(),
  baseCurrency: z.string().regex(/^[A-Z]{3}$/),
  lines: z.array(
    z.object({
      purchaseOrderLineId: z.uuid(),
      variantId: z.uuid(),
      warehouseId: z.uuid(),
      acceptedQuantity: quantity,
      unitCost: decimal,
    }),
  ),
});

export const ORDER_LINE_SUBJECTS = [
  'ucos.procurement.purchase_order.approved',
  'ucos.procurement.purchase_order.changed',
  'ucos.procurement.purchase_order.cancelled',
  'ucos.procurement.purchase_order.closed',
] as const;
export const RECEIPT_POSTED_SUBJECT = 'ucos.procurement.receipt.posted';

export const ORDER_LINES_CONSUMER = 'inventory-purchase-order-lines';
export const RECEIPTS_CONSUMER = 'inventory-receipts';

/** approved / changed / cancelled / closed: the order's lines, absolute, applied when newer. */
export async function applyPurchaseOrderLines(envelope: EventEnvelope, sql: Sql): Promise<void> {
  const event = parseEventPayload(purchaseOrderLinesPayload, envelope);
  await applyOrderLines(sql, envelope.tenantId, event);
}

/**
 * A posted receipt, once per receipt id: received on its order lines (incoming falls), accepted units
 * on hand as RECEIPT movements referencing `receipt:<id>`, and the moving-average costs, in one
 * transaction. Lines with nothing accepted move no stock.
 */
export async function postReceipt(envelope: EventEnvelope, sql: Sql, tx: InventoryTx): Promise<void> {
  const event = parseEventPayload(receiptPostedPayload, envelope);
  if (!(await markReceiptApplied(sql, envelope.tenantId, event.receiptId))) return;
  const accepted = event.lines.filter((line) => line.acceptedQuantity > 0);
  const keys = accepted.map((line) => ({ variantId: line.variantId, warehouseId: line.warehouseId }));
  await receiveOrderLines(
    sql,
    envelope.tenantId,
    event.purchaseOrderId,
    event.lines.map((line) => ({
      purchaseOrderLineId: line.purchaseOrderLineId,
      variantId: line.variantId,
      warehouseId: line.warehouseId,
      accepted: line.acceptedQuantity,
    })),
    keys,
  );
  if (accepted.length === 0) return;
  // every level of these variants is locked now (receiveOrderLines): on hand before is stable
  const onHandBefore = await onHandOfVariants(sql, [...new Set(keys.map((key) => key.variantId))]);
  const caller: Caller = { tenantId: envelope.tenantId, actorKind: 'service', actorId: 'procurement-receipts' };
  await recordMovements(
    sql,
    tx,
    caller,
    accepted.map((line) => ({
      variantId: line.variantId,
      warehouseId: line.warehouseId,
      onHandDelta: line.acceptedQuantity,
      reservedDelta: 0,
      reason: 'RECEIPT',
      reference: `receipt:${event.receiptId}`,
      note: null,
    })),
  );
  await foldReceiptCosts(
    sql,
    tx,
    { tenantId: envelope.tenantId, receiptId: event.receiptId, currency: event.baseCurrency },
    accepted.map((line) => ({ variantId: line.variantId, accepted: line.acceptedQuantity, unitCost: line.unitCost })),
    onHandBefore,
  );
}

/** The two handlers, each applied once per message (processed_messages) in the event's tenant. */
export function procurementHandlers(unitOfWork: InventoryDb) {
  return {
    orderLines: idempotentConsumer({
      unitOfWork,
      consumer: ORDER_LINES_CONSUMER,
      handle: (envelope, sql) => applyPurchaseOrderLines(envelope, sql),
    }),
    receipts: idempotentConsumer({
      unitOfWork,
      consumer: RECEIPTS_CONSUMER,
      handle: (envelope, sql, tx) => postReceipt(envelope, sql, tx),
    }),
  };
}

export async function subscribeProcurement(bus: EventBus, unitOfWork: InventoryDb): Promise<Subscription[]> {
  const handlers = procurementHandlers(unitOfWork);
  return [
    await bus.subscribe({
      consumer: ORDER_LINES_CONSUMER,
      subjects: [...ORDER_LINE_SUBJECTS],
      handler: handlers.orderLines,
    }),
    await bus.subscribe({
      consumer: RECEIPTS_CONSUMER,
      subjects: [RECEIPT_POSTED_SUBJECT],
      handler: handlers.receipts,
    }),
  ];
}
