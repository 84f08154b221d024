import { maxLength, payloadType, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type OrderNumbering, orderNumbering, setOrderNumberPrefix } from '../data/order-numbering.ts';
import { dbOf } from './loaders.ts';

const OrderNumberingRef = builder.objectRef<OrderNumbering>('OrderNumbering').implement({
  description: "How the shop's orders are numbered",
  fields: (t) => ({
    prefix: t.exposeString('prefix', {
      description: 'Put before the number of orders placed from now on; empty for none',
    }),
    nextNumber: t.exposeInt('nextNumber', { description: 'The number the next order placed gets' }),
  }),
});

builder.queryField('orderNumbering', (t) =>
  t.field({
    type: OrderNumberingRef,
    authScopes: { scope: 'orders:read' },
    resolve: (_root, _args, context) => orderNumbering(dbOf(context)),
  }),
);

const OrderNumberPrefixSetInput = builder.inputType('OrderNumberPrefixSetInput', {
  fields: (t) => ({
    prefix: t.string({
      required: true,
      ...maxLength(12, 'Up to 12 letters, digits, #, /, _ or -; empty for none. Orders already placed keep theirs'),
    }),
  }),
});

const OrderNumberPrefixSetPayload = payloadType(builder, 'OrderNumberPrefixSet', {
  codes: ['INVALID_INPUT'],
  fields: (t) => ({
    numbering: t.field({
      type: OrderNumberingRef,
      nullable: true,
      resolve: (payload) => payload.numbering ?? null,
    }),
  }),
});

builder.mutationField('orderNumberPrefixSet', (t) =>
  t.field({
    type: OrderNumberPrefixSetPayload,
    description:
      "Sets the prefix of the shop's order numbers (`Order.displayNumber`) for the orders placed from now on",
    authScopes: { scope: 'orders:manage' },
    args: { input: t.arg({ type: OrderNumberPrefixSetInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await setOrderNumberPrefix(dbOf(context), input.prefix), (numbering) => ({ numbering })),
  }),
);
