import { badUserInput, type CURSOR_KEYS, isCurrencyCode, type Page } from '@ucos/kit';
import { customFieldMatch, customFieldText } from '@ucos/kit/custom-field-filters';
import type { CustomFieldDefinition } from '@ucos/kit/custom-fields';
import type { CatalogDatabase } from '../db.ts';
import { offsetOf } from './paging.ts';
import type { ProductRow } from './products-store.ts';
import { visibleTo } from './visibility.ts';

export const SEARCH_SORTS = [
  'RELEVANCE',
  'TITLE',
  'TITLE_DESC',
  'PRICE_ASC',
  'PRICE_DESC',
  'NEWEST',
  'OLDEST',
] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchFilter {
  categoryId?: string | null;
  /** any of these (OR within the facet), together with `categoryId` when both are given */
  categoryIds?: string[] | null;
  /** minor units of `currency`, compared with the product's "from" price (cheapest variant at quantity 1) */
  priceMin?: number | null;
  priceMax?: number | null;
  currency?: string | null;
  attributes?: { name: string; values: string[] }[] | null;
  inStock?: boolean | null;
  customerGroup?: string | null;
  /** custom fields (ENUM and BOOLEAN ones, checked by the caller): each must have one of its values */
  customFields?: { key: string; values: string[] }[] | null;
  /** staff only (a storefront key sees ACTIVE products whatever it asks) */
  status?: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' | null;
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
    customFields: { key: string; values: { value: string; count: number }[] }[];
  };
}

/** Trigram closeness (0..1) a title word needs to count as a typo of the query. */
const WORD_SIMILARITY = 0.4;

const ORDER_BY: Record<SearchSort, string> = {
  RELEVANCE: 'm.rank desc, m.created_at desc, m.id',
  TITLE: 'm.sort_title, m.id',
  TITLE_DESC: 'm.sort_title desc, m.id',
  PRICE_ASC: 'm.from_price asc nulls last, m.id',
  PRICE_DESC: 'm.from_price desc nulls last, m.id',
  NEWEST: 'm.created_at desc, m.id',
  OLDEST: 'm.created_at asc, m.id',
};

/** The parts of a search result a caller may ask for; each costs work over the whole matching set. */
export const SEARCH_PARTS = [
  'rows',
  'total',
  'categories',
  'attributes',
  'inStock',
  'priceRange',
  'customFields',
] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];
const EVERY_PART: ReadonlySet<SearchPart> = new Set(SEARCH_PARTS);

/**
 * Product search in one statement: the matching set is computed once (a CTE of ids and sort keys
 * only, so a large match is not copied whole) and the page, the total and every facet are read from
 * it; the page's product columns are read for its rows alone. Parts the caller did not ask for
 * (`parts`) are not computed and come back empty. Matching is full text (english stemming, title
 * weighted over description) OR trigram word similarity on the punctuation-free title, so 'tshrt'
 * finds 'T-Shirt'; the matches, their relevance and categories come from `product_search_matches`,
 * which answers from the search mirror's GIN indexes (migration 0040 says why products' own could
 * not be used under the tenant policy). Availability comes from the variant_availability read model
 * (inventory's events), never from inventory's tables.
 */
