import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import Link from 'next/link';
import { sortOf } from '../../../components/data-table/list-search.tsx';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { can } from '../../../lib/scopes.ts';
import { clockIn } from '../../../lib/time.ts';
import { requireViewer } from '../../../lib/viewer.ts';
import { type LevelRow, LevelsTable } from './levels-table.tsx';
import { StockForms } from './stock-forms.tsx';

export const metadata = { title: 'Inventory' };
/** variants per page: with three locations each, one stockLevels page (100) holds all their levels */
const VARIANTS_PER_PAGE = 25;

const Context = graphql(`
  query InventoryList_Context($warehouseId: ID) {
    warehouses(first: 50) {
      edges {
        node {
          id
          code
          name
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
          note
          variant {
            sku
            product {
              title
            }
          }
          warehouse {
            code
          }
        }
      }
    }
  }
`);

const Variants = graphql(`
  query InventoryList_Variants($query: String, $sort: VariantSearchSort!, $first: Int!, $after: String) {
    variantSearch(query: $query, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sku
          product {
            title
            media {
              url
            }
          }
        }
      }
    }
  }
`);

const Levels = graphql(`
  query InventoryList_Levels($filter: StockLevelFilter!, $first: Int!, $after: String) {
    stockLevels(first: $first, after: $after, filter: $filter) {
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
            product {
              title
              media {
                url
              }
            }
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
  }
`);

/** A decimal of minor units as money: 1234.5678 EUR cents → "12.35 EUR" (exact in the API, rounded here). */
function averageCost(cost: { amount: string; currency: string } | null | undefined) {
  if (!cost) return '—';
  const major = Number(cost.amount) / 100;
  return `${major.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 4 })} ${cost.currency}`;
}

type LevelNode = ResultOf<typeof Levels>['stockLevels']['edges'][number]['node'];
const levelsOf = async (variables: VariablesOf<typeof Levels>) =>
  (await gql(Levels, variables, '/inventory')).stockLevels;

function levelRow(node: LevelNode): LevelRow {
  return {
    key: node.id,
    variantId: node.variant.id,
    sku: node.variant.sku,
    productTitle: node.variant.product?.title ?? '—',
    image: node.variant.product?.media[0]?.url ?? null,
    warehouseId: node.warehouse.id,
    warehouseCode: node.warehouse.code,
    onHand: node.onHand,
    reserved: node.reserved,
    available: node.available,
    incoming: node.incoming,
    lowStock: node.lowStock,
    threshold: node.lowStockThreshold,
    reorderPoint: node.reorderPoint,
    reorderQuantity: node.reorderQuantity,
    variantIncoming: node.variant.inventory?.incoming ?? null,
    averageCost: averageCost(node.variant.inventory?.averageCost),
  };
}

const SORTS = { sku: 'SKU', product: 'PRODUCT_TITLE' } as const;

