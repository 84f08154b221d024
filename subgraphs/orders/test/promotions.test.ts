import { randomUUID } from 'node:crypto';
import { leastStatements } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import {
  type Caller,
  cartWith,
  customer,
  ordersSuite,
  staff,
  statementsDuring,
  storefront,
  VARIANTS,
  vid,
} from './harness.ts';

/**
 * Promotions in carts and checkout: codes applied and refused, discounts per line and before tax,
 * re-validation at checkout, usage limits under 200 concurrent checkouts, cancel giving a use back,
 * bulk codes and their CSV, typed errors, scopes and other tenants.
 */
const h = ordersSuite({ onHand: { mug: 100_000, tee: 100_000 } });

const CREATE = `mutation ($input: PromotionCreateInput!) {
  promotionCreate(input: $input) {
    promotion { id name state automatic usedCount usageLimit rule { type percentBps summary targetKind } }
    errors { code field message }
  }
}`;
const APPLY = `mutation ($input: CartApplyPromotionCodeInput!) {
  cartApplyPromotionCode(input: $input) {
    cart { id version promotionCode promotionCodeProblem subtotal { amount } discount { amount } shipping { amount }
      shippingDiscount { amount } tax { amount } total { amount }
      lines { sku total { amount } discount { amount } discountedTotal { amount } discounts { name explanation amount { amount } } }
      appliedPromotions { name code amount { amount } shippingAmount { amount } explanation } }
    errors { code field message }
  }
}`;
const REMOVE = `mutation ($input: CartRemovePromotionCodeInput!) {
  cartRemovePromotionCode(input: $input) { cart { promotionCode discount { amount } total { amount } } errors { code } }
}`;
const CART = `query ($id: ID!) { cart(id: $id) { version promotionCode promotionCodeProblem discount { amount } total { amount }
  appliedPromotions { name } } }`;
const ORDER = `query ($id: ID!) { order(id: $id) { subtotal { amount } discount { amount } shipping { amount }
  shippingDiscount { amount } tax { amount } total { amount } lines { sku discount { amount } }
  appliedPromotions { name code amount { amount } explanation } } }`;

async function createPromotion(tenant: string, input: Record<string, unknown>) {
  const result = await h.call(CREATE, { input }, staff(tenant));
  const created = result.data?.promotionCreate;
  if (!created?.promotion) throw new Error(JSON.stringify(result));
  return created.promotion as { id: string; state: string };
}

const tenPercent = (code: string, extra: Record<string, unknown> = {}) => ({
  name: `${code} ten`,
  code,
  rule: { type: 'PERCENTAGE', percentBps: 1000 },
  ...extra,
});

async function applied(auth: Caller, cartId: string, code: string) {
  const result = await h.call(APPLY, { input: { cartId, code } }, auth);
  return result.data?.cartApplyPromotionCode;
}

