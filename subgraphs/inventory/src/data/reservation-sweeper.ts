import type { Logger } from '@ucos/kit';
import type pg from 'pg';
import type { InventoryDb } from '../db.ts';
import { sweeperCaller } from './caller.ts';
import { expireReservation } from './reservation-store.ts';

export interface SweeperOptions {
  pool: pg.Pool;
  /** inventory's unit of work (its commits kick the outbox relay); each expiry runs as the reservation's tenant */
  unitOfWork: InventoryDb;
  logger: Logger;
  intervalMs: number;
  /** reservations looked at per round */
  batchSize?: number;
}

/**
 * Releases expired reservations of every tenant. The cross-tenant part is only the look-up
 * (`inventory.reservations_expired`, a SECURITY DEFINER function returning tenant and id); each
 * release runs in its tenant's own RLS transaction and re-checks the reservation under a row lock, so
 * several sweepers (replicas) and a racing commit or release cannot double-release.
 */
export class ReservationSweeper {
  readonly #options: SweeperOptions;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<number> | null = null;

  constructor(options: SweeperOptions) {
    this.#options = options;
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.#tick(), this.#options.intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
  }

  /** One round; returns how many reservations it expired. */
  async runOnce(): Promise<number> {
    const { rows } = await this.#options.pool.query<{ tenant_id: string; id: string }>(
      'select tenant_id, id from inventory.reservations_expired($1)',
      [this.#options.batchSize ?? 200],
    );
    let expired = 0;
    for (const row of rows) {
      const result = await expireReservation(
        this.#options.unitOfWork.as(row.tenant_id),
        sweeperCaller(row.tenant_id),
        row.id,
      );
      if (result.ok && result.value) expired++;
    }
    return expired;
  }

  async #tick(): Promise<void> {
    if (this.#running) return;
    this.#running = this.runOnce();
    try {
      const expired = await this.#running;
      if (expired) this.#options.logger.info({ expired }, 'expired reservations released');
    } catch (error) {
      this.#options.logger.error({ err: error }, 'reservation sweep failed');
    } finally {
      this.#running = null;
    }
  }
}
