import { badUserInput, encodeGlobalId, rules } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import type { OrdersContext } from '../context.ts';
import { customerIdOf } from '../data/access.ts';
import { changeCartCurrency } from '../data/cart-currency.ts';
import { applyCartGiftCard, removeCartGiftCard } from '../data/cart-gift-cards.ts';
import { applyCartCode, removeCartCode } from '../data/cart-promotions.ts';
import { changeCartLines, createCart, findCart, mergeCart, myOpenCart, setCartShippingMethod } from '../data/carts.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import { type GiftCardRow, giftCardProblem, giftCardShare } from '../data/gift-cards.ts';
import type { CartLineRow, CartRow } from '../data/rows.ts';
import { pickShippingMethod, pricingContext, type Totals, totalsWithShipping } from '../data/totals.ts';
import type { ShippingQuote } from '../ports/calculators.ts';
import { money, ProductVariantRef, type RecordMutation, recordMutations, variantReference } from './common.ts';
import {
  adjustKey,
  cartAdjustmentsLoader,
  cartLinesLoader,
  cartOfferLoader,
  cartShippingOfferLoader,
  dbOf,
  giftCardLoader,
  offerKey,
  shopTaxLoader,
} from './loaders.ts';
import { adjustmentsOf, PriceAdjustmentRef } from './price-adjustment-types.ts';
import { AppliedPromotionRef, LineDiscountRef, lineDiscountsOf } from './promotion-types.ts';
import { TaxLineRef } from './tax.ts';

const CartStatus = builder.enumType('CartStatus', {
  values: { OPEN: { value: 'open' }, MERGED: { value: 'merged' }, COMPLETED: { value: 'completed' } } as const,
});

type CartLineView = CartLineRow & { currency: string; totals: Totals };

export const CartLineRef = builder.objectRef<CartLineView>('CartLine').implement({
  fields: (t) => ({
    variant: t.field({ type: ProductVariantRef, resolve: (line) => variantReference(line.variantId) }),
    sku: t.exposeString('sku'),
    title: t.exposeString('title'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({
      type: MoneyRef,
      description:
        'The catalog price when the line was last priced (0 while its subscription plan has a trial); checkout prices it again',
      resolve: (line) => money(line.unitAmount, line.currency),
    }),
    total: t.field({
      type: MoneyRef,
      description: 'Quantity × unit price, before discounts',
      resolve: (line) => money(line.unitAmount * line.quantity, line.currency),
    }),
    discount: t.field({
      type: MoneyRef,
      description:
        "What promotions and the shop's price plugins take off this line (its share of an order discount included)",
      resolve: (line) => money(line.totals.lineDiscounts.get(line.variantId) ?? 0, line.currency),
    }),
    adjustments: t.field({
      type: [PriceAdjustmentRef],
      description:
        "What the shop's price plugins change on this line, each with its reason (part of `discount`); checkout prices it again the same way",
      resolve: (line) => adjustmentsOf(line.totals.lineAdjustments.get(line.variantId), line.currency),
    }),
    discountedTotal: t.field({
      type: MoneyRef,
      description: '`total` minus `discount`: what the line is charged',
      resolve: (line) =>
        money(line.unitAmount * line.quantity - (line.totals.lineDiscounts.get(line.variantId) ?? 0), line.currency),
    }),
    discounts: t.field({
      type: [LineDiscountRef],
      description: 'Each promotion that reached this line, with its explanation, in the order they applied',
      resolve: (line) => lineDiscountsOf(line.totals, line.variantId, line.currency),
    }),
  }),
});

type PricedShippingMethod = ShippingQuote & { currency: string; totals: Totals };

const ShippingMethodRef = builder.objectRef<PricedShippingMethod>('ShippingMethod').implement({
  description: 'A way the cart can be shipped, priced for this cart (checkout prices it again)',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable: send it as `shippingMethod` to choose this method' }),
    name: t.exposeString('name'),
    price: t.field({ type: MoneyRef, resolve: (method) => money(method.amount, method.currency) }),
    estimatedDaysMin: t.exposeInt('estimatedDaysMin', { description: 'Delivery estimate: at the earliest, in days' }),
    estimatedDaysMax: t.exposeInt('estimatedDaysMax', { description: 'Delivery estimate: at the latest, in days' }),
    cartTax: t.field({
      type: MoneyRef,
      description: "The cart's tax with this method (tax applies to shipping too)",
      resolve: (method) => money(method.totals.tax, method.currency),
    }),
    cartTotal: t.field({
      type: MoneyRef,
      description: "The cart's total with this method: subtotal + this price + tax (unless prices include it)",
      resolve: (method) => money(method.totals.total, method.currency),
    }),
  }),
});

