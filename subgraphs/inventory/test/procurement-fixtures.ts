import { createEnvelope, type EventEnvelope } from '@ucos/kit';
import { tenantDb } from '../src/db.ts';
import { procurementHandlers } from '../src/events/in/procurement.ts';
import { type InventoryHarness, inventorySuite } from './harness.ts';

/** A purchase-order line as procurement's order events list it (absolute quantities). */
export interface OrderLine {
  lineId: string;
  variantId: string;
  warehouseId: string;
  orderedQuantity: number;
  cancelledQuantity: number;
}

/** A new line of a new variant into `warehouseId`, nothing cancelled. */
export const orderLine = (warehouseId: string, orderedQuantity: number): OrderLine => ({
  lineId: crypto.randomUUID(),
  variantId: crypto.randomUUID(),
  warehouseId,
  orderedQuantity,
  cancelledQuantity: 0,
});

/** `procurement.purchase_order.<type>` as procurement publishes it: the order's lines at `version`. */
export const purchaseOrderEvent = (
  tenantId: string,
  type: 'approved' | 'changed' | 'cancelled' | 'closed',
  purchaseOrderId: string,
  version: number,
  lines: OrderLine[],
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

/** One received line: units accepted (and rejected) on an order line, into its warehouse unless another is named. */
export interface ReceivedLine {
  line: Pick<OrderLine, 'lineId' | 'variantId' | 'warehouseId'>;
  accepted: number;
  rejected?: number;
  /** minor units, as a decimal string or a JSON number */
  unitCost: string | number;
  warehouseId?: string;
}

/** `procurement.receipt.posted` as procurement publishes it, in EUR. */
export const receiptPostedEvent = (
  tenantId: string,
  receiptId: string,
  purchaseOrderId: string,
  lines: ReceivedLine[],
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

export type ProcurementHandlers = ReturnType<typeof procurementHandlers>;

/** Inventory's two procurement consumers over the harness's pool, as a worker process runs them. */
export const procurementConsumers = (inventory: InventoryHarness): ProcurementHandlers =>
  procurementHandlers(tenantDb(inventory.server.pool, null, null));

/** Hands a procurement event to the consumer that takes it (receipts or order lines), as a first delivery. */
export const deliverProcurementEvent = (handlers: ProcurementHandlers, envelope: EventEnvelope) => {
  const meta = { deliveryCount: 1, consumer: 'test', subject: envelope.type };
  return envelope.type === 'procurement.receipt.posted'
    ? handlers.receipts(envelope, meta)
    : handlers.orderLines(envelope, meta);
};

/**
 * The set-up of a file that feeds procurement's events to inventory: the file's inventory
 * (`inventorySuite`) and `deliver`, which hands an event to its consumers there.
 */
export function procurementSuite() {
  let handlers: ProcurementHandlers | undefined;
  const inventory = inventorySuite({
    afterStart: (started) => {
      handlers = procurementConsumers(started);
    },
  });
  const deliver = (envelope: EventEnvelope) => {
    if (!handlers) throw new Error('procurementSuite: the consumers start before the tests, use them inside them');
    return deliverProcurementEvent(handlers, envelope);
  };
  return { inventory, deliver };
}
