import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@ucos/kit';
import { waitFor } from '@ucos/kit/testing';
import { describe, expect, it } from 'vitest';
import { staticPricing } from './fakes.ts';
import {
  CART_CREATE,
  type Caller,
  cartWith,
  customer,
  ordersSuite,
  staff,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/**
 * `cartCurrencyChange` moves an open cart to another currency the shop sells: every line priced again
 * in it, in one unit of work, or nothing changes (a line without a price there, a currency the shop
 * does not sell, someone else's cart, a stale version). What is bound to the old currency and cannot
 * stay (a gift card, a currency-bound code, a chosen shipping method not offered) is taken off.
 */
const SCARF = randomUUID();
const PRICES = new Map<string, { sku: string; title: string; amounts: Record<string, number>; status?: string }>([
  [VARIANTS.mug, { sku: 'MUG-1', title: 'Mug', amounts: { EUR: 1250, USD: 1400, GBP: 1100 } }],
  [VARIANTS.tee, { sku: 'TEE-1', title: 'Tee', amounts: { EUR: 2000 } }],
  [SCARF, { sku: 'SCARF-1', title: 'Scarf', amounts: { EUR: 3000 } }],
]);
const METHODS = [
  {
    code: 'standard',
    name: 'Standard',
    prices: { EUR: 499, USD: 599, GBP: 450 },
    estimatedDaysMin: 2,
    estimatedDaysMax: 5,
  },
  { code: 'express', name: 'Express', prices: { EUR: 1499 }, estimatedDaysMin: 1, estimatedDaysMax: 2 },
];

const h = ordersSuite({ pricing: staticPricing(PRICES), env: { SHIPPING_METHODS: JSON.stringify(METHODS) } });

const CHANGE = /* GraphQL */ `
  mutation ($input: CartCurrencyChangeInput!) {
    cartCurrencyChange(input: $input) {
      cart {
        id currency version
        lines { sku quantity unitPrice { amount currency } total { amount currency } }
        subtotal { amount currency } shipping { amount currency } total { amount currency }
        shippingMethod { code }
        promotionCode
        giftCard { last4 }
      }
      errors { code field message }
    }
  }`;
const CART = /* GraphQL */ `
  query ($id: ID!) {
    cart(id: $id) {
      currency version
      lines { sku quantity unitPrice { amount currency } }
      subtotal { amount currency } total { amount currency }
      shippingMethod { code } promotionCode giftCard { last4 }
    }
  }`;

const change = async (auth: Caller, input: Record<string, unknown>) =>
  (await h.call(CHANGE, { input }, auth)).data?.cartCurrencyChange;
const read = async (auth: Caller, id: string) => (await h.call(CART, { id }, auth)).data?.cart;

/** staff as the storefront's other cart mutations admit them: cart:own, and orders:manage for a shopper's cart */
const manager = (tenantId: string) => staff(tenantId, ['orders:manage', 'orders:read', 'cart:own']);

const mugs = (quantity: number) => ({ variantId: vid(VARIANTS.mug), quantity });

const announce = (tenantId: string, currencies: string[]) =>
  h.bus.publish(
    createEnvelope({
      type: 'identity.tenant.settings_changed',
      tenantId,
      aggregateType: 'Tenant',
      aggregateId: tenantId,
      payload: { name: 'Shop', locale: 'en', timeZone: 'UTC', currencies, legalName: '', taxId: '', address: null },
    }),
  );

describe('cartCurrencyChange', () => {
  it("prices every line again in the new currency, with the cart's totals in it", async () => {
    const tenant = randomUUID();
    const alice = customer(tenant);
    const cart = await cartWith(h, alice, [mugs(2)]);
    const moved = await change(alice, { cartId: cart.id, version: cart.version, currency: 'USD' });
    expect(moved).toEqual({
      cart: {
        id: cart.id,
        currency: 'USD',
        version: cart.version + 1,
        lines: [
          {
            sku: 'MUG-1',
            quantity: 2,
            unitPrice: { amount: 1400, currency: 'USD' },
            total: { amount: 2800, currency: 'USD' },
          },
        ],
        subtotal: { amount: 2800, currency: 'USD' },
        shipping: { amount: 599, currency: 'USD' },
        total: { amount: 3399, currency: 'USD' },
        shippingMethod: { code: 'standard' },
        promotionCode: null,
        giftCard: null,
      },
      errors: [],
    });
    // their one open cart, the one cartCreate answers them, is the moved one
    const mine = (await h.call(`{ myCart { id currency } }`, {}, alice)).data?.myCart;
    expect(mine).toEqual({ id: cart.id, currency: 'USD' });
    // and a line added now is priced in dollars
    const added = await h.call(
      `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { subtotal { amount currency } } errors { code } } }`,
      { input: { cartId: cart.id, lines: [mugs(1)] } },
      alice,
    );
    expect(added.data?.cartLinesAdd).toEqual({ cart: { subtotal: { amount: 4200, currency: 'USD' } }, errors: [] });
    // and back
    const back = await change(alice, { cartId: cart.id, currency: 'EUR' });
    expect(back.errors).toEqual([]);
    expect(back.cart).toMatchObject({ currency: 'EUR', subtotal: { amount: 3750, currency: 'EUR' } });
  });

  it('the same currency answers the cart unchanged; an empty cart moves too', async () => {
    const tenant = randomUUID();
    const guest = storefront(tenant);
    const cart = await cartWith(h, guest, [mugs(1)]);
    const same = await change(guest, { cartId: cart.id, currency: 'EUR' });
    expect(same.errors).toEqual([]);
    expect(same.cart).toMatchObject({ currency: 'EUR', version: cart.version });
    const empty = (await h.call(CART_CREATE, { currency: 'EUR' }, guest)).data?.cartCreate.cart;
    const moved = await change(guest, { cartId: empty.id, currency: 'GBP' });
    expect(moved.errors).toEqual([]);
    expect(moved.cart).toMatchObject({ currency: 'GBP', lines: [], subtotal: { amount: 0, currency: 'GBP' } });
  });

  it('refuses, naming each line without a price in the new currency, and changes nothing', async () => {
    const tenant = randomUUID();
    const alice = customer(tenant);
    const cart = await cartWith(h, alice, [
      mugs(1),
      { variantId: vid(VARIANTS.tee), quantity: 1 },
      { variantId: vid(SCARF), quantity: 2 },
    ]);
    const before = await read(alice, cart.id);
    const refused = await change(alice, { cartId: cart.id, version: cart.version, currency: 'USD' });
    expect(refused).toEqual({
      cart: null,
      errors: [
        { code: 'CURRENCY_MISMATCH', field: ['input', 'cartId'], message: 'Tee (SKU TEE-1) has no price in USD' },
        { code: 'CURRENCY_MISMATCH', field: ['input', 'cartId'], message: 'Scarf (SKU SCARF-1) has no price in USD' },
      ],
    });
    expect(await read(alice, cart.id)).toEqual(before);
    expect(before).toMatchObject({
      currency: 'EUR',
      version: cart.version,
      subtotal: { amount: 9250, currency: 'EUR' },
    });
  });

  it('refuses a currency the shop does not sell, or that is not one, and changes nothing', async () => {
    const tenant = randomUUID();
    const guest = storefront(tenant);
    const cart = await cartWith(h, guest, [mugs(1)]);
    await announce(tenant, ['EUR', 'USD']);
    await waitFor(
      async () => (await h.call(CART_CREATE, { currency: 'GBP' }, guest)).data?.cartCreate.errors.length > 0,
    );
    const before = await read(guest, cart.id);
    expect(await change(guest, { cartId: cart.id, currency: 'GBP' })).toEqual({
      cart: null,
      errors: [
        {
          code: 'CURRENCY_NOT_SOLD',
          field: ['input', 'currency'],
          message: 'This shop does not sell in GBP; it sells in EUR, USD',
        },
      ],
    });
    const malformed = await change(guest, { cartId: cart.id, currency: 'usd' });
    expect(malformed.errors[0]).toMatchObject({ code: 'INVALID_CURRENCY', field: ['input', 'currency'] });
    expect(await read(guest, cart.id)).toEqual(before);
    // one it sells still moves
    expect((await change(guest, { cartId: cart.id, currency: 'USD' })).cart?.currency).toBe('USD');
  });

  it("refuses another customer's cart, a guest on a customer's cart, and another tenant; staff with orders:manage may", async () => {
    const tenant = randomUUID();
    const aliceId = randomUUID();
    const alice = customer(tenant, aliceId);
    const cart = await cartWith(h, alice, [mugs(1)]);
    const before = await read(alice, cart.id);
    for (const caller of [
      customer(tenant),
      storefront(tenant),
      customer(randomUUID(), aliceId),
      storefront(randomUUID()),
      manager(randomUUID()),
      staff(tenant, ['orders:read', 'cart:own']),
    ]) {
      const refused = await h.call(CHANGE, { input: { cartId: cart.id, currency: 'USD' } }, caller);
      const payload = refused.data?.cartCurrencyChange;
      expect(payload).toEqual({ cart: null, errors: [expect.objectContaining({ code: 'NOT_FOUND' })] });
    }
    expect(await read(alice, cart.id)).toEqual(before);
    // a guest's cart in another tenant is not found either
    const guestCart = await cartWith(h, storefront(tenant), [mugs(1)]);
    expect((await change(storefront(randomUUID()), { cartId: guestCart.id, currency: 'USD' })).errors[0].code).toBe(
      'NOT_FOUND',
    );
    expect((await read(storefront(tenant), guestCart.id)).currency).toBe('EUR');
    // as for every cart mutation: staff need cart:own to call it, and orders:manage to use a shopper's cart
    const noCartScope = await h.call(CHANGE, { input: { cartId: cart.id, currency: 'USD' } }, staff(tenant));
    expect(noCartScope.data?.cartCurrencyChange ?? null).toBeNull();
    expect(noCartScope.errors?.length).toBeGreaterThan(0);
    const byStaff = await change(manager(tenant), { cartId: cart.id, currency: 'USD' });
    expect(byStaff.errors).toEqual([]);
    expect(byStaff.cart.currency).toBe('USD');
  });

  it('refuses a stale version with CONFLICT, and a cart that is no longer open', async () => {
    const tenant = randomUUID();
    const guest = storefront(tenant);
    const cart = await cartWith(h, guest, [mugs(1)]);
    const before = await read(guest, cart.id);
    const stale = await change(guest, { cartId: cart.id, version: cart.version - 1, currency: 'USD' });
    expect(stale).toEqual({
      cart: null,
      errors: [{ code: 'CONFLICT', field: ['input', 'version'], message: 'The cart was changed meanwhile; reload it' }],
    });
    expect(await read(guest, cart.id)).toEqual(before);
    const fresh = await change(guest, { cartId: cart.id, version: cart.version, currency: 'USD' });
    expect(fresh.cart?.version).toBe(cart.version + 1);
    // merged into a customer's cart: closed
    const alice = customer(tenant);
    await h.call(
      `mutation ($id: ID!) { cartMerge(input: { anonymousCartId: $id }) { errors { code } } }`,
      { id: cart.id },
      alice,
    );
    const closed = await change(manager(tenant), { cartId: cart.id, currency: 'EUR' });
    expect(closed.errors[0].code).toBe('CART_NOT_OPEN');
  });

  it('takes off what is bound to the old currency, and keeps what is not', async () => {
    const tenant = randomUUID();
    const alice = customer(tenant);
    const cart = await cartWith(h, alice, [mugs(1)]);
    const issued = await h.call(
      `mutation ($input: GiftCardIssueInput!) { giftCardIssue(input: $input) { codes errors { code } } }`,
      { input: { amount: 500, currency: 'EUR' } },
      staff(tenant),
    );
    const giftCode = issued.data?.giftCardIssue.codes[0];
    for (const [code, currency] of [
      ['EUROS10', 'EUR'],
      ['ANY10', null],
    ]) {
      const created = await h.call(
        `mutation ($input: PromotionCreateInput!) { promotionCreate(input: $input) { errors { code } } }`,
        { input: { name: code, code, currency, rule: { type: 'PERCENTAGE', percentBps: 1000 } } },
        staff(tenant),
      );
      expect(created.data?.promotionCreate.errors).toEqual([]);
    }
    const applyCode = (code: string) =>
      h.call(
        `mutation ($input: CartApplyPromotionCodeInput!) { cartApplyPromotionCode(input: $input) { errors { code } } }`,
        { input: { cartId: cart.id, code } },
        alice,
      );
    const setMethod = (shippingMethod: string) =>
      h.call(
        `mutation ($input: CartShippingMethodSetInput!) { cartShippingMethodSet(input: $input) { errors { code } } }`,
        { input: { cartId: cart.id, shippingMethod } },
        alice,
      );
    expect((await applyCode('EUROS10')).data?.cartApplyPromotionCode.errors).toEqual([]);
    expect(
      (
        await h.call(
          `mutation ($input: CartApplyGiftCardInput!) { cartApplyGiftCard(input: $input) { errors { code } } }`,
          { input: { cartId: cart.id, code: giftCode } },
          alice,
        )
      ).data?.cartApplyGiftCard.errors,
    ).toEqual([]);
    expect((await setMethod('express')).data?.cartShippingMethodSet.errors).toEqual([]);
    expect(await read(alice, cart.id)).toMatchObject({
      promotionCode: 'EUROS10',
      giftCard: { last4: giftCode.replace(/[^A-Z0-9]/g, '').slice(-4) },
      shippingMethod: { code: 'express' },
    });

    // a euro gift card, a euro-only code and a method offered in euros only cannot follow to dollars
    const dollars = await change(alice, { cartId: cart.id, currency: 'USD' });
    expect(dollars.errors).toEqual([]);
    expect(dollars.cart).toMatchObject({
      currency: 'USD',
      promotionCode: null,
      giftCard: null,
      shippingMethod: { code: 'standard' },
      total: { amount: 1400 + 599, currency: 'USD' },
    });
    // back in euros they stay off (the cheapest method, no code, no card)
    const euros = await change(alice, { cartId: cart.id, currency: 'EUR' });
    expect(euros.cart).toMatchObject({ promotionCode: null, giftCard: null, shippingMethod: { code: 'standard' } });

    // a code for any currency and a method offered in both stay
    expect((await applyCode('ANY10')).data?.cartApplyPromotionCode.errors).toEqual([]);
    expect((await setMethod('standard')).data?.cartShippingMethodSet.errors).toEqual([]);
    const again = await change(alice, { cartId: cart.id, currency: 'USD' });
    expect(again.errors).toEqual([]);
    expect(again.cart).toMatchObject({
      promotionCode: 'ANY10',
      shippingMethod: { code: 'standard' },
      subtotal: { amount: 1400, currency: 'USD' },
      total: { amount: 1400 - 140 + 599, currency: 'USD' },
    });
  });
});
