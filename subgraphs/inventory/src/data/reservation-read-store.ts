import { KEYSET_AT, keysetAfter, keysetCursor, type Page, toConnection } from '@ucos/kit';
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

/** Newest first; the cursor is (created_at, id). */
export function listReservations(db: InventoryDb, page: Page, filter: ReservationFilter) {
  const after = keysetAfter(page);
  const where = '($1::text is null or reference = $1) and ($2::text is null or status = $2)';
  const values = [filter.reference ?? null, filter.status ?? null];
  return db.run(async (sql) => {
    const { rows } = await sql.query<ReservationRow & { keysetAt: string }>(
      `select ${RESERVATION_COLUMNS}, ${KEYSET_AT} from reservations where ${where}
         and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
       order by created_at desc, id desc limit $5`,
      [...values, after?.createdAt ?? null, after?.id ?? null, page.limit + 1],
    );
    const count = await sql.query<{ n: number }>(`select count(*)::int as n from reservations where ${where}`, values);
    return toConnection(rows, page, count.rows[0]?.n ?? 0, keysetCursor);
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