describe('a code on the cart', () => {
  const tenant = randomUUID();

  it('takes 10 % off each line, before tax, and explains it per line', async () => {
    await createPromotion(tenant, tenPercent('WELCOME10'));
    const shopper = storefront(tenant);
    const cart = await cartWith(h, shopper, [
      { variantId: vid(VARIANTS.mug), quantity: 2 },
      { variantId: vid(VARIANTS.tee), quantity: 1 },
    ]);
    const payload = await applied(shopper, cart.id, ' welcome10 ');
    expect(payload?.errors).toEqual([]);
    const priced = payload?.cart;
    expect(priced.promotionCode).toBe('WELCOME10');
    expect(priced.promotionCodeProblem).toBeNull();
    expect(priced.subtotal.amount).toBe(4500);
    expect(priced.discount.amount).toBe(450);
    expect(priced.lines).toEqual([
      {
        sku: 'MUG-1',
        total: { amount: 2500 },
        discount: { amount: 250 },
        discountedTotal: { amount: 2250 },
        discounts: [
          { name: 'WELCOME10 ten', explanation: 'WELCOME10 ten: 10 % off the order', amount: { amount: 250 } },
        ],
      },
      {
        sku: 'TEE-1',
        total: { amount: 2000 },
        discount: { amount: 200 },
        discountedTotal: { amount: 1800 },
        discounts: [
          { name: 'WELCOME10 ten', explanation: 'WELCOME10 ten: 10 % off the order', amount: { amount: 200 } },
        ],
      },
    ]);
    expect(priced.total.amount).toBe(4500 - 450 + priced.shipping.amount + priced.tax.amount);

    const order = await h.checkout(cart.id, shopper);
    const placed = order.data?.checkoutComplete.order;
    expect(order.data?.checkoutComplete.errors).toEqual([]);
    const read = (await h.call(ORDER, { id: placed.id }, staff(tenant))).data?.order;
    expect(read).toMatchObject({
      subtotal: { amount: 4500 },
      discount: { amount: 450 },
      lines: [
        { sku: 'MUG-1', discount: { amount: 250 } },
        { sku: 'TEE-1', discount: { amount: 200 } },
      ],
      appliedPromotions: [{ name: 'WELCOME10 ten', code: 'WELCOME10', amount: { amount: 450 } }],
    });
    expect(read.total.amount).toBe(priced.total.amount);
    const [redemption] = await h.adminQuery<{ amount: string; email: string }>(
      'select amount, email from orders.promotion_redemptions where tenant_id = $1',
      [tenant],
    );
    expect(redemption).toEqual({ amount: '450', email: 'ada@example.com' });
    const [event] = await h.adminQuery<{ payload: Record<string, unknown> }>(
      `select payload from orders.outbox where tenant_id = $1 and type = 'orders.order.created'`,
      [tenant],
    );
    expect(event?.payload).toMatchObject({ subtotalAmount: 4500, discountAmount: 450, totalAmount: read.total.amount });
  });

  it('taxes what is left after the discount', async () => {
    const shop = randomUUID();
    const admin = staff(shop);
    await h.call(
      `mutation { taxSettingsUpdate(input: { pricesIncludeTax: false, rounding: LINE, originCountry: "DE" }) { errors { code } } }`,
      {},
      admin,
    );
    await h.call(
      `mutation ($input: TaxZoneCreateInput!) { taxZoneCreate(input: $input) { errors { code } } }`,
      { input: { name: 'DE', places: ['DE'], rates: [{ taxClass: 'standard', name: 'VAT 19%', ratePpm: 190_000 }] } },
      admin,
    );
    await createPromotion(shop, { name: 'Half', code: 'HALF', rule: { type: 'PERCENTAGE', percentBps: 5000 } });
    await createPromotion(shop, { name: 'Ship free', automatic: true, rule: { type: 'FREE_SHIPPING' } });
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
    const priced = (await applied(shopper, cart.id, 'HALF'))?.cart;
    // 20.00 - 10.00 = 10.00 taxed at 19 %; shipping free, so untaxed
    expect(priced).toMatchObject({
      subtotal: { amount: 2000 },
      discount: { amount: 1000 },
      shipping: { amount: 0 },
      tax: { amount: 190 },
      total: { amount: 1190 },
    });
    expect(priced.shippingDiscount.amount).toBeGreaterThan(0);
    expect(priced.appliedPromotions.map((promotion: { name: string }) => promotion.name).sort()).toEqual([
      'Half',
      'Ship free',
    ]);
  });

  it('frees only the shipping methods the promotion lists: the cart prices each method, checkout charges express', async () => {
    const shop = randomUUID();
    const created = await h.call(
      `mutation ($input: PromotionCreateInput!) { promotionCreate(input: $input) {
        promotion { rule { type shippingMethods summary } } errors { code field message } } }`,
      {
        input: {
          name: 'Standard ships free',
          automatic: true,
          rule: { type: 'FREE_SHIPPING', shippingMethods: ['standard'] },
        },
      },
      staff(shop),
    );
    expect(created.data?.promotionCreate).toEqual({
      promotion: {
        rule: { type: 'FREE_SHIPPING', shippingMethods: ['standard'], summary: 'free shipping (standard)' },
      },
      errors: [],
    });
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
    const offered = await h.call(
      `query ($id: ID!) { cart(id: $id) { shippingMethods { code price { amount } cartTotal { amount } } } }`,
      { id: cart.id },
      shopper,
    );
    const totals = Object.fromEntries(
      offered.data?.cart.shippingMethods.map(
        (method: { code: string; price: { amount: number }; cartTotal: { amount: number } }) => [
          method.code,
          method.cartTotal.amount - 2000,
        ],
      ),
    );
    // the tee costs 20.00: standard adds nothing, express its full price
    expect(totals).toEqual({ standard: 0, express: 1499 });
    const express = await h.checkout(cart.id, shopper, { shippingMethod: 'express' });
    expect(express.data?.checkoutComplete.errors).toEqual([]);
    const order = (await h.call(ORDER, { id: express.data?.checkoutComplete.order.id }, staff(shop))).data?.order;
    expect(order).toMatchObject({ shipping: { amount: 1499 }, shippingDiscount: { amount: 0 }, appliedPromotions: [] });
    const second = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
    const standard = await h.checkout(second.id, shopper, { shippingMethod: 'standard' });
    const freed = (await h.call(ORDER, { id: standard.data?.checkoutComplete.order.id }, staff(shop))).data?.order;
    expect(freed).toMatchObject({ shipping: { amount: 0 }, shippingDiscount: { amount: 499 } });
    const bad = await h.call(
      CREATE,
      { input: { name: 'Bad', rule: { type: 'FREE_SHIPPING', shippingMethods: ['Express Mail'] } } },
      staff(shop),
    );
    expect(bad.data?.promotionCreate.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_PROMOTION_RULE', field: expect.arrayContaining(['input', 'rule']) }),
    ]);
  });

  it('refuses unknown, ended, not started and other-currency codes and leaves the cart unchanged', async () => {
    const shop = randomUUID();
    await createPromotion(
      shop,
      tenPercent('ENDED', { startsAt: '2020-01-01T00:00:00Z', endsAt: '2020-02-01T00:00:00Z' }),
    );
    await createPromotion(shop, tenPercent('LATER', { startsAt: '2099-01-01T00:00:00Z' }));
    await createPromotion(shop, {
      name: 'Dollars',
      code: 'DOLLARS',
      currency: 'USD',
      rule: { type: 'FIXED', amount: 500 },
    });
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    for (const [code, expected] of [
      ['NOPE1', 'PROMOTION_CODE_INVALID'],
      ['ENDED', 'PROMOTION_EXPIRED'],
      ['LATER', 'PROMOTION_NOT_STARTED'],
      ['DOLLARS', 'PROMOTION_NOT_APPLICABLE'],
      ['x', 'PROMOTION_CODE_INVALID'],
    ] as const) {
      const payload = await applied(shopper, cart.id, code);
      expect(payload?.cart).toBeNull();
      expect(payload?.errors[0]).toMatchObject({ code: expected, field: ['input', 'code'] });
    }
    const read = (await h.call(CART, { id: cart.id }, shopper)).data?.cart;
    expect(read).toMatchObject({ version: cart.version, promotionCode: null, discount: { amount: 0 } });
    // another shop's code does not exist here
    expect((await applied(storefront(randomUUID()), cart.id, 'WELCOME10'))?.errors[0]?.code).toBe('NOT_FOUND');
  });

  it('keeps a code whose minimum spend is not met yet, says why, and removes it on request', async () => {
    const shop = randomUUID();
    await createPromotion(
      shop,
      tenPercent('BIG', { rule: { type: 'PERCENTAGE', percentBps: 1000, minSubtotal: 100_000 } }),
    );
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    const payload = await applied(shopper, cart.id, 'BIG');
    expect(payload?.cart).toMatchObject({ promotionCode: 'BIG', discount: { amount: 0 } });
    expect(payload?.cart.promotionCodeProblem).toMatch(/qualifies/);
    const removed = await h.call(REMOVE, { input: { cartId: cart.id } }, shopper);
    expect(removed.data?.cartRemovePromotionCode.cart).toMatchObject({ promotionCode: null, discount: { amount: 0 } });
  });
});

