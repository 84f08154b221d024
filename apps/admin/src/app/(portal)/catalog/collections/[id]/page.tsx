import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { addProducts, deleteCollection, removeProducts, updateCollection } from '../actions.ts';

export const metadata = { title: 'Collection' };
const CANDIDATES = 20;
const MEMBERS_PER_PAGE = 50;

const Collection = graphql(`
  query CollectionPage_Detail($id: ID!, $first: Int!, $after: String) {
    collection(id: $id) {
      id
      title
      handle
      description
      version
      products(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            handle
            status
          }
        }
      }
    }
  }
`);

const Candidates = graphql(`
  query CollectionPage_Candidates($query: String, $first: Int!, $sort: ProductSearchSort) {
    productSearch(query: $query, first: $first, sort: $sort) {
      totalCount
      edges {
        node {
          id
          title
          handle
          status
          collections {
            id
          }
        }
      }
    }
  }
`);

const describe = (product: { title: string; handle: string; status: string }) =>
  `${product.title} (${product.handle}, ${product.status.toLowerCase()})`;

/** A collection's products; with catalog:write, remove some or find others (search) and add them. */
export default async function CollectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = decodeURIComponent((await params).id);
  const { q, created, after } = await searchParams;
  const query = q?.trim() || null;
  const here = `/catalog/collections/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const writable = can(viewer.scopes, 'catalog:write');
  const [{ collection }, candidates] = await Promise.all([
    gql(Collection, { id, first: MEMBERS_PER_PAGE, after: after ?? null }, here),
    writable ? gql(Candidates, { query, first: CANDIDATES, sort: query ? 'RELEVANCE' : 'NEWEST' }, here) : null,
  ]);
  if (!collection) notFound();
  const { products } = collection;
  const members = products.edges.map(({ node }) => node);
  // keeps the search and moves the member list to another page
  const membersPage = (cursor: string | null) =>
    `${here}?${new URLSearchParams({ ...(q ? { q } : {}), ...(cursor ? { after: cursor } : {}) })}`;
  return (
    <>
      <p>
        <Link href="/catalog/collections">← Collections</Link>
      </p>
      <h1>{collection.title}</h1>
      {created ? (
        <p className="success" role="status">
          Collection created. Find products below and add them.
        </p>
      ) : null}
      <p className="muted">
        <code>{collection.handle}</code> {collection.description}
      </p>
      <section className="card" aria-labelledby="members">
        <h2 id="members">Products in this collection ({products.totalCount})</h2>
        {writable ? (
          <ActionForm
            label="Remove products from the collection"
            action={removeProducts}
            submit="Remove ticked products"
            idPrefix="remove"
            hidden={{ collectionId: collection.id }}
            fields={[
              {
                name: 'productIds',
                label: members.length ? 'Tick the products to remove' : 'No products yet',
                choices: members.map((product) => ({ value: product.id, label: describe(product) })),
              },
            ]}
          />
        ) : members.length ? (
          <ul>
            {members.map((product) => (
              <li key={product.id}>
                <Link href={`/catalog/${encodeURIComponent(product.id)}`}>{describe(product)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No products yet.</p>
        )}
        {after || products.pageInfo.hasNextPage ? (
          <nav aria-label="Pages of products in this collection" className="row">
            <p className="muted">
              {members.length} of {products.totalCount} shown, in the collection’s order.
            </p>
            {after ? <Link href={membersPage(null)}>← First page</Link> : null}
            {products.pageInfo.hasNextPage && products.pageInfo.endCursor ? (
              <Link href={membersPage(products.pageInfo.endCursor)}>Next page →</Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      {candidates ? (
        <section className="card" aria-labelledby="add">
          <h2 id="add">Add products</h2>
          <search>
            <form method="get" className="row">
              <div>
                <label htmlFor="q">Find products</label>
                <input id="q" name="q" type="search" defaultValue={query ?? ''} placeholder="title, SKU words…" />
              </div>
              <button type="submit">Search</button>
            </form>
          </search>
          <p className="muted">
            {query
              ? `${candidates.productSearch.totalCount} products match “${query}”${candidates.productSearch.totalCount > CANDIDATES ? `; the best ${CANDIDATES} are shown` : ''}.`
              : `The ${CANDIDATES} newest products; search to find others.`}
          </p>
          <ActionForm
            label="Add products to the collection"
            action={addProducts}
            submit="Add ticked products"
            idPrefix="add"
            hidden={{ collectionId: collection.id }}
            fields={[
              {
                name: 'productIds',
                label: 'Tick the products to add',
                choices: candidates.productSearch.edges.map(({ node }) => ({
                  value: node.id,
                  label: describe(node),
                  ...(node.collections.some((member) => member.id === collection.id)
                    ? { hint: 'already in it', disabled: true }
                    : {}),
                })),
              },
            ]}
          />
        </section>
      ) : (
        <p className="muted" role="note">
          You can view this collection but not change it (your role lacks catalog:write).
        </p>
      )}
      {writable ? (
        <div className="grid">
          <section className="card" aria-labelledby="edit">
            <h2 id="edit">Edit collection</h2>
            <ActionForm
              label="Edit collection"
              action={updateCollection}
              submit="Save collection"
              idPrefix="edit"
              hidden={{ id: collection.id, version: collection.version }}
              fields={[
                { name: 'title', label: 'Title', defaultValue: collection.title, required: true },
                { name: 'handle', label: 'Handle (URL)', defaultValue: collection.handle, required: true },
                { name: 'description', label: 'Description', defaultValue: collection.description },
              ]}
            />
          </section>
          <section className="card" aria-labelledby="delete">
            <h2 id="delete">Delete collection</h2>
            <ActionForm
              label="Delete collection"
              action={deleteCollection}
              submit="Delete collection"
              idPrefix="delete"
              hidden={{ id: collection.id, version: collection.version, title: collection.title }}
              fields={[
                {
                  name: 'confirm',
                  label: 'Confirm',
                  choices: [
                    {
                      value: 'yes',
                      label: `Yes, delete “${collection.title}”`,
                      hint: 'its products stay in the catalog, only the collection goes',
                    },
                  ],
                },
              ]}
            />
          </section>
        </div>
      ) : null}
    </>
  );
}
