'use client';
import type { ColumnDef } from '@tanstack/react-table';
import { ProductImage } from '@ucos/ui/product-image';
import Link from 'next/link';
import { type ColumnMeta, DataTable } from '../../../components/data-table/data-table.tsx';
import { bulkProducts } from './bulk-actions.ts';
import type { ProductListRow } from './product-row.tsx';

const meta = (value: ColumnMeta) => value;

const COLUMNS: ColumnDef<ProductListRow, unknown>[] = [
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
    id: 'title',
    header: 'Product',
    meta: meta({ sortKey: 'title' }),
    cell: ({ row }) => <Link href={`/catalog/${encodeURIComponent(row.original.id)}`}>{row.original.title}</Link>,
  },
  { id: 'handle', header: 'Handle', cell: ({ row }) => <code>{row.original.handle}</code> },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <span className="pill">{STATUS_WORDS[row.original.status] ?? row.original.status}</span>,
  },
  { id: 'variants', header: 'Variants', cell: ({ row }) => row.original.skus.length },
  {
    id: 'created',
    header: 'Added',
    meta: meta({ sortKey: 'created' }),
    cell: ({ row }) => row.original.addedOn,
  },
];

export const STATUS_WORDS: Record<string, string> = { DRAFT: 'draft', ACTIVE: 'published', ARCHIVED: 'archived' };

/** The product list: thumbnails, sort by title or age, bulk publish / unpublish / archive / delete, CSV export. */
export function ProductsTable({
  rows,
  writable,
  sort,
  empty,
}: {
  rows: ProductListRow[];
  writable: boolean;
  sort: { by: string; desc: boolean };
  empty: string;
}) {
  // one column per custom field the listed products have a value of, named as the import reads it
  const customFieldKeys = [...new Set(rows.flatMap((row) => Object.keys(row.customFields)))];
  return (
    <DataTable
      caption="Products"
      rows={rows}
      columns={COLUMNS}
      rowId={(row) => `${row.id}~${row.version}`}
      rowLabel={(row) => row.title}
      sort={sort}
      empty={empty}
      bulkActions={
        writable
          ? [
              { operation: 'publish', label: 'Publish', run: bulkProducts },
              { operation: 'unpublish', label: 'Unpublish', run: bulkProducts },
              { operation: 'archive', label: 'Archive', run: bulkProducts },
              {
                operation: 'delete',
                label: 'Delete',
                run: bulkProducts,
                danger: {
                  title: 'Delete {count} products?',
                  consequences: (
                    <p>
                      Their variants, prices and images go too, and shoppers get “not found” on their pages. Orders
                      already placed keep their lines. Archive products that were ever sold instead.
                    </p>
                  ),
                },
              },
            ]
          : []
      }
      csv={{
        filename: 'products.csv',
        columns: [
          { header: 'Title', value: (row) => row.title },
          { header: 'Handle', value: (row) => row.handle },
          { header: 'Status', value: (row) => STATUS_WORDS[row.status] ?? row.status },
          { header: 'SKUs', value: (row) => row.skus.join(' ') },
          { header: 'Image', value: (row) => row.image },
          ...customFieldKeys.map((key) => ({
            header: `cf.${key}`,
            value: (row: ProductListRow) => row.customFields[key] ?? '',
          })),
        ],
      }}
    />
  );
}