export async function searchProducts(
  db: CatalogDatabase,
  input: {
    query?: string | null;
    filter: SearchFilter;
    sort: SearchSort;
    page: Page<typeof CURSOR_KEYS.position>;
    activeOnly: boolean;
    parts?: ReadonlySet<SearchPart>;
    /**
     * the caller's visible ENUM and BOOLEAN custom fields: the ones to count values of, and their
     * defaults (a product that stored no value has its field's default, in filters and counts alike)
     */
    customFieldFacets?: readonly Pick<CustomFieldDefinition, 'key' | 'defaultValue'>[];
  },
): Promise<SearchResult> {
  const { filter, sort, page } = input;
  const parts = input.parts ?? EVERY_PART;
  const offset = offsetOf(page);
  const query = input.query?.trim() || null;
  const currency = filter.currency ?? null;
  if (currency !== null && !isCurrencyCode(currency)) throw badUserInput('not an ISO 4217 currency', ['currency']);
  const needsPrice =
    sort === 'PRICE_ASC' || sort === 'PRICE_DESC' || filter.priceMin != null || filter.priceMax != null;
  if (needsPrice && currency === null) throw badUserInput('price filters and sorts need a currency', ['currency']);
  // the "from" price of every match only when the order, a filter or the range facet needs it;
  // otherwise the page's rows get theirs after the page is cut
  const pricesEveryMatch = needsPrice || (currency !== null && parts.has('priceRange'));

  const values: unknown[] = [query, currency, filter.customerGroup ?? null];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  // RLS already scopes every table; naming the tenant in a join lets the planner use the tenant-led keys
  let tenantParameter: string | null = null;
  const currentTenant = () => {
    tenantParameter ??= `${param(db.tenantId)}::uuid`;
    return tenantParameter;
  };
  const where = [visibleTo(input.activeOnly)];
  // a product in any of the chosen categories or below one of them (OR within the facet): the chosen
  // subtrees' category ids are collected once per statement (an uncorrelated array, an InitPlan).
  // When the category facet is asked for, the condition marks the matches (in_category) instead of
  // dropping them: the rows, the total and the other facets count the marked ones, the category facet
  // counts them all, so a shopper who chose Shirts still sees what Mugs would add (each facet ignores
  // its own filter, as shops' filters do). That costs what the same search without the category
  // costs (measured at 100,000 products: infra/src/catalog-scale.ts); without the facet the condition
  // drops the other products at once, one probe of product_categories' key per product.
  const categoryRoots = [
    ...new Set([...(filter.categoryId ? [filter.categoryId] : []), ...(filter.categoryIds ?? [])]),
  ];
  const chosenSubtrees = () => `array(
        select c.id from categories root join categories c on c.tenant_id = root.tenant_id
          and (c.path = root.path or c.path like root.path || '/%')
        where root.tenant_id = ${currentTenant()} and root.id = any(${param(categoryRoots)}::uuid[]))`;
  const inCategoryOf = (product: string) => `exists (select 1 from product_categories pc
          where pc.tenant_id = ${currentTenant()} and pc.product_id = ${product}.id and pc.category_id = any(${chosenSubtrees()}))`;
  const categoryFacetIgnoresCategories = categoryRoots.length > 0 && parts.has('categories');
  if (categoryRoots.length && !categoryFacetIgnoresCategories) where.push(inCategoryOf('p'));
  for (const attribute of filter.attributes ?? []) {
    where.push(`exists (select 1 from jsonb_array_elements(p.attributes) a
      where a->>'name' = ${param(attribute.name)} and a->>'value' = any(${param(attribute.values)}::text[]))`);
  }
  const defaultOf = (key: string) =>
    JSON.stringify(input.customFieldFacets?.find((field) => field.key === key)?.defaultValue ?? null);
  for (const field of filter.customFields ?? []) {
    where.push(
      customFieldMatch('p.custom_fields', {
        key: `${param(field.key)}::text`,
        values: `${param(field.values)}::text[]`,
        fallback: `${param(defaultOf(field.key))}::jsonb`,
      }),
    );
  }
  const facetFields = parts.has('customFields') ? (input.customFieldFacets ?? []) : [];
  if (filter.status) where.push(`p.status = ${param(filter.status)}`);
  if (filter.inStock === true) where.push(inStock(currentTenant(), 'p'));
  if (filter.inStock === false) where.push(`not ${inStock(currentTenant(), 'p')}`);
  const priceWhere: string[] = [];
  if (filter.priceMin != null) priceWhere.push(`m.from_price >= ${param(filter.priceMin)}`);
  if (filter.priceMax != null) priceWhere.push(`m.from_price <= ${param(filter.priceMax)}`);
  const byTitle = sort === 'TITLE' || sort === 'TITLE_DESC';
  const none = (part: SearchPart, empty: string, sql: () => string) => (parts.has(part) ? sql() : empty);
  // filters, the attribute facet, the title order and every-match prices need the product rows;
  // otherwise the matches' ids, dates, ranks and categories come from the search mirror alone: a text
  // search's matches, or without a query every product of the tenant
  const readsProducts =
    where.length > 1 || pricesEveryMatch || parts.has('attributes') || byTitle || facetFields.length > 0;
  const fromMirror = query !== null || !readsProducts;
  // the mirror's row carries the product's categories; the products table needs one probe of
  // product_categories' primary key (tenant, product, category) per product
  const inCategory = !categoryFacetIgnoresCategories
    ? 'true'
    : fromMirror
      ? `s.category_ids && ${chosenSubtrees()}`
      : inCategoryOf('p');
  const categoryFacetWhere = priceWhere.length ? `where ${priceWhere.join(' and ')}` : '';
  const filteredWhere = [...(categoryFacetIgnoresCategories ? ['m.in_category'] : []), ...priceWhere];
  const matches = query
    ? `product_search_matches($1::text, ${input.activeOnly})`
    : `product_search_all(${input.activeOnly})`;
  // Browsing the whole catalog by price prices every product: one pass over the read model's rows of
  // the applicable lists (one per product and list) instead of one probe per product. A text query's
  // matches are fewer: they probe.
  const pricesInOnePass = !query && pricesEveryMatch;
  const source = !readsProducts
    ? `${matches} s`
    : query
      ? `${matches} s join products p on p.tenant_id = ${currentTenant()} and p.id = s.product_id`
      : pricesInOnePass
        ? 'products p left join from_prices fp on fp.product_id = p.id'
        : 'products p';
  // The newest page of an unfiltered browse is the first rows of a products index: it needs none of
  // the other products (the total and the facets still count them all, when asked for).
  const pageFromIndex =
    !query && !readsProducts && !categoryRoots.length && (sort === 'NEWEST' || sort === 'RELEVANCE');
  // a function: it names its parameters only when the page is asked for (an unused one has no type)
  const pageRows = () =>
    pageFromIndex
      ? `(select p.id, p.created_at, 0 as rank from products p where ${where[0]}
         order by p.created_at desc, p.id limit ${param(page.limit + 1)} offset ${param(offset)})`
      : `(select * from filtered m order by ${ORDER_BY[sort]} limit ${param(page.limit + 1)} offset ${param(offset)})`;

  const sql = `
    -- names every parameter, so each has a type even when the parts asked for do not use it
    with parameters as (select $1::text as query, $2::text as currency, $3::text as customer_group),
    ${currency !== null ? `${CANDIDATE_LISTS},` : ''}
    ${pricesInOnePass ? `from_prices as materialized (${firstListRows(currentTenant(), null)}),` : ''}
    matched as materialized (
      select ${readsProducts ? 'p.id, p.created_at' : 's.product_id as id, s.created_at'},
        ${byTitle ? 'lower(p.title)' : 'null::text'} as sort_title,
        ${parts.has('attributes') ? 'p.attributes' : 'null::jsonb'} as attributes,
        ${facetFields.length > 0 ? 'p.custom_fields' : 'null::jsonb'} as custom_fields,
        ${query ? 's.rank' : '0'} as rank, ${fromMirror ? 's.category_ids' : 'null::uuid[]'} as category_ids,
        ${pricesInOnePass ? fromPriceOf('fp') : pricesEveryMatch ? FROM_PRICE : 'null::integer'} as from_price,
        ${inCategory} as in_category
      from ${source}
      ${readsProducts ? `where ${where.join(' and ')}` : ''}
    ),
    filtered as not materialized (select * from matched m ${filteredWhere.length ? `where ${filteredWhere.join(' and ')}` : ''}),
    -- what the category facet counts: every filter but the categories'
    category_faceted as not materialized (select * from matched m ${categoryFacetWhere})
    select
      ${none(
        'rows',
        `'[]'::json`,
        () => `(select coalesce(json_agg(row_to_json(x)), '[]') from (
        select p.id, p.handle, p.title, p.description, p.status, p.attributes, p.options,
               p.media, p.custom_fields as "customFields", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt",
               ${currency === null ? 'null::integer' : pricesEveryMatch ? 'm.from_price' : FROM_PRICE} as "fromPrice"
        from ${pageRows()} m
        join products p on p.tenant_id = ${currentTenant()} and p.id = m.id
        order by ${ORDER_BY[sort]}) x)`,
      )} as rows,
      ${none('total', '0', () => '(select count(*) from filtered)')} as total,
      ${none(
        'categories',
        `'[]'::json`,
        () => `(select coalesce(json_agg(x order by x.count desc, x.path), '[]') from (
        ${
          fromMirror
            ? `select c.id, c.name, c.path, x.count from (
                 select unnest(m.category_ids) as category_id, count(*)::int as count from category_faceted m group by 1) x
               join categories c on c.tenant_id = ${currentTenant()} and c.id = x.category_id) x)`
            : `select c.id, c.name, c.path, count(*)::int as count from category_faceted m
        join product_categories pc on pc.tenant_id = ${currentTenant()} and pc.product_id = m.id
        join categories c on c.tenant_id = pc.tenant_id and c.id = pc.category_id
        group by c.id, c.name, c.path) x)`
        }`,
      )} as categories,
      ${none(
        'attributes',
        `'[]'::json`,
        () => `(select coalesce(json_agg(json_build_object('name', y.name, 'values', y.values) order by y.name), '[]') from (
        select x.name, json_agg(json_build_object('value', x.value, 'count', x.count)
          order by x.count desc, x.value) as values
        from (select a->>'name' as name, a->>'value' as value, count(distinct m.id)::int as count
              from filtered m, jsonb_array_elements(m.attributes) a group by 1, 2) x
        group by x.name) y)`,
      )} as attributes,
      ${none('inStock', '0', () => `(select count(*) from filtered m where ${inStock(currentTenant(), 'm')})`)} as in_stock,
      ${none(
        'priceRange',
        'null::json',
        () => `(select json_build_object('min', min(m.from_price), 'max', max(m.from_price))
         from filtered m where m.from_price is not null)`,
      )} as price_range,
      ${
        facetFields.length === 0
          ? `'[]'::json`
          : `(select coalesce(json_agg(json_build_object('key', y.key, 'values', y.values) order by y.key), '[]') from (
        select x.key, json_agg(json_build_object('value', x.value, 'count', x.count) order by x.count desc, x.value) as values
        from (select k.key, ${customFieldText('m.custom_fields', { key: 'k.key', fallback: 'k.fallback' })} as value,
                count(*)::int as count
              from filtered m, unnest(${param(facetFields.map((field) => field.key))}::text[],
                ${param(facetFields.map((field) => JSON.stringify(field.defaultValue)))}::jsonb[]) k(key, fallback)
              where ${customFieldText('m.custom_fields', { key: 'k.key', fallback: 'k.fallback' })} is not null
              group by 1, 2) x
        group by x.key) y)`
      } as custom_fields`;

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
      custom_fields: SearchResult['facets']['customFields'];
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
        customFields: result.custom_fields,
      },
    };
  });
}

