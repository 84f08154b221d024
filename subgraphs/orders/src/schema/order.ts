import {
  type AuthContext,
  badUserInput,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  maxLength,
  nodeEntity,
  optionalLocalUuid,
  pageOf,
  payloadType,
} from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import { canReadOrder, ownCustomerId } from '../data/access.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import { maskedGiftCardCode } from '../data/gift-cards.ts';
import { actorOf, availableLineActions, availableOrderActions, ORDER_ACTION_SCOPE } from '../data/machines.ts';
import { displayNumberOf } from '../data/order-numbering.ts';
import {
  cancelOrder,
  capturePayment,
  completeOrder,
  confirmOrder,
  editOrderLine,
  findOrder,
  listOrders,
} from '../data/orders.ts';
import type { HoldRow, OrderLineRow, OrderRow, TransitionRow } from '../data/rows.ts';
import type { ConfirmationExtras } from '../ports/plugin-validators.ts';
import { AddressRef, money, ProductVariantRef, recordMutations, variantReference } from './common.ts';
import { CustomFieldValueFilter } from './custom-field-types.ts';
import { dbOf, giftCardLoader, holdsLoader, orderLinesLoader, orderLoader, transitionsLoader } from './loaders.ts';
import { adjustmentsOf, PriceAdjustmentRef } from './price-adjustment-types.ts';
import { AppliedPromotionRef } from './promotion-types.ts';
import { TaxLineRef } from './tax.ts';

