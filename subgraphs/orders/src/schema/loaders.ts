import { byKeys, groupedByKeys, tenantRequired } from '@ucos/kit';
import type { OrdersContext } from '../context.ts';
import { loadCartLines } from '../data/carts.ts';
import { buyersOfCompanies, type CompanyRow, companiesByIds } from '../data/companies.ts';
import { type OrderSummary, orderSummariesOfCustomers } from '../data/customer-orders.ts';
import { type AddressRow, addressesOfCustomers, type CustomerRow, customersByIds } from '../data/customers.ts';
import {
  type GiftCardRow,
  type GiftCardTransactionRow,
  giftCardsByIds,
  giftCardTransactions,
} from '../data/gift-cards.ts';
import { loadHolds } from '../data/holds.ts';
import { loadOrderLines, loadOrders, loadTransitions } from '../data/orders.ts';
import { type LineAdjustments, NO_ADJUSTMENTS } from '../data/price-adjustments.ts';
import { buyerOf, type CartPromotions, cartPromotions, loadOfferRows } from '../data/promotions.ts';
import type { CartLineRow, CartRow, HoldRow, OrderLineRow, OrderRow, TransitionRow } from '../data/rows.ts';
import { loadShopShipping, type ShopShipping } from '../data/shipping.ts';
import { type ShippingOffer, shippingOffer } from '../data/shipping-offer.ts';
import { loadShopTax } from '../data/tax.ts';
import type { PromotionOffer } from '../data/totals.ts';
import { pricingContext } from '../data/totals.ts';
import type { TenantDb } from '../db.ts';
import type { ShopTax } from '../ports/tax.ts';

/** The caller's tenant's database; fields that reach it require a tenant, so this never throws in practice. */
export function dbOf(context: OrdersContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
}

