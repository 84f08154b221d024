import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { OrdersEvents } from './events/out/order-events.ts';
import type { TaxCalculator, ZoneRule } from './ports/calculators.ts';
import type { CustomerAccountsPort } from './ports/customer-accounts.ts';
import type { PaymentProvider } from './ports/payment.ts';
import type { PricingPort } from './ports/pricing.ts';
import type { StockPort } from './ports/stock.ts';
import type { TaxPort } from './ports/tax.ts';

/** Everything the stores need, built once per process in yoga.ts (tests swap the ports). */
export interface OrdersDeps {
  pool: pg.Pool;
  log: Logger;
  pricing: PricingPort;
  stock: StockPort;
  customerAccounts: CustomerAccountsPort;
  payments: Map<string, PaymentProvider>;
  /** what a shop without zones of its own is offered and seeded with (SHIPPING_METHODS as zones) */
  shippingDefaults: readonly ZoneRule[];
  /** the deployment's flat rate, for shops that never configured tax */
  tax: TaxCalculator;
  /** tax of a priced cart (the engine over the shop's zones, or a tax service's adapter) */
  taxes: TaxPort;
  reservationTtlSeconds: number;
  checkoutLeaseSeconds: number;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<OrdersEvents, Tenant>;
}

export const SCHEMA = 'orders';
