'use server';
import type { FormState } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { cartId, rememberCart } from '../../lib/cart.ts';
import { currency } from '../../lib/currency.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';
import {
  ApplyCode,
  ApplyGiftCard,
  CartCreate,
  LinesAdd,
  LinesUpdate,
  RemoveCode,
  RemoveGiftCard,
} from './documents.ts';

/** The API's codes a shopper gets in their own words (messages `CartActions.error.<code>`). */
const FRIENDLY = new Set(['INSUFFICIENT_STOCK', 'UNKNOWN_VARIANT', 'INVALID_QUANTITY', 'CURRENCY_MISMATCH']);
const CODE_MESSAGES = new Set([
  'PROMOTION_CODE_INVALID',
  'PROMOTION_EXPIRED',
  'PROMOTION_NOT_STARTED',
  'PROMOTION_EXHAUSTED',
  'PROMOTION_NOT_APPLICABLE',
]);
const GIFT_CARD_MESSAGES = new Set([
  'GIFT_CARD_INVALID',
  'GIFT_CARD_EXPIRED',
  'GIFT_CARD_CURRENCY_MISMATCH',
  'GIFT_CARD_EMPTY',
]);
const explain = async (error: { code: string; message: string }, known: Set<string>) =>
  known.has(error.code) ? (await getTranslations('CartActions'))(`error.${error.code}`) : error.message;

async function newCart(returnTo: string): Promise<string> {
  const { cartCreate } = await gql(
    CartCreate,
    { input: { currency: await currency() } },
    { as: 'either', mutation: true, returnTo },
  );
  if (!cartCreate.cart) {
    throw new GatewayError(cartCreate.errors[0]?.message ?? (await getTranslations('CartActions'))('noCart'));
  }
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
        // the header's cart count is on every page
        revalidatePath('/', 'layout');
        const count = cartLinesAdd.cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
        return { ok: true, message: (await getTranslations('CartActions'))('added', { count }) };
      }
      if (attempt === 0 && (error.code === 'CART_NOT_OPEN' || error.code === 'NOT_FOUND')) {
        id = await newCart(returnTo);
        continue;
      }
      return { message: await explain(error, FRIENDLY) };
    }
    return { message: (await getTranslations('CartActions'))('notUpdated') };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
}

/** Sets a line's quantity (0 removes it). */
export async function setQuantity(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: (await getTranslations('CartActions'))('expired') };
  const variantId = String(form.get('variantId') ?? '');
  const quantity = Math.max(0, Number(form.get('quantity') ?? 0) || 0);
  try {
    const { cartLinesUpdate } = await gql(
      LinesUpdate,
      { input: { cartId: id, lines: [{ variantId, quantity }] } },
      { as: 'either', mutation: true, returnTo: '/cart' },
    );
    const error = cartLinesUpdate.errors[0];
    if (error) return { message: await explain(error, FRIENDLY) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('CartActions'))(quantity === 0 ? 'removed' : 'updated') };
}

/** Puts a promotion code on the cart; the API says why one is refused. */
export async function applyCode(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: (await getTranslations('CartActions'))('expired') };
  const code = String(form.get('code') ?? '').trim();
  if (!code) return { errors: { code: (await getTranslations('CartActions'))('enterCode') }, values: { code } };
  try {
    const { cartApplyPromotionCode } = await gql(
      ApplyCode,
      { input: { cartId: id, code } },
      { as: 'either', mutation: true, returnTo: '/cart' },
    );
    const error = cartApplyPromotionCode.errors[0];
    if (error) return { errors: { code: await explain(error, CODE_MESSAGES) }, values: { code } };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: (await getTranslations('CartActions'))('codeApplied') };
}

export async function removeCode(_: FormState): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: (await getTranslations('CartActions'))('expired') };
  try {
    await gql(RemoveCode, { input: { cartId: id } }, { as: 'either', mutation: true, returnTo: '/cart' });
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: (await getTranslations('CartActions'))('codeRemoved') };
}

/** Pays (part of) the cart with a gift card; the API says why one is refused, never which codes exist. */
export async function applyGiftCard(_: FormState, form: FormData): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: (await getTranslations('CartActions'))('expired') };
  const code = String(form.get('giftCardCode') ?? '').trim();
  if (!code) {
    return {
      errors: { giftCardCode: (await getTranslations('CartActions'))('enterGiftCard') },
      values: { giftCardCode: code },
    };
  }
  try {
    const { cartApplyGiftCard } = await gql(
      ApplyGiftCard,
      { input: { cartId: id, code } },
      { as: 'either', mutation: true, returnTo: '/cart' },
    );
    const error = cartApplyGiftCard.errors[0];
    if (error) {
      // the code typed is not sent back into the form: a gift card code is as good as cash
      return { errors: { giftCardCode: await explain(error, GIFT_CARD_MESSAGES) } };
    }
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: (await getTranslations('CartActions'))('giftCardApplied') };
}

export async function removeGiftCard(_: FormState): Promise<FormState> {
  const id = await cartId();
  if (!id) return { message: (await getTranslations('CartActions'))('expired') };
  try {
    await gql(RemoveGiftCard, { input: { cartId: id } }, { as: 'either', mutation: true, returnTo: '/cart' });
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/cart');
  return { ok: true, message: (await getTranslations('CartActions'))('giftCardRemoved') };
}
