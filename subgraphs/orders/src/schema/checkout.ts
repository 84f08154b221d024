import { rules, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import { checkoutComplete } from '../data/checkout.ts';
import type { OrderRow } from '../data/rows.ts';
import { AddressInput, addressRule } from './common.ts';
import { CustomFieldValueInput } from './custom-field-types.ts';
import { dbOf, orderLoader } from './loaders.ts';
import { orderPayloadRef } from './order.ts';

export const PaymentInput = builder.inputType('PaymentInput', {
  fields: (t) => ({
    provider: t.string({ required: true, description: '"test" is built in' }),
    token: t.string({ required: true, description: 'From the PSP; the test provider declines "tok_decline"' }),
  }),
});

const CheckoutCompleteInput = builder.inputType('CheckoutCompleteInput', {
  fields: (t) => ({
    cartId: t.id({ required: true }),
    idempotencyKey: t.string({
      required: true,
      validate: rules.idempotencyKey,
      description: 'One per purchase attempt: a replay returns the first result, another cart is refused',
    }),
    email: t.string({ required: true, validate: rules.email }),
    shippingAddress: t.field({ type: AddressInput, required: true, validate: addressRule }),
    billingAddress: t.field({
      type: AddressInput,
      validate: addressRule,
      description: 'Omitted: billed at the shipping address',
    }),
    payment: t.field({ type: PaymentInput, required: true }),
    cartVersion: t.int({ description: 'The cart version you last showed: a stale one is a CONFLICT' }),
    shippingMethod: t.string({
      description:
        "A code from `Cart.shippingMethods(country:)`. Omitted: the cart's chosen method, else the cheapest offered to the address. One not offered there is SHIPPING_METHOD_UNAVAILABLE and nothing is stored",
    }),
    customerTaxId: t.string({
      description:
        "The buyer's tax id. A well-formed VAT id of an EU country other than the shop's, shipped to that country, makes the order reverse-charged (no VAT); a malformed one is INVALID_TAX_ID",
    }),
    customFields: t.field({
      type: [CustomFieldValueInput],
      description:
        'Values of the ORDER custom fields the shop shows shoppers (STOREFRONT, see orderCustomFieldDefinitions); a required one needs a value. Refused values store nothing (errors on input.customFields.<key>)',
    }),
  }),
});

const CheckoutCompletePayload = orderPayloadRef('CheckoutComplete', [
  'AMOUNT_TOO_LARGE',
  'CART_EMPTY',
  'CART_NOT_OPEN',
  'CHECKOUT_IN_PROGRESS',
  'CONFLICT',
  'CURRENCY_MISMATCH',
  'CURRENCY_NOT_SOLD',
  'IDEMPOTENCY_KEY_REUSED',
  'INSUFFICIENT_STOCK',
  'INVALID_EMAIL',
  'INVALID_INPUT',
  'INVALID_PHONE',
  'INVALID_POSTAL_CODE',
  'INVALID_STREET',
  'INVALID_TAX_ID',
  'NOT_FOUND',
  'PAYMENT_DECLINED',
  'PLUGIN_REFUSED',
  'SERVICE_UNAVAILABLE',
  'SHIPPING_METHOD_UNAVAILABLE',
  'SUBSCRIPTION_PAYMENT_UNSUPPORTED',
  'SUBSCRIPTION_REQUIRES_ACCOUNT',
  'PROMOTION_CODE_INVALID',
  'PROMOTION_EXHAUSTED',
  'PROMOTION_EXPIRED',
  'PROMOTION_NOT_APPLICABLE',
  'PROMOTION_NOT_STARTED',
  'GIFT_CARD_CURRENCY_MISMATCH',
  'GIFT_CARD_EMPTY',
  'GIFT_CARD_EXPIRED',
  'GIFT_CARD_INVALID',
  'UNKNOWN_VARIANT',
  'UNKNOWN_CUSTOM_FIELD',
  'INVALID_CUSTOM_FIELD_VALUE',
  'CUSTOM_FIELD_REQUIRED',
]);

builder.mutationField('checkoutComplete', (t) =>
  t.field({
    type: CheckoutCompletePayload,
    description:
      "Prices the cart from catalog, reserves its stock, authorises the payment for what the cart's gift card does not cover (nothing when it covers the total), debits the card and creates the order: all or nothing",
    authScopes: { $any: { scope: 'checkout', kind: 'customer' } },
    args: { input: t.arg({ type: CheckoutCompleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await checkoutComplete(context.deps, dbOf(context), context.auth, input);
      const order = result.ok ? await orderLoader(context).load(result.value.orderId) : null;
      if (result.ok) context.auditTargets.set(context.requestId, { type: 'Order', id: result.value.orderId });
      return toPayload(result, () => ({ order: order as OrderRow }));
    },
  }),
);
