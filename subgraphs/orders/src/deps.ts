import type { DomainDeps } from '@ucos/kit';
import type { MasterKeyring } from '@ucos/kit/adapters/envelope';
import type { PaymentProviders } from './data/integrations.ts';
import type { OrdersEvents } from './events/out/order-events.ts';
import type { TaxCalculator, ZoneRule } from './ports/calculators.ts';
import type { CustomerAccountsPort } from './ports/customer-accounts.ts';
import type { ValidatorsPort } from './ports/plugin-validators.ts';
import type { PricingPort } from './ports/pricing.ts';
import type { StockPort } from './ports/stock.ts';
import type { TaxPort } from './ports/tax.ts';

/** Everything the stores need, built once per process in yoga.ts (tests swap the ports). */
export interface OrdersDeps extends DomainDeps<OrdersEvents> {
  pricing: PricingPort;
  stock: StockPort;
  customerAccounts: CustomerAccountsPort;
  /** the built-in providers and the adapters (Stripe) a tenant configured and enabled */
  payments: PaymentProviders;
  /** the master key (INTEGRATIONS_MASTER_KEY) wrapping tenants' data keys for integration credentials */
  integrationsKeyring: MasterKeyring;
  /** what a shop without zones of its own is offered and seeded with (SHIPPING_METHODS as zones) */
  shippingDefaults: readonly ZoneRule[];
  /** the deployment's flat rate, for shops that never configured tax */
  tax: TaxCalculator;
  /** tax of a priced cart (the engine over the shop's zones, or a tax service's adapter) */
  taxes: TaxPort;
  /** tenants' validator plugins at checkout and add-to-cart */
  validators: ValidatorsPort;
  reservationTtlSeconds: number;
  checkoutLeaseSeconds: number;
}

export const SCHEMA = 'orders';
