import { type CURSOR_KEYS, keysetCursor, keysetListStatements, type Page, toConnection } from '@ucos/kit';
import { type InventoryDb, orm } from '../db.ts';
import {
  RESERVATION_COLUMNS,
  type ReservationLineRow,
  type ReservationRow,
  type ReservationStatus,
  reservationStatus,
} from './rows.ts';

export interface ReservationFilter {
  reference?: string | null;
  status?: ReservationStatus | null;
}

/**
 * Newest first, keyset-paged on (created_at, id): two statements whatever the page size. Hand SQL:
 * the kit's keyset statements, shared by every domain's listings.
 */
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
    const rows = await orm(sql, (inventory) =>
      inventory.reservation.findMany({ where: { id: { in: [...ids] } }, omit: { tenantId: true } }),
    );
    return rows.map((row) => ({ ...row, status: reservationStatus(row.status) }));
  });
}

/** The lines of N reservations in one statement (for a page of reservations). */
export function linesOfReservations(db: InventoryDb, ids: readonly string[]): Promise<ReservationLineRow[]> {
  return db.run((sql) =>
    orm(sql, (inventory) =>
      inventory.reservationLine.findMany({
        where: { reservationId: { in: [...ids] } },
        omit: { tenantId: true },
        orderBy: [{ reservationId: 'asc' }, { variantId: 'asc' }, { warehouseId: 'asc' }],
      }),
    ),
  );
}
