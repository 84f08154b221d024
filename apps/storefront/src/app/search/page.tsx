import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Breadcrumbs, categoryTrail } from '../../components/breadcrumbs.tsx';
import { ProductCard } from '../../components/product-card.tsx';
import { graphql } from '../../generated/gql.ts';
import type { ProductSearchSort } from '../../generated/graphql.ts';
import { currency } from '../../lib/currency.ts';
import { gql } from '../../lib/gateway.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Search'))('title') };
}

const PAGE = 24;

const Search = graphql(`
  query SearchPage_Results(
    $query: String
    $filter: ProductSearchFilter
    $sort: ProductSearchSort
    $first: Int!
    $after: String
    $currency: String!
  ) {
    productSearch(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        categories {
          id
          name
          count
        }
        attributes {
          name
          values {
            value
            count
          }
        }
        inStock {
          count
        }
      }
      edges {
        node {
          id
          ...ProductCard_product
        }
      }
    }
    categories {
      id
      name
      parent {
        id
      }
    }
  }
`);

/** The sorts a shopper can pick (`?sort=`), in the order the select lists them. */
const SORTS = {
  relevance: 'RELEVANCE',
  'price-asc': 'PRICE_ASC',
  'price-desc': 'PRICE_DESC',
  newest: 'NEWEST',
} as const satisfies Record<string, `${ProductSearchSort}`>;
type SortKey = keyof typeof SORTS;
const isSort = (value: string | undefined): value is SortKey => value !== undefined && value in SORTS;

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const t = await getTranslations('Search');
  const query = one(params.q)?.trim() || null;
  // several categories mean any of them (?category=a&category=b); none chosen: every category (the
  // API takes at most 50: a longer, hand-made address keeps the first 50)
  const categoryIds = [...new Set(all(params.category).filter(Boolean))].slice(0, 50);
  const inStock = one(params.inStock) === '1' ? true : null;
  const askedSort = one(params.sort);
  const sort: SortKey = isSort(askedSort) ? askedSort : query ? 'relevance' : 'newest';
  // attribute filters arrive as attr=name:value; several values of one attribute mean any of them
  const chosen = all(params.attr);
  const byName = new Map<string, string[]>();
  for (const pair of chosen) {
    const [name, ...rest] = pair.split(':');
    if (name && rest.length) byName.set(name, [...(byName.get(name) ?? []), rest.join(':')]);
  }
  const shopperCurrency = await currency();
  const filter = {
    categoryIds,
    inStock,
    currency: shopperCurrency,
    attributes: [...byName].map(([name, values]) => ({ name, values })),
  };
  const { productSearch, categories } = await gql(
    Search,
    {
      query,
      filter,
      sort: SORTS[sort] as ProductSearchSort,
      first: PAGE,
      after: one(params.after) ?? null,
      currency: shopperCurrency,
    },
    { as: 'either' },
  );
  const attributeLabel = (name: string) =>
    t.has(`attribute.${name.toLowerCase()}`)
      ? t(`attribute.${name.toLowerCase()}`)
      : name.charAt(0).toUpperCase() + name.slice(1);
  const nameOf = new Map(categories.map((category) => [category.id, category.name]));
  const chosenCategories = categoryIds.flatMap((id) => {
    const name = nameOf.get(id);
    return name ? [{ id, name }] : [];
  });
  // one category: the page is that category's, with its trail; several: a list of their names
  const trail = categoryIds.length === 1 && categoryIds[0] ? categoryTrail(categories, categoryIds[0]) : [];
  const categoryNames = new Intl.ListFormat(await getLocale(), { type: 'disjunction' }).format(
    chosenCategories.map((chosen) => chosen.name),
  );
  // the facet lists what the matches are in, and keeps a chosen category that matched nothing ticked
  const categoryFacet = [
    ...productSearch.facets.categories,
    ...chosenCategories
      .filter((chosen) => !productSearch.facets.categories.some((facet) => facet.id === chosen.id))
      .map((chosen) => ({ ...chosen, count: 0 })),
  ];

  // the page's address with some of its filters: `drop` removes one, the pager adds its cursor
  const link = (change: { drop?: 'q' | 'inStock' | `category:${string}` | `attr:${string}`; after?: string } = {}) => {
    const next = new URLSearchParams();
    if (query && change.drop !== 'q') next.set('q', query);
    for (const id of categoryIds) if (change.drop !== `category:${id}`) next.append('category', id);
    if (inStock && change.drop !== 'inStock') next.set('inStock', '1');
    for (const pair of chosen) if (change.drop !== `attr:${pair}`) next.append('attr', pair);
    if (askedSort && isSort(askedSort)) next.set('sort', askedSort);
    if (change.after) next.set('after', change.after);
    const text = next.toString();
    return text ? `/search?${text}` : '/search';
  };
  const chips: { key: string; label: string; href: string }[] = [
    ...(query ? [{ key: 'q', label: t('chipQuery', { query }), href: link({ drop: 'q' }) }] : []),
    ...chosenCategories.map((chosen) => ({
      key: `category:${chosen.id}`,
      label: chosen.name,
      href: link({ drop: `category:${chosen.id}` }),
    })),
    ...(inStock ? [{ key: 'inStock', label: t('inStock'), href: link({ drop: 'inStock' }) }] : []),
    ...chosen.map((pair) => {
      const [name = '', ...rest] = pair.split(':');
      return {
        key: `attr:${pair}`,
        label: `${attributeLabel(name)}: ${rest.join(':')}`,
        href: link({ drop: `attr:${pair}` }),
      };
    }),
  ];
  const heading = query ? t('resultsFor', { query }) : categoryNames || t('allProducts');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('home'), href: '/' },
          { label: t('allProducts'), href: query || categoryNames ? '/search' : undefined },
          ...trail.map((crumb, index) => ({
            label: crumb.name,
            href: index < trail.length - 1 || query ? `/search?category=${encodeURIComponent(crumb.id)}` : undefined,
          })),
          ...(query ? [{ label: t('chipQuery', { query }) }] : []),
        ]}
      />
      <h1>{heading}</h1>
      <p className="muted" role="status">
        {t('count', { count: productSearch.totalCount })}
      </p>
      {chips.length ? (
        <ul className="chips active-filters" aria-label={t('activeFilters')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link href={chip.href} aria-label={t('removeFilter', { filter: chip.label })} data-testid="filter-chip">
                {chip.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href={askedSort && isSort(askedSort) ? `/search?sort=${askedSort}` : '/search'}>{t('clearAll')}</Link>
          </li>
        </ul>
      ) : null}
      <div className="layout">
        <details className="filters-drawer">
          <summary>{t('filtersAndSort')}</summary>
          {/* keyed by the address: after a chip is removed (a client-side navigation) the boxes show the
              filters now in force, not what was ticked before */}
          <form key={link()} className="facets" method="get" aria-label={t('filters')}>
            {query ? <input type="hidden" name="q" value={query} /> : null}
            <label htmlFor="search-sort">{t('sortBy')}</label>
            <select id="search-sort" name="sort" defaultValue={sort}>
              {(Object.keys(SORTS) as SortKey[]).map((key) => (
                <option key={key} value={key}>
                  {t(`sort.${key}`)}
                </option>
              ))}
            </select>
            <fieldset>
              <legend>{t('category')}</legend>
              {categoryFacet.map((facet) => (
                <label key={facet.id}>
                  <input
                    type="checkbox"
                    name="category"
                    value={facet.id}
                    defaultChecked={categoryIds.includes(facet.id)}
                  />
                  {facet.name} <span className="muted">({facet.count})</span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('availability')}</legend>
              <label>
                <input type="checkbox" name="inStock" value="1" defaultChecked={inStock === true} />
                {t('inStock')} <span className="muted">({productSearch.facets.inStock.count})</span>
              </label>
            </fieldset>
            {productSearch.facets.attributes.map((attribute) => (
              <fieldset key={attribute.name}>
                <legend>{attributeLabel(attribute.name)}</legend>
                {attribute.values.map((value) => (
                  <label key={value.value}>
                    <input
                      type="checkbox"
                      name="attr"
                      value={`${attribute.name}:${value.value}`}
                      defaultChecked={chosen.includes(`${attribute.name}:${value.value}`)}
                    />
                    {value.value} <span className="muted">({value.count})</span>
                  </label>
                ))}
              </fieldset>
            ))}
            <button type="submit">{t('apply')}</button>{' '}
            <Link href={query ? `/search?q=${encodeURIComponent(query)}` : '/search'}>{t('clear')}</Link>
          </form>
        </details>
        <section aria-labelledby="search-products">
          <h2 id="search-products" className="sr-only">
            {t('products')}
          </h2>
          {productSearch.edges.length === 0 ? <p>{t('none')}</p> : null}
          <ul className="products">
            {productSearch.edges.map(({ node }) => (
              <li key={node.id}>
                <ProductCard product={node} />
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label={t('pages')}>
            {one(params.after) ? <Link href={link()}>{t('firstPage')}</Link> : null}
            {productSearch.pageInfo.hasNextPage && productSearch.pageInfo.endCursor ? (
              <Link href={link({ after: productSearch.pageInfo.endCursor })} rel="next">
                {t('nextPage')}
              </Link>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  );
}
