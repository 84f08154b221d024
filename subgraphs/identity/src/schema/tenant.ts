import {
  encodeGlobalId,
  inputMutation,
  nodeEntity,
  normalisedTaxId,
  payloadType,
  postalAddress,
  rules,
  taxIdRule,
  toPayload,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import { type IdentityErrorCode, identityFail } from '../data/errors.ts';
import {
  createTenant,
  ownTenant,
  type TenantAddress,
  tenantAddressOf,
  tenantWithId,
  updateTenantSettings,
} from '../data/tenants.ts';
import { canonicalLocale, newPassword } from '../data/validation.ts';

export interface TenantShape {
  id: string;
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  currencies: string[];
  createdAt: Date;
  version: number;
  legalName: string;
  taxId: string;
  address: unknown;
}

const TenantAddressRef = builder.objectRef<TenantAddress>('TenantAddress').implement({
  description: "The merchant's registered address, as its invoices print it",
  fields: (t) => ({
    line1: t.exposeString('line1'),
    line2: t.exposeString('line2', { nullable: true }),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    region: t.exposeString('region', { nullable: true }),
    country: t.exposeString('country', { description: 'ISO 3166 alpha-2' }),
    phone: t.exposeString('phone', { nullable: true, description: 'The business phone, international form' }),
  }),
});

export const TenantRef = builder.objectRef<TenantShape>('Tenant').implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'A merchant: every row of every domain belongs to exactly one tenant.',
  fields: (t) => ({
    id: t.id({ resolve: (tenant) => encodeGlobalId('Tenant', tenant.id) }),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    version: t.exposeInt('version'),
    locale: t.exposeString('locale', {
      description:
        'BCP 47 (`en`, `de`, `pt-BR`): the language of the mail sent for this tenant (invitations, shoppers’ registration and password reset)',
    }),
    timeZone: t.exposeString('timeZone', {
      description:
        'IANA time zone (`Europe/Paris`; `UTC` until set): scheduled workflows whose trigger names no zone fire in it',
    }),
    currencies: t.exposeStringList('currencies', {
      description:
        'ISO 4217 codes the shop sells in, its default first (`EUR` until set): the storefront offers each one that has a price list and shipping methods in it',
    }),
    legalName: t.exposeString('legalName', {
      description: "The registered business name invoices print ('' until set: they print the name)",
    }),
    taxId: t.exposeString('taxId', {
      description: "The merchant's VAT or tax id, as invoices print it ('' until set)",
    }),
    address: t.field({
      type: TenantAddressRef,
      nullable: true,
      description: 'The registered address invoices print; null until set',
      resolve: (tenant) => tenantAddressOf(tenant.address),
    }),
  }),
});

/** A tenant is visible only to itself: any other id resolves to null. */
export const tenantById = (tenantId: string, context: IdentityContext) =>
  tenantId === context.auth.tenantId ? tenantWithId(context.db, tenantId) : null;

nodeEntity(builder, TenantRef, 'Tenant', tenantById);

builder.queryField('tenant', (t) =>
  t.field({
    type: TenantRef,
    nullable: true,
    description: 'The tenant of the caller.',
    authScopes: { tenant: true },
    resolve: (_root, _args, context) => ownTenant(context.db),
  }),
);

const TenantCreateInput = builder.inputType('TenantCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text() }),
    slug: t.string({
      required: true,
      description: '3 to 48 lower-case letters and digits, single dashes between them; unique',
      validate: rules.handle({ min: 3, max: 48, code: 'INVALID_SLUG' }),
    }),
    ownerEmail: t.string({ required: true, validate: rules.email }),
    ownerPassword: t.string({
      required: true,
      description: 'At least 10 characters, 3 kinds of character',
      validate: newPassword,
    }),
    ownerName: t.string({ validate: rules.text() }),
  }),
});

const TenantCreatePayload = payloadType(builder, 'TenantCreate', {
  codes: [
    'INVALID_EMAIL',
    'INVALID_INPUT',
    'INVALID_SLUG',
    'SLUG_TAKEN',
    'WEAK_PASSWORD',
  ] satisfies IdentityErrorCode[],
  description:
    'Sign-up is answered the same for every address: the pending tenant, and a mail to the address (nobody is signed in here).',
  fields: (t) => ({
    tenant: t.field({
      type: TenantRef,
      nullable: true,
      description:
        'The new tenant, pending until the address’s owner confirms by mail (deleted, its slug freed, if nobody does in time)',
      resolve: (payload) => payload.tenant ?? null,
    }),
  }),
});