/**
 * Product `product` (an alias with its `id`) is in stock when any of its variants has available > 0:
 * the product rollup counts them (migration 0043).
 */
const inStock = (tenant: string, product: string) => `exists (select 1 from product_rollups r
  where r.tenant_id = ${tenant} and r.product_id = ${product}.id and r.variants_in_stock > 0)`;

/**
 * The price lists that apply to this search (the resolution rule's first step, decided now: active, in
 * the currency, inside their validity window, public or the customer group's), with their precedence
 * (the group's lists first, then priority, then id). A CTE: the from-price expressions below read it.
 */
const CANDIDATE_LISTS = `candidate_lists as materialized (
    select l.id, row_number() over (order by (l.customer_group is not null) desc, l.priority desc, l.id) as precedence
    from price_lists l
    where l.currency = $2::text and l.active
      and (l.valid_from is null or l.valid_from <= now()) and (l.valid_to is null or l.valid_to > now())
      and (l.customer_group is null or l.customer_group = $3::text))`;

/**
 * The cheapest variant's price at quantity 1, each variant priced by the resolution rule (prices-store),
 * computed from the variants' prices: the exact rule, for the products the read model cannot answer.
 */
const FROM_PRICE_OF_VARIANTS = `(select min(best.amount) from (
    select distinct on (v.id) pr.amount
    from variants v
    join prices pr on pr.tenant_id = v.tenant_id and pr.variant_id = v.id
    join candidate_lists c on c.id = pr.price_list_id
    where v.product_id = p.id and pr.min_quantity = 1
    order by v.id, c.precedence) best)`;

