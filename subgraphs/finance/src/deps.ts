import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { FinanceEvents } from './events/out/finance-events.ts';

export interface FinanceDeps {
  pool: pg.Pool;
  log: Logger;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<FinanceEvents, Tenant>;
}

export const SCHEMA = 'finance';
