import { encodeGlobalId, referenceUuid } from '@ucos/kit';
import { builder } from '../builder.ts';
import {
  availableOrderFulfillmentActions,
  availableReturnActions,
  availableShipmentActions,
  type FulfillmentLineProgress,
} from '../data/machines.ts';
import type { OrderProgress } from '../data/progress.ts';
import type { ReturnRow, ShipmentRow, TransitionRow } from '../data/rows.ts';
import {
  historyLoader,
  linesLoader,
  orderOnHoldLoader,
  progressLoader,
  returnsLoader,
  shipmentsLoader,
} from './loaders.ts';

export const ProductVariantRef = builder.externalRef(
  'ProductVariant',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
ProductVariantRef.implement({ externalFields: (t) => ({ id: t.id() }), fields: () => ({}) });

/** inventory's Warehouse: a reference the gateway resolves there (code, name) */
export const WarehouseRef = builder.externalRef(
  'Warehouse',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
WarehouseRef.implement({ externalFields: (t) => ({ id: t.id() }), fields: () => ({}) });

/** orders' Order: what a shipment or return belongs to, and what fulfillment extends (below) */
export const OrderRef = builder.externalRef('Order', builder.selection<{ id: string }>('id'), (key) => key);

const orderOf = (row: { orderId: string }) => ({ id: encodeGlobalId('Order', row.orderId) });

const FulfillmentLineRef = builder.objectRef<{ variantId: string; quantity: number }>('FulfillmentLine').implement({
  fields: (t) => ({
    variant: t.field({
      type: ProductVariantRef,
      resolve: (line) => ({ id: encodeGlobalId('ProductVariant', line.variantId) }),
    }),
    quantity: t.exposeInt('quantity'),
  }),
});

const TransitionRef = builder.objectRef<TransitionRow>('FulfillmentTransition').implement({
  fields: (t) => ({
    from: t.string({ nullable: true, resolve: (row) => row.fromState }),
    to: t.string({ resolve: (row) => row.toState }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

export const ShipmentStatusEnum = builder.enumType('ShipmentStatus', {
  values: {
    PENDING: { value: 'pending' },
    PACKED: { value: 'packed' },
    SHIPPED: { value: 'shipped' },
    DELIVERED: { value: 'delivered' },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

export const ReturnStatusEnum = builder.enumType('ReturnStatus', {
  values: {
    REQUESTED: { value: 'requested' },
    APPROVED: { value: 'approved' },
    RECEIVED: { value: 'received' },
    REFUNDED: { value: 'refunded' },
    REJECTED: { value: 'rejected' },
  } as const,
});

export const ShipmentActionEnum = builder.enumType('ShipmentAction', {
  description:
    "What the caller may do with the shipment now, each the mutation named alongside: the shipment's state machine and the caller's scopes decide (render buttons from it)",
  values: {
    PACK: { value: 'pack', description: 'shipmentPack' },
    SHIP: { value: 'ship', description: 'shipmentShip (takes a tracking number)' },
    DELIVER: { value: 'deliver', description: 'shipmentDeliver' },
    CANCEL: { value: 'cancel', description: 'shipmentCancel' },
  } as const,
});

export const ReturnActionEnum = builder.enumType('ReturnAction', {
  description:
    "What the caller may do with the return now, each the mutation named alongside: the return's state machine and the caller's scopes decide",
  values: {
    APPROVE: { value: 'approve', description: 'returnApprove' },
    RECEIVE: { value: 'receive', description: 'returnReceive' },
    REFUND: { value: 'refund', description: 'returnRefund' },
    REJECT: { value: 'reject', description: 'returnReject' },
  } as const,
});

export const OrderFulfillmentActionEnum = builder.enumType('OrderFulfillmentAction', {
  description: 'What the caller may start for the order now',
  values: {
    CREATE_SHIPMENT: {
      value: 'create_shipment',
      description: 'shipmentCreate: the order is confirmed, not on hold, and something is left to ship',
    },
    REQUEST_RETURN: {
      value: 'request_return',
      description:
        "returnRequest: something shipped that is not returned yet (staff, or the order's customer within the return window)",
    },
  } as const,
});

const OrderFulfillmentLineRef = builder.objectRef<FulfillmentLineProgress>('OrderFulfillmentLine').implement({
  description: "One ordered variant's progress",
  fields: (t) => ({
    variant: t.field({
      type: ProductVariantRef,
      resolve: (line) => ({ id: encodeGlobalId('ProductVariant', line.variantId) }),
    }),
    orderedQuantity: t.int({ resolve: (line) => line.ordered }),
    toShipQuantity: t.int({
      description: 'Ordered minus what is in shipments not cancelled: the most shipmentCreate accepts for it',
      resolve: (line) => line.toShip,
    }),
    returnableQuantity: t.int({
      description: 'Shipped minus what is in returns not rejected: the most returnRequest accepts for it',
      resolve: (line) => line.returnable,
    }),
  }),
});

const OrderFulfillmentRef = builder.objectRef<OrderProgress>('OrderFulfillment').implement({
  description: 'Where fulfilment of an order stands and what the caller may start',
  fields: (t) => ({
    availableActions: t.field({
      type: [OrderFulfillmentActionEnum],
      resolve: (progress, _a, context) => availableOrderFulfillmentActions(progress, context.auth),
    }),
    onHold: t.boolean({
      description: 'An open hold on the order (placed in orders): no shipment is created, packed or shipped',
      resolve: (progress) => progress.onHold,
    }),
    lines: t.field({ type: [OrderFulfillmentLineRef], resolve: (progress) => progress.lines }),
    returnWindowEndsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "Until when the order's shopper may request a return (its latest shipment's shipped or delivered time plus the tenant's return window); null while nothing has shipped",
      resolve: (progress) => progress.returnWindowEndsAt,
    }),
  }),
});

export const ShipmentRef = builder.objectRef<ShipmentRow>('Shipment').implement({
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Shipment', row.id) }),
    status: t.field({ type: ShipmentStatusEnum, resolve: (row) => row.status }),
    warehouseId: t.id({
      nullable: true,
      resolve: (row) => (row.warehouseId ? encodeGlobalId('Warehouse', row.warehouseId) : null),
    }),
    warehouse: t.field({
      type: WarehouseRef,
      nullable: true,
      description: 'The warehouse it leaves from (inventory resolves its code and name)',
      resolve: (row) => (row.warehouseId ? { id: encodeGlobalId('Warehouse', row.warehouseId) } : null),
    }),
    order: t.field({
      type: OrderRef,
      description: 'The order it ships (orders resolves its number and email)',
      resolve: orderOf,
    }),
    carrier: t.exposeString('carrier'),
    service: t.exposeString('service', { nullable: true }),
    trackingNumber: t.exposeString('trackingNumber', { nullable: true }),
    version: t.exposeInt('version'),
    lines: t.field({
      type: [FulfillmentLineRef],
      resolve: (row, _a, context) => linesLoader(context, 'shipment').load(row.id),
    }),
    history: t.field({ type: [TransitionRef], resolve: (row, _a, context) => historyLoader(context).load(row.id) }),
    orderOnHold: t.boolean({
      description: 'Whether its order has an open hold: it is not packed or shipped until the hold is released',
      resolve: (row, _a, context) => orderOnHoldLoader(context).load(row.orderId),
    }),
    availableActions: t.field({
      type: [ShipmentActionEnum],
      description:
        'What the caller may do with it now (empty without fulfillment:manage; no pack or ship while the order is on hold)',
      resolve: async (row, _a, context) =>
        availableShipmentActions(row.status, context.auth, await orderOnHoldLoader(context).load(row.orderId)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const ReturnRef = builder.objectRef<ReturnRow>('Return').implement({
  description: 'A return merchandise authorisation (RMA)',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Return', row.id) }),
    status: t.field({ type: ReturnStatusEnum, resolve: (row) => row.status }),
    reason: t.exposeString('reason', { nullable: true }),
    order: t.field({
      type: OrderRef,
      description: 'The order it returns goods of (orders resolves its number and email)',
      resolve: orderOf,
    }),
    version: t.exposeInt('version'),
    lines: t.field({
      type: [FulfillmentLineRef],
      resolve: (row, _a, context) => linesLoader(context, 'return').load(row.id),
    }),
    refundAmount: t.field({
      type: 'MinorUnits',
      nullable: true,
      description: 'Minor units of the order currency',
      resolve: (row) => row.refundAmount,
    }),
    history: t.field({ type: [TransitionRef], resolve: (row, _a, context) => historyLoader(context).load(row.id) }),
    availableActions: t.field({
      type: [ReturnActionEnum],
      description: 'What the caller may do with it now (empty without fulfillment:manage)',
      resolve: (row, _a, context) => availableReturnActions(row.status, context.auth),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** orders' Order, extended with its shipments and returns (batched per request). */
OrderRef.implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    shipments: t.field({
      type: [ShipmentRef],
      authScopes: { tenant: true },
      resolve: (order, _a, context) => orderIdOf(order.id, (id) => shipmentsLoader(context).load(id)),
    }),
    returns: t.field({
      type: [ReturnRef],
      authScopes: { tenant: true },
      resolve: (order, _a, context) => orderIdOf(order.id, (id) => returnsLoader(context).load(id)),
    }),
    fulfillment: t.field({
      type: OrderFulfillmentRef,
      nullable: true,
      description:
        'What is left to ship and to return per line, and what the caller may start (null until fulfillment has heard of the order)',
      authScopes: { tenant: true },
      resolve: async (order, _a, context) => {
        const id = referenceUuid(order.id, 'Order');
        return id ? progressLoader(context).load(id) : null;
      },
    }),
  }),
});

async function orderIdOf<T>(globalId: string, load: (id: string) => Promise<T[]>): Promise<T[]> {
  // an Order reference from orders: one that is no order id has no shipments or returns
  const id = referenceUuid(globalId, 'Order');
  return id ? load(id) : [];
}
