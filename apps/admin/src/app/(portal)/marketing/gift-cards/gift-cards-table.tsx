'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '../../../../components/data-table/data-table.tsx';

export interface GiftCardListRow {
  id: string;
  href: string;
  maskedCode: string;
  last4: string;
  state: string;
  balance: string;
  initialBalance: string;
  customer: string | null;
  expires: string;
  issued: string;
}

const COLUMNS: ColumnDef<GiftCardListRow, unknown>[] = [
  {
    id: 'code',
    header: 'Code',
    cell: ({ row }) => <Link href={row.original.href}>{row.original.maskedCode}</Link>,
  },
  { id: 'state', header: 'Status', cell: ({ row }) => row.original.state },
  { id: 'balance', header: 'Balance', cell: ({ row }) => row.original.balance },
  { id: 'initialBalance', header: 'Issued with', cell: ({ row }) => row.original.initialBalance },
  { id: 'customer', header: 'Customer', cell: ({ row }) => row.original.customer ?? '—' },
  { id: 'expires', header: 'Expires', cell: ({ row }) => row.original.expires },
  { id: 'issued', header: 'Issued', cell: ({ row }) => row.original.issued },
];

/** The shop's gift cards (last four of the code only), each linking to its ledger. */
export function GiftCardsTable({ rows, empty }: { rows: GiftCardListRow[]; empty: string }) {
  return (
    <DataTable
      caption="Gift cards"
      rows={rows}
      columns={COLUMNS}
      rowId={(row) => row.id}
      rowLabel={(row) => `gift card ending ${row.last4}`}
      empty={empty}
      csv={{
        filename: 'gift-cards.csv',
        columns: [
          { header: 'Last 4', value: (row) => row.last4 },
          { header: 'Status', value: (row) => row.state },
          { header: 'Balance', value: (row) => row.balance },
          { header: 'Issued with', value: (row) => row.initialBalance },
          { header: 'Customer', value: (row) => row.customer },
          { header: 'Expires', value: (row) => row.expires },
        ],
      }}
    />
  );
}
