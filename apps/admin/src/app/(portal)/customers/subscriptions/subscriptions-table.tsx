'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '../../../../components/data-table/data-table.tsx';

export interface SubscriptionListRow {
  id: string;
  href: string;
  customer: string;
  customerHref: string | null;
  plan: string;
  product: string;
  status: string;
  every: string;
  nextRenewal: string;
  started: string;
}

const COLUMNS: ColumnDef<SubscriptionListRow, unknown>[] = [
  {
    id: 'customer',
    header: 'Customer',
    cell: ({ row }) => <Link href={row.original.href}>{row.original.customer}</Link>,
  },
  { id: 'plan', header: 'Plan', cell: ({ row }) => row.original.plan },
  { id: 'product', header: 'Product', cell: ({ row }) => row.original.product },
  { id: 'status', header: 'Status', cell: ({ row }) => row.original.status },
  { id: 'every', header: 'Every', cell: ({ row }) => row.original.every },
  { id: 'nextRenewal', header: 'Next renewal', cell: ({ row }) => row.original.nextRenewal },
  { id: 'started', header: 'Started', cell: ({ row }) => row.original.started },
];

/** The shop's subscriptions, each linking to its detail (renewals, history, actions). */
export function SubscriptionsTable({ rows, empty }: { rows: SubscriptionListRow[]; empty: string }) {
  return (
    <DataTable
      caption="Subscriptions"
      rows={rows}
      columns={COLUMNS}
      rowId={(row) => row.id}
      rowLabel={(row) => `subscription of ${row.customer}`}
      empty={empty}
      csv={{
        filename: 'subscriptions.csv',
        columns: [
          { header: 'Customer', value: (row) => row.customer },
          { header: 'Plan', value: (row) => row.plan },
          { header: 'Product', value: (row) => row.product },
          { header: 'Status', value: (row) => row.status },
          { header: 'Every', value: (row) => row.every },
          { header: 'Next renewal', value: (row) => row.nextRenewal },
          { header: 'Started', value: (row) => row.started },
        ],
      }}
    />
  );
}
