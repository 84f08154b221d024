import { badUserInput, isCurrencyCode, type Page } from '@ucos/kit';
import type { CatalogDatabase } from '../db.ts';
import { offsetOf } from './paging.ts';
import { PRODUCT_COLUMNS, type ProductRow } from './products-store.ts';
import { visibleTo } from './visibility.ts';

export const SEARCH_SORTS = ['RELEVANCE', 'TITLE', 'PRICE_ASC', 'PRICE_DESC', 'NEWEST'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchFilter {
  categoryId?: string | null;
  /** minor units of `currency`, compared with the product's "from" price (cheapest variant at quantity 1) */
  priceMin?: number | null;
  priceMax?: number | null;
  currency?: string | null;
  attributes?: { name: string; values: string[] }[] | null;
  inStock?: boolean | null;
  customerGroup?: string | null;
}

export interface SearchResult {
  rows: (ProductRow & { fromPrice: number | null })[];
  totalCount: number;
  offset: number;
  facets: {
    categories: { id: string; name: string; path: string; count: number }[];
    attributes: { name: string; values: { value: string; count: number }[] }[];
    inStock: { count: number };
    priceRange: { min: number; max: number; currency: string } | null;
  };
}

/** Trigram closeness (0..1) a title word needs to count as a typo of the query. */
const WORD_SIMILARITY = 0.4;

const ORDER_BY: Record<SearchSort, string> = {
  RELEVANCE: 'rank desc, m.created_at desc, m.id',
  TITLE: 'lower(m.title), m.id',
  PRICE_ASC: 'm.from_price asc nulls last, m.id',
  PRICE_DESC: 'm.from_price desc nulls last, m.id',
  NEWEST: 'm.created_at desc, m.id',
};

/**
 * Product search in one statement: the matching set is computed once (CTE) and the page, the total
 * and every facet are read from it. Matching is full text (english stemming, title weighted over
 * description) OR trigram word similarity on the punctuation-free title, so 'tshrt' finds 'T-Shirt'.
 * Relevance is the full-text rank plus the trigram similarity. Availability comes from the
 * variant_availability read model (inventory's events), never from inventory's tables.
 */
export async function searchProducts(
  db: CatalogDatabase,
  input: { query?: string | null; filter: SearchFilter; sort: SearchSort; page: Page; activeOnly: boolean },
): Promise<SearchResult> {
  const { filter, sort, page } = input;
  const offset = offsetOf(page);
  const query = input.query?.trim() || null;
  const currency = filter.currency ?? null;
  if (currency !== null && !isCurrencyCode(currency)) throw badUserInput('not an ISO 4217 currency', ['currency']);
  const needsPrice =
    sort === 'PRICE_ASC' || sort === 'PRICE_DESC' || filter.priceMin != null || filter.priceMax != null;
  if (needsPrice && currency === null) throw badUserInput('price filters and sorts need a currency', ['currency']);

  const values: unknown[] = [query, currency, filter.customerGroup ?? null];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [visibleTo(input.activeOnly)];
  if (query) where.push(`(p.search_vector @@ q.tsq or q.norm <% p.search_text)`);
  if (filter.categoryId) {
    where.push(`exists (select 1 from product_categories pc join categories c on c.tenant_id = pc.tenant_id
      and c.id = pc.category_id join categories root on root.id = ${param(filter.categoryId)}
      where pc.product_id = p.id and (c.path = root.path or c.path like root.path || '/%'))`);
  }
  for (const attribute of filter.attributes ?? []) {
    where.push(`exists (select 1 from jsonb_array_elements(p.attributes) a
      where a->>'name' = ${param(attribute.name)} and a->>'value' = any(${param(attribute.values)}::text[]))`);
  }
  if (filter.inStock === true) where.push(IN_STOCK);
  if (filter.inStock === false) where.push(`not ${IN_STOCK}`);
  const priceWhere: string[] = [];
  if (filter.priceMin != null) priceWhere.push(`m.from_price >= ${param(filter.priceMin)}`);
  if (filter.priceMax != null) priceWhere.push(`m.from_price <= ${param(filter.priceMax)}`);
  const limit = param(page.limit + 1);
  const skip = param(offset);

  const sql = `
    with q as (
      select websearch_to_tsquery('english', coalesce($1::text, '')) as tsq,
             lower(regexp_replace(coalesce($1::text, ''), '[^[:alnum:][:space:]]+', '', 'g')) as norm,
             $2::text as currency, $3::text as customer_group
    ),
    matched as (
      select ${PRODUCT_COLUMNS}, p.created_at,
        ${query ? 'ts_rank(p.search_vector, q.tsq) + word_similarity(q.norm, p.search_text)' : '0'} as rank,
        ${needsPrice || currency ? FROM_PRICE : 'null::integer'} as from_price
      from products p, q
      where ${where.join(' and ')}
    ),
    filtered as (select * from matched m ${priceWhere.length ? `where ${priceWhere.join(' and ')}` : ''})
    select
      (select coalesce(json_agg(row_to_json(x)), '[]') from (
        select m.id, m.handle, m.title, m.description, m.status, m.attributes, m.options, m.media, m.version,
               m."createdAt", m."updatedAt", m.from_price as "fromPrice"
        from filtered m order by ${ORDER_BY[sort]} limit ${limit} offset ${skip}) x) as rows,
      (select count(*) from filtered) as total,
      (select coalesce(json_agg(x order by x.count desc, x.path), '[]') from (
        select c.id, c.name, c.path, count(*)::int as count from filtered m
        join product_categories pc on pc.product_id = m.id
        join categories c on c.tenant_id = pc.tenant_id and c.id = pc.category_id
        group by c.id, c.name, c.path) x) as categories,
      (select coalesce(json_agg(json_build_object('name', y.name, 'values', y.values) order by y.name), '[]') from (
        select x.name, json_agg(json_build_object('value', x.value, 'count', x.count)
          order by x.count desc, x.value) as values
        from (select a->>'name' as name, a->>'value' as value, count(distinct m.id)::int as count
              from filtered m, jsonb_array_elements(m.attributes) a group by 1, 2) x
        group by x.name) y) as attributes,
      (select count(*) from filtered m where ${IN_STOCK.replaceAll('p.id', 'm.id')}) as in_stock,
      (select json_build_object('min', min(m.from_price), 'max', max(m.from_price))
         from filtered m where m.from_price is not null) as price_range`;

  return db.run(async (client) => {
    // the trigram threshold for `<%`, local to this transaction
    await client.query(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(WORD_SIMILARITY)]);
    const { rows } = await client.query<{
      rows: (Omit<ProductRow, 'createdAt' | 'updatedAt'> & {
        createdAt: string;
        updatedAt: string;
        fromPrice: number | null;
      })[];
      total: number;
      categories: SearchResult['facets']['categories'];
      attributes: SearchResult['facets']['attributes'];
      in_stock: number;
      price_range: { min: number | null; max: number | null } | null;
    }>(sql, values);
    const result = rows[0]!;
    const range = result.price_range;
    return {
      rows: result.rows.map((row) => ({
        ...row,
        createdAt: new Date(row.createdAt),
        updatedAt: new Date(row.updatedAt),
      })),
      totalCount: result.total,
      offset,
      facets: {
        categories: result.categories,
        attributes: result.attributes,
        inStock: { count: result.in_stock },
        priceRange:
          currency && range && range.min !== null && range.max !== null
            ? { min: range.min, max: range.max, currency }
            : null,
      },
    };
  });
}

/** A product is in stock when any of its variants has available > 0 in the read model. */
const IN_STOCK = `exists (select 1 from variants v join variant_availability va
  on va.tenant_id = v.tenant_id and va.variant_id = v.id where v.product_id = p.id and va.available > 0)`;

/** The cheapest variant's price at quantity 1, each variant priced by the resolution rule (prices-store). */
const FROM_PRICE = `(select min(best.amount) from (
    select distinct on (v.id) pr.amount
    from variants v
    join prices pr on pr.tenant_id = v.tenant_id and pr.variant_id = v.id
    join price_lists l on l.tenant_id = pr.tenant_id and l.id = pr.price_list_id
    where v.product_id = p.id and l.currency = $2 and l.active
      and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now())
      and (l.customer_group is null or l.customer_group = $3) and pr.min_quantity <= 1
    order by v.id, (l.customer_group is not null) desc, l.priority desc, l.id, pr.min_quantity desc) best)`;
