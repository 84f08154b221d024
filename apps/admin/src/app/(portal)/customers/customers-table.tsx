'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '../../../components/data-table/data-table.tsx';

export interface CustomerListRow {
  key: string;
  /** the customer's page, or a guest's orders */
  href: string;
  name: string;
  email: string;
  company: string | null;
  orders: number;
  lastOrder: string;
}

const COLUMNS: ColumnDef<CustomerListRow, unknown>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: ({ row }) => <Link href={row.original.href}>{row.original.name || row.original.email || 'No name'}</Link>,
  },
  { id: 'email', header: 'Email', cell: ({ row }) => row.original.email || '—' },
  { id: 'company', header: 'Company', cell: ({ row }) => row.original.company ?? '—' },
  { id: 'orders', header: 'Orders', cell: ({ row }) => row.original.orders },
  { id: 'lastOrder', header: 'Last order', cell: ({ row }) => row.original.lastOrder },
];

/** Shoppers (accounts or guests) with their order counts, each linking to what we know of them. */
export function CustomersTable({ caption, rows, empty }: { caption: string; rows: CustomerListRow[]; empty: string }) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      columns={COLUMNS}
      rowId={(row) => row.key}
      rowLabel={(row) => row.name || row.email}
      empty={empty}
      csv={{
        filename: `${caption.toLowerCase().replaceAll(' ', '-')}.csv`,
        columns: [
          { header: 'Name', value: (row) => row.name },
          { header: 'Email', value: (row) => row.email },
          { header: 'Company', value: (row) => row.company },
          { header: 'Orders', value: (row) => row.orders },
          { header: 'Last order', value: (row) => row.lastOrder },
        ],
      }}
    />
  );
}
