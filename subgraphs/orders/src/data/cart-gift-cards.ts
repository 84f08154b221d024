import { type AuthContext, ok } from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import { type CodeInput, withOpenCart } from './carts.ts';
import { type OrdersResult, ordersFail } from './errors.ts';
import {
  FIELD_GIFT_CARD_CODE,
  GIFT_CODE_PATTERN,
  giftCardByCode,
  giftCardProblem,
  normalisedGiftCode,
} from './gift-cards.ts';
import { CART_COLUMNS, type CartRow } from './rows.ts';

/**
 * Puts a gift card on the cart (one per cart: a second one replaces the first). An unknown or
 * disabled code is GIFT_CARD_INVALID either way, an expired one GIFT_CARD_EXPIRED, one in another
 * currency GIFT_CARD_CURRENCY_MISMATCH, one with nothing left GIFT_CARD_EMPTY; the cart is then
 * unchanged. Checkout checks the card again and debits it.
 */
export function applyCartGiftCard(
  db: TenantDb,
  auth: AuthContext,
  input: CodeInput & { code: string },
): Promise<OrdersResult<CartRow>> {
  const code = normalisedGiftCode(input.code);
  if (!GIFT_CODE_PATTERN.test(code)) {
    return Promise.resolve(ordersFail('GIFT_CARD_INVALID', 'This gift card code is not valid', FIELD_GIFT_CARD_CODE));
  }
  return withOpenCart(db, auth, input, async (sql, cart) => {
    const card = await giftCardByCode(sql, code);
    const problem = giftCardProblem(card, cart.currency, FIELD_GIFT_CARD_CODE);
    if (problem || !card) return { ok: false, errors: problem ? [problem] : [] };
    return ok(await setGiftCard(sql, cart.id, card.id));
  });
}

export function removeCartGiftCard(db: TenantDb, auth: AuthContext, input: CodeInput): Promise<OrdersResult<CartRow>> {
  return withOpenCart(db, auth, input, async (sql, cart) => ok(await setGiftCard(sql, cart.id, null)));
}

async function setGiftCard(sql: Sql, cartId: string, giftCardId: string | null): Promise<CartRow> {
  return (await one<CartRow>(
    sql,
    `update orders.carts set gift_card_id = $2, version = version + 1, updated_at = now()
       where id = $1 returning ${CART_COLUMNS}`,
    [cartId, giftCardId],
  )) as CartRow;
}

/** Takes the card off the cart after checkout refused it (the version moves: what is left to pay changed). */
export async function dropCartGiftCard(db: TenantDb, cartId: string): Promise<void> {
  await db.tx(async (sql) =>
    ok(
      await sql.query(
        `update orders.carts set gift_card_id = null, version = version + 1, updated_at = now()
           where id = $1 and status = 'open' and gift_card_id is not null`,
        [cartId],
      ),
    ),
  );
}
