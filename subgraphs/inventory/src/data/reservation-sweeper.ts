import { outcomeCounter, queryEveryDatabase } from '@ucos/kit';
import type pg from 'pg';
import type { InventoryDb } from '../db.ts';
import { sweeperCaller } from './caller.ts';
import { expireReservation } from './reservation-store.ts';

export interface SweepOptions {
  pool: pg.Pool;
  /** inventory's unit of work with no tenant; each expiry runs as the reservation's tenant */
  unitOfWork: InventoryDb;
  /** reservations looked at per round; default 200 */
  batchSize?: number;
  /** a stopping worker aborts: the round ends between two reservations */
  signal?: AbortSignal;
}

const expiries = outcomeCounter(
  'ucos_reservation_expiries_total',
  'Reservations released by the sweeper because their time ran out',
);

/**
 * One round of releasing expired reservations of every tenant; returns how many it expired. The
 * cross-tenant part is only the look-up (`inventory.reservations_expired`, a SECURITY DEFINER
 * function returning tenant and id); each release runs in its tenant's own RLS transaction and
 * re-checks the reservation under a row lock, so a racing commit or release cannot double-release.
 * Run by inventory's worker as the scheduled job `inventory.reservation-sweep` (src/worker.ts).
 */
export async function sweepExpiredReservations(options: SweepOptions): Promise<number> {
  const rows = await queryEveryDatabase<{ tenant_id: string; id: string }>(
    options.pool,
    'select tenant_id, id from inventory.reservations_expired($1)',
    [options.batchSize ?? 200],
  );
  let expired = 0;
  for (const row of rows) {
    if (options.signal?.aborted) break;
    const result = await expireReservation(options.unitOfWork.as(row.tenant_id), sweeperCaller(row.tenant_id), row.id);
    if (result.ok && result.value) expired++;
  }
  if (expired > 0) expiries.inc({ outcome: 'expired' }, expired);
  return expired;
}
