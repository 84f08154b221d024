import { encodeGlobalId, MAX_UNIT_AMOUNT, maxLength, payloadType, rules, TextCap, toPayload } from '@ucos/kit';
import { z } from 'zod';
import { builder, MoneyRef } from '../builder.ts';
import type { OrdersErrorCode } from '../data/errors.ts';
import {
  createShippingZone,
  createShippingZoneMethod,
  deleteShippingZone,
  deleteShippingZoneMethod,
  listShippingZones,
  type ShippingZoneMethodRow,
  type ShippingZoneRow,
  updateShippingZone,
  updateShippingZoneMethod,
} from '../data/shipping.ts';
import { SHIPPING_METHOD_CODE } from '../ports/calculators.ts';
import { money } from './common.ts';
import { dbOf } from './loaders.ts';

const SETTINGS_SCOPE = 'orders:manage';

export const ShippingZoneMethodRef = builder.objectRef<ShippingZoneMethodRow>('ShippingZoneMethod').implement({
  description: "A way a zone's destinations are shipped, priced in one currency",
  fields: (t) => ({
    id: t.id({ resolve: (method) => encodeGlobalId('ShippingZoneMethod', method.id) }),
    code: t.exposeString('code', { description: 'What carts and checkout name it by (`shippingMethod`)' }),
    name: t.exposeString('name'),
    price: t.field({ type: MoneyRef, resolve: (method) => money(method.amount, method.currency) }),
    freeShippingThreshold: t.field({
      type: MoneyRef,
      nullable: true,
      description: "Free when the cart's subtotal reaches this; null: never free",
      resolve: (method) => (method.freeFrom === null ? null : money(method.freeFrom, method.currency)),
    }),
    estimatedDaysMin: t.exposeInt('estimatedDaysMin'),
    estimatedDaysMax: t.exposeInt('estimatedDaysMax'),
  }),
});

export const ShippingZoneRef = builder.objectRef<ShippingZoneRow>('ShippingZone').implement({
  description: 'Where the shop ships (a set of countries) and the methods offered there',
  fields: (t) => ({
    id: t.id({ resolve: (zone) => encodeGlobalId('ShippingZone', zone.id) }),
    name: t.exposeString('name'),
    countries: t.exposeStringList('countries', {
      description: 'ISO 3166 alpha-2 codes; empty for the rest-of-world zone',
    }),
    restOfWorld: t.exposeBoolean('restOfWorld', {
      description: 'Serves every country no other zone names (the zone without countries)',
    }),
    methods: t.field({ type: [ShippingZoneMethodRef], resolve: (zone) => zone.methods }),
  }),
});

builder.queryField('shippingZones', (t) =>
  t.field({
    type: [ShippingZoneRef],
    description:
      "The shop's shipping zones. A shop that never configured any starts from the deployment's defaults, copied on this first look",
    authScopes: { scope: 'orders:read' },
    resolve: (_root, _args, context) => listShippingZones(dbOf(context), context.deps.shippingDefaults),
  }),
);

const countries = rules.rule(
  z
    .array(rules.countryCode.schema)
    .max(250, 'At most 250 countries')
    .refine((codes) => codes.length === 0 || new Set(codes.map((c) => c.toUpperCase())).size === codes.length, {
      message: 'A country is listed twice',
    }),
  'INVALID_INPUT',
);
const methodCode = rules.rule(
  z.string().regex(SHIPPING_METHOD_CODE, 'A code is 1-40 of a-z, 0-9, "_" and "-", starting with a letter or digit'),
  'INVALID_INPUT',
);
const days = rules.rule(
  z.number().int('Whole days').min(0, 'Must not be negative').max(365, 'At most 365 days'),
  'INVALID_INPUT',
);
const threshold = rules.rule(
  z.number().int('Amounts are integer minor units').min(0, 'Must not be negative'),
  'INVALID_AMOUNT',
);

const ZONE_CODES: OrdersErrorCode[] = ['INVALID_INPUT', 'COUNTRY_IN_ANOTHER_ZONE', 'REST_OF_WORLD_EXISTS'];
const METHOD_CODES: OrdersErrorCode[] = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_CURRENCY',
  'INVALID_AMOUNT',
  'SHIPPING_METHOD_EXISTS',
];

const zonePayload = (mutation: string, codes: readonly OrdersErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      zone: t.field({ type: ShippingZoneRef, nullable: true, resolve: (payload) => payload.zone ?? null }),
    }),
  });

