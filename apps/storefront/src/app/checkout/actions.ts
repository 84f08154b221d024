'use server';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { fieldErrors, formatMoney } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { cartId, forgetCart, rememberOrder } from '../../lib/cart.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';
import { CONFIRMATION_LINES } from '../../lib/placed-order.ts';
import { BILLING_PARTS } from './billing.ts';
import { Complete } from './documents.ts';

/** What a shopper should read for each failure that is not about one field. */
const EXPLAIN: Record<string, string> = {
  INSUFFICIENT_STOCK:
    'Some items in your cart are no longer in stock in that quantity. Review your cart and try again.',
  CONFLICT:
    'Your cart or its prices changed since you opened checkout. Review the new total and place the order again.',
  CART_EMPTY: 'Your cart is empty.',
  CART_NOT_OPEN: 'This cart was already checked out.',
  PAYMENT_DECLINED: 'Your payment was declined. Try another card.',
  CHECKOUT_IN_PROGRESS: 'This order is already being placed. Wait a moment and reload.',
  SERVICE_UNAVAILABLE: 'We could not reach a service needed for checkout. Please retry in a moment.',
};

export async function placeOrder(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: 'Your cart has expired.' };
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<
    string,
    string
  >;
  const input = {
    cartId: id,
    idempotencyKey: text(form, 'idempotencyKey'),
    cartVersion: Number(text(form, 'cartVersion')) || null,
    email: text(form, 'email'),
    shippingAddress: {
      name: text(form, 'shippingAddress.name'),
      line1: text(form, 'shippingAddress.line1'),
      line2: optional(form, 'shippingAddress.line2'),
      city: text(form, 'shippingAddress.city'),
      postalCode: text(form, 'shippingAddress.postalCode'),
      country: text(form, 'shippingAddress.country'),
      phone: optional(form, 'shippingAddress.phone'),
    },
    // only when the shopper filled the billing address in: otherwise the order is billed where it ships
    billingAddress:
      text(form, 'billingDifferent') === 'on'
        ? {
            name: text(form, 'billingAddress.name'),
            line1: text(form, 'billingAddress.line1'),
            line2: optional(form, 'billingAddress.line2'),
            city: text(form, 'billingAddress.city'),
            postalCode: text(form, 'billingAddress.postalCode'),
            country: text(form, 'billingAddress.country'),
          }
        : null,
    payment: { provider: 'test', token: text(form, 'payment.token') || 'tok_visa' },
    // the code only: checkout prices the method itself (omitted: the cheapest offered to the address)
    shippingMethod: optional(form, 'shippingMethod'),
    // a business buyer in another EU country with a valid VAT id is not charged VAT (reverse charge)
    customerTaxId: optional(form, 'customerTaxId'),
  };
  let order: NonNullable<ResultOf<typeof Complete>['checkoutComplete']['order']>;
  try {
    const { checkoutComplete } = await gql(
      Complete,
      { input },
      { as: 'either', mutation: true, returnTo: '/checkout' },
    );
    if (!checkoutComplete.order) {
      const errors = fieldErrors(checkoutComplete.errors);
      const general = checkoutComplete.errors.find((error) => !error.field?.length);
      if (general) errors[''] = EXPLAIN[general.code] ?? general.message;
      // checkout checks promotions again: one that ended or ran out meanwhile refuses the order
      const promotion = checkoutComplete.errors.find((error) => error.code.startsWith('PROMOTION_'));
      if (promotion) errors[''] = `${promotion.message}. Review the new total and place the order again.`;
      // the shop's own rule (a plugin) speaks for itself: its message is shown above the form
      const refused = checkoutComplete.errors.find((error) => error.code === 'PLUGIN_REFUSED');
      if (refused) errors[''] = refused.message;
      const payment = checkoutComplete.errors.find((error) => error.code === 'PAYMENT_DECLINED');
      if (payment) errors['payment.token'] = EXPLAIN.PAYMENT_DECLINED!;
      if (checkoutComplete.errors.some((error) => error.code === 'SHIPPING_METHOD_UNAVAILABLE')) {
        errors.shippingMethod = input.shippingMethod
          ? 'This shipping method is not available for your address. Choose one of the methods shown.'
          : 'We do not deliver to this country yet. Choose another country.';
      }
      // the API keeps a refused attempt's answer under its key (a replay gets the same refusal), so the
      // shopper's next try, with another card or fewer items, is a new attempt with a new key
      return { errors, values: { ...values, idempotencyKey: crypto.randomUUID() } };
    }
    order = checkoutComplete.order;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  // checkout prices the cart again: tell the shopper when that changed what they saw
  const priceChanged = Number(text(form, 'shownTotal')) !== order.total.amount;
  await rememberOrder({
    id: order.id,
    displayNumber: order.displayNumber,
    email: order.email,
    total: formatMoney(order.total),
    lines: order.lines.slice(0, CONFIRMATION_LINES).map((line) => ({
      title: line.title.slice(0, 60),
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: formatMoney(line.unitPrice),
      total: formatMoney(line.total),
    })),
    moreLines: Math.max(0, order.lines.length - CONFIRMATION_LINES),
    subtotal: formatMoney(order.subtotal),
    ...(order.discount.amount > 0 ? { discount: formatMoney(order.discount) } : {}),
    shippingCost: formatMoney(order.shipping),
    tax: formatMoney(order.tax),
    taxIncluded: order.pricesIncludeTax,
    taxLines: order.taxLines
      .filter((line) => line.ratePpm !== null)
      .map((line) => ({ name: line.name.slice(0, 40), amount: formatMoney(line.amount) })),
    taxNote: order.taxNote,
    address: order.shippingAddress,
    ...(sameAddress(order.billingAddress, order.shippingAddress) ? {} : { billingAddress: order.billingAddress }),
    shipping: order.shippingMethod
      ? { method: order.shippingMethod.name, price: formatMoney(order.shippingMethod.price) }
      : null,
    priceChanged,
  });
  await forgetCart();
  redirect(`/checkout/confirmation?order=${encodeURIComponent(order.id)}`);
}

const sameAddress = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  BILLING_PARTS.every((part) => (a[part] ?? null) === (b[part] ?? null));