export default async function InventoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const viewer = await requireViewer('/inventory');
  const clock = clockIn(viewer.tenant.timeZone);
  const query = params.q?.trim().slice(0, 200) || null;
  const lowStock = params.lowStock ? true : null;
  const warehouseId = params.location || null;
  const sort = sortOf(params, ['sku', 'product'] as const, { by: 'sku', desc: false });
  const kept = new URLSearchParams(
    Object.entries({
      q: query,
      location: warehouseId,
      lowStock: lowStock ? '1' : null,
      sort: params.sort,
      dir: params.dir,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const context = await gql(Context, { warehouseId }, '/inventory');
  const adjust = can(viewer.scopes, 'inventory:adjust');
  const warehouses = context.warehouses.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.code} — ${node.name}`,
  }));

  // Two views. By variant (the default): catalog pages the shop's variants in a stable order (SKU
  // or product name, searchable by either), inventory answers the stock of that page's variants.
  // Low stock: inventory pages the levels at or below their threshold, narrowed by the search.
  let rows: LevelRow[];
  let total: string;
  let next: string | null = null;
  if (!lowStock) {
    const { variantSearch } = await gql(
      Variants,
      {
        query,
        sort: `${SORTS[sort.by]}${sort.desc ? '_DESC' : ''}` as never,
        first: VARIANTS_PER_PAGE,
        after: params.after ?? null,
      },
      '/inventory',
    );
    const variants = variantSearch.edges.map(({ node }) => node);
    const levels = variants.length
      ? await levelsOf({ filter: { variantIds: variants.map((variant) => variant.id), warehouseId }, first: 100 })
      : { edges: [] as ResultOf<typeof Levels>['stockLevels']['edges'] };
    const byVariant = new Map<string, LevelRow[]>();
    for (const { node } of levels.edges) {
      const row = levelRow(node);
      byVariant.set(row.variantId, [...(byVariant.get(row.variantId) ?? []), row]);
    }
    rows = variants.flatMap(
      (variant) =>
        byVariant.get(variant.id)?.sort((a, b) => (a.warehouseCode ?? '').localeCompare(b.warehouseCode ?? '')) ?? [
          {
            key: variant.id,
            variantId: variant.id,
            sku: variant.sku,
            productTitle: variant.product?.title ?? '—',
            image: variant.product?.media[0]?.url ?? null,
            warehouseId: null,
            warehouseCode: null,
            onHand: null,
            reserved: null,
            available: null,
            incoming: null,
            lowStock: false,
            threshold: null,
            reorderPoint: null,
            reorderQuantity: null,
            variantIncoming: null,
            averageCost: '—',
          },
        ],
    );
    total = `${variantSearch.totalCount} variant${variantSearch.totalCount === 1 ? '' : 's'}${query ? ` matching “${query}”` : ''}`;
    next = variantSearch.pageInfo.hasNextPage ? variantSearch.pageInfo.endCursor : null;
  } else {
    // the search narrows the low levels to the first 100 variants it finds
    const found = query
      ? (await gql(Variants, { query, sort: 'SKU', first: 100, after: null }, '/inventory')).variantSearch
      : null;
    const levels = await levelsOf({
      filter: {
        lowStock: true,
        warehouseId,
        ...(found ? { variantIds: found.edges.map(({ node }) => node.id) } : {}),
      },
      first: 50,
      after: params.after ?? null,
    });
    rows = levels.edges.map(({ node }) => levelRow(node));
    total = `${levels.totalCount} stock level${levels.totalCount === 1 ? '' : 's'} at or below their threshold${
      found && found.totalCount > 100 ? ` among the first 100 of ${found.totalCount} variants matching “${query}”` : ''
    }`;
    next = levels.pageInfo.hasNextPage ? levels.pageInfo.endCursor : null;
  }
  const empty = query
    ? `No variant’s SKU or product name contains “${query}”. Check the spelling, or search a shorter part of it.`
    : lowStock
      ? 'Nothing is at or below its low-stock threshold. Set thresholds in the table to be told early.'
      : 'No products yet: create one in Catalog, then adjust its stock here.';

  return (
    <>
      <h1>Inventory</h1>
      <search>
        <form method="get" className="row list-search" aria-label="Filter stock levels">
          {params.sort ? <input type="hidden" name="sort" value={sort.by} /> : null}
          {params.dir ? <input type="hidden" name="dir" value={sort.desc ? 'desc' : 'asc'} /> : null}
          <div>
            <label htmlFor="q">Search stock</label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={query ?? ''}
              placeholder="SKU or product name, or a part of it"
            />
          </div>
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
            <input type="checkbox" name="lowStock" value="1" defaultChecked={Boolean(lowStock)} /> Only at or below
            their low-stock threshold
          </label>
          <button type="submit">Filter</button>
        </form>
      </search>
      <p className="muted">
        {total}; highlighted rows are at or below their threshold.{' '}
        {kept.size ? <Link href="/inventory">Show all</Link> : null}
      </p>
      <LevelsTable rows={rows} adjust={adjust} sort={lowStock ? null : sort} empty={empty} />
      {next ? <Link href={`/inventory?${new URLSearchParams([...kept, ['after', next]])}`}>Next page →</Link> : null}
      {adjust ? <StockForms warehouses={warehouses} location={warehouseId} /> : null}
      <h2 id="movements">Recent movements{warehouseId ? ' at this location' : ''}</h2>
      <table aria-labelledby="movements">
        <thead>
          <tr>
            <th>When</th>
            <th>SKU</th>
            <th>Product</th>
            <th>Location</th>
            <th>On hand Δ</th>
            <th>Reserved Δ</th>
            <th>Reason</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {context.stockMovements.edges.length === 0 ? (
            <tr>
              <td colSpan={8} className="empty-state">
                No movements yet: adjustments, transfers, receipts and shipments appear here as they happen.
              </td>
            </tr>
          ) : null}
          {context.stockMovements.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{clock.dateTime(node.occurredAt)}</td>
              <td>
                <code>{node.variant.sku}</code>
              </td>
              <td>{node.variant.product?.title ?? '—'}</td>
              <td>{node.warehouse.code}</td>
              <td>{node.onHandDelta}</td>
              <td>{node.reservedDelta}</td>
              <td>{node.reason.toLowerCase()}</td>
              <td>{node.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
