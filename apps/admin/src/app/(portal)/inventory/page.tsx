import Link from 'next/link';
import { ActionForm } from '../../../components/action-form.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { adjustStock, setReorderPolicy, setThreshold, transferStock } from './actions.ts';

export const metadata = { title: 'Inventory' };

const Stock = graphql(`
  query InventoryList_Levels($lowStock: Boolean, $warehouseId: ID, $first: Int!, $after: String) {
    warehouses(first: 50) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
    stockLevels(first: $first, after: $after, filter: { lowStock: $lowStock, warehouseId: $warehouseId }) {
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
          incoming
          lowStock
          lowStockThreshold
          reorderPoint
          reorderQuantity
          variant {
            id
            sku
            inventory {
              incoming
              averageCost {
                amount
                currency
              }
            }
          }
          warehouse {
            id
            code
          }
        }
      }
    }
    stockMovements(first: 20, filter: { warehouseId: $warehouseId }) {
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

/** A decimal of minor units as money: 1234.5678 EUR cents → "12.35 EUR" (exact in the API, rounded here). */
function averageCost(cost: { amount: string; currency: string } | null | undefined) {
  if (!cost) return '—';
  const major = Number(cost.amount) / 100;
  return `${major.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${cost.currency}`;
}

export default async function InventoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const viewer = await requireViewer('/inventory');
  const lowStock = params.lowStock ? true : null;
  const warehouseId = params.location || null;
  const kept = new URLSearchParams({
    ...(lowStock ? { lowStock: '1' } : {}),
    ...(warehouseId ? { location: warehouseId } : {}),
  });
  const data = await gql(Stock, { lowStock, warehouseId, first: 50, after: params.after ?? null }, '/inventory');
  const adjust = can(viewer.scopes, 'inventory:adjust');
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
      <form method="get" className="row" aria-label="Filter stock levels">
        <div>
          <label htmlFor="location">Location</label>
          <select id="location" name="location" defaultValue={warehouseId ?? ''}>
            <option value="">Any</option>
            {warehouses.map((warehouse) => (
              <option key={warehouse.value} value={warehouse.value}>
                {warehouse.label}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" name="lowStock" value="1" defaultChecked={Boolean(lowStock)} /> Only at or below their
          low-stock threshold
        </label>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">
        {data.stockLevels.totalCount} stock level{data.stockLevels.totalCount === 1 ? '' : 's'}
        {lowStock ? ' at or below their threshold' : ''}; highlighted rows are at or below theirs.{' '}
        {kept.size ? <Link href="/inventory">Show all</Link> : null}
      </p>
      <table>
        <caption className="sr-only">Stock levels</caption>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Location</th>
            <th>On hand</th>
            <th>Reserved</th>
            <th>Available</th>
            <th>Incoming</th>
            <th>Low-stock threshold</th>
            <th>Reorder point / quantity</th>
            <th title="All warehouses of the variant">Variant incoming</th>
            <th title="Moving average of received unit costs, all warehouses">Average cost</th>
          </tr>
        </thead>
        <tbody>
          {data.stockLevels.edges.length === 0 ? (
            <tr>
              <td colSpan={10} className="muted">
                {lowStock ? 'Nothing is at or below its low-stock threshold.' : 'No stock recorded yet.'}
              </td>
            </tr>
          ) : null}
          {data.stockLevels.edges.map(({ node }) => (
            <tr key={node.id} className={node.lowStock ? 'low-stock' : undefined}>
              <td>
                <code>{node.variant.sku}</code>
              </td>
              <td>{node.warehouse.code}</td>
              <td>{node.onHand}</td>
              <td>{node.reserved}</td>
              <td>
                {node.available} {node.lowStock ? <span className="pill low">low</span> : null}
              </td>
              <td data-testid="incoming">{node.incoming}</td>
              <td data-testid="threshold">
                {adjust ? (
                  <ActionForm
                    inline
                    label={`Low-stock threshold of ${node.variant.sku} at ${node.warehouse.code}`}
                    action={setThreshold}
                    submit="Set"
                    idPrefix={`threshold-${node.id}`}
                    hidden={{ variantId: node.variant.id, warehouseId: node.warehouse.id }}
                    fields={[
                      {
                        name: 'threshold',
                        label: `Low-stock threshold of ${node.variant.sku} at ${node.warehouse.code} (blank: none)`,
                        type: 'number',
                        defaultValue: node.lowStockThreshold,
                      },
                    ]}
                  />
                ) : (
                  (node.lowStockThreshold ?? '—')
                )}
              </td>
              <td data-testid="reorder-policy">
                {adjust ? (
                  <ActionForm
                    inline
                    label={`Reorder policy of ${node.variant.sku} at ${node.warehouse.code}`}
                    action={setReorderPolicy}
                    submit="Set"
                    idPrefix={`reorder-${node.id}`}
                    hidden={{ variantId: node.variant.id, warehouseId: node.warehouse.id }}
                    fields={[
                      {
                        name: 'reorderPoint',
                        label: `Reorder point of ${node.variant.sku} at ${node.warehouse.code} (blank: no policy)`,
                        type: 'number',
                        placeholder: 'point',
                        defaultValue: node.reorderPoint,
                      },
                      {
                        name: 'reorderQuantity',
                        label: `Reorder quantity of ${node.variant.sku} at ${node.warehouse.code}`,
                        type: 'number',
                        placeholder: 'qty',
                        defaultValue: node.reorderQuantity,
                      },
                    ]}
                  />
                ) : node.reorderPoint === null ? (
                  '—'
                ) : (
                  `${node.reorderPoint} / ${node.reorderQuantity}`
                )}
              </td>
              <td data-testid="variant-incoming">{node.variant.inventory?.incoming ?? '—'}</td>
              <td data-testid="average-cost">{averageCost(node.variant.inventory?.averageCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.stockLevels.pageInfo.hasNextPage && data.stockLevels.pageInfo.endCursor ? (
        <Link href={`/inventory?${new URLSearchParams([...kept, ['after', data.stockLevels.pageInfo.endCursor]])}`}>
          Next page →
        </Link>
      ) : null}
      {adjust ? (
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
      <h2>Recent movements{warehouseId ? ' at this location' : ''}</h2>
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
