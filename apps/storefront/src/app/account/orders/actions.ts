'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { GatewayError, gql } from '../../../lib/gateway.ts';
import { ReturnRequest } from './documents.ts';

/** The refusals not about one field a shopper reads in their own words (messages `Returns.error.<code>`). */
const EXPLAIN = new Set(['RETURN_WINDOW_CLOSED', 'NOT_FOUND']);

/**
 * A return request from the order page. The form names each returnable line by its position on the
 * page (`variant.<n>`, `quantity.<n>`); only lines with a quantity are sent, so the API's
 * `lines.<i>.quantity` errors are mapped back to the field the shopper typed in.
 */
export async function requestReturn(_: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('Returns');
  const orderId = text(form, 'orderId');
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<
    string,
    string
  >;
  const chosen: { position: string; variantId: string; quantity: number }[] = [];
  const errors: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith('variant.') || typeof value !== 'string') continue;
    const position = name.slice('variant.'.length);
    const typed = text(form, `quantity.${position}`);
    if (typed === '' || typed === '0') continue;
    const quantity = integer(form, `quantity.${position}`);
    if (quantity === null || quantity < 0) {
      errors[`quantity.${position}`] = t('wholeNumber');
      continue;
    }
    chosen.push({ position, variantId: value, quantity });
  }
  if (Object.keys(errors).length) return { errors, values };
  if (chosen.length === 0) {
    return { errors: { 'quantity.0': t('chooseQuantity') }, values };
  }
  const reasonCode = text(form, 'reasonCode');
  if (!reasonCode) return { errors: { reasonCode: t('chooseReason') }, values };
  const details = text(form, 'reasonDetails');
  const reason = details ? `${reasonCode}: ${details}` : reasonCode;
  const here = `/account/orders/${encodeURIComponent(orderId)}`;
  try {
    const { returnRequest } = await gql(
      ReturnRequest,
      {
        input: {
          orderId,
          reason,
          lines: chosen.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
        },
      },
      { as: 'shopper', mutation: true, returnTo: here },
    );
    if (!returnRequest.return) {
      const apiErrors = fieldErrors(returnRequest.errors);
      const mapped: Record<string, string> = {};
      for (const [path, message] of Object.entries(apiErrors)) {
        const line = /^lines\.(\d+)\.(?:quantity|variantId)$/.exec(path);
        const position = line ? chosen[Number(line[1])]?.position : undefined;
        if (position !== undefined) mapped[`quantity.${position}`] = message;
        else if (path === 'reason') mapped.reasonDetails = message;
        else mapped[''] = mapped[''] ? `${mapped['']} ${message}` : message;
      }
      const general = returnRequest.errors.find((error) => !error.field?.length);
      if (general) mapped[''] = EXPLAIN.has(general.code) ? t(`error.${general.code}`) : general.message;
      return { errors: mapped, values };
    }
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
  revalidatePath(here);
  return { ok: true, message: t('requested') };
}
