'use server';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { graphql } from '../../generated/gql.ts';
import { cartId, rememberCart } from '../../lib/cart.ts';
import { CURRENCY_COOKIE, shopCurrencies } from '../../lib/currency.ts';
import { gql } from '../../lib/gateway.ts';
import { ApplyCode, CartCreate, LinesAdd } from './documents.ts';

const CartToMove = graphql(`
  query CurrencySwitch_Cart($id: ID!) {
    cart(id: $id) {
      status
      currency
      promotionCode
      lines {
        quantity
        variant {
          id
        }
      }
    }
  }
`);

/**
 * An open cart in another currency is priced again in the chosen one: a new cart with the same lines
 * (and the same promotion code, when it applies there). A cart that cannot be (a line without a price
 * in that currency) stays as it is, in its own currency, which the cart page shows.
 */
async function moveCart(to: string) {
  const id = await cartId();
  if (!id) return;
  const { cart } = await gql(CartToMove, { id }, { as: 'either' });
  if (cart?.status !== 'OPEN' || cart.currency === to || cart.lines.length === 0) return;
  const { cartCreate } = await gql(CartCreate, { input: { currency: to } }, { as: 'either', mutation: true });
  if (!cartCreate.cart) return;
  const lines = cart.lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity }));
  const { cartLinesAdd } = await gql(
    LinesAdd,
    { input: { cartId: cartCreate.cart.id, lines } },
    { as: 'either', mutation: true },
  );
  if (cartLinesAdd.errors.length) return;
  if (cart.promotionCode) {
    await gql(
      ApplyCode,
      { input: { cartId: cartCreate.cart.id, code: cart.promotionCode } },
      { as: 'either', mutation: true },
    );
  }
  await rememberCart(cartCreate.cart.id);
}

/** The currency switcher: remembers the choice for a year; prices, cart and checkout then use it. */
export async function chooseCurrency(form: FormData) {
  const chosen = form.get('currency');
  if (typeof chosen !== 'string' || !(await shopCurrencies()).includes(chosen)) return;
  (await cookies()).set(CURRENCY_COOKIE, chosen, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
  await moveCart(chosen);
  revalidatePath('/', 'layout');
}
