import Link from 'next/link';
import { sortOf } from '../../../components/data-table/list-search.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { indented, treeOrder } from './category-tree.ts';
import { ImportForm } from './import-form.tsx';
import { productListRow } from './product-row.tsx';
import { ProductsTable } from './products-table.tsx';

export const metadata = { title: 'Catalog' };
const PAGE = 25;
const STATUSES = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'ACTIVE', label: 'Published' },
  { value: 'ARCHIVED', label: 'Archived' },
] as const;
type Status = (typeof STATUSES)[number]['value'];
/** the table's sort keys and the API's order for each direction */
const SORTS = {
  title: { asc: 'TITLE', desc: 'TITLE_DESC' },
  created: { asc: 'OLDEST', desc: 'NEWEST' },
} as const;

const Search = graphql(`
  query CatalogList_Search(
    $query: String
    $categoryId: ID
    $status: ProductStatus
    $sort: ProductSearchSort!
    $first: Int!
    $after: String
  ) {
    categories {
      id
      name
      position
      parent {
        id
      }
    }
    productSearch(
      query: $query
      filter: { categoryId: $categoryId, status: $status }
      first: $first
      after: $after
      sort: $sort
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...CatalogProductRow_product
        }
      }
    }
  }
`);

export default async function CatalogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const query = params.q?.trim() || null;
  const categoryId = params.category || null;
  const status = STATUSES.find((option) => option.value === params.status)?.value ?? null;
  // a search is ordered by relevance until the user picks a column; a browse starts newest first
  const chosen = params.sort && params.sort in SORTS;
  const sort = sortOf(params, ['title', 'created'] as const, { by: 'created', desc: true });
  const apiSort = chosen || !query ? SORTS[sort.by][sort.desc ? 'desc' : 'asc'] : 'RELEVANCE';
  const kept = new URLSearchParams(
    Object.entries({ q: query, category: categoryId, status, sort: params.sort, dir: params.dir }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
  const here = `/catalog${kept.size ? `?${kept}` : ''}`;
  const viewer = await requireViewer(here);
  const { productSearch, categories } = await gql(
    Search,
    { query, categoryId, status: status as Status | null, sort: apiSort, first: PAGE, after: params.after ?? null },
    here,
  );
  const writable = can(viewer.scopes, 'catalog:write');
  return (
    <>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Catalog</h1>
        {writable ? (
          <Link className="button" href="/catalog/new">
            New product
          </Link>
        ) : null}
      </div>
      <search>
        <form method="get" className="row list-search" aria-label="Search products">
          {chosen ? <input type="hidden" name="sort" value={sort.by} /> : null}
          {chosen ? <input type="hidden" name="dir" value={sort.desc ? 'desc' : 'asc'} /> : null}
          <div>
            <label htmlFor="q">Search products</label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={params.q ?? ''}
              placeholder="Title or description words, or a full SKU"
            />
          </div>
          <div>
            <label htmlFor="status">Status</label>
            <select id="status" name="status" defaultValue={status ?? ''}>
              <option value="">Any</option>
              {STATUSES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          {categories.length ? (
            <div>
              <label htmlFor="category">Category (and below)</label>
              <select id="category" name="category" defaultValue={categoryId ?? ''}>
                <option value="">Any</option>
                {treeOrder(categories).map(({ category, depth }) => (
                  <option key={category.id} value={category.id}>
                    {indented(category.name, depth)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit">Search</button>
        </form>
      </search>
      <p className="muted">
        {productSearch.totalCount} product{productSearch.totalCount === 1 ? '' : 's'}
        {query && !chosen ? ', most relevant first' : ''}. {kept.size ? <Link href="/catalog">Show all</Link> : null}
      </p>
      <ProductsTable
        rows={productSearch.edges.map(({ node }) => productListRow(node, clockIn(viewer.tenant.timeZone)))}
        writable={writable}
        sort={chosen || !query ? sort : { by: '', desc: false }}
        empty={
          query || status || categoryId
            ? `No product matches${query ? ` “${query}”` : ''}${status ? ` among ${STATUSES.find((o) => o.value === status)?.label.toLowerCase()} products` : ''}. Try fewer words, a full SKU, or another status.`
            : 'No products yet. Create your first with “New product”, or import a CSV below.'
        }
      />
      {productSearch.pageInfo.hasNextPage && productSearch.pageInfo.endCursor ? (
        <p>
          <Link href={`/catalog?${new URLSearchParams([...kept, ['after', productSearch.pageInfo.endCursor]])}`}>
            Next page →
          </Link>
        </p>
      ) : null}
      {writable ? (
        <section className="card">
          <h2>Import products (CSV or JSON lines)</h2>
          <ImportForm />
        </section>
      ) : null}
    </>
  );
}
