import { type ConsumerPart, type EventEnvelope, parseEventPayload, type UnitOfWorkTx } from '@ucos/kit';
import { z } from 'zod';
import {
  issueCreditNote,
  recordOrderEdited,
  recordOrderMilestone,
  recordOrderPlaced,
  recordTenantProfile,
} from '../../data/invoices.ts';
import type { Sql } from '../../db.ts';
import type { FinanceEvents } from '../out/finance-events.ts';

export const INVOICED_EVENT_TYPES = [
  'orders.order.created',
  'orders.order.edited',
  'orders.order.payment_status_changed',
  'fulfillment.shipment.shipped',
  'fulfillment.return.refunded',
  'identity.tenant.settings_changed',
] as const;

const int = z.number().int();
const address = z.object({
  name: z.string(),
  line1: z.string(),
  line2: z.string().nullish(),
  city: z.string(),
  postalCode: z.string(),
  country: z.string(),
});
const taxLine = z.object({
  name: z.string(),
  ratePpm: int.nullable(),
  taxable: int,
  amount: int,
  taxClasses: z.array(z.string()).optional(),
});
/** an order line as orders publishes it, when placed and after an edit */
const orderLine = z.object({
  sku: z.string(),
  title: z.string().nullish(),
  quantity: int,
  unitAmount: int,
  taxClass: z.string().optional(),
});
const orderCreated = z.object({
  orderId: z.string().uuid(),
  number: int,
  displayNumber: z.string().min(1).max(40).optional(),
  email: z.string(),
  currency: z.string().length(3),
  subtotalAmount: int,
  shippingAmount: int,
  taxAmount: int,
  totalAmount: int,
  shippingMethod: z.object({ code: z.string(), name: z.string(), amount: int }).nullish(),
  shippingAddress: address.nullish(),
  lines: z.array(orderLine),
  taxLines: z.array(taxLine).optional(),
  pricesIncludeTax: z.boolean().optional(),
  customerTaxId: z.string().max(40).nullish(),
  taxNote: z.string().max(500).nullish(),
});
const orderEdited = z.object({
  orderId: z.string().uuid(),
  totalAmount: int,
  lines: z.array(orderLine),
  // absent on events from before orders sent them: such an edit changes no invoice (README)
  version: int.min(1).optional(),
  subtotalAmount: int.optional(),
  shippingAmount: int.optional(),
  taxAmount: int.optional(),
  taxLines: z.array(taxLine).optional(),
  pricesIncludeTax: z.boolean().optional(),
  taxNote: z.string().max(500).nullish(),
});
const paymentChanged = z.object({ orderId: z.string().uuid(), paymentStatus: z.string() });
const shipped = z.object({ shipmentId: z.string().uuid(), orderId: z.string().uuid() });
const returnRefunded = z.object({
  returnId: z.string().uuid(),
  orderId: z.string().uuid(),
  refundAmount: int.nullable(),
});
const tenantSettings = z.object({
  name: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  // absent on events from before identity kept the business profile
  legalName: z.string().max(200).optional(),
  taxId: z.string().max(40).optional(),
  address: z
    .object({
      line1: z.string(),
      line2: z.string().nullish(),
      postalCode: z.string(),
      city: z.string(),
      region: z.string().nullish(),
      country: z.string(),
      phone: z.string().nullish(),
    })
    .nullish(),
});

/** One event's effect on invoicing, inside the consumer's unit of work. */
async function invoiceFromEvent(
  sql: Sql,
  tx: UnitOfWorkTx<FinanceEvents, string>,
  envelope: EventEnvelope,
): Promise<void> {
  const at = envelope.occurredAt;
  switch (envelope.type) {
    case 'orders.order.created': {
      const order = parseEventPayload(orderCreated, envelope);
      await recordOrderPlaced(
        sql,
        tx,
        { ...order, shippingMethod: order.shippingMethod ?? null, shippingAddress: order.shippingAddress ?? null },
        at,
      );
      return;
    }
    case 'orders.order.edited': {
      const edit = parseEventPayload(orderEdited, envelope);
      const { version, subtotalAmount, shippingAmount } = edit;
      if (version === undefined || subtotalAmount === undefined || shippingAmount === undefined) return;
      await recordOrderEdited(
        sql,
        tx,
        edit.orderId,
        {
          version,
          lines: edit.lines,
          subtotalAmount,
          shippingAmount,
          taxAmount: edit.taxAmount ?? 0,
          totalAmount: edit.totalAmount,
          ...(edit.taxLines ? { taxLines: edit.taxLines } : {}),
          ...(edit.pricesIncludeTax === undefined ? {} : { pricesIncludeTax: edit.pricesIncludeTax }),
          ...(edit.taxNote === undefined ? {} : { taxNote: edit.taxNote }),
        },
        at,
      );
      return;
    }
    case 'orders.order.payment_status_changed': {
      const change = parseEventPayload(paymentChanged, envelope);
      if (change.paymentStatus === 'captured') {
        await recordOrderMilestone(sql, tx, change.orderId, 'capture', at);
      } else if (change.paymentStatus === 'refunded') {
        // the whole payment went back: credit whatever is left on the order's invoice
        await issueCreditNote(
          sql,
          tx,
          {
            orderId: change.orderId,
            sourceType: 'order.refunded',
            sourceId: change.orderId,
            amount: null,
            reason: 'Payment refunded',
            at: new Date(at),
          },
          true,
        );
      }
      return;
    }
    case 'fulfillment.shipment.shipped': {
      const shipment = parseEventPayload(shipped, envelope);
      await recordOrderMilestone(sql, tx, shipment.orderId, 'shipment', at);
      return;
    }
    case 'fulfillment.return.refunded': {
      const returned = parseEventPayload(returnRefunded, envelope);
      if (!returned.refundAmount) return;
      await issueCreditNote(
        sql,
        tx,
        {
          orderId: returned.orderId,
          sourceType: 'return.refunded',
          sourceId: returned.returnId,
          amount: returned.refundAmount,
          reason: 'Return refunded',
          at: new Date(at),
        },
        true,
      );
      return;
    }
    case 'identity.tenant.settings_changed':
      await recordTenantProfile(sql, tx.tenantId, parseEventPayload(tenantSettings, envelope));
      return;
    default:
      return;
  }
}

/**
 * Orders' and fulfillment's events become invoices and credit notes, in the consumer's unit of work
 * with the event's `processed_messages` mark and the `finance.*.issued` event it publishes. A source
 * issues at most once: the order's source row is locked before anything is issued, and the
 * invoices' unique keys (one invoice per order, one document per source) hold under any race.
 * `announce` false issues without publishing `finance.*.issued`: the demo's back-filled quarter mails nobody.
 */
export const invoicingPart = ({
  announce = true,
}: {
  announce?: boolean;
} = {}): ConsumerPart<FinanceEvents, unknown> => ({
  types: INVOICED_EVENT_TYPES,
  handle: async (envelope, sql, tx) => {
    const target: UnitOfWorkTx<FinanceEvents, string> = announce
      ? tx
      : { tenantId: tx.tenantId, emit: async () => undefined, afterCommit: (step) => tx.afterCommit(step) };
    await invoiceFromEvent(sql, target, envelope as EventEnvelope);
  },
});
