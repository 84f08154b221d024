import { type AuthContext, ok } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type CodeInput, withOpenCart } from './carts.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import { CODE_PATTERN, cartPromotions, FIELD_CODE, loadOfferRows, normalisedCode } from './promotions.ts';
import { CART_COLUMNS, type CartRow } from './rows.ts';

/**
 * Puts a promotion code on the cart (one code per cart: a second one replaces the first). An unknown,
 * ended, not yet started or used-up code, or one for another currency, is refused with its error and
 * the cart is unchanged. A code whose conditions the cart does not meet yet (a minimum spend) is
 * kept: `Cart.promotionCodeProblem` tells the shopper what is missing.
 */
export function applyCartCode(
  db: TenantDb,
  auth: AuthContext,
  input: CodeInput & { code: string },
): Promise<OrdersResult<CartRow>> {
  const code = normalisedCode(input.code);
  if (!CODE_PATTERN.test(code)) {
    return Promise.resolve(ordersFail('PROMOTION_CODE_INVALID', 'A code is 3-40 letters, digits, - or _', FIELD_CODE));
  }
  return withOpenCart(db, auth, input, async (sql, cart) => {
    const found = cartPromotions(await loadOfferRows(sql, code), code, cart.currency);
    if (found.codeProblem) return { ok: false, errors: [found.codeProblem] };
    return ok(await setCode(sql, cart.id, code));
  });
}

export function removeCartCode(db: TenantDb, auth: AuthContext, input: CodeInput): Promise<OrdersResult<CartRow>> {
  return withOpenCart(db, auth, input, async (sql, cart) => ok(await setCode(sql, cart.id, null)));
}

async function setCode(sql: Sql, cartId: string, code: string | null): Promise<CartRow> {
  return (await one<CartRow>(
    sql,
    `update orders.carts set promotion_code = $2, version = version + 1, updated_at = now()
       where id = $1 returning ${CART_COLUMNS}`,
    [cartId, code],
  )) as CartRow;
}
