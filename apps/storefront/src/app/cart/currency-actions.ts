'use server';
import type { FormState } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { graphql } from '../../generated/gql.ts';
import { cartId } from '../../lib/cart.ts';
import { CURRENCY_COOKIE, shopCurrencies } from '../../lib/currency.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';

const CartToMove = graphql(`
  query CurrencySwitch_Cart($id: ID!) {
    cart(id: $id) {
      status
      currency
      lines {
        sku
        title
      }
    }
  }
`);

const CurrencyChange = graphql(`
  mutation CurrencySwitch_CartCurrencyChange($input: CartCurrencyChangeInput!) {
    cartCurrencyChange(input: $input) {
      cart {
        id
        currency
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * An open cart in another currency is priced again in the chosen one, in place (a guest's and a
 * signed-in shopper's alike: the orders API moves every line or none). A cart that cannot move (a line
 * without a price in that currency) stays as it is, in its own currency; the answer names its lines.
 */
async function moveCart(to: string): Promise<string | null> {
  const id = await cartId();
  if (!id) return null;
  const { cart } = await gql(CartToMove, { id }, { as: 'either' });
  if (cart?.status !== 'OPEN' || cart.currency === to) return null;
  const { cartCurrencyChange } = await gql(
    CurrencyChange,
    { input: { cartId: id, currency: to } },
    { as: 'either', mutation: true },
  );
  if (!cartCurrencyChange.errors.length) return null;
  const t = await getTranslations('CartActions');
  const unpriced = cartCurrencyChange.errors.filter((error) => error.code === 'CURRENCY_MISMATCH');
  // the API names each line without a price by its title and SKU; the shopper sees the titles
  const lines = cart.lines.filter((line) => unpriced.some((error) => error.message.includes(`(SKU ${line.sku})`)));
  if (lines.length) {
    return t('currencyKept', {
      from: cart.currency,
      to,
      lines: lines.map((line) => line.title).join(', '),
      count: lines.length,
    });
  }
  return t('currencyNotChanged', {
    from: cart.currency,
    reason: cartCurrencyChange.errors.map((error) => error.message).join(' '),
  });
}

/**
 * The currency switcher: remembers the choice for a year; prices, cart and checkout then use it. A
 * cart that could not follow is named in the answer.
 */
export async function chooseCurrency(_: FormState, form: FormData): Promise<FormState> {
  const chosen = form.get('currency');
  if (typeof chosen !== 'string' || !(await shopCurrencies()).includes(chosen)) return {};
  (await cookies()).set(CURRENCY_COOKIE, chosen, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
    secure: process.env.UCOS_SECURE_COOKIES === 'true',
  });
  let message: string | null;
  try {
    message = await moveCart(chosen);
  } catch (error) {
    if (!(error instanceof GatewayError)) throw error;
    message = error.message;
  }
  revalidatePath('/', 'layout');
  return message ? { message } : { ok: true };
}
