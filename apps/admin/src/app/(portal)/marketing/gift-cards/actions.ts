'use server';
import { randomUUID } from 'node:crypto';
import { fieldErrors } from '@ucos/clients';
import { currencyDigits, type FormState, integer, minorUnits, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../../generated/gql.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { shopTimeZone } from '../../../../lib/shop-time.ts';
import { dayEndIn } from '../../../../lib/time.ts';

const LIST = '/marketing/gift-cards';
const detail = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

const formValues = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<string, string>;

/**
 * A date input's value ("2027-12-31") as the end of that day in the shop's time zone (the card is
 * good through the whole of the day the merchant named); blank: none; undefined when it is not a day.
 */
async function endOfDay(form: FormData, name: string): Promise<string | null | undefined> {
  const value = text(form, name);
  if (!value) return null;
  return dayEndIn(value, await shopTimeZone(LIST))?.toISOString();
}

/** An amount typed as a decimal in `currency` (a leading minus allowed), in minor units; NaN when unreadable. */
function signedMinorUnits(value: string, currency: string): number {
  const negative = value.trim().startsWith('-');
  const amount = minorUnits(value.trim().replace(/^[-+]/, ''), currencyDigits(currency));
  return amount === null ? Number.NaN : negative ? -amount : amount;
}

const Issue = graphql(`
  mutation MarketingGiftCards_Issue($input: GiftCardIssueInput!) {
    giftCardIssue(input: $input) {
      giftCards {
        id
        last4
      }
      codes
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Issues one card (or `count` of the same amount). The codes come back once: the form shows them
 * with the copy button and nothing else keeps them. The form's own key makes a double submit one issue.
 */
export async function issueGiftCards(_: FormState, form: FormData): Promise<FormState> {
  const currency = (optional(form, 'currency') ?? 'EUR').toUpperCase();
  const amount = minorUnits(text(form, 'amount'), currencyDigits(/^[A-Z]{3}$/.test(currency) ? currency : 'EUR'));
  const expiresAt = await endOfDay(form, 'expiresOn');
  if (expiresAt === undefined)
    return { errors: { expiresAt: 'Pick a day such as 2027-12-31' }, values: formValues(form) };
  const input = {
    amount: amount ?? 0,
    currency,
    count: integer(form, 'count') ?? 1,
    code: optional(form, 'code'),
    expiresAt,
    note: optional(form, 'note'),
    idempotencyKey: optional(form, 'idempotencyKey') ?? randomUUID(),
  };
  const { giftCardIssue } = await mutate(Issue, { input }, LIST);
  if (giftCardIssue.errors.length) return { errors: fieldErrors(giftCardIssue.errors), values: formValues(form) };
  revalidatePath(LIST);
  const count = giftCardIssue.giftCards.length;
  return {
    ok: true,
    message: count === 1 ? 'Gift card issued.' : `${count} gift cards issued.`,
    secret: giftCardIssue.codes.join('\n'),
  };
}

const Adjust = graphql(`
  mutation MarketingGiftCards_Adjust($input: GiftCardAdjustInput!) {
    giftCardAdjust(input: $input) {
      giftCard {
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

export async function adjustGiftCard(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const currency = text(form, 'currency') || 'EUR';
  const input = {
    id,
    amount: signedMinorUnits(text(form, 'amount'), currency),
    note: text(form, 'note'),
    version: integer(form, 'version'),
  };
  if (Number.isNaN(input.amount)) {
    return { errors: { amount: 'Type an amount such as 5.00 or -5.00' }, values: formValues(form) };
  }
  const { giftCardAdjust } = await mutate(Adjust, { input }, detail(id));
  if (giftCardAdjust.errors.length) return { errors: fieldErrors(giftCardAdjust.errors), values: formValues(form) };
  revalidatePath(detail(id));
  revalidatePath(LIST);
  return { ok: true, message: 'Balance adjusted.' };
}

const Disable = graphql(`
  mutation MarketingGiftCards_Disable($input: GiftCardDisableInput!) {
    giftCardDisable(input: $input) {
      giftCard {
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

export async function disableGiftCard(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const { giftCardDisable } = await mutate(Disable, { input: { id } }, detail(id));
  if (giftCardDisable.errors.length) return { errors: fieldErrors(giftCardDisable.errors) };
  revalidatePath(detail(id));
  revalidatePath(LIST);
  return { ok: true, message: 'Disabled: the card can no longer pay for anything.' };
}
