import { toPayload } from '@ucos/kit';
import { builder, FulfillmentErrorRef } from '../builder.ts';
import type { FulfillmentError } from '../data/errors.ts';
import { actorOf } from '../data/machines.ts';
import { moveReturn, requestReturn } from '../data/returns.ts';
import type { ReturnRow, ShipmentRow } from '../data/rows.ts';
import { createShipment, moveShipment } from '../data/shipments.ts';
import { customerOf, dbOf, isStaff } from './loaders.ts';
import { ReturnRef, ShipmentRef } from './types.ts';

const staff = { scope: 'fulfillment:manage' } as const;

const LineInput = builder.inputType('FulfillmentLineInput', {
  fields: (t) => ({ variantId: t.id({ required: true }), quantity: t.int({ required: true }) }),
});

type ShipmentPayload = { shipment?: ShipmentRow | null; errors: FulfillmentError[] };
const ShipmentPayloadRef = builder.objectRef<ShipmentPayload>('ShipmentPayload').implement({
  fields: (t) => ({
    shipment: t.field({ type: ShipmentRef, nullable: true, resolve: (payload) => payload.shipment ?? null }),
    errors: t.field({ type: [FulfillmentErrorRef], resolve: (payload) => payload.errors }),
  }),
});

const ShipmentCreateInput = builder.inputType('ShipmentCreateInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    warehouseId: t.id({ description: 'The warehouse it leaves from' }),
    carrier: t.string({ description: '"manual" (default)' }),
    service: t.string({ description: 'Default: the shipping method the shopper chose at checkout (e.g. express)' }),
    lines: t.field({ type: [LineInput], required: true }),
  }),
});

builder.mutationField('shipmentCreate', (t) =>
  t.field({
    type: ShipmentPayloadRef,
    description: 'A shipment of part of a confirmed order; never more than ordered minus already shipped',
    authScopes: staff,
    args: { input: t.arg({ type: ShipmentCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createShipment(context.deps, dbOf(context), actorOf(context.auth), input), (shipment) => ({
        shipment,
      })),
  }),
);

const ShipmentMoveInput = builder.inputType('ShipmentMoveInput', {
  fields: (t) => ({ shipmentId: t.id({ required: true }), version: t.int() }),
});
const ShipmentShipInput = builder.inputType('ShipmentShipInput', {
  fields: (t) => ({ shipmentId: t.id({ required: true }), version: t.int(), trackingNumber: t.string() }),
});

for (const [name, to, description] of [
  ['shipmentPack', 'packed', 'pending → packed'],
  ['shipmentDeliver', 'delivered', 'shipped → delivered'],
  ['shipmentCancel', 'cancelled', 'pending or packed → cancelled'],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ShipmentPayloadRef,
      description,
      authScopes: staff,
      args: { input: t.arg({ type: ShipmentMoveInput, required: true }) },
      resolve: async (_root, { input }, context) =>
        toPayload(await moveShipment(context.deps, dbOf(context), actorOf(context.auth), input, to), (shipment) => ({
          shipment,
        })),
    }),
  );
}

builder.mutationField('shipmentShip', (t) =>
  t.field({
    type: ShipmentPayloadRef,
    description: "packed → shipped: commits the order's reservation in inventory for the shipped lines",
    authScopes: staff,
    args: { input: t.arg({ type: ShipmentShipInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await moveShipment(context.deps, dbOf(context), actorOf(context.auth), input, 'shipped'),
        (shipment) => ({
          shipment,
        }),
      ),
  }),
);

type ReturnPayload = { return?: ReturnRow | null; errors: FulfillmentError[] };
const ReturnPayloadRef = builder.objectRef<ReturnPayload>('ReturnPayload').implement({
  fields: (t) => ({
    return: t.field({ type: ReturnRef, nullable: true, resolve: (payload) => payload.return ?? null }),
    errors: t.field({ type: [FulfillmentErrorRef], resolve: (payload) => payload.errors }),
  }),
});

const ReturnRequestInput = builder.inputType('ReturnRequestInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    reason: t.string(),
    lines: t.field({ type: [LineInput], required: true }),
  }),
});

builder.mutationField('returnRequest', (t) =>
  t.field({
    type: ReturnPayloadRef,
    description: 'Staff, or the customer for their own order; never more than shipped',
    authScopes: { $any: { scope: 'fulfillment:manage', kind: 'customer' } },
    args: { input: t.arg({ type: ReturnRequestInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const customer = isStaff(context.auth) ? null : customerOf(context.auth);
      return toPayload(
        await requestReturn(context.deps, dbOf(context), actorOf(context.auth), input, customer),
        (row) => ({
          return: row,
        }),
      );
    },
  }),
);

const ReturnMoveInput = builder.inputType('ReturnMoveInput', {
  fields: (t) => ({
    returnId: t.id({ required: true }),
    version: t.int(),
    warehouseId: t.id({ description: 'returnReceive: the warehouse the goods came back to (restocked there)' }),
  }),
});

for (const [name, to, description] of [
  ['returnApprove', 'approved', 'requested → approved'],
  ['returnReceive', 'received', 'approved → received: publishes fulfillment.return.received, which restocks inventory'],
  ['returnRefund', 'refunded', 'received → refunded'],
  ['returnReject', 'rejected', 'requested, approved or received → rejected'],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ReturnPayloadRef,
      description,
      authScopes: staff,
      args: { input: t.arg({ type: ReturnMoveInput, required: true }) },
      resolve: async (_root, { input }, context) =>
        toPayload(await moveReturn(context.deps, dbOf(context), actorOf(context.auth), input, to), (row) => ({
          return: row,
        })),
    }),
  );
}
