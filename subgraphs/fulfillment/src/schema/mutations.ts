import { payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FulfillmentErrorCode } from '../data/errors.ts';
import { actorOf } from '../data/machines.ts';
import { moveReturn, requestReturn } from '../data/returns.ts';
import { createShipment, moveShipment } from '../data/shipments.ts';
import { lineQuantity } from '../data/validation.ts';
import { customerOf, dbOf, isStaff } from './loaders.ts';
import { ReturnRef, ShipmentRef } from './types.ts';

const staff = { scope: 'fulfillment:manage' } as const;

const LineInput = builder.inputType('FulfillmentLineInput', {
  fields: (t) => ({ variantId: t.id({ required: true }), quantity: t.int({ required: true, validate: lineQuantity }) }),
});

const shipmentPayloadRef = (mutation: string, codes: readonly FulfillmentErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      shipment: t.field({ type: ShipmentRef, nullable: true, resolve: (payload) => payload.shipment ?? null }),
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

const ShipmentCreatePayload = shipmentPayloadRef('ShipmentCreate', [
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'NOT_FOUND',
  'ORDER_NOT_SHIPPABLE',
  'ORDER_ON_HOLD',
  'SHIP_QUANTITY_EXCEEDS_ORDER',
  'UNKNOWN_CARRIER',
]);

builder.mutationField('shipmentCreate', (t) =>
  t.field({
    type: ShipmentCreatePayload,
    description:
      'A shipment of part of a confirmed order that is not on hold; never more than ordered minus already shipped',
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
  ['shipmentPack', 'packed', 'pending → packed (not while the order is on hold)'],
  ['shipmentDeliver', 'delivered', 'shipped → delivered'],
  ['shipmentCancel', 'cancelled', 'pending or packed → cancelled'],
] as const) {
  const payload = shipmentPayloadRef(`${name.charAt(0).toUpperCase()}${name.slice(1)}`, [
    'CONFLICT',
    'INVALID_TRANSITION',
    'NOT_FOUND',
    // packing waits while the order is on hold
    ...(to === 'packed' ? (['ORDER_ON_HOLD'] as const) : []),
    'SERVICE_UNAVAILABLE',
    'UNKNOWN_CARRIER',
  ]);
  builder.mutationField(name, (t) =>
    t.field({
      type: payload,
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

const ShipmentShipPayload = shipmentPayloadRef('ShipmentShip', [
  'CONFLICT',
  'INVALID_TRANSITION',
  'NOT_FOUND',
  'ORDER_ON_HOLD',
  'SERVICE_UNAVAILABLE',
  'UNKNOWN_CARRIER',
]);

builder.mutationField('shipmentShip', (t) =>
  t.field({
    type: ShipmentShipPayload,
    description:
      "packed → shipped (not while the order is on hold): commits the order's reservation in inventory for the shipped lines",
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

const returnPayloadRef = (mutation: string, codes: readonly FulfillmentErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      return: t.field({ type: ReturnRef, nullable: true, resolve: (payload) => payload.return ?? null }),
    }),
  });

const ReturnRequestInput = builder.inputType('ReturnRequestInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    reason: t.string(),
    lines: t.field({ type: [LineInput], required: true }),
  }),
});

const ReturnRequestPayload = returnPayloadRef('ReturnRequest', [
  'INVALID_INPUT',
  'INVALID_QUANTITY',
  'NOT_FOUND',
  'RETURN_QUANTITY_EXCEEDS_SHIPPED',
  'RETURN_WINDOW_CLOSED',
]);

builder.mutationField('returnRequest', (t) =>
  t.field({
    type: ReturnRequestPayload,
    description:
      "Staff, or the customer for their own order within the tenant's return window (RETURN_WINDOW_CLOSED after it); never more than shipped",
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
  const payload = returnPayloadRef(`${name.charAt(0).toUpperCase()}${name.slice(1)}`, [
    'CONFLICT',
    'INVALID_TRANSITION',
    'NOT_FOUND',
  ]);
  builder.mutationField(name, (t) =>
    t.field({
      type: payload,
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
