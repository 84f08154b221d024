'use server';
import { fieldErrors } from '@ucos/clients';
import { currencyDigits, type FormState, integer, minorUnits, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '../../../../generated/gql.ts';
import type { PromotionActionType, PromotionRuleInput, PromotionTargetKind } from '../../../../generated/graphql.ts';
import { mutate } from '../../../../lib/gateway.ts';
import { shopTimeZone } from '../../../../lib/shop-time.ts';
import { wallTimeIn } from '../../../../lib/time.ts';

const LIST = '/marketing/promotions';
const detail = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

const TYPES = ['PERCENTAGE', 'FIXED', 'BUY_X_GET_Y', 'TIERED', 'FREE_SHIPPING'] as const;
const TARGETS = ['ORDER', 'PRODUCTS', 'COLLECTIONS', 'CATEGORIES', 'VARIANTS'] as const;

/** "10" or "12.5" percent → basis points (1000, 1250); null when it is not a percentage. */
const basisPoints = (value: string) => {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
};

const list = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * The rule from the form's fields: amounts typed as decimals in the promotion's currency, percentages
 * as percent, tiers as "threshold:percent" pairs ("50:5, 100:10"). What cannot be read is left out, and
 * the API names the missing field (INVALID_PROMOTION_RULE under input.rule).
 */
function ruleOf(form: FormData, currency: string | null): PromotionRuleInput {
  const digits = currencyDigits(currency ?? 'EUR');
  const type = (TYPES as readonly string[]).includes(text(form, 'type'))
    ? (text(form, 'type') as PromotionActionType)
    : ('PERCENTAGE' as PromotionActionType);
  const targetKind = (TARGETS as readonly string[]).includes(text(form, 'targetKind'))
    ? (text(form, 'targetKind') as PromotionTargetKind)
    : ('ORDER' as PromotionTargetKind);
  const minSpend = text(form, 'minSubtotal');
  const tiers = list(text(form, 'tiers')).map((pair) => {
    const [threshold = '', percent = ''] = pair.split(':');
    return { minSubtotal: minorUnits(threshold, digits) ?? -1, percentBps: basisPoints(percent) ?? 0 };
  });
  return {
    type,
    targetKind,
    targetIds: list(text(form, 'targetIds')),
    percentBps: text(form, 'percent') ? (basisPoints(text(form, 'percent')) ?? 0) : null,
    amount: text(form, 'amount') ? (minorUnits(text(form, 'amount'), digits) ?? 0) : null,
    buyQuantity: integer(form, 'buyQuantity'),
    getQuantity: integer(form, 'getQuantity'),
    tiers,
    minSubtotal: minSpend ? (minorUnits(minSpend, digits) ?? -1) : null,
    customerGroups: list(text(form, 'customerGroups')),
    shippingMethods: list(text(form, 'shippingMethods')),
  };
}

/**
 * The start and end, datetime-local values ("2026-12-24T09:00") read as wall-clock times in the shop's
 * time zone (the viewer's tenant's, read here and not taken from the form), as instants; blank: none.
 * A value that is not a date and time is an error under its field.
 */
async function schedule(
  form: FormData,
  returnTo: string,
): Promise<{ startsAt: string | null; endsAt: string | null } | { errors: Record<string, string> }> {
  const typed = { startsAt: text(form, 'startsAt'), endsAt: text(form, 'endsAt') };
  if (!typed.startsAt && !typed.endsAt) return { startsAt: null, endsAt: null };
  const timeZone = await shopTimeZone(returnTo);
  const read = (value: string) => (value ? (wallTimeIn(value, timeZone)?.toISOString() ?? undefined) : null);
  const startsAt = read(typed.startsAt);
  const endsAt = read(typed.endsAt);
  const errors: Record<string, string> = {};
  if (startsAt === undefined) errors.startsAt = 'Pick a date and time such as 2026-12-24 09:00';
  if (endsAt === undefined) errors.endsAt = 'Pick a date and time such as 2026-12-31 23:59';
  return startsAt === undefined || endsAt === undefined ? { errors } : { startsAt, endsAt };
}

/** Rule problems (`rule.action.percentBps`) are shown under the field the form has for them. */
function formErrors(errors: Parameters<typeof fieldErrors>[0]) {
  const out: Record<string, string> = {};
  const FIELD_OF: Record<string, string> = {
    percentBps: 'percent',
    amount: 'amount',
    buyQuantity: 'buyQuantity',
    getQuantity: 'getQuantity',
    tiers: 'tiers',
    ids: 'targetIds',
    targetIds: 'targetIds',
    minSubtotal: 'minSubtotal',
    methods: 'shippingMethods',
  };
  for (const [path, message] of Object.entries(fieldErrors(errors))) {
    const parts = path.split('.');
    const key =
      parts[0] === 'rule' ? (parts.map((part) => FIELD_OF[part]).find(Boolean) ?? 'type') : (parts[0] ?? 'name');
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}

const formValues = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string')) as Record<string, string>;

const Create = graphql(`
  mutation MarketingPromotions_Create($input: PromotionCreateInput!) {
    promotionCreate(input: $input) {
      promotion {
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

export async function createPromotion(_: FormState, form: FormData): Promise<FormState> {
  const currency = optional(form, 'currency')?.toUpperCase() ?? null;
  const code = optional(form, 'code');
  const when = await schedule(form, LIST);
  if ('errors' in when) return { errors: when.errors, values: formValues(form) };
  const input = {
    name: text(form, 'name'),
    code,
    automatic: code === null,
    currency,
    rule: ruleOf(form, currency),
    priority: integer(form, 'priority') ?? 0,
    exclusive: form.getAll('exclusive').includes('yes'),
    startsAt: when.startsAt,
    endsAt: when.endsAt,
    usageLimit: integer(form, 'usageLimit'),
    usageLimitPerCustomer: integer(form, 'usageLimitPerCustomer'),
  };
  const { promotionCreate } = await mutate(Create, { input }, LIST);
  if (promotionCreate.errors.length || !promotionCreate.promotion) {
    return { errors: formErrors(promotionCreate.errors), values: formValues(form) };
  }
  revalidatePath(LIST);
  redirect(detail(promotionCreate.promotion.id));
}

const Update = graphql(`
  mutation MarketingPromotions_Update($input: PromotionUpdateInput!) {
    promotionUpdate(input: $input) {
      promotion {
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

export async function updatePromotion(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const currency = optional(form, 'currency')?.toUpperCase() ?? null;
  const when = await schedule(form, detail(id));
  if ('errors' in when) return { errors: when.errors, values: formValues(form) };
  const input = {
    id,
    version: integer(form, 'version'),
    name: text(form, 'name'),
    currency,
    rule: ruleOf(form, currency),
    priority: integer(form, 'priority') ?? 0,
    exclusive: form.getAll('exclusive').includes('yes'),
    startsAt: when.startsAt,
    endsAt: when.endsAt,
    usageLimit: integer(form, 'usageLimit'),
    usageLimitPerCustomer: integer(form, 'usageLimitPerCustomer'),
  };
  const { promotionUpdate } = await mutate(Update, { input }, detail(id));
  if (promotionUpdate.errors.length) return { errors: formErrors(promotionUpdate.errors), values: formValues(form) };
  revalidatePath(detail(id));
  revalidatePath(LIST);
  return { ok: true, message: 'Promotion saved.' };
}

const Archive = graphql(`
  mutation MarketingPromotions_Archive($input: PromotionArchiveInput!) {
    promotionArchive(input: $input) {
      promotion {
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

export async function archivePromotion(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const { promotionArchive } = await mutate(Archive, { input: { id } }, detail(id));
  if (promotionArchive.errors.length) return { errors: fieldErrors(promotionArchive.errors) };
  revalidatePath(detail(id));
  revalidatePath(LIST);
  return { ok: true, message: 'Archived: it no longer applies.' };
}

const Generate = graphql(`
  mutation MarketingPromotions_Generate($input: PromotionCodesGenerateInput!) {
    promotionCodesGenerate(input: $input) {
      codes
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function generateCodes(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const input = { promotionId: id, count: integer(form, 'count') ?? 0, prefix: text(form, 'prefix') };
  const { promotionCodesGenerate } = await mutate(Generate, { input }, detail(id));
  if (promotionCodesGenerate.errors.length) {
    return { errors: fieldErrors(promotionCodesGenerate.errors), values: formValues(form) };
  }
  revalidatePath(detail(id));
  return {
    ok: true,
    message: `${promotionCodesGenerate.codes.length} single-use codes generated (batch ${input.prefix.toUpperCase()}).`,
  };
}
