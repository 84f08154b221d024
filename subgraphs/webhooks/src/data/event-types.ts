import { isPrivateEvent } from '@ucos/kit';
/**
 * The event types an endpoint may subscribe to: every domain's `defineEvents` catalogue, listed here
 * so the webhooks package depends on no other domain (`infra/test/event-catalogue.test.ts` keeps it equal
 * to the catalogues).
 * Identity's account mail events are left out: they tell whether an address has an account, and
 * `identity.mail.requested` carries a (sealed) one-time link.
 */
export const KNOWN_EVENT_TYPES = [
  'catalog.price.changed',
  'catalog.product.archived',
  'catalog.product.created',
  'catalog.product.deleted',
  'catalog.product.updated',
  'catalog.variant.created',
  'catalog.variant.deleted',
  'catalog.variant.updated',
  'finance.credit_note.issued',
  'finance.invoice.issued',
  'finance.payment_run.posted',
  'finance.period.closed',
  'finance.period.reopened',
  'fulfillment.return.approved',
  'fulfillment.return.received',
  'fulfillment.return.refunded',
  'fulfillment.return.rejected',
  'fulfillment.return.requested',
  'fulfillment.shipment.cancelled',
  'fulfillment.shipment.created',
  'fulfillment.shipment.delivered',
  'fulfillment.shipment.packed',
  'fulfillment.shipment.shipped',
  'identity.feature_flag.changed',
  'identity.tenant.settings_changed',
  'inventory.reservation.committed',
  'inventory.reservation.created',
  'inventory.reservation.expired',
  'inventory.reservation.released',
  'inventory.stock.changed',
  'inventory.stock.low',
  'inventory.variant_cost.changed',
  'notifications.notification.failed',
  'notifications.notification.sent',
  'orders.cart.merged',
  'orders.customer.pricing_group_changed',
  'orders.gift_card.adjusted',
  'orders.gift_card.issued',
  'orders.gift_card.refunded',
  'orders.order.cancelled',
  'orders.order.completed',
  'orders.order.confirmed',
  'orders.order.created',
  'orders.order.edited',
  'orders.order.fulfillment_status_changed',
  'orders.order.hold_placed',
  'orders.order.hold_released',
  'orders.order.payment_status_changed',
  'orders.subscription.changed',
  'orders.subscription.created',
  'orders.subscription.payment_failed',
  'orders.subscription.renewal_delayed',
  'orders.subscription.renewed',
  'orders.subscription.skipped',
  'orders.subscription.status_changed',
  'procurement.bill.held',
  'procurement.bill.posted',
  'procurement.credit_note.posted',
  'procurement.purchase_order.approved',
  'procurement.purchase_order.cancelled',
  'procurement.purchase_order.changed',
  'procurement.purchase_order.closed',
  'procurement.purchase_order.rejected',
  'procurement.purchase_order.sent',
  'procurement.purchase_order.submitted',
  'procurement.receipt.posted',
  'procurement.supplier.changed',
  'webhooks.endpoint.disabled',
  'workflows.definition.changed',
  'workflows.notification.requested',
  'workflows.run.started',
  'workflows.task.created',
  'workflows.task.decided',
] as const;

export const TEST_PING = 'webhooks.test.ping';

const known = new Set<string>(KNOWN_EVENT_TYPES);
const WILDCARD = /^([a-z0-9_-]+\.)*\*$/;

/**
 * A filter is a known type (`orders.order.created`) or a prefix wildcard: `orders.order.*` matches
 * every type under `orders.order.`, `orders.*` every orders event, `*` every event.
 */
export function filterProblem(filter: string): string | null {
  if (known.has(filter)) return null;
  if (WILDCARD.test(filter)) {
    const prefix = filter.slice(0, -1);
    if (prefix === '' || KNOWN_EVENT_TYPES.some((type) => type.startsWith(prefix))) return null;
    return `No known event type starts with "${prefix}"`;
  }
  return `Unknown event type "${filter}"`;
}

/** What a filter matches (the fan-out's SQL says the same: `f = type or (f like '%*' and starts_with(type, left(f, -1)))`). */
export function matchesFilter(filter: string, type: string): boolean {
  return filter.endsWith('*') ? type.startsWith(filter.slice(0, -1)) : filter === type;
}

/** Never delivered, whatever the filter: identity's account mail (see above) or the bus's own (the kit's list). */
export const deliverable = (type: string) => !isPrivateEvent(type);
