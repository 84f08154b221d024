import Link from 'next/link';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { indented, treeOrder } from './category-tree.ts';
import { ImportForm } from './import-form.tsx';
import { ProductRow } from './product-row.tsx';

export const metadata = { title: 'Catalog' };
const PAGE = 25;

const Search = graphql(`
  query CatalogList_Search($query: String, $categoryId: ID, $first: Int!, $after: String) {
    categories {
      id
      name
      position
      parent {
        id
      }
    }
    productSearch(query: $query, filter: { categoryId: $categoryId }, first: $first, after: $after, sort: NEWEST) {
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
  const kept = new URLSearchParams({ ...(query ? { q: query } : {}), ...(categoryId ? { category: categoryId } : {}) });
  const here = `/catalog${kept.size ? `?${kept}` : ''}`;
  const viewer = await requireViewer(here);
  const { productSearch, categories } = await gql(
    Search,
    { query, categoryId, first: PAGE, after: params.after ?? null },
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
        <form method="get" className="row">
          <div>
            <label htmlFor="q">Search products</label>
            <input id="q" name="q" type="search" defaultValue={params.q ?? ''} placeholder="title, SKU words…" />
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
      <p className="muted">{productSearch.totalCount} products</p>
      <table>
        <thead>
          <tr>
            <th>
              <span className="sr-only">Image</span>
            </th>
            <th>Product</th>
            <th>Handle</th>
            <th>Status</th>
            <th>Variants</th>
          </tr>
        </thead>
        <tbody>
          {productSearch.edges.map(({ node }) => (
            <ProductRow key={node.id} product={node} />
          ))}
        </tbody>
      </table>
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
