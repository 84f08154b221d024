import { localUuid, MAX_UNIT_AMOUNT, payloadType, rules, toPayload } from '@ucos/kit';
import { builder, WRITE_SCOPES } from '../builder.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { createVariant, deleteVariant, TAX_CLASSES, updateVariant } from '../data/variants-store.ts';
import { CustomFieldValueInput } from './custom-fields.ts';
import { VariantRef } from './product-types.ts';

const TAX_CLASS_DESCRIPTION = `One of ${TAX_CLASSES.join(', ')} (an unknown class is INVALID_INPUT); omitted: standard, or unchanged on update`;

const OptionValueInput = builder.inputType('VariantOptionValueInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

const VariantPriceInput = builder.inputType('VariantPriceInput', {
  description: "A new variant's price, tier 1 (from one unit) of productCreate's price list, in that list's currency",
  fields: (t) => ({
    amount: t.field({
      type: 'MinorUnits',
      description: `Minor units (1999 = 19.99 EUR), at most ${MAX_UNIT_AMOUNT}; give this or decimalAmount`,
    }),
    decimalAmount: t.string({ description: 'A decimal such as "19.99"; more digits than the currency has is refused' }),
  }),
});

export const VariantInput = builder.inputType('VariantInput', {
  fields: (t) => ({
    sku: t.string({ required: true, validate: rules.sku }),
    title: t.string({ validate: rules.text({ required: false }) }),
    optionValues: t.field({ type: [OptionValueInput] }),
    weightGrams: t.int({ validate: rules.nonNegativeInt }),
    barcode: t.string(),
    position: t.int(),
    taxClass: t.string({ description: TAX_CLASS_DESCRIPTION }),
    price: t.field({
      type: VariantPriceInput,
      description:
        "Its price on productCreate's priceListId (required with any price); all or nothing with the product",
    }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Values of VARIANT custom fields, by key' }),
  }),
});

const variantPayload = (mutation: string, codes: readonly CatalogErrorCode[]) =>
  payloadType(builder, mutation, {
    codes,
    fields: (t) => ({
      variant: t.field({ type: VariantRef, nullable: true, resolve: (payload) => payload.variant ?? null }),
    }),
  });

const VariantCreateInput = builder.inputType('VariantCreateInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    sku: t.string({ required: true, validate: rules.sku }),
    title: t.string({ validate: rules.text({ required: false }) }),
    optionValues: t.field({ type: [OptionValueInput] }),
    weightGrams: t.int({ validate: rules.nonNegativeInt }),
    barcode: t.string(),
    position: t.int(),
    taxClass: t.string({ description: TAX_CLASS_DESCRIPTION }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Values of VARIANT custom fields, by key' }),
  }),
});

const VariantCreatePayload = variantPayload('VariantCreate', [
  'DUPLICATE_SKU',
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNKNOWN_CUSTOM_FIELD',
  'CUSTOM_FIELD_REQUIRED',
  'INVALID_CUSTOM_FIELD_VALUE',
]);

builder.mutationField('variantCreate', (t) =>
  t.field({
    type: VariantCreatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: VariantCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const productId = localUuid(input.productId, 'Product', ['input', 'productId']);
      const result = await createVariant(context.db, { ...input, productId });
      return toPayload(result, (variant) => ({ variant }));
    },
  }),
);

const VariantUpdateInput = builder.inputType('VariantUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    sku: t.string({ validate: rules.sku }),
    title: t.string({ validate: rules.text({ required: false }) }),
    optionValues: t.field({ type: [OptionValueInput], description: 'Replaces the list' }),
    weightGrams: t.int({ validate: rules.nonNegativeInt }),
    barcode: t.string(),
    position: t.int(),
    taxClass: t.string({ description: TAX_CLASS_DESCRIPTION }),
    customFields: t.field({ type: [CustomFieldValueInput], description: 'Values of VARIANT custom fields, by key' }),
  }),
});

const VariantUpdatePayload = variantPayload('VariantUpdate', [
  'UNKNOWN_CUSTOM_FIELD',
  'CUSTOM_FIELD_REQUIRED',
  'INVALID_CUSTOM_FIELD_VALUE',
  'CONFLICT',
  'DUPLICATE_SKU',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

builder.mutationField('variantUpdate', (t) =>
  t.field({
    type: VariantUpdatePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: VariantUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'ProductVariant', ['input', 'id']);
      const result = await updateVariant(context.db, {
        ...input,
        id,
        sku: input.sku ?? undefined,
        title: input.title ?? undefined,
      });
      return toPayload(result, (variant) => ({ variant }));
    },
  }),
);

const VariantDeleteInput = builder.inputType('VariantDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const VariantDeletePayload = payloadType(builder, 'VariantDelete', {
  codes: ['CONFLICT', 'NOT_FOUND'] satisfies CatalogErrorCode[],
  fields: (t) => ({
    deletedVariantId: t.id({ nullable: true, resolve: (payload) => payload.deletedVariantId ?? null }),
  }),
});

builder.mutationField('variantDelete', (t) =>
  t.field({
    type: VariantDeletePayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: VariantDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = localUuid(input.id, 'ProductVariant', ['input', 'id']);
      const result = await deleteVariant(context.db, { id, version: input.version });
      return toPayload(result, () => ({ deletedVariantId: input.id }));
    },
  }),
);
