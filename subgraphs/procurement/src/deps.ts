import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { ProcurementEvents } from './events/out/procurement-events.ts';

export interface ProcurementDeps {
  pool: pg.Pool;
  log: Logger;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<ProcurementEvents, Tenant>;
}

export const SCHEMA = 'procurement';