describe('rules and stacking', () => {
  it('applies an exclusive promotion alone and stacks the others by priority', async () => {
    const shop = randomUUID();
    await createPromotion(shop, {
      name: 'Auto 5',
      automatic: true,
      priority: 1,
      rule: { type: 'PERCENTAGE', percentBps: 500 },
    });
    await createPromotion(shop, {
      name: 'Solo 20',
      code: 'SOLO20',
      exclusive: true,
      priority: 5,
      rule: { type: 'PERCENTAGE', percentBps: 2000 },
    });
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
    const before = (await h.call(CART, { id: cart.id }, shopper)).data?.cart;
    expect(before.discount.amount).toBe(100);
    const priced = (await applied(shopper, cart.id, 'SOLO20'))?.cart;
    expect(priced.appliedPromotions).toEqual([expect.objectContaining({ name: 'Solo 20', amount: { amount: 400 } })]);
  });

  it('gives buy 2 get 1 on a product and holds group promotions back from other buyers', async () => {
    const shop = randomUUID();
    const product = randomUUID();
    const pricing = h.server.deps.pricing;
    h.server.deps.pricing = {
      async price(tenantId, lines, currency, group) {
        const answers = await pricing.price(tenantId, lines, currency, group);
        for (const [id, answer] of answers) if (id === VARIANTS.mug) answers.set(id, { ...answer, productId: product });
        return answers;
      },
    };
    try {
      await createPromotion(shop, {
        name: 'Mugs 3 for 2',
        automatic: true,
        rule: {
          type: 'BUY_X_GET_Y',
          buyQuantity: 2,
          getQuantity: 1,
          targetKind: 'PRODUCTS',
          targetIds: [Buffer.from(`Product:${product}`).toString('base64url')],
        },
      });
      await createPromotion(shop, {
        name: 'Wholesale',
        automatic: true,
        rule: { type: 'PERCENTAGE', percentBps: 1000, customerGroups: ['wholesale'] },
      });
      const shopper = storefront(shop);
      const cart = await cartWith(h, shopper, [
        { variantId: vid(VARIANTS.mug), quantity: 3 },
        { variantId: vid(VARIANTS.tee), quantity: 1 },
      ]);
      const read = await h.call(
        `query ($id: ID!) { cart(id: $id) { discount { amount } lines { sku discount { amount } } appliedPromotions { name } } }`,
        { id: cart.id },
        shopper,
      );
      expect(read.data?.cart).toEqual({
        discount: { amount: 1250 },
        lines: [
          { sku: 'MUG-1', discount: { amount: 1250 } },
          { sku: 'TEE-1', discount: { amount: 0 } },
        ],
        appliedPromotions: [{ name: 'Mugs 3 for 2' }],
      });
    } finally {
      h.server.deps.pricing = pricing;
    }
  });

  it('discounts the lines of a collection or a category, as catalog says the product belongs', async () => {
    const shop = randomUUID();
    const [collection, category] = [randomUUID(), randomUUID()];
    const pricing = h.server.deps.pricing;
    h.server.deps.pricing = {
      async price(tenantId, lines, currency, group) {
        const answers = await pricing.price(tenantId, lines, currency, group);
        for (const [id, answer] of answers) {
          if (id === VARIANTS.mug) answers.set(id, { ...answer, collectionIds: [collection] });
          if (id === VARIANTS.tee) answers.set(id, { ...answer, categoryIds: [category] });
        }
        return answers;
      },
    };
    const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
    try {
      await createPromotion(shop, {
        name: 'Collection 10',
        automatic: true,
        rule: {
          type: 'PERCENTAGE',
          percentBps: 1000,
          targetKind: 'COLLECTIONS',
          targetIds: [globalId('Collection', collection)],
        },
      });
      await createPromotion(shop, {
        name: 'Category 2 off',
        automatic: true,
        currency: 'EUR',
        rule: { type: 'FIXED', amount: 200, targetKind: 'CATEGORIES', targetIds: [globalId('Category', category)] },
      });
      const shopper = storefront(shop);
      const cart = await cartWith(h, shopper, [
        { variantId: vid(VARIANTS.mug), quantity: 1 },
        { variantId: vid(VARIANTS.tee), quantity: 1 },
      ]);
      const read = await h.call(
        `query ($id: ID!) { cart(id: $id) { lines { sku discount { amount } } } }`,
        { id: cart.id },
        shopper,
      );
      expect(read.data?.cart.lines).toEqual([
        { sku: 'MUG-1', discount: { amount: 125 } },
        { sku: 'TEE-1', discount: { amount: 200 } },
      ]);
      const placed = await h.checkout(cart.id, shopper);
      expect(placed.data?.checkoutComplete.order.total.amount).toBe(1250 + 2000 - 325 + 499);
    } finally {
      h.server.deps.pricing = pricing;
    }
  });

  it('refuses malformed rules with every problem under input.rule, storing nothing', async () => {
    const shop = randomUUID();
    const blank = await h.call(CREATE, { input: { name: ' ', rule: { type: 'FREE_SHIPPING' } } }, staff(shop));
    expect(blank.data?.promotionCreate.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'name'] });
    const result = await h.call(
      CREATE,
      { input: { name: 'Bad', rule: { type: 'BUY_X_GET_Y', percentBps: 0, buyQuantity: 0 } } },
      staff(shop),
    );
    const errors = result.data?.promotionCreate.errors as { code: string; field: string[] }[];
    // every problem of the rule at once: percentBps, buyQuantity, getQuantity
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(errors.every((error) => error.code === 'INVALID_PROMOTION_RULE')).toBe(true);
    expect(errors.every((error) => error.field[0] === 'input' && error.field[1] === 'rule')).toBe(true);
    const fixed = await h.call(
      CREATE,
      { input: { name: 'Five off', rule: { type: 'FIXED', amount: 500 } } },
      staff(shop),
    );
    expect(fixed.data?.promotionCreate.errors[0]).toMatchObject({
      code: 'INVALID_PROMOTION_RULE',
      field: ['input', 'currency'],
    });
    const taken = await h.call(CREATE, { input: tenPercent('TAKEN') }, staff(shop));
    expect(taken.data?.promotionCreate.errors).toEqual([]);
    const again = await h.call(CREATE, { input: tenPercent('taken') }, staff(shop));
    expect(again.data?.promotionCreate.errors[0]).toMatchObject({ code: 'DUPLICATE_CODE', field: ['input', 'code'] });
    expect(await h.adminQuery('select 1 from orders.promotions where tenant_id = $1', [shop])).toHaveLength(1);
  });
});

