import type { CustomFieldValue } from '@ucos/kit/custom-fields';
import type { CatalogTx, Sql } from '../../db.ts';
import { ensureCategoryPath } from '../categories-store.ts';
import { productCustomFields } from '../custom-fields-store.ts';
import { reject } from '../errors.ts';
import { upsertPrice } from '../prices-store.ts';
import type { ProductOption } from '../products-store.ts';
import { CUSTOM_FIELD_COLUMN, type ImportRow } from './row.ts';

export type RowOutcome = 'created' | 'updated';

/**
 * Writes one row: the product by handle (created or updated), the variant by SKU (idempotent: a
 * re-import updates it), its category, and its price tier 1. Runs inside the caller's savepoint, so a
 * failure here undoes only this row.
 */
export async function applyRow(sql: Sql, tx: CatalogTx, row: ImportRow): Promise<RowOutcome> {
  const tenantId = tx.tenantId;
  const product = await upsertProduct(sql, tx, row);
  const existing = await sql.query<{ id: string; product_id: string }>(
    'select id, product_id from variants where sku = $1 for update',
    [row.sku],
  );
  const current = existing.rows[0];
  if (current && current.product_id !== product.id) {
    reject('DUPLICATE_SKU', `SKU ${row.sku} belongs to another product`, ['sku']);
  }
  const variant = await sql.query<{ id: string; inserted: boolean }>(
    `insert into variants (tenant_id, product_id, sku, title, option_values, weight_grams, barcode, position)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7,
       (select coalesce(max(position) + 1, 0) from variants where product_id = $2))
     on conflict (tenant_id, sku) do update set title = excluded.title, option_values = excluded.option_values,
       weight_grams = excluded.weight_grams, barcode = excluded.barcode, version = variants.version + 1,
       updated_at = now()
     returning id, (xmax = 0) as inserted`,
    [
      tenantId,
      product.id,
      row.sku,
      row.options.map((option) => option.value).join(' / '),
      JSON.stringify(row.options),
      row.weightGrams,
      row.barcode,
    ],
  );
  const { id: variantId, inserted } = variant.rows[0]!;
  if (row.categoryPath?.length) {
    const categoryId = await ensureCategoryPath(sql, tx.tenantId!, row.categoryPath);
    await sql.query(
      `insert into product_categories (tenant_id, product_id, category_id) values ($1, $2, $3) on conflict do nothing`,
      [tenantId, product.id, categoryId],
    );
  }
  if (row.price) {
    const list = await sql.query<{ id: string; currency: string }>(
      `with created as (
         insert into price_lists (tenant_id, name, currency) values ($1, $2, $3)
         on conflict (tenant_id, name) do nothing returning id, currency)
       select id, currency from created union all select id, currency from price_lists where name = $2 limit 1`,
      [tenantId, row.price.list, row.price.currency],
    );
    const priceList = list.rows[0]!;
    if (priceList.currency !== row.price.currency) {
      reject('CURRENCY_MISMATCH', `Price list "${row.price.list}" is in ${priceList.currency}`, ['priceCurrency']);
    }
    await upsertPrice(
      sql,
      tx,
      { variantId, priceListId: priceList.id, currency: row.price.currency, amount: row.price.amount, minQuantity: 1 },
      [],
    );
  }
  const type = inserted ? 'catalog.variant.created' : 'catalog.variant.updated';
  await tx.emit(type, variantId, {
    variantId,
    productId: product.id,
    sku: row.sku,
  });
  return inserted ? 'created' : 'updated';
}

/** Creates the product on its first row; later rows update what they carry and merge option values. */
async function upsertProduct(sql: Sql, tx: CatalogTx, row: ImportRow): Promise<{ id: string }> {
  const found = await sql.query<{
    id: string;
    options: ProductOption[];
    custom_fields: Record<string, CustomFieldValue>;
  }>('select id, options, custom_fields from products where handle = $1 for update', [row.handle]);
  const current = found.rows[0];
  const options = mergeOptions(current?.options ?? [], row.options);
  // a new product gets its defaults and needs its required fields; a later row changes the cells it has
  const customFields =
    !current || row.customFields.length > 0
      ? await productCustomFields(sql, row.customFields, current?.custom_fields ?? null, (key) => [
          `${CUSTOM_FIELD_COLUMN}${key}`,
        ])
      : null;
  if (!current) {
    if (!row.title) reject('INVALID_ROW', 'The first row of a product needs a title', ['title']);
    const { rows } = await sql.query<{ id: string }>(
      `insert into products (tenant_id, handle, title, description, status, attributes, options, custom_fields)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb) returning id`,
      [
        tx.tenantId,
        row.handle,
        row.title,
        row.description ?? '',
        row.status ?? 'DRAFT',
        JSON.stringify(row.attributes ?? []),
        JSON.stringify(options),
        JSON.stringify(customFields ?? {}),
      ],
    );
    const id = rows[0]!.id;
    await tx.emit('catalog.product.created', id, { productId: id, handle: row.handle });
    return { id };
  }
  await sql.query(
    `update products set title = coalesce($2, title), description = coalesce($3, description),
       status = coalesce($4, status), attributes = coalesce($5::jsonb, attributes), options = $6::jsonb,
       custom_fields = coalesce($7::jsonb, custom_fields), version = version + 1, updated_at = now()
     where id = $1`,
    [
      current.id,
      row.title,
      row.description,
      row.status,
      row.attributes ? JSON.stringify(row.attributes) : null,
      JSON.stringify(options),
      customFields ? JSON.stringify(customFields) : null,
    ],
  );
  return { id: current.id };
}

function mergeOptions(existing: ProductOption[], values: { name: string; value: string }[]): ProductOption[] {
  const merged = existing.map((option) => ({ name: option.name, values: [...option.values] }));
  for (const { name, value } of values) {
    const option = merged.find((candidate) => candidate.name === name);
    if (!option) merged.push({ name, values: [value] });
    else if (!option.values.includes(value)) option.values.push(value);
  }
  return merged;
}
