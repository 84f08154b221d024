'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import type { SubscriptionIntervalUnit } from '../../../../generated/graphql.ts';
import { gql, mutate } from '../../../../lib/gateway.ts';

const LIST = '/customers/subscriptions';
const detail = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

const formValues = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<string, string>;

const Pause = graphql(`
  mutation CustomersSubscriptions_Pause($input: SubscriptionActionInput!) {
    subscriptionPause(input: $input) {
      subscription {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const Resume = graphql(`
  mutation CustomersSubscriptions_Resume($input: SubscriptionActionInput!) {
    subscriptionResume(input: $input) {
      subscription {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const SkipNext = graphql(`
  mutation CustomersSubscriptions_SkipNext($input: SubscriptionActionInput!) {
    subscriptionSkipNext(input: $input) {
      subscription {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
const Cancel = graphql(`
  mutation CustomersSubscriptions_Cancel($input: SubscriptionActionInput!) {
    subscriptionCancel(input: $input) {
      subscription {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DONE: Record<string, string> = {
  PAUSE: 'Paused: no renewals until it is resumed.',
  RESUME: 'Resumed: it renews again (at once if a renewal was missed).',
  SKIP_NEXT: 'The next renewal is skipped.',
  CANCEL: 'Cancelled: no more renewals.',
};

/** One of the subscription's available actions (the form's `action`), at the version the page showed. */
export async function actOnSubscription(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const action = text(form, 'action');
  const input = { id, version: integer(form, 'version'), reason: optional(form, 'reason') };
  const here = detail(id);
  const errors =
    action === 'PAUSE'
      ? (await mutate(Pause, { input }, here)).subscriptionPause.errors
      : action === 'RESUME'
        ? (await mutate(Resume, { input }, here)).subscriptionResume.errors
        : action === 'SKIP_NEXT'
          ? (await mutate(SkipNext, { input }, here)).subscriptionSkipNext.errors
          : action === 'CANCEL'
            ? (await mutate(Cancel, { input }, here)).subscriptionCancel.errors
            : [{ code: 'INVALID_INPUT', field: ['input', 'action'], message: 'Unknown action' }];
  if (errors.length) return { errors: fieldErrors(errors), values: formValues(form) };
  revalidatePath(here);
  revalidatePath(LIST);
  return { ok: true, message: DONE[action] ?? 'Done.' };
}

const Change = graphql(`
  mutation CustomersSubscriptions_Change($input: SubscriptionChangeInput!) {
    subscriptionChange(input: $input) {
      subscription {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Quantity, shipping address and method of the renewals to come, at the version the page showed. */
export async function changeSubscription(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const here = detail(id);
  const address = (name: string) => text(form, `shippingAddress.${name}`);
  const input = {
    id,
    version: integer(form, 'version'),
    // not a whole number: sent as 0, which the API refuses under the field
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
  const { subscriptionChange } = await mutate(Change, { input }, here);
  if (subscriptionChange.errors.length)
    return { errors: fieldErrors(subscriptionChange.errors), values: formValues(form) };
  revalidatePath(here);
  revalidatePath(LIST);
  return { ok: true, message: 'Saved: the next renewal orders with these details.' };
}

const VariantBySku = graphql(`
  query CustomersSubscriptions_VariantBySku($sku: String!) {
    variantBySku(sku: $sku) {
      id
    }
  }
`);

const PlanSet = graphql(`
  mutation CustomersSubscriptions_PlanSet($input: SubscriptionPlanSetInput!) {
    subscriptionPlanSet(input: $input) {
      plan {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const UNITS: readonly SubscriptionIntervalUnit[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as SubscriptionIntervalUnit[];

/** Sells the variant with this SKU by subscription (or changes its plan). */
export async function setPlan(_: FormState, form: FormData): Promise<FormState> {
  const sku = text(form, 'sku').trim();
  const { variantBySku } = await gql(VariantBySku, { sku }, LIST);
  if (!variantBySku) return { errors: { sku: `No variant has the SKU "${sku}"` }, values: formValues(form) };
  const unit = text(form, 'intervalUnit').toUpperCase() as SubscriptionIntervalUnit;
  const input = {
    variantId: variantBySku.id,
    name: text(form, 'name'),
    intervalUnit: UNITS.includes(unit) ? unit : ('MONTH' as SubscriptionIntervalUnit),
    intervalCount: integer(form, 'intervalCount') ?? 1,
    trialDays: integer(form, 'trialDays') ?? 0,
    active: text(form, 'active') !== 'false',
  };
  const { subscriptionPlanSet } = await mutate(PlanSet, { input }, LIST);
  if (subscriptionPlanSet.errors.length)
    return { errors: fieldErrors(subscriptionPlanSet.errors), values: formValues(form) };
  revalidatePath(LIST);
  return { ok: true, message: `"${input.name}" is sold by subscription.` };
}
