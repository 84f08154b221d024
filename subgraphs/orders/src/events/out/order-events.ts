import { defineEvents, event } from '@ucos/kit';
import type { CustomFieldValue } from '@ucos/kit/custom-fields';
import { displayNumberOf } from '../../data/order-numbering.ts';
import type { Address, OrderLineRow, OrderRow } from '../../data/rows.ts';

/**
 * What orders publishes (subjects `ucos.<type>`, see the README's event catalogue): each type once,
 * with its aggregate and payload. `tx.emit` accepts only these. Ids are local uuids.
 */

export interface OrderLinePayload {
  lineId: string;
  variantId: string;
  sku: string;
  /** the product title as ordered (what an invoice prints) */
  title: string;
  quantity: number;
  unitAmount: number;
  /** the variant's tax class when ordered (absent on events from before tax classes) */
  taxClass?: string;
  /** what promotions took off the line (absent on events from before promotions) */
  discountAmount?: number;
}

export interface OrderSummaryPayload {
  orderId: string;
  number: number;
  /** the number as people see it, with the shop's prefix (AC-1001); absent on events from before prefixes */
  displayNumber?: string;
  /** the order's customer, exactly as on the order row (null for a guest) */
  customerId: string | null;
  status: string;
  paymentStatus: string;
  currency: string;
  totalAmount: number;
  /** what a gift card paid of totalAmount: the payment provider handles the rest (absent before gift cards) */
  giftCardAmount?: number;
}

export interface OrderCreatedPayload {
  orderId: string;
  number: number;
  /** the number as people see it, with the shop's prefix (AC-1001); absent on events from before prefixes */
  displayNumber?: string;
  customerId: string | null;
  /** the staff member who placed it (a phone order); null for shoppers, guests and keys */
  actor: string | null;
  email: string;
  currency: string;
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  shippingMethod: { code: string; name: string; amount: number };
  /** where it ships, and the buyer's address on its invoice (orders keeps no separate billing address) */
  shippingAddress: Address;
  lines: OrderLinePayload[];
  /** tax per rate (ratePpm null: the deployment's flat rate); absent on events from before tax zones */
  taxLines?: { name: string; ratePpm: number | null; taxable: number; amount: number; taxClasses?: string[] }[];
  /** true: the amounts above include tax (subtotal and shipping as the shop priced them) */
  pricesIncludeTax?: boolean;
  customerTaxId?: string | null;
  /** the reverse-charge statement an invoice prints */
  taxNote?: string | null;
  /**
   * off the lines, all promotions together: totalAmount = subtotalAmount - discountAmount +
   * shippingAmount (+ taxAmount unless prices include it); shippingAmount is already after a
   * free-shipping promotion. Absent on events from before promotions.
   */
  discountAmount?: number;
  shippingDiscountAmount?: number;
  /** the promotions applied, as the order shows them */
  discounts?: { promotionId: string; name: string; code: string | null; amount: number; shippingAmount: number }[];
  /**
   * what a gift card paid of totalAmount (0: none); the payment provider was authorised for
   * totalAmount - giftCardAmount. Absent on events from before gift cards.
   */
  giftCardAmount?: number;
  giftCardId?: string | null;
  /**
   * the order's custom field values as stored at checkout, keyed by field (a money value is
   * `{ amount, currency }`): the shopper's and the defaults. Absent on events from before them.
   */
  customFields?: Readonly<Record<string, CustomFieldValue>>;
}

/** The order's amounts that an edit changes (goods after discounts = total − shipping − tax). */
export interface OrderAmounts {
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  giftCardAmount: number;
}

/**
 * An order's lines changed after placement: the remaining lines and the amounts after the edit, and
 * the amounts before it (`previous`), so a consumer can book the difference from this event alone,
 * whatever order edits arrive in. `version` is the order's version after the edit (each edit of an
 * order has a higher one). The split and `previous` are absent on events from before they were sent.
 */
export interface OrderEditedPayload extends OrderSummaryPayload {
  actor: string | null;
  lines: OrderLinePayload[];
  version?: number;
  subtotalAmount?: number;
  shippingAmount?: number;
  taxAmount?: number;
  discountAmount?: number;
  taxLines?: OrderCreatedPayload['taxLines'];
  pricesIncludeTax?: boolean;
  taxNote?: string | null;
  /** what the payment provider gave back: the edit lowered a payment already captured */
  refundedAmount?: number;
  previous?: OrderAmounts;
}

/** A gift card issued by staff: its whole amount is owed to whoever holds the code. */
export interface GiftCardIssuedPayload {
  giftCardId: string;
  last4: string;
  currency: string;
  amount: number;
  customerId: string | null;
  expiresAt: string | null;
  actor: string | null;
}

/** A manual change of a card's balance (signed `amount`), with the reason staff gave. */
export interface GiftCardAdjustedPayload {
  giftCardId: string;
  currency: string;
  amount: number;
  balance: number;
  note: string;
  actor: string | null;
}

/** Money an order took off a card given back to it (a cancel, a refund, an edit that lowered the total). */
export interface GiftCardRefundedPayload {
  giftCardId: string;
  orderId: string;
  currency: string;
  amount: number;
  balance: number;
  /** `return`: a refunded return (money the provider did not get back); `cancel`, `edit`: the order's own change */
  source: 'cancel' | 'return' | 'edit';
  note: string;
}

