import { CURSOR_KEYS, connectionType, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FulfillmentContext } from '../context.ts';
import { listReturns, listShipments, queueCounts } from '../data/queue.ts';
import { dbOf, isStaff } from './loaders.ts';
import { returnQueueFilter, shipmentQueueFilter } from './queue-filter.ts';
import { ReturnRef, ReturnStatusEnum, ShipmentRef, ShipmentStatusEnum } from './types.ts';

/**
 * Who reads the work queues: whoever may see an order's shipments and returns (`Order.shipments`):
 * fulfillment staff, and staff who read orders — so a read-only viewer sees what waits to ship.
 */
const readers = (_root: unknown, _args: unknown, context: FulfillmentContext) => isStaff(context.auth);

const QueueSortEnum = builder.enumType('FulfillmentQueueSort', {
  values: {
    OLDEST_FIRST: { value: 'oldest_first', description: 'First in, first out: the order to work a queue in' },
    NEWEST_FIRST: { value: 'newest_first', description: 'What happened last first: e.g. recently shipped' },
  } as const,
});

const ShipmentFilter = builder.inputType('ShipmentFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [ShipmentStatusEnum], description: 'Any of these (every status when left out)' }),
    warehouseId: t.id({ description: 'Leaving from this warehouse' }),
    orderId: t.id({ description: "One order's shipments" }),
  }),
});

const ReturnFilter = builder.inputType('ReturnFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [ReturnStatusEnum], description: 'Any of these (every status when left out)' }),
    orderId: t.id({ description: "One order's returns" }),
  }),
});

const ShipmentConnection = connectionType(builder, 'Shipment', ShipmentRef);
const ReturnConnection = connectionType(builder, 'Return', ReturnRef);

const sortArg = { type: QueueSortEnum, defaultValue: 'oldest_first', required: true } as const;

builder.queryField('shipments', (t) =>
  t.connection(
    {
      type: ShipmentRef,
      description: "The warehouse's work queue: shipments by status, warehouse or order, paged by creation",
      authScopes: readers,
      args: {
        filter: t.arg({ type: ShipmentFilter }),
        sort: t.arg(sortArg),
      },
      resolve: (_root, args, context) =>
        listShipments(dbOf(context), pageOf(args, CURSOR_KEYS.instant), shipmentQueueFilter(args.filter), args.sort),
    },
    ShipmentConnection,
  ),
);

builder.queryField('returns', (t) =>
  t.connection(
    {
      type: ReturnRef,
      description: 'Returns by status or order (e.g. those awaiting approval or receipt), paged by creation',
      authScopes: readers,
      args: {
        filter: t.arg({ type: ReturnFilter }),
        sort: t.arg(sortArg),
      },
      resolve: (_root, args, context) =>
        listReturns(dbOf(context), pageOf(args, CURSOR_KEYS.instant), returnQueueFilter(args.filter), args.sort),
    },
    ReturnConnection,
  ),
);

const QueueCountsRef = builder.objectRef<Awaited<ReturnType<typeof queueCounts>>>('FulfillmentQueueCounts').implement({
  description: 'How much work waits, per step',
  fields: (t) => ({
    pendingShipments: t.exposeInt('pendingShipments', { description: 'To pack' }),
    packedShipments: t.exposeInt('packedShipments', { description: 'To ship' }),
    requestedReturns: t.exposeInt('requestedReturns', { description: 'To approve or reject' }),
    approvedReturns: t.exposeInt('approvedReturns', { description: 'To receive' }),
  }),
});

builder.queryField('fulfillmentQueueCounts', (t) =>
  t.field({
    type: QueueCountsRef,
    authScopes: readers,
    resolve: (_root, _args, context) => queueCounts(dbOf(context)),
  }),
);
