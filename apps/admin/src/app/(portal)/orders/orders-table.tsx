'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import { orderStatusWords, paymentStatusWords } from '../../../lib/history-words.ts';

export interface OrderListRow {
  id: string;
  number: string;
  placedAt: string;
  email: string;
  name: string;
  customerId: string | null;
  items: number;
  total: string;
  status: string;
  payment: string;
  onHold: boolean;
}

const COLUMNS: ColumnDef<OrderListRow, unknown>[] = [
  {
    id: 'number',
    header: 'Order',
    cell: ({ row }) => <Link href={`/orders/${encodeURIComponent(row.original.id)}`}>{row.original.number}</Link>,
  },
  { id: 'placed', header: 'Placed', cell: ({ row }) => row.original.placedAt },
  {
    id: 'customer',
    header: 'Customer',
    cell: ({ row }) => (
      <>
        {row.original.customerId ? (
          <Link href={`/customers/${encodeURIComponent(row.original.customerId)}`}>{row.original.name}</Link>
        ) : (
          <>
            {row.original.name} <span className="pill">guest</span>
          </>
        )}
        <br />
        <span className="muted">{row.original.email}</span>
      </>
    ),
  },
  { id: 'items', header: 'Items', cell: ({ row }) => row.original.items },
  { id: 'total', header: 'Total', cell: ({ row }) => row.original.total },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => (
      <>
        <span className="pill">{orderStatusWords(row.original.status)}</span>
        {row.original.onHold ? (
          <>
            {' '}
            <span className="pill low" data-testid="order-on-hold">
              on hold
            </span>
          </>
        ) : null}
      </>
    ),
  },
  { id: 'payment', header: 'Payment', cell: ({ row }) => paymentStatusWords(row.original.payment) },
];

/** The order list: customer names (guests marked), a link to the customer, CSV of the selected orders. */
export function OrdersTable({ rows, empty }: { rows: OrderListRow[]; empty: string }) {
  return (
    <DataTable
      caption="Orders"
      rows={rows}
      columns={COLUMNS}
      rowId={(row) => row.id}
      rowLabel={(row) => `order ${row.number}`}
      empty={empty}
      csv={{
        filename: 'orders.csv',
        columns: [
          { header: 'Order', value: (row) => row.number },
          { header: 'Placed', value: (row) => row.placedAt },
          { header: 'Name', value: (row) => row.name },
          { header: 'Email', value: (row) => row.email },
          { header: 'Items', value: (row) => row.items },
          { header: 'Total', value: (row) => row.total },
          { header: 'Status', value: (row) => orderStatusWords(row.status) },
          { header: 'Payment', value: (row) => paymentStatusWords(row.payment) },
        ],
      }}
    />
  );
}
