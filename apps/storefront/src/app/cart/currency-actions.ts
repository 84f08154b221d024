'use server';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { graphql } from '../../generated/gql.ts';
import { cartId, rememberCart } from '../../lib/cart.ts';
import { CURRENCY_COOKIE, shopCurrencies } from '../../lib/currency.ts';
import { gql } from '../../lib/gateway.ts';
import { liveOffer } from '../products/[handle]/actions.ts';
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
 * Whether every line has a price in `currency` for its quantity, asked as the cart's add will be (the
 * shopper's token, so a B2B buyer's company prices): the orders API cannot create a cart together
 * with its lines, so a line it would refuse must be found before a cart is created for them.
 */
async function allPricedIn(currency: string, lines: readonly { variantId: string; quantity: number }[]) {
  const offers = await Promise.all(lines.map((line) => liveOffer(line.variantId, currency, line.quantity)));
  return offers.every((answer) => answer.ok && answer.offer?.price?.currency === currency);
}

/**
 * An open cart in another currency is priced again in the chosen one: a new cart with the same lines
 * (and the same promotion code, when it applies there). A cart that cannot be (a line without a price
 * in that currency) stays as it is, in its own currency, which the cart page shows; no cart is created
 * for it, so none is left behind empty.
 */
async function moveCart(to: string) {
  const id = await cartId();
  if (!id) return;
  const { cart } = await gql(CartToMove, { id }, { as: 'either' });
  if (cart?.status !== 'OPEN' || cart.currency === to || cart.lines.length === 0) return;
  const lines = cart.lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity }));
  if (!(await allPricedIn(to, lines))) return;
  const { cartCreate } = await gql(CartCreate, { input: { currency: to } }, { as: 'either', mutation: true });
  // a signed-in shopper gets their open cart back (one per customer): adding its lines again would double them
  if (!cartCreate.cart || cartCreate.cart.id === id) return;
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
