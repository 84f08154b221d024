import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/action-form.tsx';
import { graphql } from '../../../../../generated/gql.ts';
import { gql } from '../../../../../lib/gateway.ts';
import { can } from '../../../../../lib/scopes.ts';
import { requireViewer } from '../../../../../lib/viewer.ts';
import { addProducts, removeProducts } from '../actions.ts';

export const metadata = { title: 'Collection' };
const CANDIDATES = 20;

const Collection = graphql(`
  query CollectionPage_Detail($id: ID!) {
    collection(id: $id) {
      id
      title
      handle
      description
    }
    products(first: 100, filter: { collectionId: $id }) {
      totalCount
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
  const { q, created } = await searchParams;
  const query = q?.trim() || null;
  const here = `/catalog/collections/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const writable = can(viewer.scopes, 'catalog:write');
  const [{ collection, products }, candidates] = await Promise.all([
    gql(Collection, { id }, here),
    writable ? gql(Candidates, { query, first: CANDIDATES, sort: query ? 'RELEVANCE' : 'NEWEST' }, here) : null,
  ]);
  if (!collection) notFound();
  const members = products.edges.map(({ node }) => node);
  const memberIds = new Set(members.map((product) => product.id));
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
                  ...(memberIds.has(node.id) ? { hint: 'already in it', disabled: true } : {}),
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
    </>
  );
}
