'use client';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  useReactTable,
} from '@tanstack/react-table';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { type BulkAction, BulkActionForm } from './bulk-action-form.tsx';
import { downloadCsv } from './csv.ts';

/** What a column may carry besides TanStack's own definition. */
export interface ColumnMeta {
  /** the `sort` URL value that orders the list by this column (server-side: the list is paged) */
  sortKey?: string;
  /** a hidden header (thumbnails, checkboxes) still named for screen readers */
  srOnlyHeader?: boolean;
  className?: string;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

export interface DataTableProps<T> {
  /** the table's accessible name */
  caption: string;
  rows: T[];
  /** stable across renders (a module constant or memoised): see `allColumns` */
  columns: ColumnDef<T, unknown>[];
  rowId: (row: T) => string;
  /** names a row for its checkbox ("Select Linen Shirt") */
  rowLabel: (row: T) => string;
  /** what an empty list says: what to do next, not a bare header */
  empty: ReactNode;
  /** the list's order as the URL has it (`sort`, `dir`), so headers link to the other orders */
  sort?: { by: string; desc: boolean } | null;
  /** bulk actions on the selected rows; with none (and no export) rows are not selectable */
  bulkActions?: BulkAction[];
  /** the selected rows as a CSV file, built in the browser from what the table shows */
  csv?: { filename: string; columns: CsvColumn<T>[] };
  rowClassName?: (row: T) => string | undefined;
}

/**
 * Every admin list: TanStack Table for the model (columns, selection), server-side sorting through
 * the URL (a header is a link to the same list in another order; `aria-sort` tells which one is
 * active), bulk actions over the selected rows, and an empty state that says what to do.
 */
export function DataTable<T>({
  caption,
  rows,
  columns,
  rowId,
  rowLabel,
  empty,
  sort,
  bulkActions = [],
  csv,
  rowClassName,
}: DataTableProps<T>) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const selectable = bulkActions.length > 0 || Boolean(csv);
  // flexRender renders a cell function as a component: a new function per render would remount
  // every cell (a row's form would lose its answer, a checkbox its focus), so the columns are
  // made once and the label is read through a ref
  const label = useRef(rowLabel);
  label.current = rowLabel;
  const allColumns = useMemo(
    () => (selectable ? [selectColumn<T>(caption, (row) => label.current(row)), ...columns] : columns),
    [selectable, caption, columns],
  );
  const table = useReactTable({
    data: rows,
    columns: allColumns,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableRowSelection: selectable,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
  });
  const params = useSearchParams();
  const selectedRows = table.getSelectedRowModel().rows;
  const selected = selectedRows.map((row) => row.original);
  // in table order, ids and names side by side: a refusal naming an item's index names its row
  const selectedIds = selectedRows.map((row) => row.id);
  const selectedLabels = selected.map(rowLabel);
  const sortHref = (key: string, desc: boolean) => {
    const next = new URLSearchParams(params.toString());
    next.set('sort', key);
    next.set('dir', desc ? 'desc' : 'asc');
    next.delete('after');
    return `?${next}`;
  };
  return (
    <div className="data-table">
      {selectable ? (
        <div className="table-toolbar" role="toolbar" aria-label={`Actions on selected ${caption.toLowerCase()}`}>
          <span aria-live="polite" className="muted">
            {selectedIds.length ? `${selectedIds.length} selected` : 'Select rows for bulk actions'}
          </span>
          {bulkActions.map((action) => (
            <BulkActionForm
              key={action.operation}
              action={action}
              ids={selectedIds}
              labels={selectedLabels}
              onDone={() => setRowSelection({})}
            />
          ))}
          {csv ? (
            <button
              type="button"
              disabled={!selected.length}
              onClick={() => downloadCsv(csv.filename, csv.columns, selected)}
            >
              Export CSV
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="table-scroll">
        <table>
          <caption className="sr-only">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta as ColumnMeta | undefined;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  const active = meta?.sortKey && sort?.by === meta.sortKey ? sort : null;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={meta?.className}
                      aria-sort={active ? (active.desc ? 'descending' : 'ascending') : undefined}
                    >
                      {meta?.sortKey ? (
                        <Link
                          className="sort-link"
                          href={sortHref(meta.sortKey, active ? !active.desc : false)}
                          scroll={false}
                        >
                          {label}
                          <span aria-hidden="true">{active ? (active.desc ? ' ▼' : ' ▲') : ' ↕'}</span>
                        </Link>
                      ) : meta?.srOnlyHeader ? (
                        <span className="sr-only">{label}</span>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length} className="empty-state">
                  {empty}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className={rowClassName?.(row.original)}
                  aria-selected={selectable ? row.getIsSelected() : undefined}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={(cell.column.columnDef.meta as ColumnMeta | undefined)?.className}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The checkbox column: one per row, and one in the header for the whole page. */
function selectColumn<T>(caption: string, rowLabel: (row: T) => string): ColumnDef<T, unknown> {
  return {
    id: 'select',
    meta: { className: 'select-cell' } satisfies ColumnMeta,
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label={`Select every row of ${caption.toLowerCase()} on this page`}
        checked={table.getIsAllRowsSelected()}
        ref={(input) => {
          if (input) input.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${rowLabel(row.original)}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}
