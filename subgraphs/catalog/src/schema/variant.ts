import { localUuid, toPayload } from '@ucos/kit';
import { builder, CatalogError, WRITE_SCOPES } from '../builder.ts';
import { createVariant, deleteVariant, updateVariant, type VariantRow } from '../data/variants-store.ts';
import { VariantRef } from './product-types.ts';

type Errors = (typeof CatalogError.$inferType)[];

const OptionValueInput = builder.inputType('VariantOptionValueInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.string({ required: true }) }),
});

export const VariantInput = builder.inputType('VariantInput', {
  fields: (t) => ({
    sku: t.string({ required: true }),
    title: t.string(),
    optionValues: t.field({ type: [OptionValueInput] }),
    weightGrams: t.int(),
    barcode: t.string(),
    position: t.int(),
  }),
});

const VariantPayload = builder.objectRef<{ variant?: VariantRow | null; errors: Errors }>('VariantPayload').implement({
  fields: (t) => ({
    variant: t.field({ type: VariantRef, nullable: true, resolve: (payload) => payload.variant ?? null }),
    errors: t.field({ type: [CatalogError], resolve: (payload) => payload.errors }),
  }),
});

const VariantCreateInput = builder.inputType('VariantCreateInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    sku: t.string({ required: true }),
    title: t.string(),
    optionValues: t.field({ type: [OptionValueInput] }),
    weightGrams: t.int(),
    barcode: t.string(),
    position: t.int(),
  }),
});

builder.mutationField('variantCreate', (t) =>
  t.field({
    type: VariantPayload,
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: VariantCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const productId = localUuid(input.productId, 'Product', ['input', 'productId']);
      const result = await createVariant(context.db, { ...input, productId });
      if (result.ok) context.eventsWritten();
      return toPayload(result, (variant) => ({ variant }));
    },
  }),
);

const VariantUpdateInput = builder.inputType('VariantUpdateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    sku: t.string(),
    title: t.string(),
    optionValues: t.field({ type: [OptionValueInput], description: 'Replaces the list' }),
    weightGrams: t.int(),
    barcode: t.string(),
    position: t.int(),
  }),
});

builder.mutationField('variantUpdate', (t) =>
  t.field({
    type: VariantPayload,
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
      if (result.ok) context.eventsWritten();
      return toPayload(result, (variant) => ({ variant }));
    },
  }),
);

const VariantDeleteInput = builder.inputType('VariantDeleteInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});
const VariantDeletePayload = builder
  .objectRef<{ deletedVariantId?: string | null; errors: Errors }>('VariantDeletePayload')
  .implement({
    fields: (t) => ({
      deletedVariantId: t.id({ nullable: true, resolve: (payload) => payload.deletedVariantId ?? null }),
      errors: t.field({ type: [CatalogError], resolve: (payload) => payload.errors }),
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
      if (result.ok) context.eventsWritten();
      return toPayload(result, () => ({ deletedVariantId: input.id }));
    },
  }),
);