builder.mutationField('tenantCreate', (t) =>
  t.field({
    type: TenantCreatePayload,
    description:
      'Sign-up, open to anonymous callers: creates the tenant, pending, and mails the owner address. An address without an account gets a link that, with the password given here, creates the account and signs it in (`invitationAccept`); an address with an account gets an ownership invitation, accepted signed in or with that account’s password. The answer is the same either way.',
    args: { input: t.arg({ type: TenantCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await createTenant(context.root, context.sessions, input);
      if (!result.ok) return toPayload(result, () => ({}));
      const { tenantId } = result.value;
      context.auditTenantId = tenantId;
      context.auditTargets.set('tenantCreate', { type: 'Tenant', id: encodeGlobalId('Tenant', tenantId) });
      const tenant = await tenantWithId(context.root.as(tenantId), tenantId);
      return { tenant, errors: [] };
    },
  }),
);

const TenantAddressInput = builder.inputType('TenantAddressInput', {
  fields: (t) => ({
    line1: t.string({ required: true, validate: rules.text() }),
    line2: t.string({ validate: rules.text({ required: false }) }),
    postalCode: t.string({ required: true, validate: rules.text() }),
    city: t.string({ required: true, validate: rules.text() }),
    region: t.string({
      description: 'A state or province, where the country has them',
      validate: rules.text({ required: false }),
    }),
    country: t.string({ required: true, description: 'ISO 3166 alpha-2', validate: rules.countryCode }),
    phone: t.string({
      description: 'The business phone: a number dialable in `country`, or in international form (`+49 30 1234567`)',
      validate: rules.text({ required: false }),
    }),
  }),
});

const MAX_SELLING_CURRENCIES = 20;
const sellingCurrencies = rules.rule(
  z
    .array(rules.currency.schema)
    .min(1, 'A shop sells in at least one currency')
    .max(MAX_SELLING_CURRENCIES, `At most ${MAX_SELLING_CURRENCIES} currencies`)
    .refine((codes) => new Set(codes).size === codes.length, 'Each currency once'),
  'INVALID_CURRENCY',
);

const TenantUpdateInput = builder.inputType('TenantUpdateInput', {
  fields: (t) => ({
    legalName: t.string({
      description: "The registered business name; '' clears it, absent leaves it",
      validate: rules.text({ required: false }),
    }),
    taxId: t.string({
      description: "VAT or tax id (an EU VAT id must match its country's format); '' clears it, absent leaves it",
      validate: taxIdRule,
    }),
    address: t.field({
      type: TenantAddressInput,
      description: 'The registered address; absent leaves it (street and postal code checked for the country)',
      validate: postalAddress,
    }),
    name: t.string({ required: true, validate: rules.text() }),
    locale: t.string({ description: 'BCP 47 (`en`, `de`, `pt-BR`); unchanged when absent' }),
    timeZone: t.string({
      description: 'IANA time zone (`Europe/Paris`); unchanged when absent',
      validate: rules.timeZone,
    }),
    currencies: t.stringList({
      description: 'ISO 4217 codes the shop sells in, its default first (1 to 20, each once); unchanged when absent',
      validate: sellingCurrencies,
    }),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
  }),
});

inputMutation(builder, 'tenantUpdate', {
  input: TenantUpdateInput,
  payload: {
    codes: [
      'CONFLICT',
      'INVALID_INPUT',
      'INVALID_TAX_ID',
      'INVALID_STREET',
      'INVALID_POSTAL_CODE',
      'INVALID_PHONE',
      'INVALID_CURRENCY',
    ] satisfies IdentityErrorCode[],
    field: 'tenant',
    type: TenantRef,
  },
  authScopes: { scope: 'identity:tenant' },
  run: async (context, input) => {
    const name = input.name.trim();
    if (!name || name.length > 200) {
      return identityFail('INVALID_INPUT', 'Name must be 1 to 200 characters', ['input', 'name']);
    }
    const locale = input.locale == null ? null : canonicalLocale(input.locale);
    if (locale === undefined) {
      return identityFail('INVALID_INPUT', `"${input.locale}" is not a locale (BCP 47, e.g. en, de-AT)`, [
        'input',
        'locale',
      ]);
    }
    const timeZone = input.timeZone == null ? null : (rules.canonicalTimeZone(input.timeZone) ?? null);
    return updateTenantSettings(context.db, {
      name,
      version: input.version,
      locale,
      timeZone,
      currencies: input.currencies ?? null,
      legalName: input.legalName == null ? null : input.legalName.trim(),
      taxId: input.taxId == null ? null : normalisedTaxId(input.taxId),
      address: input.address
        ? {
            line1: input.address.line1.trim(),
            line2: input.address.line2?.trim() || null,
            postalCode: input.address.postalCode.trim(),
            city: input.address.city.trim(),
            region: input.address.region?.trim() || null,
            country: input.address.country.toUpperCase(),
            phone: input.address.phone?.trim() || null,
          }
        : null,
    });
  },
  fields: (tenant) => ({ tenant }),
});
