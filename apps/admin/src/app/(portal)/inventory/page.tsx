import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { adjustStock, transferStock } from './actions.ts';

export const metadata = { title: 'Inventory' };

const Stock = graphql(`
  query InventoryList_Levels($lowStock: Boolean, $first: Int!, $after: String) {
    warehouses(first: 50) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          onHand
          reserved
          available
          lowStock
          variant {
            id
            sku
          }
          warehouse {
            id
            code
          }
        }
      }
    }
    stockMovements(first: 20) {
      edges {
        node {
          id
          occurredAt
          onHandDelta
          reservedDelta
          reason
          reference
          variant {
            sku
          }
          warehouse {
            code
          }
        }
      }
    }
  }
`);

export default async function InventoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const viewer = await requireViewer('/inventory');
  const lowStock = params.lowStock ? true : null;
  const data = await gql(Stock, { lowStock, first: 50, after: params.after ?? null }, '/inventory');
  const warehouses = data.warehouses.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.code} — ${node.name}`,
  }));
  const variants = [
    ...new Map(data.stockLevels.edges.map(({ node }) => [node.variant.id, node.variant.sku])).entries(),
  ].map(([value, label]) => ({ value, label }));
  return (
    <>
      <h1>Inventory</h1>
      <p>
        {lowStock ? <Link href="/inventory">Show all</Link> : <Link href="/inventory?lowStock=1">Only low stock</Link>}{' '}
        · {data.stockLevels.totalCount} stock levels
      </p>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Location</th>
            <th>On hand</th>
            <th>Reserved</th>
            <th>Available</th>
          </tr>
        </thead>
        <tbody>
          {data.stockLevels.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <code>{node.variant.sku}</code>
              </td>
              <td>{node.warehouse.code}</td>
              <td>{node.onHand}</td>
              <td>{node.reserved}</td>
              <td>
                {node.available} {node.lowStock ? <span className="pill low">low</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.stockLevels.pageInfo.hasNextPage && data.stockLevels.pageInfo.endCursor ? (
        <Link
          href={`/inventory?${new URLSearchParams({ ...(lowStock ? { lowStock: '1' } : {}), after: data.stockLevels.pageInfo.endCursor })}`}
        >
          Next page →
        </Link>
      ) : null}
      {can(viewer.scopes, 'inventory:adjust') ? (
        <div className="grid">
          <section className="card">
            <h2>Adjust stock</h2>
            <ActionForm
              label="Adjust stock"
              action={adjustStock}
              submit="Adjust"
              fields={[
                { name: 'variantId', label: 'Variant', options: variants },
                { name: 'warehouseId', label: 'Location', options: warehouses },
                { name: 'delta', label: 'Change (+/−)', type: 'number', required: true },
                { name: 'note', label: 'Note' },
              ]}
            />
          </section>
          <section className="card">
            <h2>Transfer stock</h2>
            <ActionForm
              label="Transfer stock"
              action={transferStock}
              submit="Transfer"
              fields={[
                { name: 'variantId', label: 'Variant', options: variants },
                { name: 'fromWarehouseId', label: 'From', options: warehouses },
                { name: 'toWarehouseId', label: 'To', options: warehouses },
                { name: 'quantity', label: 'Quantity', type: 'number', required: true },
              ]}
            />
          </section>
        </div>
      ) : null}
      <h2>Recent movements</h2>
      <table>
        <thead>
          <tr>
            <th>When</th>
            <th>SKU</th>
            <th>Location</th>
            <th>On hand Δ</th>
            <th>Reserved Δ</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {data.stockMovements.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{new Date(node.occurredAt).toLocaleString('en-GB', { timeZone: 'UTC' })}</td>
              <td>{node.variant.sku}</td>
              <td>{node.warehouse.code}</td>
              <td>{node.onHandDelta}</td>
              <td>{node.reservedDelta}</td>
              <td>{node.reason.toLowerCase()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
