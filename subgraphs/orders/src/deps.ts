import type { DomainDeps } from '@ucos/kit';
import type { OrdersEvents } from './events/out/order-events.ts';
import type { TaxCalculator, ZoneRule } from './ports/calculators.ts';
import type { CustomerAccountsPort } from './ports/customer-accounts.ts';
import type { PaymentProvider } from './ports/payment.ts';
import type { PricingPort } from './ports/pricing.ts';
import type { StockPort } from './ports/stock.ts';

/** Everything the stores need, built once per process in yoga.ts (tests swap the ports). */
export interface OrdersDeps extends DomainDeps<OrdersEvents> {
  pricing: PricingPort;
  stock: StockPort;
  customerAccounts: CustomerAccountsPort;
  payments: Map<string, PaymentProvider>;
  /** what a shop without zones of its own is offered and seeded with (SHIPPING_METHODS as zones) */
  shippingDefaults: readonly ZoneRule[];
  tax: TaxCalculator;
  reservationTtlSeconds: number;
  checkoutLeaseSeconds: number;
}

export const SCHEMA = 'orders';
