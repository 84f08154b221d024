import { encodeGlobalId, referenceUuid } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { ReturnRow, ShipmentRow, TransitionRow } from '../data/rows.ts';
import { historyLoader, linesLoader, returnsLoader, shipmentsLoader } from './loaders.ts';

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
  }),
});

async function orderIdOf<T>(globalId: string, load: (id: string) => Promise<T[]>): Promise<T[]> {
  // an Order reference from orders: one that is no order id has no shipments or returns
  const id = referenceUuid(globalId, 'Order');
  return id ? load(id) : [];
}
