import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { createCollection } from './actions.ts';

export const metadata = { title: 'Collections' };
const HERE = '/catalog/collections';

const Collections = graphql(`
  query CollectionsPage_List($after: String) {
    collections(first: 50, after: $after) {
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
          description
          products(first: 0) {
            totalCount
          }
        }
      }
    }
  }
`);

export default async function CollectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer(HERE);
  const { after, deleted } = await searchParams;
  const { collections } = await gql(Collections, { after: after ?? null }, HERE);
  const writable = can(viewer.scopes, 'catalog:write');
  return (
    <>
      <h1>Collections</h1>
      <p className="muted">Hand-picked sets of products (a season, a campaign, a shop window).</p>
      {deleted ? (
        <p className="success" role="status">
          Collection {deleted} deleted; its products stay in the catalog.
        </p>
      ) : null}
      {collections.totalCount === 0 ? (
        <p className="card">No collections yet.{writable ? ' Create the first one below.' : ''}</p>
      ) : (
        <>
          <p className="muted">{collections.totalCount} collections</p>
          <table>
            <thead>
              <tr>
                <th>Collection</th>
                <th>Handle</th>
                <th>Description</th>
                <th>Products</th>
              </tr>
            </thead>
            <tbody>
              {collections.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <Link href={`${HERE}/${encodeURIComponent(node.id)}`}>{node.title}</Link>
                  </td>
                  <td>
                    <code>{node.handle}</code>
                  </td>
                  <td>{node.description}</td>
                  <td>{node.products.totalCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {collections.pageInfo.hasNextPage && collections.pageInfo.endCursor ? (
            <p>
              <Link href={`${HERE}?${new URLSearchParams({ after: collections.pageInfo.endCursor })}`}>
                Next page →
              </Link>
            </p>
          ) : null}
        </>
      )}
      {writable ? (
        <section className="card" aria-labelledby="new-collection">
          <h2 id="new-collection">New collection</h2>
          <ActionForm
            label="New collection"
            action={createCollection}
            submit="Create collection"
            fields={[
              { name: 'title', label: 'Title', required: true },
              { name: 'handle', label: 'Handle (URL)', required: true },
              { name: 'description', label: 'Description' },
            ]}
          />
        </section>
      ) : (
        <p className="muted" role="note">
          You can view collections but not change them (your role lacks catalog:write).
        </p>
      )}
    </>
  );
}