describe('checkout re-validates', () => {
  it('refuses a code that ended since it was applied, and the cart then checks out without it', async () => {
    const shop = randomUUID();
    const promotion = await createPromotion(shop, tenPercent('SOON'));
    const shopper = storefront(shop);
    const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    await applied(shopper, cart.id, 'SOON');
    await h.call(
      `mutation ($input: PromotionUpdateInput!) { promotionUpdate(input: $input) { errors { code } } }`,
      { input: { id: promotion.id, startsAt: '2020-01-01T00:00:00Z', endsAt: '2020-01-02T00:00:00Z' } },
      staff(shop),
    );
    const refused = await h.checkout(cart.id, shopper);
    expect(refused.data?.checkoutComplete.errors[0]).toMatchObject({
      code: 'PROMOTION_EXPIRED',
      field: ['input', 'cartId', 'promotionCode'],
    });
    expect(await h.adminQuery('select 1 from orders.orders where tenant_id = $1', [shop])).toHaveLength(0);
    const retried = await h.checkout(cart.id, shopper);
    expect(retried.data?.checkoutComplete.errors).toEqual([]);
    expect(retried.data?.checkoutComplete.order.total.amount).toBe(1250 + 499);
  });

  it('per-customer limits: an automatic promotion stops applying to that buyer, a used code is refused', async () => {
    const shop = randomUUID();
    await createPromotion(shop, {
      name: 'First order',
      automatic: true,
      usageLimitPerCustomer: 1,
      rule: { type: 'PERCENTAGE', percentBps: 1000 },
    });
    await createPromotion(shop, tenPercent('ONCE', { usageLimitPerCustomer: 1 }));
    const shopper = storefront(shop);
    const buy = async (code?: string) => {
      const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.tee), quantity: 1 }]);
      if (code) await applied(shopper, cart.id, code);
      const result = await h.checkout(cart.id, shopper, { email: 'Once@Example.com' });
      return { cart, result: result.data?.checkoutComplete };
    };
    // 20.00 - 10 % (automatic) - 10 % of the rest (code) = 16.20
    expect((await buy('ONCE')).result.order.total.amount).toBe(1620 + 499);
    // the same email again: the automatic one no longer applies to them, the code is refused and taken off
    expect((await buy()).result.order.total.amount).toBe(2000 + 499);
    const refused = await buy('ONCE');
    expect(refused.result.errors[0]).toMatchObject({
      code: 'PROMOTION_EXHAUSTED',
      field: ['input', 'cartId', 'promotionCode'],
    });
    expect((await h.call(CART, { id: refused.cart.id }, shopper)).data?.cart.promotionCode).toBeNull();
  });

  it('200 concurrent checkouts against a limit of 50: exactly 50 orders carry it, the rest PROMOTION_EXHAUSTED', async () => {
    const shop = randomUUID();
    const promotion = await createPromotion(shop, tenPercent('FIFTY', { usageLimit: 50 }));
    const shopper = storefront(shop);
    const carts = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
        await applied(shopper, cart.id, 'FIFTY');
        return cart;
      }),
    );
    const results = await Promise.all(carts.map((cart) => h.checkout(cart.id, shopper)));
    const won = results.filter((result) => result.data?.checkoutComplete.order);
    const lost = results.filter((result) => !result.data?.checkoutComplete.order);
    expect(won).toHaveLength(50);
    expect(new Set(lost.map((result) => result.data?.checkoutComplete.errors[0]?.code))).toEqual(
      new Set(['PROMOTION_EXHAUSTED']),
    );
    const [row] = await h.adminQuery<{ used_count: number }>('select used_count from orders.promotions where id = $1', [
      Buffer.from(promotion.id, 'base64url').toString().split(':')[1],
    ]);
    expect(row?.used_count).toBe(50);
    const discounted = await h.adminQuery(
      'select 1 from orders.orders where tenant_id = $1 and discount_amount = 125',
      [shop],
    );
    expect(discounted).toHaveLength(50);
    // the losers' carts dropped the code and check out at full price
    const loser = carts[results.indexOf(lost[0]!)]!;
    expect((await h.call(CART, { id: loser.id }, shopper)).data?.cart.promotionCode).toBeNull();
    const again = await h.checkout(loser.id, shopper);
    expect(again.data?.checkoutComplete.order.total.amount).toBe(1250 + 499);
  }, 120_000);

  it('single-use generated codes: used once, given back when the order is cancelled, exported as CSV', async () => {
    const shop = randomUUID();
    const promotion = await createPromotion(shop, {
      name: 'Mailing',
      rule: { type: 'FIXED', amount: 300 },
      currency: 'EUR',
      automatic: false,
    });
    const generated = await h.call(
      `mutation ($input: PromotionCodesGenerateInput!) { promotionCodesGenerate(input: $input) { codes errors { code field } } }`,
      { input: { promotionId: promotion.id, count: 25, prefix: 'mail' } },
      staff(shop),
    );
    const codes = generated.data?.promotionCodesGenerate.codes as string[];
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    expect(codes.every((code) => /^MAIL-[A-Z2-9]{8}$/.test(code))).toBe(true);
    const bad = await h.call(
      `mutation ($input: PromotionCodesGenerateInput!) { promotionCodesGenerate(input: $input) { codes errors { code field } } }`,
      { input: { promotionId: promotion.id, count: 0, prefix: 'no way' } },
      staff(shop),
    );
    expect(
      bad.data?.promotionCodesGenerate.errors.map((error: { field: string[] }) => error.field.at(-1)).sort(),
    ).toEqual(['count', 'prefix']);

    const shopper = customer(shop);
    const first = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    await applied(shopper, first.id, codes[0]!);
    const order = await h.checkout(first.id, shopper);
    const placed = order.data?.checkoutComplete.order;
    expect(placed.total.amount).toBe(1250 - 300 + 499);

    const other = customer(shop);
    const second = await cartWith(h, other, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
    expect((await applied(other, second.id, codes[0]!))?.errors[0]?.code).toBe('PROMOTION_EXHAUSTED');

    const cancelled = await h.call(
      `mutation ($id: ID!) { orderCancel(input: { orderId: $id }) { errors { code } } }`,
      { id: placed.id },
      staff(shop),
    );
    expect(cancelled.data?.orderCancel.errors).toEqual([]);
    expect((await applied(other, second.id, codes[0]!))?.errors).toEqual([]);

    const csv = await h.call(
      `query ($id: ID!) { promotion(id: $id) { usedCount codesCsv(batch: "MAIL") codes(first: 5) { totalCount edges { node { code usageLimit } } } } }`,
      { id: promotion.id },
      staff(shop),
    );
    const read = csv.data?.promotion;
    expect(read.usedCount).toBe(0);
    expect(read.codes.totalCount).toBe(25);
    const lines = (read.codesCsv as string).trim().split('\n');
    expect(lines[0]).toBe('code,used,limit,batch');
    expect(lines).toHaveLength(26);
    expect(lines.slice(1).every((line) => /^MAIL-[A-Z2-9]{8},0,1,MAIL$/.test(line))).toBe(true);
  });
});

