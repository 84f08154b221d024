import type { InputObjectRef } from '@pothos/core';
import { inputMutation } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { FulfillmentContext } from '../context.ts';
import type { FulfillmentErrorCode, FulfillmentResult } from '../data/errors.ts';
import { actorOf } from '../data/machines.ts';
import { moveReturn, requestReturn } from '../data/returns.ts';
import type { ShipmentRow } from '../data/rows.ts';
import { createShipment, moveShipment } from '../data/shipments.ts';
import { lineQuantity } from '../data/validation.ts';
import { customerOf, dbOf, isStaff } from './loaders.ts';
import { ReturnRef, ShipmentRef } from './types.ts';

const staff = { scope: 'fulfillment:manage' } as const;

type Types = typeof builder.$inferSchemaTypes;

const LineInput = builder.inputType('FulfillmentLineInput', {
  fields: (t) => ({ variantId: t.id({ required: true }), quantity: t.int({ required: true, validate: lineQuantity }) }),
});

/** Staff's mutations of one shipment: they answer with it. */
function shipmentMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<Types, Input>;
    codes: readonly FulfillmentErrorCode[];
    description: string;
    run(context: FulfillmentContext, input: Input): Promise<FulfillmentResult<ShipmentRow>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'shipment', type: ShipmentRef },
    authScopes: staff,
    description: spec.description,
    run: spec.run,
    fields: (shipment) => ({ shipment }),
  });
}

const ShipmentCreateInput = builder.inputType('ShipmentCreateInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    warehouseId: t.id({ description: 'The warehouse it leaves from' }),
    carrier: t.string({ description: '"manual" (default)' }),
    service: t.string({ description: 'Default: the shipping method the shopper chose at checkout (e.g. express)' }),
    lines: t.field({ type: [LineInput], required: true }),
  }),
});

shipmentMutation('shipmentCreate', {
  input: ShipmentCreateInput,
  codes: [
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'ORDER_NOT_SHIPPABLE',
    'ORDER_ON_HOLD',
    'SHIP_QUANTITY_EXCEEDS_ORDER',
    'UNKNOWN_CARRIER',
  ],
  description:
    'A shipment of part of a confirmed order that is not on hold; never more than ordered minus already shipped',
  run: (context, input) => createShipment(context.deps, dbOf(context), actorOf(context.auth), input),
});

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
  shipmentMutation(name, {
    input: ShipmentMoveInput,
    codes: [
      'CONFLICT',
      'INVALID_TRANSITION',
      'NOT_FOUND',
      // packing waits while the order is on hold
      ...(to === 'packed' ? (['ORDER_ON_HOLD'] as const) : []),
      'SERVICE_UNAVAILABLE',
      'UNKNOWN_CARRIER',
    ],
    description,
    run: (context, input) => moveShipment(context.deps, dbOf(context), actorOf(context.auth), input, to),
  });
}

shipmentMutation('shipmentShip', {
  input: ShipmentShipInput,
  codes: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND', 'ORDER_ON_HOLD', 'SERVICE_UNAVAILABLE', 'UNKNOWN_CARRIER'],
  description:
    "packed → shipped (not while the order is on hold): commits the order's reservation in inventory for the shipped lines",
  run: (context, input) => moveShipment(context.deps, dbOf(context), actorOf(context.auth), input, 'shipped'),
});

const returnPayload = (codes: readonly FulfillmentErrorCode[]) => ({ codes, field: 'return', type: ReturnRef });

const ReturnRequestInput = builder.inputType('ReturnRequestInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    reason: t.string(),
    lines: t.field({ type: [LineInput], required: true }),
  }),
});

inputMutation(builder, 'returnRequest', {
  input: ReturnRequestInput,
  payload: returnPayload([
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'RETURN_QUANTITY_EXCEEDS_SHIPPED',
    'RETURN_WINDOW_CLOSED',
  ]),
  description:
    "Staff, or the customer for their own order within the tenant's return window (RETURN_WINDOW_CLOSED after it); never more than shipped",
  authScopes: { $any: { scope: 'fulfillment:manage', kind: 'customer' } },
  run: (context, input) =>
    requestReturn(
      context.deps,
      dbOf(context),
      actorOf(context.auth),
      input,
      isStaff(context.auth) ? null : customerOf(context.auth),
    ),
  fields: (row) => ({ return: row }),
});

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
  inputMutation(builder, name, {
    input: ReturnMoveInput,
    payload: returnPayload(['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND']),
    description,
    authScopes: staff,
    run: (context, input) => moveReturn(context.deps, dbOf(context), actorOf(context.auth), input, to),
    fields: (row) => ({ return: row }),
  });
}
