import { encodeGlobalId, nodeEntity, payloadType, rules, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import { type IdentityErrorCode, identityFail } from '../data/errors.ts';
import { createTenant, ownTenant, tenantWithId, updateTenantSettings } from '../data/tenants.ts';
import { canonicalLocale, newPassword } from '../data/validation.ts';

export interface TenantShape {
  id: string;
  slug: string;
  name: string;
  locale: string;
  timeZone: string;
  createdAt: Date;
  version: number;
}

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

const TenantUpdateInput = builder.inputType('TenantUpdateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text() }),
    locale: t.string({ description: 'BCP 47 (`en`, `de`, `pt-BR`); unchanged when absent' }),
    timeZone: t.string({
      description: 'IANA time zone (`Europe/Paris`); unchanged when absent',
      validate: rules.timeZone,
    }),
    version: t.int({ required: true, description: 'The version you read; a stale one is a CONFLICT' }),
  }),
});

const TenantUpdatePayload = payloadType(builder, 'TenantUpdate', {
  codes: ['CONFLICT', 'INVALID_INPUT'] satisfies IdentityErrorCode[],
  field: 'tenant',
  type: TenantRef,
});

builder.mutationField('tenantUpdate', (t) =>
  t.field({
    type: TenantUpdatePayload,
    authScopes: { scope: 'identity:tenant' },
    args: { input: t.arg({ type: TenantUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const name = input.name.trim();
      if (!name || name.length > 200) {
        return toPayload(
          identityFail('INVALID_INPUT', 'Name must be 1 to 200 characters', ['input', 'name']),
          () => ({}),
        );
      }
      const locale = input.locale == null ? null : canonicalLocale(input.locale);
      if (locale === undefined) {
        return toPayload(
          identityFail('INVALID_INPUT', `"${input.locale}" is not a locale (BCP 47, e.g. en, de-AT)`, [
            'input',
            'locale',
          ]),
          () => ({}),
        );
      }
      const timeZone = input.timeZone == null ? null : (rules.canonicalTimeZone(input.timeZone) ?? null);
      return toPayload(
        await updateTenantSettings(context.db, { name, version: input.version, locale, timeZone }),
        (tenant) => ({ tenant }),
      );
    },
  }),
);