export const OrderStatusEnum = builder.enumType('OrderStatus', {
  values: {
    CREATED: { value: 'created' },
    CONFIRMED: { value: 'confirmed' },
    PARTIALLY_FULFILLED: { value: 'partially_fulfilled' },
    FULFILLED: { value: 'fulfilled' },
    COMPLETED: { value: 'completed' },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

export const PaymentStatusEnum = builder.enumType('PaymentStatus', {
  values: {
    AUTHORIZED: { value: 'authorized' },
    CAPTURED: { value: 'captured' },
    VOIDED: { value: 'voided' },
    REFUNDED: { value: 'refunded' },
    FAILED: { value: 'failed' },
  } as const,
});

export const OrderActionEnum = builder.enumType('OrderAction', {
  description:
    "What the caller may do with the order now, each the mutation named alongside: decided by the order's and the payment's state machines and the caller's scopes (render buttons from it)",
  values: {
    CONFIRM: { value: 'confirm', description: 'orderConfirm' },
    CANCEL: { value: 'cancel', description: 'orderCancel' },
    COMPLETE: { value: 'complete', description: 'orderComplete' },
    CAPTURE_PAYMENT: { value: 'capture_payment', description: 'orderPaymentCapture' },
  } as const,
});

export const OrderLineActionEnum = builder.enumType('OrderLineAction', {
  description: 'What the caller may do with an order line now',
  values: {
    UPDATE: {
      value: 'update',
      description:
        'orderLineUpdate: lower or remove it (the order is not shipping yet and nothing of the line shipped)',
    },
  } as const,
});

type OrderLineParent = OrderLineRow & { currency: string; orderStatus: OrderRow['status'] };

const OrderLineRef = builder.objectRef<OrderLineParent>('OrderLine').implement({
  fields: (t) => ({
    id: t.id({ resolve: (line) => encodeGlobalId('OrderLine', line.id) }),
    variant: t.field({ type: ProductVariantRef, resolve: (line) => variantReference(line.variantId) }),
    sku: t.exposeString('sku', { description: 'As sold' }),
    title: t.exposeString('title', { description: 'As sold' }),
    quantity: t.exposeInt('quantity'),
    fulfilledQuantity: t.exposeInt('fulfilledQuantity'),
    unitPrice: t.field({ type: MoneyRef, resolve: (line) => money(line.unitAmount, line.currency) }),
    total: t.field({
      type: MoneyRef,
      description: 'Quantity × unit price, before discounts',
      resolve: (line) => money(line.unitAmount * line.quantity, line.currency),
    }),
    discount: t.field({
      type: MoneyRef,
      description: "What promotions and the shop's price plugins took off this line",
      resolve: (line) => money(line.discountAmount, line.currency),
    }),
    adjustments: t.field({
      type: [PriceAdjustmentRef],
      description: "What the shop's price plugins changed on this line when it was placed, with the reason shown",
      resolve: (line) => adjustmentsOf(line.adjustments, line.currency),
    }),
    availableActions: t.field({
      type: [OrderLineActionEnum],
      description: 'What the caller may do with this line now (empty without orders:manage)',
      resolve: (line, _args, context) => availableLineActions(line.orderStatus, line, context.auth),
    }),
  }),
});

const TransitionRef = builder.objectRef<TransitionRow>('OrderTransition').implement({
  description: 'One step of the order or payment state machine: what changed, who did it, when',
  fields: (t) => ({
    machine: t.exposeString('machine', { description: 'order or payment' }),
    from: t.string({ nullable: true, resolve: (row) => row.fromState }),
    to: t.string({ resolve: (row) => row.toState }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

const OrderShippingMethodRef = builder
  .objectRef<{ code: string; name: string; amount: number; currency: string }>('OrderShippingMethod')
  .implement({
    description: 'The shipping method the order was placed with, as it was then',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      price: t.field({
        type: MoneyRef,
        description: 'Its price when the order was placed (edits keep it)',
        resolve: (method) => money(method.amount, method.currency),
      }),
    }),
  });

export const OrderHoldRef = builder.objectRef<HoldRow>('OrderHold').implement({
  description:
    'A hold on the order: while one is open the order is not confirmed, captured, completed or shipped (it can still be cancelled)',
  fields: (t) => ({
    id: t.id({ resolve: (hold) => encodeGlobalId('OrderHold', hold.id) }),
    reason: t.exposeString('reason'),
    source: t.exposeString('source', {
      description: 'Who asked for it, free text: `staff`, or `workflow:<name>` for a workflow',
    }),
    placedAt: t.expose('placedAt', { type: 'DateTime' }),
    placedBy: t.exposeString('placedBy', { nullable: true, description: 'The subject that placed it' }),
    releasedAt: t.expose('releasedAt', { type: 'DateTime', nullable: true }),
    releasedBy: t.exposeString('releasedBy', { nullable: true }),
    releaseNote: t.exposeString('releaseNote', { nullable: true }),
    open: t.boolean({ description: 'Not released yet', resolve: (hold) => hold.releasedAt === null }),
  }),
});

const hasOpenHold = (holds: readonly HoldRow[]) => holds.some((hold) => hold.releasedAt === null);

const ConfirmationFieldRef = builder
  .objectRef<ConfirmationExtras['fields'][number]>('OrderConfirmationField')
  .implement({ fields: (t) => ({ label: t.exposeString('label'), value: t.exposeString('value') }) });

const ConfirmationExtrasRef = builder.objectRef<ConfirmationExtras>('OrderConfirmationExtras').implement({
  description: "Plain text a shop's plugins add to an order's confirmation",
  fields: (t) => ({
    fields: t.field({ type: [ConfirmationFieldRef], resolve: (extras) => extras.fields }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const OrderRef = builder.objectRef<OrderRow>('Order').implement({
  fields: (t) => ({
    id: t.id({ resolve: (order) => encodeGlobalId('Order', order.id) }),
    number: t.exposeInt('number', {
      description: "The shop's human-readable order number, counting up from 1001 (what shoppers quote)",
    }),
    displayNumber: t.string({
      description:
        "The number as shoppers and staff see it: the shop's order number prefix when the order was placed, then `number` (AC-1001)",
      resolve: displayNumberOf,
    }),
    status: t.field({ type: OrderStatusEnum, resolve: (order) => order.status }),
    paymentStatus: t.field({ type: PaymentStatusEnum, resolve: (order) => order.paymentStatus }),
    email: t.exposeString('email'),
    currency: t.exposeString('currency'),
    version: t.exposeInt('version'),
    lines: t.field({
      type: [OrderLineRef],
      resolve: async (order, _args, context) =>
        (await orderLinesLoader(context).load(order.id)).map((line) => ({
          ...line,
          currency: order.currency,
          orderStatus: order.status,
        })),
    }),
    subtotal: t.field({ type: MoneyRef, resolve: (order) => money(order.subtotalAmount, order.currency) }),
    shipping: t.field({
      type: MoneyRef,
      description: 'What was charged for shipping (after a free-shipping promotion)',
      resolve: (order) => money(order.shippingAmount, order.currency),
    }),
    discount: t.field({
      type: MoneyRef,
      description: 'What promotions took off the lines: total = subtotal - discount + shipping (+ tax)',
      resolve: (order) => money(order.discountAmount, order.currency),
    }),
    shippingDiscount: t.field({
      type: MoneyRef,
      description: 'What a free-shipping promotion took off the method’s price',
      resolve: (order) => money(order.shippingDiscountAmount, order.currency),
    }),
    appliedPromotions: t.field({
      type: [AppliedPromotionRef],
      description: 'The promotions the order was placed with',
      resolve: (order) => order.discounts.map((applied) => ({ ...applied, currency: order.currency })),
    }),
    tax: t.field({
      type: MoneyRef,
      description: 'Included in `subtotal` and `shipping` when `pricesIncludeTax`, else added to them',
      resolve: (order) => money(order.taxAmount, order.currency),
    }),
    taxLines: t.field({
      type: [TaxLineRef],
      description: 'The tax per rate as the order was placed',
      resolve: (order) => order.taxLines.map((line) => ({ ...line, currency: order.currency })),
    }),
    pricesIncludeTax: t.exposeBoolean('pricesIncludeTax'),
    customerTaxId: t.exposeString('customerTaxId', {
      nullable: true,
      description: "The buyer's tax id given at checkout",
    }),
    taxNote: t.exposeString('taxNote', {
      nullable: true,
      description: 'What the invoice must state, such as the reverse-charge notice',
    }),
    total: t.field({ type: MoneyRef, resolve: (order) => money(order.totalAmount, order.currency) }),
    confirmationExtras: t.field({
      type: ConfirmationExtrasRef,
      description:
        "What the shop's confirmation plugins add to the order's confirmation (plain text; none: no fields, no note). Run when asked: ask for one order, not a list",
      resolve: async (order, _args, context) =>
        context.auth.tenantId
          ? context.deps.validators.confirmation(
              context.auth.tenantId,
              { ...order, displayNumber: displayNumberOf(order) },
              () => orderLinesLoader(context).load(order.id),
            )
          : { fields: [], note: null },
    }),
    giftCardAmount: t.field({
      type: MoneyRef,
      description: 'What a gift card paid of `total` (0: none)',
      resolve: (order) => money(order.giftCardAmount, order.currency),
    }),
    paymentAmount: t.field({
      type: MoneyRef,
      description: '`total` minus `giftCardAmount`: what the payment provider was charged',
      resolve: (order) => money(order.totalAmount - order.giftCardAmount, order.currency),
    }),
    giftCardMaskedCode: t.string({
      nullable: true,
      description:
        'The gift card that paid `giftCardAmount`, masked as •••• •••• •••• AB12 (whoever may read the order may see it); null: none',
      resolve: async (order, _args, context) => {
        if (!order.giftCardId || order.giftCardAmount <= 0) return null;
        const card = await giftCardLoader(context).load(order.giftCardId);
        return card ? maskedGiftCardCode(card.last4) : null;
      },
    }),
    shippingAddress: t.field({ type: AddressRef, resolve: (order) => order.shippingAddress }),
    billingAddress: t.field({
      type: AddressRef,
      description: 'Where the order is billed: the shipping address unless checkout named another',
      resolve: (order) => order.billingAddress ?? order.shippingAddress,
    }),
    shippingMethod: t.field({
      type: OrderShippingMethodRef,
      nullable: true,
      description: 'null only on orders placed before shipping methods existed',
      resolve: (order) =>
        order.shippingMethodCode && order.shippingMethodName && order.shippingMethodAmount != null
          ? {
              code: order.shippingMethodCode,
              name: order.shippingMethodName,
              amount: order.shippingMethodAmount,
              currency: order.currency,
            }
          : null,
    }),
    customerId: t.id({
      nullable: true,
      resolve: (order) => (order.customerId ? encodeGlobalId('Customer', order.customerId) : null),
    }),
    history: t.field({
      type: [TransitionRef],
      description:
        'Every transition of the order and its payment, and every line edit (same state in and out), oldest first',
      resolve: (order, _args, context) => transitionsLoader(context).load(order.id),
    }),
    holds: t.field({
      type: [OrderHoldRef],
      description: 'Every hold placed on the order, open and released, oldest first',
      resolve: (order, _args, context) => holdsLoader(context).load(order.id),
    }),
    onHold: t.boolean({
      description: 'Whether a hold is open: confirm, capture, complete and shipping are refused until all are released',
      resolve: async (order, _args, context) => hasOpenHold(await holdsLoader(context).load(order.id)),
    }),
    availableActions: t.field({
      type: [OrderActionEnum],
      description:
        "What the caller may do with the order now (the order's and the payment's state machines, its open holds, the caller's scopes); shipments and returns: see `fulfillment`",
      resolve: async (order, _args, context) =>
        availableOrderActions(order, context.auth, hasOpenHold(await holdsLoader(context).load(order.id))),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

nodeEntity(builder, OrderRef, 'Order', async (orderId, context) => {
  if (!context.auth.tenantId) return null;
  const order = await orderLoader(context).load(orderId);
  return order && canRead(context.auth, order) ? order : null;
});

/** Services (fulfillment, finance) resolving an order reference act for the tenant's staff. */
const canRead = (auth: AuthContext, order: OrderRow) => auth.kind === 'service' || canReadOrder(auth, order);

const OrderConnection = connectionType(builder, 'Order', OrderRef);

builder.queryField('order', (t) =>
  t.field({
    type: OrderRef,
    nullable: true,
    description: 'Staff see any order of the tenant; a customer only their own',
    authScopes: { $any: { scope: 'orders:read', kind: 'customer' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findOrder(dbOf(context), context.auth, id),
  }),
);

const OrderFilter = builder.inputType('OrderFilter', {
  fields: (t) => ({
    status: t.field({ type: OrderStatusEnum }),
    paymentStatus: t.field({ type: PaymentStatusEnum }),
    customerId: t.id(),
    number: t.int({ description: 'The order with this human-readable number' }),
    customer: t.string({
      ...maxLength(200, "Contained (any case) in the order's email, its shipping name or its customer's name"),
    }),
    placedFrom: t.field({ type: 'DateTime', description: 'Placed at or after' }),
    placedBefore: t.field({ type: 'DateTime', description: 'Placed before' }),
    customFields: t.field({
      type: [CustomFieldValueFilter],
      description: 'Each custom field (at most 10) must have one of its values',
    }),
  }),
});

/** An empty or reversed range is a mistake of the caller, not "no orders". */
function placedRange(from: Date | null | undefined, before: Date | null | undefined) {
  if (from && before && from >= before)
    throw badUserInput('placedFrom must be before placedBefore', ['filter', 'placedFrom']);
  return { placedFrom: from ?? null, placedBefore: before ?? null };
}

builder.queryField('orders', (t) =>
  t.connection(
    {
      type: OrderRef,
      authScopes: { scope: 'orders:read' },
      args: { filter: t.arg({ type: OrderFilter }) },
      resolve: (_root, args, context) =>
        listOrders(dbOf(context), pageOf(args, CURSOR_KEYS.instant), {
          status: args.filter?.status ?? null,
          paymentStatus: args.filter?.paymentStatus ?? null,
          number: args.filter?.number ?? null,
          customerId: optionalLocalUuid(args.filter?.customerId, 'Customer', ['filter', 'customerId']),
          ...placedRange(args.filter?.placedFrom, args.filter?.placedBefore),
          customer: args.filter?.customer?.trim() || null,
          customFields: args.filter?.customFields ?? null,
        }),
    },
    OrderConnection,
  ),
);

builder.queryField('myOrders', (t) =>
  t.connection(
    {
      type: OrderRef,
      authScopes: { kind: 'customer' },
      resolve: (_root, args, context) =>
        listOrders(dbOf(context), pageOf(args, CURSOR_KEYS.instant), {
          customerId: ownCustomerId(context.auth),
        }),
    },
    OrderConnection,
  ),
);

export const orderPayloadRef = (mutation: string, codes: readonly OrdersErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      order: t.field({ type: OrderRef, nullable: true, resolve: (payload) => payload.order ?? null }),
    }),
  });

const OrderTransitionInput = builder.inputType('OrderTransitionInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
  }),
});
const OrderCancelInput = builder.inputType('OrderCancelInput', {
  fields: (t) => ({ orderId: t.id({ required: true }), version: t.int(), reason: t.string() }),
});
const OrderLineUpdateInput = builder.inputType('OrderLineUpdateInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Lower than now; 0 removes the line' }),
    version: t.int(),
  }),
});

/** Staff's actions on an order: they answer with it. */
const orderMutation = recordMutations({ field: 'order', type: OrderRef, authScopes: { scope: ORDER_ACTION_SCOPE } });

orderMutation('orderConfirm', {
  input: OrderTransitionInput,
  codes: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND', 'ORDER_ON_HOLD'],
  run: (context, input) => confirmOrder(context.deps, dbOf(context), actorOf(context.auth), input),
});

orderMutation('orderCancel', {
  input: OrderCancelInput,
  codes: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'],
  description: 'Cancels a created or confirmed order: releases its stock, voids or refunds its payment',
  run: (context, input) => cancelOrder(context.deps, dbOf(context), actorOf(context.auth), input),
});

orderMutation('orderComplete', {
  input: OrderTransitionInput,
  codes: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND', 'ORDER_ON_HOLD'],
  run: (context, input) => completeOrder(context.deps, dbOf(context), actorOf(context.auth), input),
});

orderMutation('orderPaymentCapture', {
  input: OrderTransitionInput,
  codes: ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND', 'ORDER_ON_HOLD', 'SERVICE_UNAVAILABLE'],
  run: (context, input) => capturePayment(context.deps, dbOf(context), actorOf(context.auth), input),
});

orderMutation('orderLineUpdate', {
  input: OrderLineUpdateInput,
  codes: ['CONFLICT', 'INVALID_QUANTITY', 'NOT_EDITABLE', 'NOT_FOUND'],
  description: 'Lowers a line before fulfilment (0 removes it); the reservation follows',
  run: (context, input) => editOrderLine(context.deps, dbOf(context), actorOf(context.auth), input),
});
