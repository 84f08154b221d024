import { type CURSOR_KEYS, keysetCursor, keysetListStatements, type Page, toConnection } from '@ucos/kit';
import type { InventoryDb } from '../db.ts';
import {
  LINE_COLUMNS,
  RESERVATION_COLUMNS,
  type ReservationLineRow,
  type ReservationRow,
  type ReservationStatus,
} from './rows.ts';

export interface ReservationFilter {
  reference?: string | null;
  status?: ReservationStatus | null;
}

/** Newest first, keyset-paged on (created_at, id): two statements whatever the page size. */
export function listReservations(db: InventoryDb, page: Page<typeof CURSOR_KEYS.instant>, filter: ReservationFilter) {
  const statements = keysetListStatements({
    table: 'reservations',
    columns: RESERVATION_COLUMNS,
    conditions: [
      filter.reference ? ['reference = ?', filter.reference] : null,
      filter.status ? ['status = ?', filter.status] : null,
    ],
    page,
  });
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReservationRow & { keysetAt: string }>(
      statements.page.text,
      statements.page.values,
    );
    const count = await sql.query<{ count: number }>(statements.count.text, statements.count.values);
    return toConnection(rows, page, count.rows[0]?.count ?? 0, keysetCursor);
  });
}

export function reservationsByIds(db: InventoryDb, ids: readonly string[]): Promise<ReservationRow[]> {
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReservationRow>(
      `select ${RESERVATION_COLUMNS} from reservations where id = any($1::uuid[])`,
      [[...ids]],
    );
    return rows;
  });
}

/** The lines of N reservations in one statement (for a page of reservations). */
export function linesOfReservations(db: InventoryDb, ids: readonly string[]): Promise<ReservationLineRow[]> {
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReservationLineRow>(
      `select ${LINE_COLUMNS} from reservation_lines where reservation_id = any($1::uuid[])
        order by reservation_id, variant_id, warehouse_id`,
      [[...ids]],
    );
    return rows;
  });
}
