import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS,
  CHECKOUT,
  cartWith,
  checkoutInput,
  customer,
  ordersSuite,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/** Checkout judges an address as a shop would: street, postal code and phone per country, all at once. */
const h = ordersSuite({ onHand: { mug: 1000 } });
const tenant = randomUUID();

const codesAndFields = (errors: { code: string; field: string[] }[]) =>
  errors.map(({ code, field }) => ({ code, field }));

describe('checkoutComplete address validation', () => {
  it('returns every address problem at once, each on its field, and places nothing', async () => {
    const auth = storefront(tenant);
    const cart = await cartWith(h, auth, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const bad = { ...ADDRESS, line1: 'x', postalCode: 'ABC', phone: '12', country: 'DE' };
    const result = await h.checkout(cart.id, auth, { shippingAddress: bad });
    expect(result.data?.checkoutComplete.order).toBeNull();
    expect(codesAndFields(result.data?.checkoutComplete.errors)).toEqual([
      { code: 'INVALID_STREET', field: ['input', 'shippingAddress', 'line1'] },
      { code: 'INVALID_POSTAL_CODE', field: ['input', 'shippingAddress', 'postalCode'] },
      { code: 'INVALID_PHONE', field: ['input', 'shippingAddress', 'phone'] },
    ]);
    // the cart is still open: the shopper corrects the address and pays
    const good = { ...ADDRESS, phone: '+49 30 1234567' };
    const placed = await h.checkout(cart.id, auth, { shippingAddress: good });
    expect(placed.data?.checkoutComplete.errors).toEqual([]);
  });

  it('judges a billing address the same way and keeps a valid phone on the order', async () => {
    const shopper = customer(tenant);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const billing = { ...ADDRESS, postalCode: '9410', country: 'US' };
    const refused = await h.checkout(cart.id, shopper, { billingAddress: billing });
    expect(codesAndFields(refused.data?.checkoutComplete.errors)).toEqual([
      { code: 'INVALID_POSTAL_CODE', field: ['input', 'billingAddress', 'postalCode'] },
    ]);
    const shipping = { ...ADDRESS, phone: '030 1234567' };
    const input = checkoutInput(cart.id, {
      shippingAddress: shipping,
      billingAddress: { ...billing, postalCode: '94103' },
    });
    const placed = await h.call(CHECKOUT, { input }, shopper);
    const orderId = placed.data?.checkoutComplete.order.id;
    const order = await h.call(
      `query ($id: ID!) { order(id: $id) { shippingAddress { phone } billingAddress { postalCode phone } } }`,
      { id: orderId },
      shopper,
    );
    expect(order.data?.order).toEqual({
      shippingAddress: { phone: '030 1234567' },
      billingAddress: { postalCode: '94103', phone: null },
    });
  });

  it('refuses a bad saved address and keeps a good one with its phone', async () => {
    const shopper = customer(tenant);
    const ADD = `mutation ($input: CustomerAddressAddInput!) {
      customerAddressAdd(input: $input) { customer { addresses { line1 phone } } errors { code field } }
    }`;
    const refused = await h.call(ADD, { input: { address: { ...ADDRESS, line1: '12', phone: '12' } } }, shopper);
    expect(codesAndFields(refused.data?.customerAddressAdd.errors)).toEqual([
      { code: 'INVALID_STREET', field: ['input', 'address', 'line1'] },
      { code: 'INVALID_PHONE', field: ['input', 'address', 'phone'] },
    ]);
    const added = await h.call(ADD, { input: { address: { ...ADDRESS, phone: '+49 30 1234567' } } }, shopper);
    expect(added.data?.customerAddressAdd.customer.addresses).toEqual([
      { line1: ADDRESS.line1, phone: '+49 30 1234567' },
    ]);
  });
});
