import type { Logger } from '@ucos/kit';
import type pg from 'pg';
import type { CarrierAdapter } from './ports/carrier.ts';
import type { StockPort } from './ports/stock.ts';

export interface FulfillmentDeps {
  pool: pg.Pool;
  log: Logger;
  stock: StockPort;
  carriers: Map<string, CarrierAdapter>;
  eventsCommitted(): void;
}

export const SCHEMA = 'fulfillment';
