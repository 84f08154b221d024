'use server';
import { type FieldErrors, fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';
import { pickedTier, tierInForceWords } from '../../../lib/rate-limit-tier.ts';

const BACK = '/settings';
const done = (message: string, secret?: string): FormState => {
  revalidatePath(BACK);
  return { ok: true, message, ...(secret ? { secret } : {}) };
};

const MemberInvite = graphql(`
  mutation SettingsMembers_Invite($input: MemberInviteInput!) {
    memberInvite(input: $input) {
      invitation {
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

/** Mails an invitation; the answer is the same whether or not the address has an account. */
export async function inviteMember(_: FormState, form: FormData): Promise<FormState> {
  const input = { email: text(form, 'email'), roleNames: form.getAll('roleNames').map(String) };
  const { memberInvite } = await mutate(MemberInvite, { input }, BACK);
  if (memberInvite.errors.length) return { errors: fieldErrors(memberInvite.errors), values: { email: input.email } };
  return done(`Invitation mailed to ${input.email}.`);
}

const InvitationRevoke = graphql(`
  mutation SettingsInvitations_Revoke($input: InvitationRevokeInput!) {
    invitationRevoke(input: $input) {
      invitation {
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

export async function revokeInvitation(_: FormState, form: FormData): Promise<FormState> {
  const { invitationRevoke } = await mutate(InvitationRevoke, { input: { id: text(form, 'id') } }, BACK);
  if (invitationRevoke.errors.length) return { errors: fieldErrors(invitationRevoke.errors) };
  return done('Invitation revoked.');
}

const ApiKeyCreate = graphql(`
  mutation SettingsApiKeys_Create($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The tier picked in a form; the API refuses anything else, so an unknown value is sent as it is. */
const tierOf = (form: FormData) => pickedTier(form) ?? undefined;

/** The app a new key belongs to, when one was picked: a key without its own tier follows its tier. */
const appOf = (form: FormData) => text(form, 'appId') || undefined;

export async function createApiKey(_: FormState, form: FormData): Promise<FormState> {
  const rateLimitTier = tierOf(form);
  const appId = appOf(form);
  const input = {
    name: text(form, 'name'),
    scopes: form.getAll('scopes').map(String),
    ...(rateLimitTier ? { rateLimitTier } : {}),
    ...(appId ? { appId } : {}),
  };
  const { apiKeyCreate } = await mutate(ApiKeyCreate, { input }, BACK);
  if (apiKeyCreate.errors.length || !apiKeyCreate.secret) return { errors: fieldErrors(apiKeyCreate.errors) };
  return done(`API key “${input.name}” created.`, apiKeyCreate.secret);
}

const StorefrontKeyCreate = graphql(`
  mutation SettingsStorefrontKeys_Create($input: StorefrontKeyCreateInput!) {
    storefrontKeyCreate(input: $input) {
      secret
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function createStorefrontKey(_: FormState, form: FormData): Promise<FormState> {
  const rateLimitTier = tierOf(form);
  const appId = appOf(form);
  const input = { name: text(form, 'name'), ...(rateLimitTier ? { rateLimitTier } : {}), ...(appId ? { appId } : {}) };
  const { storefrontKeyCreate } = await mutate(StorefrontKeyCreate, { input }, BACK);
  if (storefrontKeyCreate.errors.length || !storefrontKeyCreate.secret) {
    return { errors: fieldErrors(storefrontKeyCreate.errors) };
  }
  return done('Storefront key created.', storefrontKeyCreate.secret);
}

const ApiKeyRevoke = graphql(`
  mutation SettingsApiKeys_Revoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function revokeApiKey(_: FormState, form: FormData): Promise<FormState> {
  const { apiKeyRevoke } = await mutate(ApiKeyRevoke, { input: { id: text(form, 'id') } }, BACK);
  if (apiKeyRevoke.errors.length) return { errors: fieldErrors(apiKeyRevoke.errors) };
  return done('Key revoked.');
}

const ApiKeyTierSet = graphql(`
  mutation SettingsApiKeys_TierSet($input: ApiKeyRateLimitTierSetInput!) {
    apiKeyRateLimitTierSet(input: $input) {
      apiKey {
        id
        rateLimitTier
        rateLimitTierSource
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
 * Sets a key's own rate-limit tier, or ("follow") clears it so the key follows its app's tier; the
 * gateway applies it from the key's next resolution.
 */
export async function setApiKeyTier(_: FormState, form: FormData): Promise<FormState> {
  const tier = pickedTier(form);
  const { apiKeyRateLimitTierSet } = await mutate(ApiKeyTierSet, { input: { id: text(form, 'id'), tier } }, BACK);
  const { apiKey, errors } = apiKeyRateLimitTierSet;
  if (errors.length || !apiKey) return { errors: fieldErrors(errors) };
  return done(
    tier
      ? `Rate-limit tier set to ${tier.toLowerCase()}.`
      : `The key follows its app now: ${tierInForceWords(apiKey.rateLimitTier, apiKey.rateLimitTierSource)}.`,
  );
}

const FlagSet = graphql(`
  mutation SettingsFlags_Set($input: FeatureFlagSetInput!) {
    featureFlagSet(input: $input) {
      featureFlag {
        key
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function setFlag(_: FormState, form: FormData): Promise<FormState> {
  const percentage = text(form, 'percentage');
  const version = text(form, 'version');
  const input = {
    key: text(form, 'key'),
    description: optional(form, 'description'),
    enabled: text(form, 'enabled') === 'true',
    percentage: percentage ? Number(percentage) : null,
    version: version ? Number(version) : 0,
  };
  const { featureFlagSet } = await mutate(FlagSet, { input }, BACK);
  if (featureFlagSet.errors.length) return { errors: fieldErrors(featureFlagSet.errors), values: { key: input.key } };
  return done(`Flag ${input.key} saved.`);
}

const MemberRolesSet = graphql(`
  mutation SettingsMembers_SetRoles($input: MemberRolesSetInput!) {
    memberRolesSet(input: $input) {
      member {
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

export async function setMemberRoles(_: FormState, form: FormData): Promise<FormState> {
  const input = { userId: text(form, 'userId'), roleNames: form.getAll('roleNames').map(String) };
  const { memberRolesSet } = await mutate(MemberRolesSet, { input }, BACK);
  if (memberRolesSet.errors.length) return { errors: fieldErrors(memberRolesSet.errors) };
  return done('Roles changed.');
}

const MemberRemove = graphql(`
  mutation SettingsMembers_Remove($input: MemberRemoveInput!) {
    memberRemove(input: $input) {
      removedUserId
      revokedApiKeys {
        id
        name
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function removeMember(_: FormState, form: FormData): Promise<FormState> {
  const input = { userId: text(form, 'userId'), keepApiKeys: form.getAll('keepApiKeys').includes('true') };
  const { memberRemove } = await mutate(MemberRemove, { input }, BACK);
  if (memberRemove.errors.length) return { errors: fieldErrors(memberRemove.errors) };
  const revoked = memberRemove.revokedApiKeys.map((key) => `“${key.name}”`);
  return done(revoked.length ? `User removed; their API keys ${revoked.join(', ')} revoked.` : 'User removed.');
}

const TenantUpdate = graphql(`
  mutation SettingsStore_Update($input: TenantUpdateInput!) {
    tenantUpdate(input: $input) {
      tenant {
        id
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ADDRESS_FIELDS = ['line1', 'line2', 'postalCode', 'city', 'region', 'country', 'phone'] as const;

/** `eur, usd` → `['EUR', 'USD']`; an empty field leaves the stored list as it is. */
const currencyList = (value: string) =>
  value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase());

/** One message under the field, naming the code each problem is about (`currencies.1` → the second code). */
function currencyErrors(errors: FieldErrors, codes: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const [head, index] = path.split('.');
    if (head !== 'currencies') {
      out[path] = message;
      continue;
    }
    const named = index !== undefined && codes[Number(index)] ? `${codes[Number(index)]}: ${message}` : message;
    out.currencies = out.currencies ? `${out.currencies} ${named}` : named;
  }
  return out;
}

/** The store's name, language, time zone (scheduled workflows fire in it), currencies and the business profile invoices print. */
export async function updateStore(_: FormState, form: FormData): Promise<FormState> {
  const currencies = currencyList(text(form, 'currencies'));
  const address = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(form, `address.${field}`)]));
  const input = {
    name: text(form, 'name'),
    locale: optional(form, 'locale'),
    timeZone: optional(form, 'timeZone'),
    currencies: currencies.length ? currencies : null,
    legalName: text(form, 'legalName'),
    taxId: text(form, 'taxId'),
    // an address is all or nothing: without a street the stored one stays
    address: address.line1
      ? {
          line1: address.line1,
          line2: address.line2 || null,
          postalCode: address.postalCode ?? '',
          city: address.city ?? '',
          region: address.region || null,
          country: address.country ?? '',
          phone: address.phone || null,
        }
      : null,
    version: integer(form, 'version') ?? 0,
  };
  const { tenantUpdate } = await mutate(TenantUpdate, { input }, BACK);
  if (tenantUpdate.errors.length) {
    return {
      errors: currencyErrors(fieldErrors(tenantUpdate.errors), currencies),
      values: {
        name: input.name,
        locale: input.locale ?? '',
        timeZone: input.timeZone ?? '',
        currencies: text(form, 'currencies'),
        legalName: input.legalName,
        taxId: input.taxId,
        ...Object.fromEntries(ADDRESS_FIELDS.map((field) => [`address.${field}`, address[field] ?? ''])),
      },
    };
  }
  return done('Store settings saved.');
}

const ReturnWindowUpdate = graphql(`
  mutation SettingsReturns_Update($input: FulfillmentSettingsUpdateInput!) {
    fulfillmentSettingsUpdate(input: $input) {
      settings {
        returnWindowDays
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The tenant's return window: days after shipment within which a shopper may request a return. */
export async function updateReturnWindow(_: FormState, form: FormData): Promise<FormState> {
  const days = integer(form, 'returnWindowDays');
  const values = { returnWindowDays: text(form, 'returnWindowDays') };
  if (days === null) return { errors: { returnWindowDays: 'Enter a whole number of days.' }, values };
  const { fulfillmentSettingsUpdate } = await mutate(ReturnWindowUpdate, { input: { returnWindowDays: days } }, BACK);
  if (fulfillmentSettingsUpdate.errors.length) {
    return { errors: fieldErrors(fulfillmentSettingsUpdate.errors), values };
  }
  return done('Return window saved.');
}

const OrderNumberPrefixSet = graphql(`
  mutation SettingsOrders_PrefixSet($input: OrderNumberPrefixSetInput!) {
    orderNumberPrefixSet(input: $input) {
      numbering {
        prefix
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The prefix of the order numbers placed from now on (orders already placed keep theirs). */
export async function setOrderNumberPrefix(_: FormState, form: FormData): Promise<FormState> {
  const prefix = text(form, 'prefix');
  const { orderNumberPrefixSet } = await mutate(OrderNumberPrefixSet, { input: { prefix } }, BACK);
  if (orderNumberPrefixSet.errors.length)
    return { errors: fieldErrors(orderNumberPrefixSet.errors), values: { prefix } };
  return done(prefix ? `Orders placed from now on are numbered ${prefix}…` : 'Order numbers have no prefix now.');
}