/** The cart's lines as the shipping and tax calculators see them, and the methods offered for them. */
async function shippingOptions(cart: CartRow, context: OrdersContext, country: string | null) {
  const lines = await cartLinesLoader(context).load(cart.id);
  const pricing = pricingContext(cart.currency, lines, country);
  const basis = { shop: await shopTaxLoader(context).load('shop'), lines };
  const offer = await cartOfferLoader(context).load(offerKey(cart));
  const adjustments = await cartAdjustmentsLoader(context).load(adjustKey(cart));
  const priced = (quote: ShippingQuote): PricedShippingMethod => ({
    ...quote,
    currency: cart.currency,
    totals: totalsWithShipping(
      context.deps,
      pricing,
      { amount: quote.amount, method: quote.code },
      basis,
      offer,
      adjustments,
    ),
  });
  const shipping = await cartShippingOfferLoader(context).load(`${adjustKey(cart)}|${country ?? ''}`);
  return { pricing, basis, offer, adjustments, offered: shipping.methods.map(priced) };
}

/**
 * The method the cart's estimate uses (its chosen one, else the cheapest; a choice the table no
 * longer offers counts as none) and the totals with it. A cart has no destination yet: it is
 * estimated for the shop's own country (tax settings' origin, where most of its shoppers are), so a
 * cheaper or free method of a far zone is not promised to them; a shop without an origin, or one
 * that offers nothing at home, counts every method priced in the currency. Checkout decides with the
 * address.
 */
async function cartEstimate(cart: CartRow, context: OrdersContext) {
  const home = (await shopTaxLoader(context).load('shop')).settings.originCountry;
  const atHome = home ? await shippingOptions(cart, context, home) : null;
  const { pricing, basis, offer, adjustments, offered } = atHome?.offered.length
    ? atHome
    : await shippingOptions(cart, context, null);
  const method = pickShippingMethod(offered, cart.shippingMethod) ?? offered[0] ?? null;
  return {
    method,
    offer,
    totals:
      method?.totals ??
      totalsWithShipping(context.deps, pricing, { amount: 0, method: null }, basis, offer, adjustments),
  };
}

/** The cart's gift card and why it cannot pay right now (disabled, expired or spent since it was applied). */
async function cartGiftCard(cart: CartRow, context: OrdersContext) {
  const card = cart.giftCardId ? await giftCardLoader(context).load(cart.giftCardId) : null;
  const problem = cart.giftCardId ? giftCardProblem(card, cart.currency, ['giftCard']) : null;
  return { card, usable: problem ? null : card, problem };
}

