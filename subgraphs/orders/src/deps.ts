import type { Logger } from '@ucos/kit';
import type pg from 'pg';
import type { ShippingCalculator, TaxCalculator } from './ports/calculators.ts';
import type { CustomerAccountsPort } from './ports/customer-accounts.ts';
import type { PaymentProvider } from './ports/payment.ts';
import type { PricingPort } from './ports/pricing.ts';
import type { StockPort } from './ports/stock.ts';

/** Everything the stores need, built once per process in yoga.ts (tests swap the ports). */
export interface OrdersDeps {
  pool: pg.Pool;
  log: Logger;
  pricing: PricingPort;
  stock: StockPort;
  customerAccounts: CustomerAccountsPort;
  payments: Map<string, PaymentProvider>;
  shipping: ShippingCalculator;
  tax: TaxCalculator;
  reservationTtlSeconds: number;
  checkoutLeaseSeconds: number;
  /** called after a transaction that wrote outbox rows committed: the relay publishes now */
  eventsCommitted(): void;
}

export const SCHEMA = 'orders';
