import { localUuid, MAX_UNIT_AMOUNT, nodeEntity, payloadType, rules, toPayload } from '@ucos/kit';
import { builder, READ_SCOPES, WRITE_SCOPES } from '../builder.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import {
  createPriceList,
  deletePrice,
  listPriceLists,
  priceListsByIds,
  setPrice,
  updatePriceList,
} from '../data/prices-store.ts';
import { PriceListRef, PriceRef } from './product-types.ts';

// storefront keys reach public lists only, as in `priceLists`
nodeEntity(
  builder,
  PriceListRef,
  'PriceList',
  async (id, context) =>
    (await context.db.run((sql) => priceListsByIds(sql, [id], !context.seesEverything)))[0] ?? null,
);

builder.queryField('priceLists', (t) =>
  t.field({
    type: [PriceListRef],
    description: 'Storefront keys see the public lists only.',
    authScopes: READ_SCOPES,
    resolve: (_root, _args, context) => listPriceLists(context.db, !context.seesEverything),
  }),
);

const priceListPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      priceList: t.field({ type: PriceListRef, nullable: true, resolve: (payload) => payload.priceList ?? null }),
    }),
  });

const PriceListCreateInput = builder.inputType('PriceListCreateInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    currency: t.string({
      required: true,
      description: 'ISO 4217, fixed for the life of the list',
      validate: rules.currency,
    }),
    customerGroup: t.string({ description: 'Leave empty for a public list' }),
    validFrom: t.field({ type: 'DateTime' }),
    validTo: t.field({ type: 'DateTime' }),
    priority: t.int({ description: 'Higher wins among lists of the same kind (group or public)' }),
    active: t.boolean(),
  }),
});

const PriceListCreatePayload = priceListPayload('PriceListCreate', [
  'DUPLICATE_NAME',
  'INVALID_CURRENCY',
  'INVALID_INPUT',
]);

builder.mutationField('priceListCreate', (t) =>
  t.field({
    type: PriceListCreatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: PriceListCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await createPriceList(context.db, input), (priceList) => ({ priceList })),
  }),
);

const PriceListUpdateInput = builder.inputType('PriceListUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    customerGroup: t.string(),
    validFrom: t.field({ type: 'DateTime' }),
    validTo: t.field({ type: 'DateTime' }),
    priority: t.int(),
    active: t.boolean(),
  }),
});

const PriceListUpdatePayload = priceListPayload('PriceListUpdate', [
  'CONFLICT',
  'DUPLICATE_NAME',
  'INVALID_CURRENCY',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

builder.mutationField('priceListUpdate', (t) =>
  t.field({
    type: PriceListUpdatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: PriceListUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'PriceList', ['input', 'id']);
      const result = await updatePriceList(context.db, {
        ...input,
        id,
        name: input.name ?? undefined,
        priority: input.priority ?? undefined,
        active: input.active ?? undefined,
      });
      return toPayload(result, (priceList) => ({ priceList }));
    },
  }),
);

const PriceSetInput = builder.inputType('PriceSetInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    priceListId: t.id({ required: true }),
    currency: t.string({ required: true, description: "Must be the price list's currency", validate: rules.currency }),
    amount: t.field({
      type: 'MinorUnits',
      description: `Minor units (1999 = 19.99 EUR), at most ${MAX_UNIT_AMOUNT}; give this or decimalAmount`,
    }),
    decimalAmount: t.string({ description: 'A decimal such as "19.99"; more digits than the currency has is refused' }),
    minQuantity: t.int({ defaultValue: 1, description: 'The tier: this price applies from this quantity up' }),
  }),
});

const PriceSetPayload = payloadType(builder, 'PriceSet', {
  codes: [
    'CURRENCY_MISMATCH',
    'INVALID_AMOUNT',
    'INVALID_CURRENCY',
    'INVALID_INPUT',
    'NOT_FOUND',
  ] satisfies CatalogErrorCode[],
  fields: (t) => ({
    price: t.field({ type: PriceRef, nullable: true, resolve: (payload) => payload.price ?? null }),
  }),
});

builder.mutationField('priceSet', (t) =>
  t.field({
    type: PriceSetPayload,
    description: "Creates or replaces one quantity tier of a variant's price in a price list.",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: PriceSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await setPrice(context.db, {
        ...input,
        variantId: localUuid(input.variantId, 'ProductVariant', ['input', 'variantId']),
        priceListId: localUuid(input.priceListId, 'PriceList', ['input', 'priceListId']),
      });
      return toPayload(result, (price) => ({ price }));
    },
  }),
);

const PriceDeleteInput = builder.inputType('PriceDeleteInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    priceListId: t.id({ required: true }),
    minQuantity: t.int({ defaultValue: 1 }),
  }),
});

const PriceDeletePayload = payloadType(builder, 'PriceDelete', {
  codes: ['NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deleted: t.boolean({ resolve: (payload) => payload.deleted ?? false }),
  }),
});

builder.mutationField('priceDelete', (t) =>
  t.field({
    type: PriceDeletePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: PriceDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await deletePrice(context.db, {
        variantId: localUuid(input.variantId, 'ProductVariant', ['input', 'variantId']),
        priceListId: localUuid(input.priceListId, 'PriceList', ['input', 'priceListId']),
        minQuantity: input.minQuantity,
      });
      return toPayload(result, (deleted) => ({ deleted }));
    },
  }),
);
