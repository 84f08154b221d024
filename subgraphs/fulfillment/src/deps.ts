import type { DomainDeps } from '@ucos/kit';
import type { FulfillmentEvents } from './events/out/fulfillment-events.ts';
import type { CarrierAdapter } from './ports/carrier.ts';
import type { StockPort } from './ports/stock.ts';

export interface FulfillmentDeps extends DomainDeps<FulfillmentEvents> {
  stock: StockPort;
  carriers: Map<string, CarrierAdapter>;
}

export const SCHEMA = 'fulfillment';
