import type { PricingContext, ShippingQuote, ZoneRule } from '../ports/calculators.ts';
import type { PluginRefusal, ValidatorsPort } from '../ports/plugin-validators.ts';
import type { Address } from './rows.ts';
import { type ShopShipping, shippingOf } from './shipping.ts';

/** A line as the shipping-rate plugins see it. */
export interface OfferLine {
  variantId: string;
  productId: string | null;
  sku: string;
  title: string;
  quantity: number;
  unitAmount: number;
}

/** What the offer is for: the pricing context plus what a rate plugin may price by. */
export interface ShippingRequest extends PricingContext {
  /** the cart's id (a subscription's, for its delivery settings) */
  cartId: string;
  lines: readonly OfferLine[];
  customerId: string | null;
  /** the full destination when it is known (checkout); else only `country` counts */
  address?: Pick<Address, 'country' | 'postalCode' | 'city'> | null;
}

/**
 * The methods offered, cheapest first, and the refusal of a fail-closed rate plugin that failed
 * (checkout and choosing a method stop on it; a cart's estimate shows the zones' offer meanwhile).
 */
export interface ShippingOffer {
  methods: ShippingQuote[];
  refusal: PluginRefusal | null;
}

export interface OfferDeps {
  shippingDefaults: readonly ZoneRule[];
  validators: ValidatorsPort;
}

/**
 * The shipping-rates adapter of the tenant (`ports/adapters.ts`): the shop's zones, or, when it
 * selected the "Shipping-rate plugins" adapter, its `shipping.rates` plugins starting from the
 * zones' offer. Every place that offers or checks a method asks here, so a plugin's method is one
 * the cart shows, a shopper can choose and checkout charges.
 */
export async function shippingOffer(
  deps: OfferDeps,
  tenantId: string,
  shop: ShopShipping,
  request: ShippingRequest,
): Promise<ShippingOffer> {
  const zones = shippingOf(shop, deps.shippingDefaults).methods(request);
  if (!shop.ratesFromPlugins) return { methods: zones, refusal: null };
  return deps.validators.shippingRates(tenantId, { ...request, methods: zones });
}
