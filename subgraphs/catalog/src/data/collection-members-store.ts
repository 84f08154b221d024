import type { Sql } from '../db.ts';
import { COLLECTION_COLUMNS, type CollectionRow } from './collections-store.ts';
import { PRODUCT_COLUMNS, type ProductRow } from './products-store.ts';
import { visibleTo } from './visibility.ts';

/** One page of a collection's products, in the collection's own order, and how many it has in all. */
export interface CollectionPage {
  rows: ProductRow[];
  totalCount: number;
}

/** A product in a window, or (id null) only the total of a collection whose window is empty. */
type MemberRow = Omit<ProductRow, 'id'> & {
  id: string | null;
  collectionKey: string;
  total: number;
  collectionId: string | null;
  n: number | null;
};

/**
 * A window of each collection's products, for `Collection.products` on any number of collections
 * in one statement: by position (the order they were added in, as `collectionAddProducts` numbers
 * them), then when added, then id. Reads `limit + 1` rows from `offset` (the extra one tells
 * whether a next page exists). Every requested collection gets its total, even when the window is
 * past its end or it has no products. Storefront callers count and see ACTIVE products only.
 */
export async function productsOfCollections(
  sql: Sql,
  collectionIds: readonly string[],
  window: { offset: number; limit: number },
  activeOnly: boolean,
): Promise<Map<string, CollectionPage>> {
  const { rows } = await sql.query<MemberRow>(
    `with members as (
       select cp.collection_id as "collectionId", ${PRODUCT_COLUMNS},
              row_number() over (partition by cp.collection_id order by cp.position, cp.added_at, cp.product_id) as n
         from collection_products cp
         join products p on p.tenant_id = cp.tenant_id and p.id = cp.product_id
        where cp.collection_id = any($1::uuid[]) and ${visibleTo(activeOnly)}),
     totals as (select "collectionId", count(*) as total from members group by "collectionId")
     select k.id as "collectionKey", coalesce(t.total, 0) as total, m.*
       from unnest($1::uuid[]) as k(id)
       left join totals t on t."collectionId" = k.id
       left join members m on m."collectionId" = k.id and m.n > $2 and m.n <= $2 + $3 + 1
      order by k.id, m.n`,
    [collectionIds, window.offset, window.limit],
  );
  const pages = new Map<string, CollectionPage>(collectionIds.map((id) => [id, { rows: [], totalCount: 0 }]));
  for (const { collectionKey, total, collectionId: _member, n: _n, ...product } of rows) {
    const page = pages.get(collectionKey)!;
    page.totalCount = total;
    if (product.id !== null) page.rows.push({ ...product, id: product.id });
  }
  return pages;
}

/** The collections of a batch of products, for `Product.collections`: by title. */
export async function collectionsOfProducts(sql: Sql, productIds: readonly string[]) {
  const { rows } = await sql.query<CollectionRow & { productId: string }>(
    `select cp.product_id as "productId", ${COLLECTION_COLUMNS}
       from collection_products cp
       join collections c on c.tenant_id = cp.tenant_id and c.id = cp.collection_id
      where cp.product_id = any($1::uuid[])
      order by c.title, c.id`,
    [productIds],
  );
  return rows;
}
