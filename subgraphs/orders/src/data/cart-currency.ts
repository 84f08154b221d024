import { type AuthContext, ok } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { OrdersDeps } from '../deps.ts';
import { repriceCart, usableCart } from './carts.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import { giftCardsByIds } from './gift-cards.ts';
import type { PricedLine } from './pricing.ts';
import { loadOfferRows } from './promotions.ts';
import { CART_COLUMNS, type CartRow } from './rows.ts';
import { loadShopShipping } from './shipping.ts';
import { shippingOffer } from './shipping-offer.ts';
import { currencyNotSold, soldCurrencies } from './shop-currencies.ts';
import { pricingContext } from './totals.ts';

const FIELD_CURRENCY = ['input', 'currency'];

/**
 * Moves an open cart to another currency the shop sells: every line is priced again in it, as
 * `changeCartLines` prices lines (catalog, the buyer's group, trials, amount bound), and written with
 * the currency in one unit of work — all or nothing. A line without a price in the new currency is
 * CURRENCY_MISMATCH (one error per line) and the cart is unchanged. What is tied to the old currency
 * goes where it cannot stay: a gift card in another currency, a code whose promotion is for another
 * currency and a chosen shipping method not offered in the new one are taken off (the cheapest
 * offered method then applies); the rest (a code without a currency, promotions, price plugins'
 * adjustments, tax) is evaluated on every read of the cart anyway. The same currency answers the cart.
 */
export async function changeCartCurrency(
  deps: OrdersDeps,
  db: TenantDb,
  auth: AuthContext,
  input: { cartId: string; version?: number | null; currency: string },
): Promise<OrdersResult<CartRow>> {
  const { currency } = input;
  const current = await db.run((sql) => usableCart(sql, auth, input.cartId, ['input', 'cartId']));
  if (!current.ok) return current;
  const cart = current.value;
  if (cart.status !== 'open') return ordersFail('CART_NOT_OPEN', `The cart is ${cart.status}`, ['input', 'cartId']);
  if (input.version != null && input.version !== cart.version) {
    return ordersFail('CONFLICT', 'The cart was changed meanwhile; reload it', ['input', 'version']);
  }
  if (cart.currency === currency) return ok(cart);
  return repriceCart(deps, db, auth, input, {
    field: ['input', 'cartId'],
    currency,
    name: (line) => `${line.title} (SKU ${line.sku})`,
    quantities: (lines) => ok(new Map(lines.map((line) => [line.variantId, line.quantity]))),
    check: async (sql) => currencyNotSold(await soldCurrencies(sql), currency, FIELD_CURRENCY),
    settle: (sql, written, lines) => settleCurrencyBound(sql, deps, db.tenantId, written, lines),
  });
}

/** Takes off the cart what its new currency leaves without meaning (see changeCartCurrency). */
async function settleCurrencyBound(
  sql: Sql,
  deps: OrdersDeps,
  tenantId: string,
  cart: CartRow,
  lines: PricedLine[],
): Promise<CartRow> {
  let giftCardId = cart.giftCardId;
  if (giftCardId) {
    const [card] = await giftCardsByIds(sql, [giftCardId]);
    if (!card || card.currency !== cart.currency) giftCardId = null;
  }
  let promotionCode = cart.promotionCode;
  if (promotionCode) {
    const coded = (await loadOfferRows(sql, promotionCode)).filter((row) => row.codeId !== null);
    if (coded.some((row) => row.currency !== null && row.currency !== cart.currency)) promotionCode = null;
  }
  let shippingMethod = cart.shippingMethod;
  if (shippingMethod) {
    const offer = await shippingOffer(deps, tenantId, await loadShopShipping(sql), {
      ...pricingContext(cart.currency, lines, null),
      cartId: cart.id,
      lines,
      customerId: cart.customerId,
    });
    if (!offer.methods.some((method) => method.code === shippingMethod)) shippingMethod = null;
  }
  if (
    giftCardId === cart.giftCardId &&
    promotionCode === cart.promotionCode &&
    shippingMethod === cart.shippingMethod
  ) {
    return cart;
  }
  return (await one<CartRow>(
    sql,
    `update orders.carts set gift_card_id = $2, promotion_code = $3, shipping_method = $4 where id = $1
       returning ${CART_COLUMNS}`,
    [cart.id, giftCardId, promotionCode, shippingMethod],
  )) as CartRow;
}
