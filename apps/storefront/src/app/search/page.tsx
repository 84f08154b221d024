import Link from 'next/link';
import { ProductCard } from '../../components/product-card.tsx';
import { graphql } from '../../generated/gql.ts';
import { currency } from '../../lib/config.ts';
import { gql } from '../../lib/gateway.ts';

export const metadata = { title: 'Search' };
const PAGE = 24;

const Search = graphql(`
  query SearchPage_Results(
    $query: String
    $filter: ProductSearchFilter
    $first: Int!
    $after: String
    $currency: String!
  ) {
    productSearch(query: $query, filter: $filter, first: $first, after: $after) {
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
  }
`);

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const query = one(params.q)?.trim() || null;
  const categoryId = one(params.category) ?? null;
  const inStock = one(params.inStock) === '1' ? true : null;
  // attribute filters arrive as attr=name:value
  const chosen = all(params.attr);
  const byName = new Map<string, string[]>();
  for (const pair of chosen) {
    const [name, ...rest] = pair.split(':');
    if (name && rest.length) byName.set(name, [...(byName.get(name) ?? []), rest.join(':')]);
  }
  const filter = {
    categoryId,
    inStock,
    attributes: [...byName].map(([name, values]) => ({ name, values })),
  };
  const { productSearch } = await gql(
    Search,
    { query, filter, first: PAGE, after: one(params.after) ?? null, currency: currency() },
    { as: 'either' },
  );
  const keep = new URLSearchParams();
  if (query) keep.set('q', query);
  if (categoryId) keep.set('category', categoryId);
  if (inStock) keep.set('inStock', '1');
  for (const pair of chosen) keep.append('attr', pair);
  return (
    <>
      <h1>{query ? `Results for “${query}”` : 'All products'}</h1>
      <p className="muted" role="status">
        {productSearch.totalCount} products
      </p>
      <div className="layout">
        <form className="facets" method="get" aria-label="Filters">
          {query ? <input type="hidden" name="q" value={query} /> : null}
          <fieldset>
            <legend>Category</legend>
            {productSearch.facets.categories.map((category) => (
              <label key={category.id}>
                <input type="radio" name="category" value={category.id} defaultChecked={category.id === categoryId} />
                {category.name} <span className="muted">({category.count})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Availability</legend>
            <label>
              <input type="checkbox" name="inStock" value="1" defaultChecked={inStock === true} />
              In stock <span className="muted">({productSearch.facets.inStock.count})</span>
            </label>
          </fieldset>
          {productSearch.facets.attributes.map((attribute) => (
            <fieldset key={attribute.name}>
              <legend>{attribute.name}</legend>
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
          <button type="submit">Apply filters</button>{' '}
          <Link href={query ? `/search?q=${encodeURIComponent(query)}` : '/search'}>Clear</Link>
        </form>
        <section aria-label="Products">
          {productSearch.edges.length === 0 ? <p>No products match. Try fewer filters or another word.</p> : null}
          <ul className="products">
            {productSearch.edges.map(({ node }) => (
              <li key={node.id}>
                <ProductCard product={node} />
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Pages">
            {one(params.after) ? <Link href={`/search?${keep}`}>← First page</Link> : null}
            {productSearch.pageInfo.hasNextPage && productSearch.pageInfo.endCursor ? (
              <Link
                href={`/search?${new URLSearchParams([...keep, ['after', productSearch.pageInfo.endCursor]])}`}
                rel="next"
              >
                Next page →
              </Link>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  );
}
