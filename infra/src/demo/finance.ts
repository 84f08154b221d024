import { createHash } from 'node:crypto';
import {
  closeMonth,
  configureInvoices,
  payDueBills,
  postEvents,
  receiveForOrder,
  setCustomerTerms,
} from '@ucos/finance/seed';
import { createEnvelope, createPool, type EventEnvelope } from '@ucos/kit';
import type pg from 'pg';
import { demoOwnerSession } from '../demo.ts';

/**
 * The demo tenant's last 90 days in the ledger, so the Finance screens show a real quarter: shoppers'
 * orders (placed, captured the next day, shipped two days later at moving-average cost), a few
 * cancellations, edits (a line lowered before the capture) and returns, weekly goods receipts and
 * the suppliers' bills for them (with a price variance), and the month before last closed. The same events issue the orders' invoices (on
 * capture) and credit notes (return refunds) through finance's invoicing consumer. The documents are the demo's own (ids derived from
 * the tenant and a counter), posted through finance's posting consumer as its own role: a restart
 * posts nothing again. Returns what it did.
 */
export async function seedDemoFinance(
  gatewayUrl: string,
  serviceUrls: Record<string, string>,
  days = 90,
): Promise<string[]> {
  if (!serviceUrls.finance) return [];
  const pool = createPool({ url: serviceUrls.finance, max: 2 });
  try {
    const { tenantId } = await demoOwnerSession(gatewayUrl);
    const today = new Date();
    const started = performance.now();
    const { events, run } = await seedDemoLedger(pool, tenantId, days, today);
    return [
      `finance: ${events} demo events over ${days} days, payment run ${run ?? '(none due)'} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    ];
  } finally {
    await pool.end();
  }
}

/**
 * The demo quarter in the ledger: customers get 14 days to pay, the events post (and issue the
 * captured orders' invoices and the refunded returns' credit notes, mailing nobody), the month before
 * last closes, the main supplier's bills due 30 days ago are paid in a payment run and the oldest
 * bank-transfer order by a bank receipt, so receivables and payables stay open across the aging
 * buckets. Each step is idempotent (a restart posts nothing again).
 */
export async function seedDemoLedger(pool: pg.Pool, tenantId: string, days: number, now: Date) {
  await setCustomerTerms(pool, tenantId, DEMO_CUSTOMER_TERMS_DAYS);
  const events = demoEvents(tenantId, days, now);
  // the seller block first: an invoice keeps what it said when it was issued
  await configureInvoices(pool, tenantId, DEMO_SELLER);
  await postEvents(pool, events);
  const beforeLast = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  await closeMonth(pool, tenantId, beforeLast.toISOString().slice(0, 7));
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
  const run = await payDueBills(pool, tenantId, {
    dueBy: daysAgo(30),
    paymentDate: daysAgo(25),
    supplierIds: [demoId(tenantId, 'supplier', 0)],
  });
  await receiveForOrder(pool, tenantId, {
    orderId: demoId(tenantId, 'order', BANK_TRANSFER_EVERY),
    receivedOn: daysAgo(days - 20),
    reference: 'Bank transfer, first demo order',
    idempotencyKey: `demo-bank-receipt:${tenantId}`,
  });
  return { events: events.length, run };
}

export const DEMO_CUSTOMER_TERMS_DAYS = 14;
/** what the demo's invoices print as the seller */
const DEMO_SELLER = {
  sellerLegalName: 'Demo Store GmbH',
  sellerAddress: 'Demostraße 1, 10115 Berlin, Germany',
  sellerTaxId: 'DE000000000',
};
/** every n-th demo order is paid by bank transfer: placed, never captured, open until a receipt */
const BANK_TRANSFER_EVERY = 11;

/** A stable uuid for the demo's n-th document of a kind, so a second run finds its entries posted. */
const demoId = (tenantId: string, kind: string, n: number) => {
  const hex = createHash('sha256').update(`${tenantId}:${kind}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** A small deterministic generator: the same tenant gets the same quarter. */
function random(seed: string) {
  let state = Number.parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) || 1;
  return () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

export function demoEvents(tenantId: string, days: number, now: Date): EventEnvelope[] {
  const next = random(tenantId);
  const events: EventEnvelope[] = [];
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * 86_400_000;
  const at = (day: number, hour = 10) => new Date(dayStart + day * 86_400_000 + hour * 3_600_000).toISOString();
  const envelope = (type: string, aggregateId: string, occurredAt: string, payload: Record<string, unknown>) =>
    createEnvelope({
      id: demoId(tenantId, `event:${type}`, events.length),
      type,
      tenantId,
      aggregateType: 'Demo',
      aggregateId,
      occurredAt,
      payload: payload as EventEnvelope['payload'],
    });
  const variants = Array.from({ length: 8 }, (_, index) => ({
    id: demoId(tenantId, 'variant', index),
    cost: 800 + Math.round(next() * 4_000),
  }));
  for (const variant of variants) {
    events.push(
      envelope('inventory.variant_cost.changed', variant.id, at(0, 1), {
        variantId: variant.id,
        averageCost: variant.cost,
        currency: 'EUR',
        onHand: 100,
        receiptId: demoId(tenantId, 'receipt', -1),
        receivedQuantity: 100,
        unitCost: variant.cost,
      }),
    );
  }
  // the carrier bills freight monthly, due on receipt, and one bill from before the quarter is
  // still unpaid: the payables aging has something in every bucket
  const carrier = { supplierId: demoId(tenantId, 'supplier', 1), supplierName: 'Rhein Logistics' };
  for (const day of [-10, 2, 32, 62]) {
    const billId = demoId(tenantId, 'freight-bill', day);
    const freight = 18_000 + Math.round(next() * 6_000);
    const tax = Math.round(freight * 0.19);
    events.push(
      envelope('procurement.bill.posted', billId, at(day, 9), {
        billId,
        number: `RL-${2000 + day}`,
        kind: 'bill',
        ...carrier,
        billDate: at(day).slice(0, 10),
        dueDate: at(day).slice(0, 10),
        currency: 'EUR',
        exchangeRate: '1',
        baseCurrency: 'EUR',
        lines: [],
        taxAmount: tax,
        freightAmount: freight,
        totalAmount: freight + tax,
        baseTaxAmount: tax,
        baseFreightAmount: freight,
        baseTotalAmount: freight + tax,
      }),
    );
  }
  // a wholesale customer's order from before the quarter, paid by bank transfer and not yet paid
  {
    const orderId = demoId(tenantId, 'order', 0);
    const subtotal = 84_000;
    const tax = Math.round(subtotal * 0.19);
    events.push(
      envelope('orders.order.created', orderId, at(-20, 11), {
        orderId,
        number: 5000,
        customerId: null,
        currency: 'EUR',
        totalAmount: subtotal + tax,
        actor: null,
        email: 'purchasing@wholesale.demo.ucos.dev',
        subtotalAmount: subtotal,
        shippingAmount: 0,
        taxAmount: tax,
        shippingMethod: { code: 'freight', name: 'Freight', amount: 0 },
        lines: [],
      }),
    );
  }
  let orderNumber = 0;
  for (let day = 0; day < days; day++) {
    // a weekly delivery from the supplier, billed five days later at a slightly different price
    if (day % 7 === 0) {
      const receiptId = demoId(tenantId, 'receipt', day);
      const lines = variants.slice(0, 4).map((variant) => ({ variant, quantity: 20 + Math.round(next() * 30) }));
      events.push(
        envelope('procurement.receipt.posted', receiptId, at(day, 8), {
          receiptId,
          number: `GR-${1000 + day}`,
          purchaseOrderId: demoId(tenantId, 'po', day),
          purchaseOrderNumber: `PO-${1000 + day}`,
          supplierId: demoId(tenantId, 'supplier', 0),
          warehouseId: demoId(tenantId, 'warehouse', 0),
          receivedAt: at(day, 8),
          baseCurrency: 'EUR',
          lines: lines.map(({ variant, quantity }, index) => ({
            receiptLineId: demoId(tenantId, `receipt-line:${day}`, index),
            purchaseOrderLineId: demoId(tenantId, `po-line:${day}`, index),
            variantId: variant.id,
            warehouseId: demoId(tenantId, 'warehouse', 0),
            acceptedQuantity: quantity,
            rejectedQuantity: 0,
            unitCost: variant.cost,
            supplierUnitCost: variant.cost,
            supplierCurrency: 'EUR',
            exchangeRate: '1',
          })),
        }),
      );
      if (day + 5 < days) {
        const billId = demoId(tenantId, 'bill', day);
        const billLines = lines.map(({ variant, quantity }, index) => {
          const unitPrice = Math.round(variant.cost * (0.98 + next() * 0.05));
          return {
            billLineId: demoId(tenantId, `bill-line:${day}`, index),
            purchaseOrderLineId: demoId(tenantId, `po-line:${day}`, index),
            variantId: variant.id,
            description: `Demo item ${index + 1}`,
            quantity,
            unitPrice,
            amount: unitPrice * quantity,
            baseAmount: unitPrice * quantity,
            receivedBaseAmount: variant.cost * quantity,
          };
        });
        const goods = billLines.reduce((sum, line) => sum + line.amount, 0);
        const tax = Math.round(goods * 0.19);
        const freight = 2_500;
        events.push(
          envelope('procurement.bill.posted', billId, at(day + 5, 9), {
            billId,
            number: `BILL-${1000 + day}`,
            kind: 'bill',
            supplierId: demoId(tenantId, 'supplier', 0),
            supplierName: 'Demo Wholesale GmbH',
            purchaseOrderId: demoId(tenantId, 'po', day),
            billDate: at(day + 5).slice(0, 10),
            dueDate: at(day + 35).slice(0, 10),
            currency: 'EUR',
            exchangeRate: '1',
            baseCurrency: 'EUR',
            lines: billLines,
            taxAmount: tax,
            freightAmount: freight,
            totalAmount: goods + tax + freight,
            baseTaxAmount: tax,
            baseFreightAmount: freight,
            baseTotalAmount: goods + tax + freight,
          }),
        );
      }
    }
    const orders = 2 + Math.floor(next() * 4);
    for (let n = 0; n < orders; n++) {
      orderNumber++;
      const orderId = demoId(tenantId, 'order', orderNumber);
      const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        variant: variants[Math.floor(next() * variants.length)] as (typeof variants)[number],
        quantity: 1 + Math.floor(next() * 3),
      }));
      const subtotal = lines.reduce((sum, line) => sum + Math.round(line.variant.cost * 1.8) * line.quantity, 0);
      const shipping = 495;
      const tax = Math.round((subtotal + shipping) * 0.19);
      const total = subtotal + shipping + tax;
      const number = 5000 + orderNumber;
      const summary = { orderId, number, customerId: null, currency: 'EUR', totalAmount: total };
      events.push(
        envelope('orders.order.created', orderId, at(day, 9 + n), {
          ...summary,
          actor: null,
          email: `shopper${orderNumber}@demo.ucos.dev`,
          subtotalAmount: subtotal,
          shippingAmount: shipping,
          taxAmount: tax,
          shippingMethod: { code: 'standard', name: 'Standard', amount: shipping },
          shippingAddress: {
            name: `Demo Shopper ${orderNumber}`,
            line1: `${orderNumber} Demo Street`,
            city: 'Berlin',
            postalCode: '10115',
            country: 'DE',
          },
          lines: lines.map((line) => ({
            lineId: demoId(tenantId, `order-line:${orderNumber}`, lines.indexOf(line)),
            variantId: line.variant.id,
            sku: `DEMO-${variants.indexOf(line.variant) + 1}`,
            title: `Demo item ${variants.indexOf(line.variant) + 1}`,
            quantity: line.quantity,
            unitAmount: Math.round(line.variant.cost * 1.8),
          })),
        }),
      );
      const cancelled = orderNumber % 23 === 0;
      if (cancelled) {
        events.push(
          envelope('orders.order.cancelled', orderId, at(day, 18), {
            ...summary,
            status: 'cancelled',
            paymentStatus: 'voided',
            reason: 'Customer changed their mind',
          }),
        );
        continue;
      }
      // now and then staff lower a line before the capture: finance books the difference, and the
      // invoice the capture issues is the edited order's
      const editable = lines.find((line) => line.quantity > 1);
      if (orderNumber % 13 === 0 && editable) {
        const previous = { subtotalAmount: subtotal, shippingAmount: shipping, taxAmount: tax, totalAmount: total };
        editable.quantity--;
        const editedSubtotal = lines.reduce(
          (sum, line) => sum + Math.round(line.variant.cost * 1.8) * line.quantity,
          0,
        );
        const editedTax = Math.round((editedSubtotal + shipping) * 0.19);
        summary.totalAmount = editedSubtotal + shipping + editedTax;
        events.push(
          envelope('orders.order.edited', orderId, at(day, 17), {
            ...summary,
            status: 'created',
            paymentStatus: 'authorized',
            actor: null,
            lines: lines.map((line) => ({
              lineId: demoId(tenantId, `order-line:${orderNumber}`, lines.indexOf(line)),
              variantId: line.variant.id,
              sku: `DEMO-${variants.indexOf(line.variant) + 1}`,
              title: `Demo item ${variants.indexOf(line.variant) + 1}`,
              quantity: line.quantity,
              unitAmount: Math.round(line.variant.cost * 1.8),
            })),
            version: 2,
            subtotalAmount: editedSubtotal,
            shippingAmount: shipping,
            taxAmount: editedTax,
            discountAmount: 0,
            previous: { ...previous, giftCardAmount: 0 },
          }),
        );
      }
      if (day + 1 < days && orderNumber % BANK_TRANSFER_EVERY !== 0) {
        events.push(
          envelope('orders.order.payment_status_changed', orderId, at(day + 1, 8), {
            ...summary,
            status: 'confirmed',
            paymentStatus: 'captured',
            from: 'authorized',
          }),
        );
      }
      if (day + 3 < days) {
        const shipmentId = demoId(tenantId, 'shipment', orderNumber);
        const shipped = lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity }));
        events.push(
          envelope('fulfillment.shipment.shipped', shipmentId, at(day + 3, 11), {
            shipmentId,
            orderId,
            warehouseId: demoId(tenantId, 'warehouse', 0),
            carrier: 'DHL',
            trackingNumber: `DEMO${orderNumber}`,
            status: 'shipped',
            from: 'packed',
            lines: shipped,
          }),
        );
        // returns come back from paid orders only: a bank-transfer order still open has nothing to refund
        if (orderNumber % 17 === 0 && orderNumber % BANK_TRANSFER_EVERY !== 0 && day + 8 < days) {
          const returnId = demoId(tenantId, 'return', orderNumber);
          const first = shipped.slice(0, 1).map((line) => ({ ...line, quantity: 1, warehouseId: null }));
          const refund = Math.round((lines[0]?.variant.cost ?? 0) * 1.8 * 1.19);
          const base = { returnId, orderId, warehouseId: null, refundAmount: refund, currency: 'EUR', lines: first };
          events.push(
            envelope('fulfillment.return.received', returnId, at(day + 7), {
              ...base,
              status: 'received',
              from: 'approved',
            }),
          );
          events.push(
            envelope('fulfillment.return.refunded', returnId, at(day + 8), {
              ...base,
              status: 'refunded',
              from: 'received',
            }),
          );
        }
      }
    }
  }
  return events;
}