/** A hold placed on or released from an order; `openHolds` counts the order's open holds after it. */
export interface OrderHoldPayload {
  orderId: string;
  holdId: string;
  reason: string;
  source: string;
  openHolds: number;
}

/** A shopper subscribed at checkout (one per subscription line of the order). */
export interface SubscriptionCreatedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  planId: string;
  variantId: string;
  quantity: number;
  currency: string;
  interval: { unit: string; count: number };
  status: string;
  /** the checkout's order, the subscription's first period */
  orderId: string;
  nextRenewalAt: string;
}

/** A period billed: its order was placed like any checkout's (reserved, authorised, then shipped and invoiced). */
export interface SubscriptionRenewedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  period: number;
  orderId: string;
  nextRenewalAt: string;
}

/** A renewal's charge failed: `retryAt` is the next try of the dunning schedule, null when there is none left. */
export interface SubscriptionPaymentFailedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  period: number;
  attempt: number;
  reason: string;
  retryAt: string | null;
  /** the subscription's status after this failure: past_due, or cancelled when the schedule is exhausted */
  status: string;
}

/** A renewal found too little stock: nothing was charged; it waits (retryAt) or its period was skipped. */
export interface SubscriptionRenewalDelayedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  period: number;
  /** the waits of this period so far, this one included */
  wait: number;
  reason: string;
  /** when the renewal is tried again; null when the waits ran out and the period was skipped */
  retryAt: string | null;
  skipped: boolean;
  nextRenewalAt: string;
}

export interface SubscriptionStatusChangedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  from: string;
  to: string;
  reason: string | null;
  nextRenewalAt: string;
}

/** A shopper or staff changed what the next renewals order (effective from the next one). */
export interface SubscriptionChangedPayload {
  subscriptionId: string;
  customerId: string;
  email: string;
  /** the fields that changed */
  changed: ('quantity' | 'shippingAddress' | 'shippingMethod' | 'paymentMethod')[];
  quantity: number;
  shippingAddress: Address;
  shippingMethodCode: string | null;
  /** with `paymentMethod`: the provider now holding the method (the method itself is never sent) */
  paymentProvider?: string;
  actor: string | null;
  actorKind: string;
  nextRenewalAt: string;
}

export const ORDERS_EVENTS = defineEvents('orders', {
  'orders.order.created': event<OrderCreatedPayload>('Order'),
  'orders.order.confirmed': event<OrderSummaryPayload & { lines: OrderLinePayload[] }>('Order'),
  'orders.order.edited': event<OrderEditedPayload>('Order'),
  'orders.order.cancelled': event<OrderSummaryPayload & { reason: string | null }>('Order'),
  'orders.order.fulfillment_status_changed': event<OrderSummaryPayload & { from: string; shipmentId: string }>('Order'),
  'orders.order.completed': event<OrderSummaryPayload>('Order'),
  'orders.order.payment_status_changed': event<OrderSummaryPayload & { from: string }>('Order'),
  'orders.order.hold_placed': event<OrderHoldPayload>('Order'),
  'orders.order.hold_released': event<OrderHoldPayload>('Order'),
  'orders.gift_card.issued': event<GiftCardIssuedPayload>('GiftCard'),
  'orders.gift_card.adjusted': event<GiftCardAdjustedPayload>('GiftCard'),
  'orders.gift_card.refunded': event<GiftCardRefundedPayload>('GiftCard'),
  'orders.subscription.created': event<SubscriptionCreatedPayload>('Subscription'),
  'orders.subscription.renewed': event<SubscriptionRenewedPayload>('Subscription'),
  'orders.subscription.payment_failed': event<SubscriptionPaymentFailedPayload>('Subscription'),
  'orders.subscription.renewal_delayed': event<SubscriptionRenewalDelayedPayload>('Subscription'),
  'orders.subscription.status_changed': event<SubscriptionStatusChangedPayload>('Subscription'),
  'orders.subscription.changed': event<SubscriptionChangedPayload>('Subscription'),
  'orders.subscription.skipped': event<{
    subscriptionId: string;
    customerId: string;
    period: number;
    nextRenewalAt: string;
    actor: string | null;
  }>('Subscription'),
  'orders.cart.merged': event<{ cartId: string; mergedCartId: string; customerId: string }>('Cart'),
  'orders.customer.pricing_group_changed': event<{
    customerId: string;
    companyId: string;
    customerGroup: string | null;
  }>('Customer'),
});

export type OrdersEvents = typeof ORDERS_EVENTS;

export const linesPayload = (lines: OrderLineRow[]): OrderLinePayload[] =>
  lines.map((line) => ({
    lineId: line.id,
    variantId: line.variantId,
    sku: line.sku,
    title: line.title,
    quantity: line.quantity,
    unitAmount: line.unitAmount,
    taxClass: line.taxClass,
    discountAmount: line.discountAmount,
  }));

export const orderSummary = (order: OrderRow): OrderSummaryPayload => ({
  orderId: order.id,
  number: order.number,
  displayNumber: displayNumberOf(order),
  customerId: order.customerId,
  status: order.status,
  paymentStatus: order.paymentStatus,
  currency: order.currency,
  totalAmount: order.totalAmount,
  // only on orders a gift card paid (part of): the payloads of every other order stay as they were
  ...(order.giftCardAmount > 0 ? { giftCardAmount: order.giftCardAmount } : {}),
});
