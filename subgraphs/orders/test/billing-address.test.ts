import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cartWith, customer, ordersSuite, VARIANTS, vid } from './harness.ts';

/** The billing address an order documents: the one checkout named, else the shipping address. */
const h = ordersSuite({ onHand: { mug: 1000 } });
const tenant = randomUUID();

const ADDRESSES = `query ($id: ID!) {
  order(id: $id) {
    shippingAddress { name line1 line2 city postalCode country }
    billingAddress { name line1 line2 city postalCode country }
  }
}`;
const BILLING = {
  name: 'Ada Accounts',
  line1: 'Rechnungsweg 9',
  line2: null,
  city: 'Köln',
  postalCode: '50667',
  country: 'de',
};

async function placed(shopper: ReturnType<typeof customer>, overrides: Record<string, unknown> = {}) {
  const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
  return h.checkout(cart.id, shopper, overrides);
}

describe('Order.billingAddress', () => {
  it('is the address checkout named, its country upper-cased', async () => {
    const shopper = customer(tenant);
    const result = await placed(shopper, { billingAddress: BILLING });
    const orderId = result.data?.checkoutComplete.order.id;
    const order = (await h.call(ADDRESSES, { id: orderId }, shopper)).data?.order;
    expect(order.billingAddress).toEqual({ ...BILLING, country: 'DE' });
    expect(order.shippingAddress.line1).not.toBe(BILLING.line1);
  });

  it('is the shipping address when checkout named none', async () => {
    const shopper = customer(tenant);
    const result = await placed(shopper);
    const order = (await h.call(ADDRESSES, { id: result.data?.checkoutComplete.order.id }, shopper)).data?.order;
    expect(order.billingAddress).toEqual(order.shippingAddress);
  });

  it('refuses a malformed billing country under its field, placing nothing', async () => {
    const shopper = customer(tenant);
    const result = await placed(shopper, { billingAddress: { ...BILLING, country: 'Germany' } });
    expect(result.data?.checkoutComplete.order).toBeNull();
    expect(result.data?.checkoutComplete.errors[0].field).toEqual(['input', 'billingAddress', 'country']);
  });
});
