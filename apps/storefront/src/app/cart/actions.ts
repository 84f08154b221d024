'use server';
import type { FormState } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { cartId, rememberCart } from '../../lib/cart.ts';
import { currency } from '../../lib/config.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';
import { ApplyCode, CartCreate, LinesAdd, LinesUpdate, RemoveCode } from './documents.ts';

const FRIENDLY: Record<string, string> = {
  INSUFFICIENT_STOCK: 'Not enough stock for that quantity.',
  UNKNOWN_VARIANT: 'This item is no longer sold.',
  INVALID_QUANTITY: 'Choose a quantity of at least 1.',
  CURRENCY_MISMATCH: 'This item cannot be added to a cart in another currency.',
};

async function newCart(returnTo: string): Promise<string> {
  const { cartCreate } = await gql(
    CartCreate,
    { input: { currency: currency() } },
    { as: 'either', mutation: true, returnTo },
  );
  if (!cartCreate.cart) throw new GatewayError(cartCreate.errors[0]?.message ?? 'No cart could be created.');
  await rememberCart(cartCreate.cart.id);
  return cartCreate.cart.id;
}

/**
 * Adds a line; a cart that was completed, merged or is unknown is replaced by a new one. An expired
 * shopper session signs in again and comes back to `returnTo` (the product page).
 */
export async function addToCart(variantId: string, quantity: number, returnTo = '/cart'): Promise<FormState> {
  try {
    let id = (await cartId()) ?? (await newCart(returnTo));
    for (let attempt = 0; attempt < 2; attempt++) {
      const { cartLinesAdd } = await gql(
        LinesAdd,
        { input: { cartId: id, lines: [{ variantId, quantity }] } },
        { as: 'either', mutation: true, returnTo },
      );
      const error = cartLinesAdd.errors[0];
      if (!error) {
        revalidatePath('/cart');
        const count = cartLinesAdd.cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
        return { ok: true, message: `Added to your cart (${count} item${count === 1 ? '' : 's'}).` };
      }
      if (attempt === 0 && (error.code === 'CART_NOT_OPEN' || error.code === 'NOT_FOUND')) {
        id = await newCart(returnTo);
        continue;
      }
      return { message: FRIENDLY[error.code] ?? error.message };
    }
    return { message: 'The cart could not be updated.' };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
}

/** Sets a line's quantity (0 removes it). */
export async function setQuantity(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: 'Your cart has expired.' };
  const variantId = String(form.get('variantId') ?? '');
  const quantity = Math.max(0, Number(form.get('quantity') ?? 0) || 0);
  try {
    const { cartLinesUpdate } = await gql(
      LinesUpdate,
      { input: { cartId: id, lines: [{ variantId, quantity }] } },
      { as: 'either', mutation: true, returnTo: '/cart' },
    );
    const error = cartLinesUpdate.errors[0];
    if (error) return { message: FRIENDLY[error.code] ?? error.message };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: quantity === 0 ? 'Removed.' : 'Updated.' };
}

const CODE_MESSAGES: Record<string, string> = {
  PROMOTION_CODE_INVALID: 'That code does not exist. Check the spelling.',
  PROMOTION_EXPIRED: 'That code has expired.',
  PROMOTION_NOT_STARTED: 'That code is not valid yet.',
  PROMOTION_EXHAUSTED: 'That code has already been used up.',
  PROMOTION_NOT_APPLICABLE: 'That code cannot be used for this cart.',
};

/** Puts a promotion code on the cart; the API says why one is refused. */
export async function applyCode(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: 'Your cart has expired.' };
  const code = String(form.get('code') ?? '').trim();
  if (!code) return { errors: { code: 'Enter a code.' }, values: { code } };
  try {
    const { cartApplyPromotionCode } = await gql(
      ApplyCode,
      { input: { cartId: id, code } },
      { as: 'either', mutation: true, returnTo: '/cart' },
    );
    const error = cartApplyPromotionCode.errors[0];
    if (error) return { errors: { code: CODE_MESSAGES[error.code] ?? error.message }, values: { code } };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: 'Code applied.' };
}

export async function removeCode(_: FormState): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: 'Your cart has expired.' };
  try {
    await gql(RemoveCode, { input: { cartId: id } }, { as: 'either', mutation: true, returnTo: '/cart' });
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: 'Code removed.' };
}
