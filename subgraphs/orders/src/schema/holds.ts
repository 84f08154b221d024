import { maxLength, payloadType, rules, TextCap, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import { type HoldChange, placeHold, releaseHold } from '../data/holds.ts';
import { actorOf, ORDER_ACTION_SCOPE } from '../data/machines.ts';
import { dbOf } from './loaders.ts';
import { OrderHoldRef, OrderRef } from './order.ts';

const holdPayloadRef = (mutation: string, codes: readonly OrdersErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      hold: t.field({ type: OrderHoldRef, nullable: true, resolve: (payload) => payload.hold ?? null }),
      order: t.field({ type: OrderRef, nullable: true, resolve: (payload) => payload.order ?? null }),
    }),
  });

const OrderHoldPlaceInput = builder.inputType('OrderHoldPlaceInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    reason: t.string({ required: true, validate: rules.text({ max: TextCap.note }) }),
    source: t.string({
      validate: rules.text({ max: TextCap.name, required: false }),
      ...maxLength(TextCap.name, 'Who asks for the hold: `staff` (the default) or `workflow:<name>`'),
    }),
    idempotencyKey: t.string({
      description: 'The same key places the hold once: a retry answers with the hold the first call placed',
      validate: rules.idempotencyKey,
    }),
  }),
});

const OrderHoldReleaseInput = builder.inputType('OrderHoldReleaseInput', {
  fields: (t) => ({
    holdId: t.id({ required: true }),
    note: t.string({ validate: rules.text({ max: TextCap.note, required: false }) }),
  }),
});

const OrderHoldPlacePayload = holdPayloadRef('OrderHoldPlace', [
  'IDEMPOTENCY_KEY_REUSED',
  'INVALID_INPUT',
  'NOT_FOUND',
  'ORDER_FINAL',
]);
const OrderHoldReleasePayload = holdPayloadRef('OrderHoldRelease', [
  'HOLD_ALREADY_RELEASED',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

const toHold = (change: HoldChange) => ({ hold: change.hold, order: change.order });

builder.mutationField('orderHoldPlace', (t) =>
  t.field({
    type: OrderHoldPlacePayload,
    description:
      'Holds an order that is not completed or cancelled: confirm, capture, complete and shipping are refused until every hold is released',
    authScopes: { scope: ORDER_ACTION_SCOPE },
    args: { input: t.arg({ type: OrderHoldPlaceInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await placeHold(dbOf(context), actorOf(context.auth), input), toHold),
  }),
);

builder.mutationField('orderHoldRelease', (t) =>
  t.field({
    type: OrderHoldReleasePayload,
    description: 'Releases an open hold, with an optional note; the order moves on once no hold is open',
    authScopes: { scope: ORDER_ACTION_SCOPE },
    args: { input: t.arg({ type: OrderHoldReleaseInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await releaseHold(dbOf(context), actorOf(context.auth), input), toHold),
  }),
);
