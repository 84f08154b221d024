import { inputMutation, localUuid, MAX_UNIT_AMOUNT, rules } from '@ucos/kit';
import { builder, WRITE_SCOPES } from '../builder.ts';
import type { CatalogErrorCode } from '../data/errors.ts';
import { createVariant, deleteVariant, TAX_CLASSES, updateVariant } from '../data/variants-store.ts';
import { CustomFieldValueInput } from './custom-fields.ts';
import { VariantRef } from './product-types.ts';
import { versionedDeleteMutation } from './versioned-delete.ts';

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

type Types = typeof builder.$inferSchemaTypes;

/** What describes a variant besides its SKU, as a new product's variants, variantCreate and variantUpdate take it. */
const variantDetails = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, optionValues?: string) => ({
  title: t.string({ validate: rules.text({ required: false }) }),
  optionValues: t.field({ type: [OptionValueInput], description: optionValues }),
  weightGrams: t.int({ validate: rules.nonNegativeInt }),
  barcode: t.string(),
  position: t.int(),
  taxClass: t.string({ description: TAX_CLASS_DESCRIPTION }),
});

const variantCustomFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
  t.field({ type: [CustomFieldValueInput], description: 'Values of VARIANT custom fields, by key' });

export const VariantInput = builder.inputType('VariantInput', {
  fields: (t) => ({
    sku: t.string({ required: true, validate: rules.sku }),
    ...variantDetails(t),
    price: t.field({
      type: VariantPriceInput,
      description:
        "Its price on productCreate's priceListId (required with any price); all or nothing with the product",
    }),
    customFields: variantCustomFields(t),
  }),
});

const VariantCreateInput = builder.inputType('VariantCreateInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    sku: t.string({ required: true, validate: rules.sku }),
    ...variantDetails(t),
    customFields: variantCustomFields(t),
  }),
});

inputMutation(builder, 'variantCreate', {
  input: VariantCreateInput,
  payload: {
    codes: [
      'DUPLICATE_SKU',
      'INVALID_INPUT',
      'NOT_FOUND',
      'UNKNOWN_CUSTOM_FIELD',
      'CUSTOM_FIELD_REQUIRED',
      'INVALID_CUSTOM_FIELD_VALUE',
    ] satisfies CatalogErrorCode[],
    field: 'variant',
    type: VariantRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) =>
    createVariant(context.db, { ...input, productId: localUuid(input.productId, 'Product', ['input', 'productId']) }),
  fields: (variant) => ({ variant }),
});

const VariantUpdateInput = builder.inputType('VariantUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    sku: t.string({ validate: rules.sku }),
    ...variantDetails(t, 'Replaces the list'),
    customFields: variantCustomFields(t),
  }),
});

/** The variant an input's `id` names (a malformed or foreign-typed id is BAD_USER_INPUT on the field). */
const variantUuid = (id: string) => localUuid(id, 'ProductVariant', ['input', 'id']);

inputMutation(builder, 'variantUpdate', {
  input: VariantUpdateInput,
  payload: {
    codes: [
      'UNKNOWN_CUSTOM_FIELD',
      'CUSTOM_FIELD_REQUIRED',
      'INVALID_CUSTOM_FIELD_VALUE',
      'CONFLICT',
      'DUPLICATE_SKU',
      'INVALID_INPUT',
      'NOT_FOUND',
    ] satisfies CatalogErrorCode[],
    field: 'variant',
    type: VariantRef,
  },
  authScopes: WRITE_SCOPES,
  run: (context, input) =>
    updateVariant(context.db, {
      ...input,
      id: variantUuid(input.id),
      sku: input.sku ?? undefined,
      title: input.title ?? undefined,
    }),
  fields: (variant) => ({ variant }),
});

versionedDeleteMutation('variantDelete', 'ProductVariant', { remove: deleteVariant });
