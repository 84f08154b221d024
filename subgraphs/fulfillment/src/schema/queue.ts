import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { type Connection, CURSOR_KEYS, connectionType, type Page, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FulfillmentContext } from '../context.ts';
import { listReturns, listShipments, type QueueOrder, queueCounts } from '../data/queue.ts';
import type { TenantDb } from '../db.ts';
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

const sortArg = { type: QueueSortEnum, defaultValue: 'oldest_first', required: true } as const;

type Types = typeof builder.$inferSchemaTypes;

/**
 * A work queue: one kind of work (shipments, returns) as a connection for its `readers`, filtered,
 * worked oldest first unless `sort` says otherwise, paged by creation.
 */
function workQueue<Row extends object, Filter extends object>(
  field: string,
  spec: {
    type: ObjectRef<Types, Row>;
    typeName: string;
    description: string;
    filter: InputObjectRef<Types, Filter>;
    list(
      db: TenantDb,
      page: Page<typeof CURSOR_KEYS.instant>,
      filter: Filter | null | undefined,
      sort: QueueOrder,
    ): Promise<Connection<Row>>;
  },
) {
  const connection = connectionType(builder, spec.typeName, spec.type);
  builder.queryField(field, (t) =>
    t.connection(
      {
        type: spec.type,
        description: spec.description,
        authScopes: readers,
        args: {
          filter: t.arg({ type: spec.filter }),
          sort: t.arg(sortArg),
        },
        resolve: (_root, args, context) => {
          // the args as declared above: Pothos cannot relate them to the generic filter
          const { filter, sort } = args as { filter?: Filter | null; sort: QueueOrder };
          return spec.list(dbOf(context), pageOf(args, CURSOR_KEYS.instant), filter, sort);
        },
      },
      connection,
    ),
  );
}

workQueue('shipments', {
  type: ShipmentRef,
  typeName: 'Shipment',
  description: "The warehouse's work queue: shipments by status, warehouse or order, paged by creation",
  filter: ShipmentFilter,
  list: (db, page, filter, sort) => listShipments(db, page, shipmentQueueFilter(filter), sort),
});

workQueue('returns', {
  type: ReturnRef,
  typeName: 'Return',
  description: 'Returns by status or order (e.g. those awaiting approval or receipt), paged by creation',
  filter: ReturnFilter,
  list: (db, page, filter, sort) => listReturns(db, page, returnQueueFilter(filter), sort),
});

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
