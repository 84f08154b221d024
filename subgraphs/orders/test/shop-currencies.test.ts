import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@ucos/kit';
import { waitFor } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import {
  CART_CREATE,
  CHECKOUT,
  cartWith,
  checkoutInput,
  customer,
  ordersSuite,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/**
 * The currencies a shop sells in are identity's (`Tenant.currencies`); orders keeps them from
 * `identity.tenant.settings_changed` and refuses a cart or a checkout in any other with
 * CURRENCY_NOT_SOLD, storing nothing. A shop orders has not heard from is refused no currency.
 */
const h = ordersSuite({ onHand: { mug: 1000 } });

const announce = (tenantId: string, currencies: string[], occurredAt = new Date().toISOString()) =>
  h.bus.publish({
    ...createEnvelope({
      type: 'identity.tenant.settings_changed',
      tenantId,
      aggregateType: 'Tenant',
      aggregateId: tenantId,
      payload: { name: 'Shop', locale: 'en', timeZone: 'UTC', currencies, legalName: '', taxId: '', address: null },
    }),
    occurredAt,
  });

const sold = async (tenantId: string, currency: string) =>
  (await h.call(CART_CREATE, { currency }, storefront(tenantId))).data?.cartCreate;

describe('currencies the shop sells in', () => {
  it('refuses a cart in a currency the shop does not sell, after identity announced its currencies', async () => {
    const shop = randomUUID();
    // not heard yet: nothing refused
    expect((await sold(shop, 'USD')).errors).toEqual([]);
    await announce(shop, ['EUR', 'GBP']);
    await waitFor(async () => (await sold(shop, 'USD')).errors.length > 0);
    expect(await sold(shop, 'USD')).toEqual({
      cart: null,
      errors: [
        {
          code: 'CURRENCY_NOT_SOLD',
          field: ['input', 'currency'],
          message: 'This shop does not sell in USD; it sells in EUR, GBP',
        },
      ],
    });
    expect((await sold(shop, 'GBP')).errors).toEqual([]);
    // a signed-in shopper is refused before their open cart is looked up
    const refused = await h.call(CART_CREATE, { currency: 'USD' }, customer(shop));
    expect(refused.data?.cartCreate.errors[0].code).toBe('CURRENCY_NOT_SOLD');
    // another shop is not concerned
    expect((await sold(randomUUID(), 'USD')).errors).toEqual([]);
  });

  it('an older announcement delivered late does not undo a newer one', async () => {
    const shop = randomUUID();
    await announce(shop, ['EUR', 'USD']);
    await waitFor(async () => (await sold(shop, 'GBP')).errors.length > 0);
    await announce(shop, ['GBP'], new Date(Date.now() - 60_000).toISOString());
    // the late one is processed (the next announcement after it lands), and changed nothing
    await announce(shop, ['EUR', 'USD', 'CHF']);
    await waitFor(async () => (await sold(shop, 'CHF')).errors.length === 0);
    expect((await sold(shop, 'GBP')).errors[0].code).toBe('CURRENCY_NOT_SOLD');
  });

  it('refuses the checkout of a cart whose currency the shop stopped selling, storing nothing', async () => {
    const shop = randomUUID();
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }], 'USD');
    await announce(shop, ['EUR']);
    await waitFor(async () => (await sold(shop, 'USD')).errors.length > 0);
    const input = checkoutInput(cart.id);
    const refused = await h.call(CHECKOUT, { input }, shopper);
    expect(refused.data?.checkoutComplete).toEqual({
      order: null,
      errors: [
        {
          code: 'CURRENCY_NOT_SOLD',
          field: ['input', 'cartId'],
          message: 'This shop does not sell in USD; it sells in EUR',
        },
      ],
    });
    expect(h.stock.reservations.size).toBe(0);
    // the shop sells it again: the same cart checks out
    await announce(shop, ['EUR', 'USD']);
    await waitFor(async () => (await sold(shop, 'USD')).errors.length === 0);
    const placed = await h.call(CHECKOUT, { input: { ...input, idempotencyKey: randomUUID() } }, shopper);
    expect(placed.data?.checkoutComplete.errors).toEqual([]);
  });
});
