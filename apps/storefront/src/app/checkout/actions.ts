'use server';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { cartId, forgetCart, rememberOrder } from '../../lib/cart.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';
import { adjustmentNote, moneyIn } from '../../lib/money.ts';
import { CONFIRMATION_LINES } from '../../lib/placed-order.ts';
import { BILLING_PARTS } from './billing.ts';
import { Complete } from './documents.ts';

/** The failures not about one field a shopper reads in their own words (messages `Checkout.error.<code>`). */
const EXPLAIN = new Set([
  'INSUFFICIENT_STOCK',
  'CONFLICT',
  'CART_EMPTY',
  'CART_NOT_OPEN',
  'PAYMENT_DECLINED',
  'CHECKOUT_IN_PROGRESS',
  'SERVICE_UNAVAILABLE',
]);

/** Field refusals a shopper reads in their own words (messages `Checkout.fieldError.<code>`, with the address's country). */
const FIELD_CODES = new Set([
  'INVALID_EMAIL',
  'INVALID_STREET',
  'INVALID_POSTAL_CODE',
  'INVALID_PHONE',
  'INVALID_TAX_ID',
]);

/**
 * The API's field errors in the shopper's language where a message exists for the code (or the field
 * was left blank); any other refusal keeps the API's own words rather than being hidden.
 */
function localizedFieldErrors(
  errors: readonly { code: string; field?: readonly string[] | null; message: string }[],
  values: Record<string, string>,
  t: (key: string, params?: Record<string, string>) => string,
  locale: string,
): Record<string, string> {
  const out = fieldErrors(errors);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  for (const error of errors) {
    const path = (error.field ?? []).filter((segment, index) => !(index === 0 && segment === 'input')).join('.');
    if (!path) continue;
    const address = path.startsWith('billingAddress.') ? 'billingAddress' : 'shippingAddress';
    const code = values[`${address}.country`] ?? '';
    const country = (code && regions.of(code)) || code;
    if (FIELD_CODES.has(error.code)) out[path] = t(`fieldError.${error.code}`, { country });
    else if (error.code === 'INVALID_INPUT' && !values[path]?.trim()) out[path] = t('fieldError.required');
  }
  return out;
}

export async function placeOrder(_: FormState, form: FormData): Promise<FormState> {
  const [id, t, locale] = await Promise.all([cartId(), getTranslations('Checkout'), getLocale()]);
  const formatMoney = moneyIn(locale);
  if (!id) return { message: t('expired') };
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
      const errors = localizedFieldErrors(checkoutComplete.errors, values, t, locale);
      const general = checkoutComplete.errors.find((error) => !error.field?.length);
      if (general) errors[''] = EXPLAIN.has(general.code) ? t(`error.${general.code}`) : general.message;
      // checkout checks promotions again: one that ended or ran out meanwhile refuses the order
      const promotion = checkoutComplete.errors.find((error) => error.code.startsWith('PROMOTION_'));
      if (promotion) errors[''] = t('promotionChanged', { reason: promotion.message });
      // the shop's own rule (a plugin) speaks for itself: its message is shown above the form
      const refused = checkoutComplete.errors.find((error) => error.code === 'PLUGIN_REFUSED');
      if (refused) errors[''] = refused.message;
      const payment = checkoutComplete.errors.find((error) => error.code === 'PAYMENT_DECLINED');
      if (payment) errors['payment.token'] = t('error.PAYMENT_DECLINED');
      if (checkoutComplete.errors.some((error) => error.code === 'SHIPPING_METHOD_UNAVAILABLE')) {
        errors.shippingMethod = input.shippingMethod ? t('methodUnavailable') : t('noDeliveryHere');
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
  const extras = order.confirmationExtras;
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
      ...(line.adjustments.length
        ? {
            notes: line.adjustments
              .slice(0, 2)
              .map((adjustment) => adjustmentNote(formatMoney, adjustment).slice(0, 80)),
          }
        : {}),
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
    ...(order.giftCardMaskedCode && order.giftCardAmount.amount > 0
      ? {
          giftCard: {
            code: order.giftCardMaskedCode,
            amount: formatMoney(order.giftCardAmount),
            remainder: formatMoney(order.paymentAmount),
          },
        }
      : {}),
    address: order.shippingAddress,
    ...(sameAddress(order.billingAddress, order.shippingAddress) ? {} : { billingAddress: order.billingAddress }),
    shipping: order.shippingMethod
      ? { method: order.shippingMethod.name, price: formatMoney(order.shippingMethod.price) }
      : null,
    priceChanged,
    ...(extras.fields.length > 0 || extras.note
      ? {
          extras: {
            fields: extras.fields
              .slice(0, 5)
              .map((field) => ({ label: field.label.slice(0, 40), value: field.value.slice(0, 120) })),
            note: extras.note?.slice(0, 300) ?? null,
          },
        }
      : {}),
  });
  await forgetCart();
  // the header's cart count (in the root layout) goes back to empty
  revalidatePath('/', 'layout');
  redirect(`/checkout/confirmation?order=${encodeURIComponent(order.id)}`);
}

const sameAddress = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  BILLING_PARTS.every((part) => (a[part] ?? null) === (b[part] ?? null));