describe('statements', () => {
  it('reads a page of promotions in as many statements for 2 as for 10', async () => {
    const shop = randomUUID();
    for (let index = 0; index < 12; index++) {
      await createPromotion(shop, {
        name: `P${index}`,
        automatic: true,
        rule: { type: 'PERCENTAGE', percentBps: 100 },
      });
    }
    const statementsOf = (first: number) =>
      statementsDuring(async () => {
        const page = await h.call(
          `query ($first: Int) { promotions(first: $first) { totalCount edges { node { name state usedCount rule { summary targetIds } } } } }`,
          { first },
          staff(shop),
        );
        expect(page.data?.promotions.edges).toHaveLength(first);
      });
    // the counter sees every statement of the process, the relay's polls included: the least of
    // several runs is the page's own cost (leastStatements also leaves out a first, warming run)
    const two = await leastStatements(() => statementsOf(2));
    expect(two).toBeGreaterThan(0);
    expect(await leastStatements(() => statementsOf(10))).toBe(two);
  });
});

describe('who may manage promotions', () => {
  it('refuses shoppers and readers, and hides another shop’s promotions', async () => {
    const shop = randomUUID();
    const promotion = await createPromotion(shop, tenPercent('MINE'));
    const shopperTry = await h.call(CREATE, { input: tenPercent('HACK') }, storefront(shop));
    expect(shopperTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const readerTry = await h.call(CREATE, { input: tenPercent('HACK') }, staff(shop, ['orders:read']));
    expect(readerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = randomUUID();
    expect(
      (await h.call(`query ($id: ID!) { promotion(id: $id) { id } }`, { id: promotion.id }, staff(other))).data
        ?.promotion,
    ).toBeNull();
    const list = await h.call(`{ promotions(first: 10) { totalCount } }`, {}, staff(other));
    expect(list.data?.promotions.totalCount).toBe(0);
    const archived = await h.call(
      `mutation ($id: ID!) { promotionArchive(input: { id: $id }) { errors { code } } }`,
      { id: promotion.id },
      staff(other),
    );
    expect(archived.data?.promotionArchive.errors[0]?.code).toBe('NOT_FOUND');
    const mine = await h.call(
      `{ promotions(first: 10) { totalCount edges { node { name state } } } }`,
      {},
      staff(shop),
    );
    expect(mine.data?.promotions.edges).toEqual([{ node: { name: 'MINE ten', state: 'LIVE' } }]);
  });
});
