import { encodeGlobalId, payloadType, rules, TextCap, toPayload } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import { createTaxZone, deleteTaxZone, loadShopTax, updateTaxSettings, updateTaxZone } from '../data/tax.ts';
import type { ShopTax, TaxLineAmount, TaxZone } from '../ports/tax.ts';
import type { TaxClass, TaxRateRule } from '../tax/engine.ts';
import { money } from './common.ts';
import { dbOf } from './loaders.ts';

const SETTINGS_SCOPE = 'orders:manage';

export const TaxLineRef = builder.objectRef<TaxLineAmount & { currency: string }>('TaxLine').implement({
  description: 'The tax of one rate on a cart or order ("VAT 19%")',
  fields: (t) => ({
    name: t.exposeString('name'),
    ratePpm: t.exposeInt('ratePpm', {
      nullable: true,
      description: "The rate in parts per million (19 % = 190000); null: the deployment's flat rate",
    }),
    taxable: t.field({
      type: MoneyRef,
      description: 'What the rate applies to, without tax',
      resolve: (line) => money(line.taxable, line.currency),
    }),
    amount: t.field({ type: MoneyRef, resolve: (line) => money(line.amount, line.currency) }),
  }),
});

const TaxRounding = builder.enumType('TaxRounding', {
  values: {
    LINE: { value: 'line', description: 'Each line is rounded to the minor unit' },
    TOTAL: { value: 'total', description: "Each rate's total is rounded once (and shared among its lines)" },
  } as const,
});

const TaxRateRef = builder.objectRef<TaxRateRule>('TaxRate').implement({
  fields: (t) => ({
    taxClass: t.exposeString('taxClass', {
      description: "The variants' class it applies to: standard, reduced, zero, exempt",
    }),
    name: t.exposeString('name'),
    ratePpm: t.exposeInt('ratePpm', { description: 'Parts per million: 19 % = 190000' }),
  }),
});

const TaxZoneRef = builder.objectRef<TaxZone>('TaxZone').implement({
  description: 'Where a set of rates applies: countries, or regions of them',
  fields: (t) => ({
    id: t.id({ resolve: (zone) => encodeGlobalId('TaxZone', zone.id) }),
    name: t.exposeString('name'),
    places: t.exposeStringList('places', {
      description: '"DE" for a whole country, "US-CA" for one region (the region wins over its country)',
    }),
    rates: t.field({ type: [TaxRateRef], resolve: (zone) => zone.rates }),
  }),
});

const TaxSettingsRef = builder.objectRef<ShopTax>('TaxSettings').implement({
  description: "The shop's tax: how prices are entered, how tax is rounded, and its zones",
  fields: (t) => ({
    configured: t.exposeBoolean('configured', {
      description: "false: the shop never set tax up and is charged the deployment's flat rate",
    }),
    pricesIncludeTax: t.boolean({ resolve: (shop) => shop.settings.pricesIncludeTax }),
    rounding: t.field({ type: TaxRounding, resolve: (shop) => shop.settings.rounding }),
    originCountry: t.string({
      nullable: true,
      description: "The shop's country (ISO 3166 alpha-2): carts are taxed as if shipped there until checkout",
      resolve: (shop) => shop.settings.originCountry,
    }),
    zones: t.field({ type: [TaxZoneRef], resolve: (shop) => shop.zones }),
  }),
});

builder.queryField('taxSettings', (t) =>
  t.field({
    type: TaxSettingsRef,
    authScopes: { scope: 'orders:read' },
    resolve: (_root, _args, context) => dbOf(context).run((sql) => loadShopTax(sql)),
  }),
);

const TaxSettingsUpdateInput = builder.inputType('TaxSettingsUpdateInput', {
  fields: (t) => ({
    pricesIncludeTax: t.boolean({ description: 'True: catalog prices include tax (what EU shoppers are shown)' }),
    rounding: t.field({ type: TaxRounding }),
    originCountry: t.string({ validate: rules.countryCode, description: 'null clears it, omitted keeps it' }),
  }),
});

builder.mutationField('taxSettingsUpdate', (t) =>
  t.field({
    type: payloadType(builder, 'TaxSettingsUpdate', {
      codes: ['INVALID_INPUT'] as OrdersErrorCode[],
      fields: (f) => ({
        taxSettings: f.field({
          type: TaxSettingsRef,
          nullable: true,
          resolve: (payload) => payload.taxSettings ?? null,
        }),
      }),
    }),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: TaxSettingsUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await updateTaxSettings(dbOf(context), input), (taxSettings) => ({ taxSettings })),
  }),
);

const TaxRateInput = builder.inputType('TaxRateInput', {
  fields: (t) => ({
    taxClass: t.string({ required: true, description: 'standard, reduced, zero or exempt (else INVALID_TAX_RATE)' }),
    name: t.string({ required: true, description: 'What shoppers read: "VAT 19%"' }),
    ratePpm: t.int({ required: true, description: '0 to 1000000 parts per million (else INVALID_TAX_RATE)' }),
  }),
});

const places = { description: '"DE" (a whole country) or "US-CA" (a region); each in at most one zone' };

const TaxZoneCreateInput = builder.inputType('TaxZoneCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text({ max: TextCap.name }) }),
    places: t.stringList({ required: true, ...places }),
    rates: t.field({
      type: [TaxRateInput],
      required: true,
      description: 'One per tax class; a class without one is untaxed',
    }),
  }),
});
const TaxZoneUpdateInput = builder.inputType('TaxZoneUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ validate: rules.text({ max: TextCap.name }) }),
    places: t.stringList({ description: "Replaces the zone's places when given" }),
    rates: t.field({ type: [TaxRateInput], description: "Replaces the zone's rates when given" }),
  }),
});
const TaxZoneDeleteInput = builder.inputType('TaxZoneDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const ZONE_CODES: OrdersErrorCode[] = ['INVALID_INPUT', 'INVALID_TAX_RATE', 'COUNTRY_IN_ANOTHER_ZONE'];
const zonePayload = (mutation: string, codes: readonly OrdersErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      zone: t.field({ type: TaxZoneRef, nullable: true, resolve: (payload) => payload.zone ?? null }),
    }),
  });

const asRates = (rates: readonly { taxClass: string; name: string; ratePpm: number }[]) =>
  rates.map((rate) => ({ ...rate, taxClass: rate.taxClass as TaxClass }));

builder.mutationField('taxZoneCreate', (t) =>
  t.field({
    type: zonePayload('TaxZoneCreate', ZONE_CODES),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: TaxZoneCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createTaxZone(dbOf(context), { ...input, rates: asRates(input.rates) }), (zone) => ({ zone })),
  }),
);

builder.mutationField('taxZoneUpdate', (t) =>
  t.field({
    type: zonePayload('TaxZoneUpdate', [...ZONE_CODES, 'NOT_FOUND']),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: TaxZoneUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await updateTaxZone(dbOf(context), { ...input, rates: input.rates ? asRates(input.rates) : null }),
        (zone) => ({ zone }),
      ),
  }),
);

builder.mutationField('taxZoneDelete', (t) =>
  t.field({
    type: payloadType(builder, 'TaxZoneDelete', {
      codes: ['NOT_FOUND'] as OrdersErrorCode[],
      fields: (f) => ({
        deletedZoneId: f.id({ nullable: true, resolve: (payload) => payload.deletedZoneId ?? null }),
      }),
    }),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: TaxZoneDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await deleteTaxZone(dbOf(context), input), (deleted) => ({
        deletedZoneId: encodeGlobalId('TaxZone', deleted.id),
      })),
  }),
);