const CartGiftCardRef = builder.objectRef<GiftCardRow>('CartGiftCard').implement({
  description: 'The gift card applied to a cart, as the shopper who entered its code sees it',
  fields: (t) => ({
    last4: t.exposeString('last4', { description: 'The last four characters of its code' }),
    balance: t.field({
      type: MoneyRef,
      description: 'What is on it now (checkout takes what the order needs)',
      resolve: (card) => money(card.balance, card.currency),
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
  }),
});

export const CartRef = builder.objectRef<CartRow>('Cart').implement({
  description: 'A shopping cart. Its id is the capability an anonymous shopper holds.',
  fields: (t) => {
    const totals = async (cart: CartRow, context: OrdersContext) => (await cartEstimate(cart, context)).totals;
    return {
      id: t.id({ resolve: (cart) => encodeGlobalId('Cart', cart.id) }),
      status: t.field({ type: CartStatus, resolve: (cart) => cart.status }),
      currency: t.exposeString('currency'),
      version: t.exposeInt('version'),
      signedIn: t.boolean({ resolve: (cart) => cart.customerId !== null }),
      lines: t.field({
        type: [CartLineRef],
        resolve: async (cart, _args, context) => {
          const estimate = await totals(cart, context);
          return (await cartLinesLoader(context).load(cart.id)).map((line) => ({
            ...line,
            currency: cart.currency,
            totals: estimate,
          }));
        },
      }),
      subtotal: t.field({
        type: MoneyRef,
        resolve: async (cart, _a, c) => money((await totals(cart, c)).subtotal, cart.currency),
      }),
      shipping: t.field({
        type: MoneyRef,
        description: 'The price of `shippingMethod` (final at checkout, with the address)',
        resolve: async (cart, _a, c) => money((await totals(cart, c)).shipping, cart.currency),
      }),
      shippingMethod: t.field({
        type: ShippingMethodRef,
        nullable: true,
        description:
          'The method `shipping` is estimated with: the one chosen with cartShippingMethodSet, else the cheapest offered; null when none is offered in the currency',
        resolve: async (cart, _a, c) => (await cartEstimate(cart, c)).method,
      }),
      shippingMethods: t.field({
        type: [ShippingMethodRef],
        description:
          'The methods offered for this cart, cheapest first (the first is the default), priced for its lines; with `country` only those that deliver there',
        args: { country: t.arg.string({ description: 'ISO 3166 alpha-2 of the destination' }) },
        resolve: async (cart, { country }, c) => {
          if (country != null && !/^[A-Za-z]{2}$/.test(country)) {
            throw badUserInput('country must be an ISO 3166 alpha-2 code', ['country']);
          }
          return (await shippingOptions(cart, c, country?.toUpperCase() ?? null)).offered;
        },
      }),
      discount: t.field({
        type: MoneyRef,
        description: 'What promotions take off the lines (shipping discounts are in `shippingDiscount`)',
        resolve: async (cart, _a, c) => money((await totals(cart, c)).discount, cart.currency),
      }),
      shippingDiscount: t.field({
        type: MoneyRef,
        description: "What a free-shipping promotion takes off the method's price (`shipping` is after it)",
        resolve: async (cart, _a, c) => money((await totals(cart, c)).shippingDiscount, cart.currency),
      }),
      promotionCode: t.exposeString('promotionCode', {
        nullable: true,
        description: 'The code entered with cartApplyPromotionCode (upper case)',
      }),
      promotionCodeProblem: t.string({
        nullable: true,
        description:
          'Why the entered code gives no discount right now (ended, used up, another currency); null when it applies. Checkout refuses it with the matching error code',
        resolve: async (cart, _a, c) => {
          if (!cart.promotionCode) return null;
          const { offer, totals: estimate } = await cartEstimate(cart, c);
          if (offer.codeProblem) return offer.codeProblem.message;
          return estimate.applied.some((applied) => applied.code === cart.promotionCode)
            ? null
            : 'Nothing in the cart qualifies for this code yet';
        },
      }),
      appliedPromotions: t.field({
        type: [AppliedPromotionRef],
        description: 'The promotions the cart is priced with, in the order they applied, each explained',
        resolve: async (cart, _a, c) =>
          (await totals(cart, c)).applied.map((applied) => ({ ...applied, currency: cart.currency })),
      }),
      tax: t.field({
        type: MoneyRef,
        description: 'Included in `subtotal` and `shipping` when `pricesIncludeTax`, else added to them',
        resolve: async (cart, _a, c) => money((await totals(cart, c)).tax, cart.currency),
      }),
      taxLines: t.field({
        type: [TaxLineRef],
        description:
          "The tax per rate (shipping is taxed at the standard rate). Before checkout the cart is taxed as if shipped to the shop's country",
        resolve: async (cart, _a, c) =>
          (await totals(cart, c)).taxLines.map((line) => ({ ...line, currency: cart.currency })),
      }),
      pricesIncludeTax: t.boolean({
        description: 'True: prices are shown with tax ("incl. VAT"), and the total does not add it again',
        resolve: async (cart, _a, c) => (await totals(cart, c)).pricesIncludeTax,
      }),
      total: t.field({
        type: MoneyRef,
        description: 'What the shopper pays: subtotal - discount + shipping (+ tax unless prices include it)',
        resolve: async (cart, _a, c) => money((await totals(cart, c)).total, cart.currency),
      }),
      giftCard: t.field({
        type: CartGiftCardRef,
        nullable: true,
        description: 'The gift card applied with cartApplyGiftCard',
        resolve: async (cart, _a, c) => (await cartGiftCard(cart, c)).card,
      }),
      giftCardProblem: t.string({
        nullable: true,
        description:
          'Why the applied gift card pays nothing right now (disabled, expired, spent); null when it pays. Checkout refuses it with the matching error code',
        resolve: async (cart, _a, c) => (await cartGiftCard(cart, c)).problem?.message ?? null,
      }),
      giftCardAmount: t.field({
        type: MoneyRef,
        description: 'What the gift card pays of `total`: its balance, at most the total',
        resolve: async (cart, _a, c) =>
          money(giftCardShare((await cartGiftCard(cart, c)).usable, (await totals(cart, c)).total), cart.currency),
      }),
      amountToPay: t.field({
        type: MoneyRef,
        description: '`total` minus `giftCardAmount`: what the payment provider is charged at checkout',
        resolve: async (cart, _a, c) => {
          const { total } = await totals(cart, c);
          return money(total - giftCardShare((await cartGiftCard(cart, c)).usable, total), cart.currency);
        },
      }),
      updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    };
  },
});

builder.queryField('cart', (t) =>
  t.field({
    type: CartRef,
    nullable: true,
    authScopes: { $any: { scope: 'cart:own', kind: 'customer' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => findCart(dbOf(context), context.auth, id),
  }),
);

builder.queryField('myCart', (t) =>
  t.field({
    type: CartRef,
    nullable: true,
    description: "The signed-in customer's open cart",
    authScopes: { kind: 'customer' },
    resolve: (_root, _args, context) => {
      const customerId = customerIdOf(context.auth);
      return customerId ? myOpenCart(dbOf(context), customerId) : null;
    },
  }),
);

/** Who may change a cart: a storefront key or API key holding cart:own, or a signed-in shopper. */
const CART_CHANGERS = { $any: { scope: 'cart:own', kind: 'customer' } } as const;

/**
 * A cart mutation as every one reads: `input`, the payload with the cart and the codes it may refuse
 * with (named after the mutation), the cart changers' scopes unless `authScopes` says otherwise, and
 * the data function that changes the cart.
 */
function cartMutation<Input>(
  name: string,
  spec: RecordMutation<Input, CartRow> & { authScopes?: typeof CART_CHANGERS | { kind: 'customer' } },
) {
  recordMutations({ field: 'cart', type: CartRef, authScopes: spec.authScopes ?? CART_CHANGERS })(name, spec);
}

const CartCreateInput = builder.inputType('CartCreateInput', {
  fields: (t) => ({ currency: t.string({ required: true, description: 'ISO 4217', validate: rules.currency }) }),
});
const CartLineInput = builder.inputType('CartLineInput', {
  fields: (t) => ({ variantId: t.id({ required: true }), quantity: t.int({ required: true }) }),
});
const CartLinesAddInput = builder.inputType('CartLinesAddInput', {
  fields: (t) => ({
    cartId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    lines: t.field({ type: [CartLineInput], required: true }),
  }),
});
const CartLinesUpdateInput = builder.inputType('CartLinesUpdateInput', {
  fields: (t) => ({
    cartId: t.id({ required: true }),
    version: t.int(),
    lines: t.field({ type: [CartLineInput], required: true, description: 'New quantities; 0 removes the line' }),
  }),
});
const CartShippingMethodSetInput = builder.inputType('CartShippingMethodSetInput', {
  fields: (t) => ({
    cartId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    shippingMethod: t.string({
      description: 'A code from `Cart.shippingMethods`; null goes back to the cheapest offered',
    }),
  }),
});
const CartCurrencyChangeInput = builder.inputType('CartCurrencyChangeInput', {
  fields: (t) => ({
    cartId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    currency: t.string({ required: true, description: 'ISO 4217: one the shop sells in', validate: rules.currency }),
  }),
});
const CartMergeInput = builder.inputType('CartMergeInput', {
  fields: (t) => ({ anonymousCartId: t.id({ required: true }) }),
});

cartMutation('cartCreate', {
  codes: ['CURRENCY_NOT_SOLD', 'INVALID_CURRENCY', 'INVALID_INPUT'],
  input: CartCreateInput,
  description: 'A new cart; a signed-in customer gets their open cart back if they have one',
  run: (context, input) => createCart(dbOf(context), context.auth, input.currency),
});

cartMutation('cartLinesAdd', {
  codes: [
    'AMOUNT_TOO_LARGE',
    'CART_NOT_OPEN',
    'CONFLICT',
    'CURRENCY_MISMATCH',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'PLUGIN_REFUSED',
    'UNKNOWN_VARIANT',
  ],
  input: CartLinesAddInput,
  description: 'Adds quantities; prices come from catalog, never from the client',
  run: (context, input) => changeCartLines(context.deps, dbOf(context), context.auth, input, 'add'),
});

cartMutation('cartLinesUpdate', {
  codes: [
    'AMOUNT_TOO_LARGE',
    'CART_NOT_OPEN',
    'CONFLICT',
    'CURRENCY_MISMATCH',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'UNKNOWN_VARIANT',
  ],
  input: CartLinesUpdateInput,
  run: (context, input) => changeCartLines(context.deps, dbOf(context), context.auth, input, 'set'),
});

cartMutation('cartShippingMethodSet', {
  codes: ['CART_NOT_OPEN', 'CONFLICT', 'NOT_FOUND', 'PLUGIN_REFUSED', 'SHIPPING_METHOD_UNAVAILABLE'],
  input: CartShippingMethodSetInput,
  description:
    "Chooses the cart's shipping method (its `shipping` estimate follows); checkout uses it unless its input names another. A code not offered in the cart's currency is SHIPPING_METHOD_UNAVAILABLE; the destination country is checked at checkout",
  run: (context, input) => setCartShippingMethod(context.deps, dbOf(context), context.auth, input),
});

cartMutation('cartCurrencyChange', {
  codes: [
    'AMOUNT_TOO_LARGE',
    'CART_NOT_OPEN',
    'CONFLICT',
    'CURRENCY_MISMATCH',
    'CURRENCY_NOT_SOLD',
    'INVALID_CURRENCY',
    'NOT_FOUND',
    'UNKNOWN_VARIANT',
  ],
  input: CartCurrencyChangeInput,
  description:
    "Moves the cart to another currency the shop sells: every line is priced again in it, all or nothing. A line without a price in it is CURRENCY_MISMATCH (one error per line, naming it) and the cart is unchanged. A gift card in another currency, a code whose promotion is for another currency and a chosen shipping method not offered in the new currency are taken off; the cart's own currency answers the cart unchanged",
  run: (context, input) => changeCartCurrency(context.deps, dbOf(context), context.auth, input),
});

cartMutation('cartMerge', {
  codes: [
    'AMOUNT_TOO_LARGE',
    'CART_NOT_OPEN',
    'CONFLICT',
    'CURRENCY_MISMATCH',
    'CURRENCY_NOT_SOLD',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'PLUGIN_REFUSED',
    'UNKNOWN_VARIANT',
  ],
  input: CartMergeInput,
  description: "After sign-in: moves an anonymous cart's lines into the customer's cart",
  authScopes: { kind: 'customer' },
  run: (context, input) => mergeCart(context.deps, dbOf(context), context.auth, input.anonymousCartId),
});

/**
 * What a shopper puts on a cart by its code and can take off again (a promotion code, a gift card):
 * `cartApply<Thing>`, replacing one the cart had, and `cartRemove<Thing>`; both answer the cart.
 */
function cartAppliedByCode(
  thing: 'PromotionCode' | 'GiftCard',
  apply: {
    code: { description: string; validate?: ReturnType<typeof rules.text> };
    codes: readonly OrdersErrorCode[];
    description: string;
    run: typeof applyCartCode;
  },
  remove: typeof removeCartCode,
) {
  cartMutation(`cartApply${thing}`, {
    codes: apply.codes,
    input: builder.inputType(`CartApply${thing}Input`, {
      fields: (t) => ({
        cartId: t.id({ required: true }),
        version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
        code: t.string({ required: true, ...apply.code }),
      }),
    }),
    description: apply.description,
    run: (context, input) => apply.run(dbOf(context), context.auth, input),
  });
  cartMutation(`cartRemove${thing}`, {
    codes: ['CART_NOT_OPEN', 'CONFLICT', 'NOT_FOUND'],
    input: builder.inputType(`CartRemove${thing}Input`, {
      fields: (t) => ({ cartId: t.id({ required: true }), version: t.int() }),
    }),
    run: (context, input) => remove(dbOf(context), context.auth, input),
  });
}

cartAppliedByCode(
  'PromotionCode',
  {
    code: { description: 'As the shopper typed it (case does not matter)' },
    codes: [
      'CART_NOT_OPEN',
      'CONFLICT',
      'NOT_FOUND',
      'PROMOTION_CODE_INVALID',
      'PROMOTION_EXHAUSTED',
      'PROMOTION_EXPIRED',
      'PROMOTION_NOT_APPLICABLE',
      'PROMOTION_NOT_STARTED',
    ],
    description:
      'Puts a promotion code on the cart (replacing one it had). An unknown, ended, used-up or other-currency code is refused and the cart is unchanged; checkout checks it again',
    run: applyCartCode,
  },
  removeCartCode,
);

cartAppliedByCode(
  'GiftCard',
  {
    code: {
      description: 'As printed on the card (case, spaces and dashes do not matter)',
      validate: rules.text({ max: 64 }),
    },
    codes: [
      'CART_NOT_OPEN',
      'CONFLICT',
      'GIFT_CARD_CURRENCY_MISMATCH',
      'GIFT_CARD_EMPTY',
      'GIFT_CARD_EXPIRED',
      'GIFT_CARD_INVALID',
      'INVALID_INPUT',
      'NOT_FOUND',
    ],
    description:
      'Pays (part of) the cart with a gift card (replacing one it had): `giftCardAmount` and `amountToPay` follow. An unknown or disabled code is GIFT_CARD_INVALID, whichever it is; checkout checks the card again and debits it',
    run: applyCartGiftCard,
  },
  removeCartGiftCard,
);