const ShippingZoneCreateInput = builder.inputType('ShippingZoneCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.text({ max: TextCap.name }) }),
    countries: t.stringList({
      required: true,
      validate: countries,
      description: 'ISO 3166 alpha-2 codes, each in at most one zone; none makes the rest-of-world zone',
    }),
  }),
});
const ShippingZoneUpdateInput = builder.inputType('ShippingZoneUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ validate: rules.text({ max: TextCap.name }) }),
    countries: t.stringList({ validate: countries, description: "Replaces the zone's countries when given" }),
  }),
});
const ShippingZoneDeleteInput = builder.inputType('ShippingZoneDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const ShippingZoneCreatePayload = zonePayload('ShippingZoneCreate', ZONE_CODES);
const ShippingZoneUpdatePayload = zonePayload('ShippingZoneUpdate', [...ZONE_CODES, 'NOT_FOUND']);
const ShippingZoneDeletePayload = payloadType(builder, 'ShippingZoneDelete', {
  codes: ['NOT_FOUND'] as OrdersErrorCode[],
  fields: (t) => ({
    deletedZoneId: t.id({ nullable: true, resolve: (payload) => payload.deletedZoneId ?? null }),
  }),
});

builder.mutationField('shippingZoneCreate', (t) =>
  t.field({
    type: ShippingZoneCreatePayload,
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createShippingZone(dbOf(context), context.deps.shippingDefaults, input), (zone) => ({ zone })),
  }),
);

builder.mutationField('shippingZoneUpdate', (t) =>
  t.field({
    type: ShippingZoneUpdatePayload,
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await updateShippingZone(dbOf(context), context.deps.shippingDefaults, input), (zone) => ({ zone })),
  }),
);

builder.mutationField('shippingZoneDelete', (t) =>
  t.field({
    type: ShippingZoneDeletePayload,
    description:
      'Deletes the zone with its methods: its countries are no longer shipped to (unless a rest-of-world zone)',
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await deleteShippingZone(dbOf(context), context.deps.shippingDefaults, input), (deleted) => ({
        deletedZoneId: encodeGlobalId('ShippingZone', deleted.id),
      })),
  }),
);

const methodPayload = (mutation: string, codes: readonly OrdersErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      zone: t.field({ type: ShippingZoneRef, nullable: true, resolve: (payload) => payload.zone ?? null }),
      method: t.field({
        type: ShippingZoneMethodRef,
        nullable: true,
        resolve: (payload) =>
          payload.zone?.methods.find((method: ShippingZoneMethodRow) => method.id === payload.methodId) ?? null,
      }),
    }),
  });

const ShippingZoneMethodCreateInput = builder.inputType('ShippingZoneMethodCreateInput', {
  fields: (t) => ({
    zoneId: t.id({ required: true }),
    code: t.string({ required: true, validate: methodCode, ...maxLength(40, 'Stable code carts and checkout send') }),
    name: t.string({ required: true, validate: rules.text({ max: TextCap.name }) }),
    currency: t.string({ required: true, validate: rules.currency }),
    amount: t.field({
      type: 'MinorUnits',
      required: true,
      validate: rules.unitAmount,
      description: `The price in minor units (499 = 4.99 EUR), at most ${MAX_UNIT_AMOUNT}`,
    }),
    freeFrom: t.field({
      type: 'MinorUnits',
      validate: threshold,
      description: "Free when the cart's subtotal reaches this (minor units); omitted: never free",
    }),
    estimatedDaysMin: t.int({ required: true, validate: days }),
    estimatedDaysMax: t.int({ required: true, validate: days }),
  }),
});
const ShippingZoneMethodUpdateInput = builder.inputType('ShippingZoneMethodUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string({ validate: methodCode, ...maxLength(40) }),
    name: t.string({ validate: rules.text({ max: TextCap.name }) }),
    currency: t.string({ validate: rules.currency }),
    amount: t.field({ type: 'MinorUnits', validate: rules.unitAmount }),
    freeFrom: t.field({
      type: 'MinorUnits',
      validate: threshold,
      description: 'null removes the free-shipping threshold; omitted keeps it',
    }),
    estimatedDaysMin: t.int({ validate: days }),
    estimatedDaysMax: t.int({ validate: days }),
  }),
});
const ShippingZoneMethodDeleteInput = builder.inputType('ShippingZoneMethodDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

builder.mutationField('shippingZoneMethodCreate', (t) =>
  t.field({
    type: methodPayload('ShippingZoneMethodCreate', METHOD_CODES),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneMethodCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await createShippingZoneMethod(dbOf(context), context.deps.shippingDefaults, {
          ...input,
          freeFrom: input.freeFrom ?? null,
        }),
        (value) => value,
      ),
  }),
);

builder.mutationField('shippingZoneMethodUpdate', (t) =>
  t.field({
    type: methodPayload('ShippingZoneMethodUpdate', METHOD_CODES),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneMethodUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await updateShippingZoneMethod(dbOf(context), context.deps.shippingDefaults, input), (value) => value),
  }),
);

builder.mutationField('shippingZoneMethodDelete', (t) =>
  t.field({
    type: methodPayload('ShippingZoneMethodDelete', ['NOT_FOUND']),
    authScopes: { scope: SETTINGS_SCOPE },
    args: { input: t.arg({ type: ShippingZoneMethodDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await deleteShippingZoneMethod(dbOf(context), context.deps.shippingDefaults, input), (value) => value),
  }),
);
