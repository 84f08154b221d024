'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '../../../../generated/gql.ts';
import { customFieldValues } from '../../../../lib/custom-fields.ts';
import { GatewayError, mutate } from '../../../../lib/gateway.ts';
import { mediaRows } from '../media-rows.ts';
import { valuesOf } from './matrix.ts';

const Create = graphql(`
  mutation ProductNew_Create($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product {
        id
        variants {
          id
          sku
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const Stock = graphql(`
  mutation ProductNew_Stock($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      stockLevel {
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

interface VariantRow {
  sku: string;
  title: string | null;
  optionValues: { name: string; value: string }[];
  price: string;
  stock: string;
}

/** The matrix as the form sends it: one entry per row, in order (the API's error paths count the same rows). */
function variantRows(form: FormData): VariantRow[] {
  const all = (name: string) => form.getAll(name).map(String);
  const [titles, options, prices, stocks] = [
    all('variantTitle'),
    all('variantOptions'),
    all('variantPrice'),
    all('variantStock'),
  ];
  return all('variantSku').map((sku, index) => ({
    sku: sku.trim(),
    title: titles[index]?.trim() || null,
    optionValues: JSON.parse(options[index] || '[]') as VariantRow['optionValues'],
    price: prices[index]?.trim() ?? '',
    stock: stocks[index]?.trim() ?? '',
  }));
}

function optionRows(form: FormData) {
  const values = form.getAll('optionValues').map(String);
  return form
    .getAll('optionName')
    .map((name, index) => ({ name: String(name).trim(), values: valuesOf(values[index] ?? '') }))
    .filter((option) => option.name || option.values.length);
}

/**
 * Creates the product with its options, variants and prices in one API call (all or nothing), then
 * books each variant's initial stock into the chosen warehouse through inventory's stockAdjust
 * (idempotent per variant). A stock quantity that is not a whole number is refused before anything is
 * stored; a stock booking the API refuses after the product exists is reported on the product page.
 */
export async function createProduct(_: FormState, form: FormData): Promise<FormState> {
  const rows = variantRows(form);
  const stockErrors: Record<string, string> = {};
  for (const [index, row] of rows.entries()) {
    if (row.stock && !/^\d+$/.test(row.stock))
      stockErrors[`stock.${index}`] = 'Stock is a whole number of units, 0 or more';
  }
  if (Object.keys(stockErrors).length) return { errors: stockErrors };
  const priced = rows.some((row) => row.price);
  const input = {
    title: text(form, 'title'),
    handle: text(form, 'handle'),
    description: optional(form, 'description'),
    status: text(form, 'status') === 'ACTIVE' ? ('ACTIVE' as const) : ('DRAFT' as const),
    categoryIds: form.getAll('categoryIds').map(String),
    media: mediaRows(form),
    options: optionRows(form),
    customFields: customFieldValues(form),
    priceListId: priced ? optional(form, 'priceListId') : null,
    variants: rows.map((row) => ({
      sku: row.sku,
      title: row.title,
      optionValues: row.optionValues,
      price: row.price ? { decimalAmount: row.price.replace(',', '.') } : null,
    })),
  };
  let created: { id: string; variants: readonly { id: string; sku: string }[] };
  try {
    const { productCreate } = await mutate(Create, { input }, '/catalog/new');
    if (!productCreate.product) return { errors: fieldErrors(productCreate.errors) };
    created = productCreate.product;
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  const stockFailed = await bookInitialStock(created.variants, rows, text(form, 'warehouseId'));
  revalidatePath('/catalog');
  revalidatePath('/inventory');
  const stockNote = stockFailed.length ? `&stockFailed=${encodeURIComponent(stockFailed.join(','))}` : '';
  redirect(`/catalog/${encodeURIComponent(created.id)}?saved=1${stockNote}`);
}

/** Books each row's stock on its new variant; the SKUs whose booking was refused (the product exists either way). */
async function bookInitialStock(
  variants: readonly { id: string; sku: string }[],
  rows: readonly VariantRow[],
  warehouseId: string,
): Promise<string[]> {
  const failed: string[] = [];
  const idOf = new Map(variants.map((variant) => [variant.sku, variant.id]));
  for (const row of rows) {
    const quantity = Number(row.stock || 0);
    const variantId = idOf.get(row.sku);
    if (!quantity || !variantId || !warehouseId) continue;
    const input = {
      variantId,
      warehouseId,
      delta: quantity,
      reason: 'RECEIPT' as const,
      note: 'Initial stock (new product)',
      idempotencyKey: `initial-stock-${variantId}`,
    };
    try {
      const { stockAdjust } = await mutate(Stock, { input }, '/catalog/new');
      if (stockAdjust.errors.length) failed.push(row.sku);
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      failed.push(row.sku);
    }
  }
  return failed;
}
