'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { ProductImage } from '@ucos/ui/product-image';
import { useMemo } from 'react';
import { ActionForm } from '../../../components/action-form.tsx';
import { type ColumnMeta, DataTable } from '../../../components/data-table/data-table.tsx';
import { setReorderPolicy, setThreshold } from './actions.ts';

/** One stock level (a variant in a location), or a variant with no stock recorded anywhere shown. */
export interface LevelRow {
  key: string;
  variantId: string;
  sku: string;
  productTitle: string;
  image: string | null;
  warehouseId: string | null;
  warehouseCode: string | null;
  onHand: number | null;
  reserved: number | null;
  available: number | null;
  incoming: number | null;
  lowStock: boolean;
  threshold: number | null;
  reorderPoint: number | null;
  reorderQuantity: number | null;
  variantIncoming: number | null;
  averageCost: string;
}

const meta = (value: ColumnMeta) => value;

function columns(adjust: boolean, sortable: boolean): ColumnDef<LevelRow, unknown>[] {
  const where = (row: LevelRow) => `${row.sku} at ${row.warehouseCode}`;
  return [
    {
      id: 'image',
      header: 'Image',
      meta: meta({ srOnlyHeader: true }),
      cell: ({ row }) => (
        <span className="thumb-box" aria-hidden="true">
          {row.original.image ? (
            <ProductImage url={row.original.image} alt="" width={80} height={80} sizes="40px" lazy />
          ) : null}
        </span>
      ),
    },
    {
      id: 'product',
      header: 'Product',
      meta: meta(sortable ? { sortKey: 'product' } : {}),
      cell: ({ row }) => row.original.productTitle,
    },
    {
      id: 'sku',
      header: 'SKU',
      meta: meta(sortable ? { sortKey: 'sku' } : {}),
      cell: ({ row }) => <code>{row.original.sku}</code>,
    },
    {
      id: 'location',
      header: 'Location',
      cell: ({ row }) => row.original.warehouseCode ?? <span className="muted">no stock recorded</span>,
    },
    { id: 'onHand', header: 'On hand', cell: ({ row }) => row.original.onHand ?? '—' },
    { id: 'reserved', header: 'Reserved', cell: ({ row }) => row.original.reserved ?? '—' },
    {
      id: 'available',
      header: 'Available',
      cell: ({ row }) => (
        <>
          {row.original.available ?? '—'} {row.original.lowStock ? <span className="pill low">low</span> : null}
        </>
      ),
    },
    { id: 'incoming', header: 'Incoming', cell: ({ row }) => row.original.incoming ?? '—' },
    {
      id: 'threshold',
      header: 'Low-stock threshold',
      cell: ({ row }) =>
        adjust && row.original.warehouseId ? (
          <ActionForm
            inline
            label={`Low-stock threshold of ${where(row.original)}`}
            action={setThreshold}
            submit="Set"
            idPrefix={`threshold-${row.original.key}`}
            hidden={{ variantId: row.original.variantId, warehouseId: row.original.warehouseId }}
            fields={[
              {
                name: 'threshold',
                label: `Low-stock threshold of ${where(row.original)} (blank: none)`,
                type: 'number',
                defaultValue: row.original.threshold,
              },
            ]}
          />
        ) : (
          (row.original.threshold ?? '—')
        ),
    },
    {
      id: 'reorder',
      header: 'Reorder point / quantity',
      cell: ({ row }) =>
        adjust && row.original.warehouseId ? (
          <ActionForm
            inline
            label={`Reorder policy of ${where(row.original)}`}
            action={setReorderPolicy}
            submit="Set"
            idPrefix={`reorder-${row.original.key}`}
            hidden={{ variantId: row.original.variantId, warehouseId: row.original.warehouseId }}
            fields={[
              {
                name: 'reorderPoint',
                label: `Reorder point of ${where(row.original)} (blank: no policy)`,
                type: 'number',
                placeholder: 'point',
                defaultValue: row.original.reorderPoint,
              },
              {
                name: 'reorderQuantity',
                label: `Reorder quantity of ${where(row.original)}`,
                type: 'number',
                placeholder: 'qty',
                defaultValue: row.original.reorderQuantity,
              },
            ]}
          />
        ) : row.original.reorderPoint === null ? (
          '—'
        ) : (
          `${row.original.reorderPoint} / ${row.original.reorderQuantity}`
        ),
    },
    {
      id: 'variantIncoming',
      header: () => <span title="All warehouses of the variant">Variant incoming</span>,
      cell: ({ row }) => row.original.variantIncoming ?? '—',
    },
    {
      id: 'averageCost',
      header: () => <span title="Moving average of received unit costs, all warehouses">Average cost</span>,
      cell: ({ row }) => row.original.averageCost,
    },
  ];
}

/** The stock levels as the inventory page shows them: names, thumbnails, sortable by product or SKU. */
export function LevelsTable({
  rows,
  adjust,
  sort,
  empty,
}: {
  rows: LevelRow[];
  adjust: boolean;
  /** null: this view's order is fixed (low stock, by variant) */
  sort: { by: string; desc: boolean } | null;
  empty: string;
}) {
  const sortable = sort !== null;
  // stable between renders: each cell is rendered as a component (see DataTable)
  const shown = useMemo(() => columns(adjust, sortable), [adjust, sortable]);
  return (
    <DataTable
      caption="Stock levels"
      rows={rows}
      columns={shown}
      rowId={(row) => row.key}
      rowLabel={(row) => `${row.sku} at ${row.warehouseCode ?? 'no location'}`}
      sort={sort}
      empty={empty}
      rowClassName={(row) => (row.lowStock ? 'low-stock' : undefined)}
    />
  );
}
