import { inputMutation, localUuid, MAX_UNIT_AMOUNT, nodeEntity, rules } from '@ucos/kit';
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

inputMutation(builder, 'priceListCreate', {
  input: PriceListCreateInput,
  payload: {
    codes: ['DUPLICATE_NAME', 'INVALID_CURRENCY', 'INVALID_INPUT'] satisfies CatalogErrorCode[],
    field: 'priceList',
    type: PriceListRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) => createPriceList(context.db, input),
  fields: (priceList) => ({ priceList }),
});

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

inputMutation(builder, 'priceListUpdate', {
  input: PriceListUpdateInput,
  payload: {
    codes: [
      'CONFLICT',
      'DUPLICATE_NAME',
      'INVALID_CURRENCY',
      'INVALID_INPUT',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    field: 'priceList',
    type: PriceListRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) =>
    updatePriceList(context.db, {
      ...input,
      id: localUuid(input.id, 'PriceList', ['input', 'id']),
      name: input.name ?? undefined,
      priority: input.priority ?? undefined,
      active: input.active ?? undefined,
    }),
  fields: (priceList) => ({ priceList }),
});

/** The variant and price list a price input names (a malformed or foreign-typed id is BAD_USER_INPUT on its field). */
const priceOf = (input: { variantId: string; priceListId: string }) => ({
  variantId: localUuid(input.variantId, 'ProductVariant', ['input', 'variantId']),
  priceListId: localUuid(input.priceListId, 'PriceList', ['input', 'priceListId']),
});

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

inputMutation(builder, 'priceSet', {
  input: PriceSetInput,
  payload: {
    codes: [
      'CURRENCY_MISMATCH',
      'INVALID_AMOUNT',
      'INVALID_CURRENCY',
      'INVALID_INPUT',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    field: 'price',
    type: PriceRef,
  },
  description: "Creates or replaces one quantity tier of a variant's price in a price list.",
  authScopes: WRITE_SCOPES,
  run: (context, input) => setPrice(context.db, { ...input, ...priceOf(input) }),
  fields: (price) => ({ price }),
});

const PriceDeleteInput = builder.inputType('PriceDeleteInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    priceListId: t.id({ required: true }),
    minQuantity: t.int({ defaultValue: 1 }),
  }),
});

inputMutation(builder, 'priceDelete', {
  input: PriceDeleteInput,
  payload: {
    codes: ['NOT_FOUND'] satisfies CatalogErrorCode[],
    fields: (t) => ({
      deleted: t.boolean({ resolve: (payload) => payload.deleted ?? false }),
    }),
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) => deletePrice(context.db, { ...priceOf(input), minQuantity: input.minQuantity }),
  fields: (deleted) => ({ deleted }),
});
