import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { FulfillmentEvents } from './events/out/fulfillment-events.ts';
import type { CarrierAdapter } from './ports/carrier.ts';
import type { StockPort } from './ports/stock.ts';

export interface FulfillmentDeps {
  pool: pg.Pool;
  log: Logger;
  stock: StockPort;
  carriers: Map<string, CarrierAdapter>;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<FulfillmentEvents, Tenant>;
}

export const SCHEMA = 'fulfillment';
