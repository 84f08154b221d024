import { fail, ok } from '@ucos/kit';
import type { CatalogDatabase, Sql } from '../db.ts';
import { type CatalogError, type CatalogResult, catalogError } from './errors.ts';
import { PRODUCT_COLUMNS } from './products-store.ts';
import type { ProductRow } from './rows.ts';
import type { ProductStatus } from './validation.ts';

export interface BulkItem {
  id: string;
  version: number;
}

/** At most this many products per bulk call: one admin page and a bounded transaction. */
export const MAX_BULK_ITEMS = 100;

const itemField = (index: number, field: string) => ['input', 'items', String(index), field];

/**
 * Locks every named product (in id order, as every writer locks) and checks each item: unknown or
 * another tenant's (NOT_FOUND), stale (CONFLICT), named twice or too many (INVALID_INPUT). Every
 * problem is reported, each on its own item, so the caller can say which rows were refused.
 */
async function lockItems(sql: Sql, items: readonly BulkItem[]): Promise<CatalogResult<ProductRow[]>> {
  const problems: CatalogError[] = [];
  if (items.length === 0 || items.length > MAX_BULK_ITEMS) {
    problems.push(catalogError('INVALID_INPUT', `Name 1 to ${MAX_BULK_ITEMS} products`, ['input', 'items']));
    return fail(...problems);
  }
  const { rows } = await sql.query<ProductRow>(
    `select ${PRODUCT_COLUMNS} from products p where p.id = any($1::uuid[]) order by p.id for update`,
    [items.map((item) => item.id)],
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const row = found.get(item.id);
    if (seen.has(item.id)) problems.push(catalogError('INVALID_INPUT', 'Named twice', itemField(index, 'id')));
    else if (!row) problems.push(catalogError('NOT_FOUND', 'No such product', itemField(index, 'id')));
    else if (row.version !== item.version) {
      problems.push(
        catalogError(
          'CONFLICT',
          `“${row.title}” changed (version ${row.version}); reload and retry`,
          itemField(index, 'version'),
        ),
      );
    }
    seen.add(item.id);
  });
  return problems.length ? fail(...problems) : ok(items.map((item) => found.get(item.id)!));
}

/**
 * Publishes, unpublishes or archives several products at once: all or nothing (one refused item
 * leaves every product as it was), one event per product as `productStatusSet` writes it.
 */
export function setProductsStatus(
  db: CatalogDatabase,
  items: readonly BulkItem[],
  status: ProductStatus,
): Promise<CatalogResult<ProductRow[]>> {
  return db.tx(async (sql, tx) => {
    const locked = await lockItems(sql, items);
    if (!locked.ok) return locked;
    // hand SQL: one statement for the whole set, returning what each event names
    const { rows } = await sql.query<ProductRow>(
      `update products p set status = $2, version = version + 1, updated_at = now()
        where p.id = any($1::uuid[]) returning ${PRODUCT_COLUMNS}`,
      [items.map((item) => item.id), status],
    );
    const type = status === 'ARCHIVED' ? 'catalog.product.archived' : 'catalog.product.updated';
    for (const product of rows) {
      await tx.emit(type, product.id, {
        productId: product.id,
        handle: product.handle,
        status: product.status,
        version: product.version,
      });
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ok(items.map((item) => byId.get(item.id)!));
  });
}

/** Deletes several products with their variants and prices: all or nothing, as `productDelete` each. */
export function deleteProducts(db: CatalogDatabase, items: readonly BulkItem[]): Promise<CatalogResult<string[]>> {
  return db.tx(async (sql, tx) => {
    const locked = await lockItems(sql, items);
    if (!locked.ok) return locked;
    const ids = items.map((item) => item.id);
    const { rows: variants } = await sql.query<{ productId: string; id: string }>(
      `select product_id as "productId", id from variants where product_id = any($1::uuid[])`,
      [ids],
    );
    await sql.query('delete from products where id = any($1::uuid[])', [ids]);
    for (const id of ids) {
      await tx.emit('catalog.product.deleted', id, {
        productId: id,
        variantIds: variants.filter((variant) => variant.productId === id).map((variant) => variant.id),
      });
    }
    return ok(ids);
  });
}
