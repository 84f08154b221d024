'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { gql } from '../../../lib/gateway.ts';
import {
  SubscriptionCancel,
  SubscriptionChange,
  SubscriptionPause,
  SubscriptionPaymentMethodUpdate,
  SubscriptionResume,
  SubscriptionSkipNext,
} from './documents.ts';

const HERE = '/account/subscriptions';

/** One of the subscription's available actions, at the version the page showed; the API's refusal in the shopper's words. */
export async function actOnSubscription(_: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('Subscriptions');
  const action = text(form, 'action');
  const input = { id: text(form, 'id'), version: integer(form, 'version') };
  const options = { as: 'shopper' as const, mutation: true, returnTo: HERE };
  const errors =
    action === 'PAUSE'
      ? (await gql(SubscriptionPause, { input }, options)).subscriptionPause.errors
      : action === 'RESUME'
        ? (await gql(SubscriptionResume, { input }, options)).subscriptionResume.errors
        : action === 'SKIP_NEXT'
          ? (await gql(SubscriptionSkipNext, { input }, options)).subscriptionSkipNext.errors
          : action === 'CANCEL'
            ? (await gql(SubscriptionCancel, { input }, options)).subscriptionCancel.errors
            : [{ code: 'NOT_FOUND', field: null, message: '' }];
  const refused = errors[0];
  if (refused) {
    const known = ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'].includes(refused.code) ? refused.code : 'other';
    return { ok: false, message: t(`error.${known}`) };
  }
  revalidatePath(HERE);
  return { ok: true, message: t(`done.${action}`) };
}

/** Refusals the shopper gets in their language, next to the field; any other keeps the API's words. */
const LOCALIZED = new Set(['INVALID_QUANTITY', 'SHIPPING_METHOD_UNAVAILABLE']);

/** Quantity, address and method of the next orders; the API's refusal next to the field it names. */
export async function changeSubscription(_: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('Subscriptions');
  const values = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<
    string,
    string
  >;
  const address = (name: string) => text(form, `shippingAddress.${name}`);
  const input = {
    id: text(form, 'id'),
    version: integer(form, 'version'),
    // a quantity that is not a whole number is sent as 0: the API refuses it under the field
    quantity: integer(form, 'quantity') ?? 0,
    shippingMethod: optional(form, 'shippingMethod'),
    shippingAddress: {
      name: address('name'),
      line1: address('line1'),
      line2: address('line2') || null,
      postalCode: address('postalCode'),
      city: address('city'),
      country: address('country').toUpperCase(),
    },
  };
  const { subscriptionChange } = await gql(
    SubscriptionChange,
    { input },
    { as: 'shopper', mutation: true, returnTo: HERE },
  );
  if (subscriptionChange.errors.length) {
    const errors = fieldErrors(subscriptionChange.errors);
    for (const error of subscriptionChange.errors) {
      const path = (error.field ?? []).slice(1).join('.');
      if (LOCALIZED.has(error.code)) errors[path] = t(`changeError.${error.code}`);
      else if (!path && ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'].includes(error.code))
        errors[''] = t(`error.${error.code}`);
    }
    return { errors, values };
  }
  revalidatePath(HERE);
  return { ok: true, message: t('changed') };
}

/**
 * A new card for the renewals (the test provider's cards, as at checkout), under the key the page
 * rendered: a double submit saves it once. A past-due subscription is charged again at once.
 */
export async function changePaymentMethod(_: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('Subscriptions');
  const token = text(form, 'payment.token') || 'tok_visa';
  const { subscriptionPaymentMethodUpdate: answer } = await gql(
    SubscriptionPaymentMethodUpdate,
    {
      input: {
        id: text(form, 'id'),
        version: integer(form, 'version'),
        idempotencyKey: text(form, 'idempotencyKey'),
        payment: { provider: 'test', token },
      },
    },
    { as: 'shopper', mutation: true, returnTo: HERE },
  );
  const refused = answer.errors[0];
  if (refused) {
    if (refused.code === 'PAYMENT_DECLINED')
      return { errors: { 'payment.token': t('paymentError.PAYMENT_DECLINED') }, values: { 'payment.token': token } };
    const known = ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'].includes(refused.code) ? refused.code : 'other';
    return { ok: false, message: t(`error.${known}`) };
  }
  revalidatePath(HERE);
  return { ok: true, message: t(answer.subscription?.status === 'PAST_DUE' ? 'paymentRetrying' : 'paymentSaved') };
}