/**
 * A product's "from" price from the read model product_list_prices (migration 0043): its first
 * applicable list that prices any of its variants. When that list prices every variant, each variant
 * resolves to it and the answer is the list's cheapest; otherwise (a list pricing some variants only)
 * the per-variant rule decides. `row` names the columns (product_id, from_amount, complete) of the
 * first list's row; null when no applicable list prices the product.
 */
const fromPriceOf = (row: string) =>
  `case when ${row}.complete then ${row}.from_amount when ${row}.product_id is not null then ${FROM_PRICE_OF_VARIANTS} end`;

/** The first applicable list's read-model row of each product: per product, or every product at once. */
const firstListRows = (tenant: string, product: string | null) => `
    select distinct on (lp.product_id) lp.product_id, lp.from_amount, lp.variants_priced = r.variants as complete
    from candidate_lists c
    join product_list_prices lp on lp.tenant_id = ${tenant} and lp.price_list_id = c.id
    join product_rollups r on r.tenant_id = lp.tenant_id and r.product_id = lp.product_id
    ${product ? `where lp.product_id = ${product}` : ''}
    order by lp.product_id, c.precedence`;

/** The from price of product `p`, one read-model probe per applicable list. */
const FROM_PRICE = `(select ${fromPriceOf('f')} from (${firstListRows('p.tenant_id', 'p.id')}) f)`;
