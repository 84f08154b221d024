import type { InventoryDb } from '../db.ts';
import type { Caller } from './caller.ts';
import { type InventoryError, type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import { lockLevels, recordMovements } from './ledger.ts';
import { linesOf, lockTargets, reservationsWithLines } from './reservation-store.ts';
import type { ReservationLineRow, ReservationRow } from './rows.ts';

// Hand SQL: it works on rows locked in reservation-store's fixed order, with column arithmetic per line.

export interface ReservationAdjustInput {
  reference: string;
  /** the units to keep holding per variant; a variant left out keeps none */
  lines: { variantId: string; quantity: number }[];
}

const remaining = (line: ReservationLineRow) => line.quantity - line.committed - line.released;

/**
 * Lowers what a reference (an order) holds to the given quantities, releasing the difference
 * (RESERVATION_RELEASE movements): an order edit. It never raises a hold — more units need a new
 * reservation, which checks availability — and setting the same quantities twice changes nothing.
 * Later lines are released first, so a split allocation shrinks from its last warehouse.
 */
export function adjustReservations(
  db: InventoryDb,
  caller: Caller,
  input: ReservationAdjustInput,
): Promise<InventoryResult<ReservationRow[]>> {
  const errors: InventoryError[] = [];
  const seen = new Set<string>();
  input.lines.forEach((line, index) => {
    const field = ['input', 'lines', String(index)];
    if (!Number.isInteger(line.quantity) || line.quantity < 0) {
      errors.push(
        inventoryError('INVALID_QUANTITY', 'Quantities are whole numbers of at least 0', [...field, 'quantity']),
      );
    }
    if (seen.has(line.variantId))
      errors.push(inventoryError('INVALID_INPUT', 'One line per variant', [...field, 'variantId']));
    seen.add(line.variantId);
  });
  if (errors.length) return Promise.resolve({ ok: false, errors });
  return db.tx(async (sql, tx) => {
    const active = (await lockTargets(sql, { reference: input.reference })).filter(
      (reservation) => reservation.status === 'ACTIVE',
    );
    if (active.length === 0)
      return inventoryFail('NOT_FOUND', 'No active reservation for this reference', ['input', 'reference']);
    const open = (
      await linesOf(
        sql,
        active.map((reservation) => reservation.id),
      )
    ).filter((line) => remaining(line) > 0);
    const held = new Map<string, number>();
    for (const line of open) held.set(line.variantId, (held.get(line.variantId) ?? 0) + remaining(line));
    const wanted = new Map(input.lines.map((line) => [line.variantId, line.quantity]));
    for (const [index, line] of input.lines.entries()) {
      const holding = held.get(line.variantId) ?? 0;
      if (line.quantity > holding) {
        return inventoryFail('INVALID_QUANTITY', `Only ${holding} held: an adjustment can only lower a reservation`, [
          'input',
          'lines',
          String(index),
          'quantity',
        ]);
      }
    }
    const releases: { line: ReservationLineRow; units: number }[] = [];
    for (const [variantId, holding] of held) {
      let toRelease = holding - (wanted.get(variantId) ?? 0);
      for (const line of open.filter((candidate) => candidate.variantId === variantId).reverse()) {
        if (toRelease <= 0) break;
        const units = Math.min(remaining(line), toRelease);
        releases.push({ line, units });
        toRelease -= units;
      }
    }
    if (releases.length) {
      await lockLevels(
        sql,
        releases.map(({ line }) => line),
      );
      const referenceOf = new Map(active.map((reservation) => [reservation.id, reservation.reference]));
      await recordMovements(
        sql,
        tx,
        caller,
        releases.map(({ line, units }) => ({
          variantId: line.variantId,
          warehouseId: line.warehouseId,
          onHandDelta: 0,
          reservedDelta: -units,
          reason: 'RESERVATION_RELEASE' as const,
          reference: referenceOf.get(line.reservationId) ?? null,
          reservationId: line.reservationId,
          note: 'adjusted',
        })),
      );
      for (const { line, units } of releases) {
        await sql.query(
          `update reservation_lines set released = released + $4
            where reservation_id = $1 and variant_id = $2 and warehouse_id = $3`,
          [line.reservationId, line.variantId, line.warehouseId, units],
        );
      }
    }
    return {
      ok: true,
      value: await reservationsWithLines(
        sql,
        active.map((reservation) => reservation.id),
      ),
    };
  });
}