export const orderLoader = (context: OrdersContext) =>
  context.loaders.get<string, OrderRow | null>('order', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadOrders(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

export const orderLinesLoader = (context: OrdersContext) =>
  context.loaders.get<string, OrderLineRow[]>('orderLines', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadOrderLines(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

export const transitionsLoader = (context: OrdersContext) =>
  context.loaders.get<string, TransitionRow[]>('orderTransitions', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadTransitions(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

/** Every hold of each order, oldest first (one statement per request for a page of orders). */
export const holdsLoader = (context: OrdersContext) =>
  context.loaders.get<string, HoldRow[]>('orderHolds', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadHolds(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.orderId);
  });

export const cartLinesLoader = (context: OrdersContext) =>
  context.loaders.get<string, CartLineRow[]>('cartLines', async (ids) => {
    const rows = await dbOf(context).run((sql) => loadCartLines(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.cartId);
  });

export const customerLoader = (context: OrdersContext) =>
  context.loaders.get<string, CustomerRow | null>('customer', async (ids) => {
    const rows = await dbOf(context).run((sql) => customersByIds(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

export const addressesLoader = (context: OrdersContext) =>
  context.loaders.get<string, AddressRow[]>('addresses', async (ids) => {
    const rows = await dbOf(context).run((sql) => addressesOfCustomers(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.customerId);
  });

export const companyLoader = (context: OrdersContext) =>
  context.loaders.get<string, CompanyRow | null>('company', async (ids) => {
    const rows = await dbOf(context).run((sql) => companiesByIds(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

export const buyersLoader = (context: OrdersContext) =>
  context.loaders.get<string, CustomerRow[]>('buyers', async (ids) => {
    const rows = await dbOf(context).run((sql) => buyersOfCompanies(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.companyId ?? '');
  });

/** The shop's shipping zones, read once per request however many carts and fields price shipping. */
export const shopShippingLoader = (context: OrdersContext) =>
  context.loaders.get<'shop', ShopShipping>('shopShipping', async (keys) => {
    const shipping = await dbOf(context).run((sql) => loadShopShipping(sql));
    return keys.map(() => shipping);
  });

/** The shop's tax settings and zones, read once per request however many carts and fields price tax. */
export const shopTaxLoader = (context: OrdersContext) =>
  context.loaders.get<'shop', ShopTax>('shopTax', async (keys) => {
    const tax = await dbOf(context).run((sql) => loadShopTax(sql));
    return keys.map(() => tax);
  });

/** The key a cart's promotions depend on: its currency, its code and its customer. */
export const offerKey = (cart: CartRow) => [cart.currency, cart.promotionCode ?? '', cart.customerId ?? ''].join('|');

/**
 * The promotions a cart is priced with (the shop's live automatic ones and its code's) and its buyer:
 * one statement per distinct currency, code and customer in a request.
 */
export const cartOfferLoader = (context: OrdersContext) =>
  context.loaders.get<string, PromotionOffer & CartPromotions>('cartOffer', (keys) =>
    dbOf(context).run((sql) =>
      Promise.all(
        keys.map(async (key) => {
          const [currency = '', code = '', customerId = ''] = key.split('|');
          const found = cartPromotions(await loadOfferRows(sql, code || null), code || null, currency);
          return { ...found, buyer: await buyerOf(sql, customerId || null) };
        }),
      ),
    ),
  );

/** Order count, newest order and its shipping name per customer: one statement for a page of customers. */
export const orderSummaryLoader = (context: OrdersContext) =>
  context.loaders.get<string, OrderSummary | null>('customerOrderSummary', async (ids) => {
    const rows = await dbOf(context).run((sql) => orderSummariesOfCustomers(sql, ids));
    return byKeys(ids, rows, (row) => row.customerId);
  });

export const giftCardLoader = (context: OrdersContext) =>
  context.loaders.get<string, GiftCardRow | null>('giftCard', async (ids) => {
    const rows = await dbOf(context).run((sql) => giftCardsByIds(sql, ids));
    return byKeys(ids, rows, (row) => row.id);
  });

/** Each card's ledger, oldest first: one statement for a page of cards. */
export const giftCardTransactionsLoader = (context: OrdersContext) =>
  context.loaders.get<string, GiftCardTransactionRow[]>('giftCardTransactions', async (ids) => {
    const rows = await dbOf(context).run((sql) => giftCardTransactions(sql, ids));
    return groupedByKeys(ids, rows, (row) => row.giftCardId);
  });

/** A cart's key for its price plugins: what they are told besides the lines. */
export const adjustKey = (cart: CartRow) => `${cart.id}|${cart.currency}|${cart.customerId ?? ''}`;

/**
 * The tenant's `cart.price.adjust` plugins' answer for a cart, once per request (every total of the
 * cart reads it); a tenant without such a plugin pays one cached look-up and no sandbox.
 */
export const cartAdjustmentsLoader = (context: OrdersContext) =>
  context.loaders.get<string, LineAdjustments>('cartAdjustments', (keys) =>
    Promise.all(
      keys.map(async (key) => {
        const [cartId = '', currency = '', customerId = ''] = key.split('|');
        const tenantId = dbOf(context).tenantId;
        const lines = await cartLinesLoader(context).load(cartId);
        if (lines.length === 0) return NO_ADJUSTMENTS;
        const adjusted = await context.deps.validators.priceAdjust(tenantId, {
          cartId,
          currency,
          lines,
          customerId: customerId || null,
        });
        // a fail-closed plugin that failed: the cart shows its prices without it, checkout refuses
        return adjusted.adjustments;
      }),
    ),
  );

/**
 * The methods offered for a cart to a country ('' before the destination is known), once per
 * request however many fields price shipping: the zones, or the tenant's shipping-rate plugins.
 */
export const cartShippingOfferLoader = (context: OrdersContext) =>
  context.loaders.get<string, ShippingOffer>('cartShippingOffer', (keys) =>
    Promise.all(
      keys.map(async (key) => {
        const [cartId = '', currency = '', customerId = '', country = ''] = key.split('|');
        const lines = await cartLinesLoader(context).load(cartId);
        return shippingOffer(context.deps, dbOf(context).tenantId, await shopShippingLoader(context).load('shop'), {
          ...pricingContext(currency, lines, country || null),
          cartId,
          lines,
          customerId: customerId || null,
        });
      }),
    ),
  );
