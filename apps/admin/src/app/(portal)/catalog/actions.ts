'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { customFieldValues } from '../../../lib/custom-fields.ts';
import { GatewayError, mutate } from '../../../lib/gateway.ts';
import { mediaRows } from './media-rows.ts';

const Update = graphql(`
  mutation ProductForm_Update($input: ProductUpdateInput!) {
    productUpdate(input: $input) {
      product {
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

const Status = graphql(`
  mutation ProductForm_StatusSet($input: ProductStatusSetInput!) {
    productStatusSet(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

type Status = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
const status = (form: FormData): Status =>
  (['ACTIVE', 'ARCHIVED'].includes(text(form, 'status')) ? text(form, 'status') : 'DRAFT') as Status;

/** The ticked categories replace the product's list (none ticked: in no category). */
const categoryIds = (form: FormData) => form.getAll('categoryIds').map(String);

/** Saves the product edit form (a new product: `new/actions.ts`); a refusal (e.g. missing catalog:write) is shown on the form, not thrown. */
export async function saveProduct(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const values = { title: text(form, 'title'), handle: text(form, 'handle'), description: text(form, 'description') };
  const customFields = customFieldValues(form);
  // what the form sent, so a refused save keeps every input (custom fields included)
  const sent = {
    ...values,
    ...Object.fromEntries(customFields.map((field) => [`cf.${field.key}`, field.value ?? ''])),
  };
  const back = `/catalog/${encodeURIComponent(id)}`;
  try {
    const { productUpdate } = await mutate(
      Update,
      {
        input: { id, version: Number(text(form, 'version')), ...values, categoryIds: categoryIds(form), customFields },
      },
      back,
    );
    if (!productUpdate.product) return { errors: fieldErrors(productUpdate.errors), values: sent };
    if (text(form, 'status') !== text(form, 'previousStatus')) {
      const { productStatusSet } = await mutate(
        Status,
        { input: { id, status: status(form), version: productUpdate.product.version } },
        back,
      );
      if (productStatusSet.errors.length) return { errors: fieldErrors(productStatusSet.errors), values };
    }
    revalidatePath(back);
    return { ok: true, message: 'Product saved.' };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message, values };
    throw error;
  }
}

/** Replaces the product's images with the form's list (uploaded ones are already stored by the platform). */
export async function saveProductImages(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'productId');
  const back = `/catalog/${encodeURIComponent(id)}`;
  try {
    const { productUpdate } = await mutate(
      Update,
      { input: { id, version: Number(text(form, 'version')), media: mediaRows(form) } },
      back,
    );
    if (!productUpdate.product) return { errors: fieldErrors(productUpdate.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(back);
  revalidatePath('/catalog');
  return { ok: true, message: 'Images saved.' };
}

const Import = graphql(`
  mutation CatalogImport_Run($input: ProductImportInput!) {
    productImport(input: $input) {
      rowsTotal
      variantsCreated
      variantsUpdated
      rowsFailed
      rowErrors {
        row
        code
        field
        message
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** One chunk of an import (the form sends the file in chunks to show progress). */
export async function importChunk(format: 'CSV' | 'JSONL', data: string) {
  const { productImport } = await mutate(Import, { input: { format, data } }, '/catalog');
  return productImport;
}

const VariantCreate = graphql(`
  mutation ProductVariants_Create($input: VariantCreateInput!) {
    variantCreate(input: $input) {
      variant {
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

export async function addVariant(_: FormState, form: FormData): Promise<FormState> {
  const productId = text(form, 'productId');
  const back = `/catalog/${encodeURIComponent(productId)}`;
  const input = {
    productId,
    sku: text(form, 'sku'),
    title: optional(form, 'title'),
    taxClass: optional(form, 'taxClass'),
  };
  try {
    const { variantCreate } = await mutate(VariantCreate, { input }, back);
    if (variantCreate.errors.length) return { errors: fieldErrors(variantCreate.errors), values: { sku: input.sku } };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(back);
  return { ok: true, message: `Variant ${input.sku} added.` };
}

const PriceSet = graphql(`
  mutation ProductPrices_Set($input: PriceSetInput!) {
    priceSet(input: $input) {
      price {
        minQuantity
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A price as the merchant types it ("19.99"); the API checks the digits against the currency. */
export async function setPrice(_: FormState, form: FormData): Promise<FormState> {
  const productId = text(form, 'productId');
  const back = `/catalog/${encodeURIComponent(productId)}`;
  const [priceListId, currency] = text(form, 'priceList').split('|');
  const input = {
    variantId: text(form, 'variantId'),
    priceListId: priceListId ?? '',
    currency: currency ?? '',
    decimalAmount: text(form, 'decimalAmount'),
    minQuantity: Number(text(form, 'minQuantity')) || 1,
  };
  try {
    const { priceSet } = await mutate(PriceSet, { input }, back);
    if (priceSet.errors.length)
      return { errors: fieldErrors(priceSet.errors), values: { decimalAmount: input.decimalAmount } };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(back);
  return { ok: true, message: 'Price saved.' };
}

const VariantTaxClass = graphql(`
  mutation ProductVariants_TaxClass($input: VariantUpdateInput!) {
    variantUpdate(input: $input) {
      variant {
        id
        taxClass
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The class orders taxes the variant by; a stale version (someone changed it meanwhile) is the API's CONFLICT. */
export async function setTaxClass(_: FormState, form: FormData): Promise<FormState> {
  const productId = text(form, 'productId');
  const back = `/catalog/${encodeURIComponent(productId)}`;
  const input = { id: text(form, 'id'), version: Number(text(form, 'version')), taxClass: text(form, 'taxClass') };
  try {
    const { variantUpdate } = await mutate(VariantTaxClass, { input }, back);
    if (variantUpdate.errors.length) return { errors: fieldErrors(variantUpdate.errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(back);
  return { ok: true, message: `Tax class set to ${input.taxClass}.` };
}
