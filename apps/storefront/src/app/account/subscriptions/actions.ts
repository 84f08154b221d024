'use server';
import { type FormState, integer, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { gql } from '../../../lib/gateway.ts';
import { SubscriptionCancel, SubscriptionPause, SubscriptionResume, SubscriptionSkipNext } from './documents.ts';

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
