import { EU_COUNTRIES, euVatCountry } from '@ucos/kit';
import { computeTax, isTaxClass, type TaxClass, type TaxRateRule, type TaxRounding } from '../tax/engine.ts';
import type { PricingContext, TaxCalculator } from './calculators.ts';

export interface TaxSettings {
  pricesIncludeTax: boolean;
  rounding: TaxRounding;
  /** ISO 3166 alpha-2 of the shop; null: not given (no reverse charge, carts are taxed once the address is known) */
  originCountry: string | null;
}

export interface TaxZone {
  id: string;
  name: string;
  /** "DE" for a whole country, "US-CA" for one region of it */
  places: string[];
  rates: TaxRateRule[];
}

/** A shop's tax configuration as the calculator needs it. */
export interface ShopTax {
  /** false: the shop never configured tax and is charged the deployment's flat rate */
  configured: boolean;
  settings: TaxSettings;
  zones: TaxZone[];
}

export const DEFAULT_TAX_SETTINGS: TaxSettings = { pricesIncludeTax: false, rounding: 'line', originCountry: null };

export interface TaxQuoteRequest extends PricingContext {
  shop: ShopTax;
  /** `discount`: what promotions took off the line, which is not taxed */
  lines: readonly { variantId: string; quantity: number; unitAmount: number; taxClass: string; discount?: number }[];
  /** after promotions */
  shipping: number;
  /** the destination's region (ISO 3166-2 subdivision without the country, "CA"), when known */
  region: string | null;
  /** the buyer's tax id (a VAT id for EU reverse charge), normalised */
  customerTaxId: string | null;
}

/** One rate's tax (ratePpm null: the deployment's flat rate, whose rate this side does not know). */
export interface TaxLineAmount {
  name: string;
  ratePpm: number | null;
  taxable: number;
  amount: number;
  /** the tax classes taxed at this rate (absent from an adapter that does not say, and on older orders) */
  taxClasses?: string[];
}

export interface TaxQuote {
  tax: number;
  /** what the shopper pays */
  total: number;
  taxLines: TaxLineAmount[];
  pricesIncludeTax: boolean;
  /** printed on the order and invoice: the reverse-charge statement */
  note: string | null;
}

/**
 * Tax for a priced cart. The built-in adapter is the engine below; a tax service (Avalara, TaxJar,
 * …) replaces it by implementing this interface in an adapter of its own.
 */
export interface TaxPort {
  quote(request: TaxQuoteRequest): TaxQuote;
}

export const REVERSE_CHARGE_NOTE = 'Reverse charge: VAT to be accounted for by the recipient (intra-EU B2B supply)';

/** The zone naming the destination's region, else the one naming its whole country, else none. */
export function zoneOf(zones: readonly TaxZone[], country: string | null, region: string | null): TaxZone | null {
  if (!country) return null;
  const regional = region ? zones.find((zone) => zone.places.includes(`${country}-${region}`)) : undefined;
  return regional ?? zones.find((zone) => zone.places.includes(country)) ?? null;
}

/** EU B2B: a well-formed VAT id of the destination's member state, which is not the shop's. */
export function isReverseCharge(origin: string | null, destination: string | null, taxId: string | null): boolean {
  if (!origin || !destination || !taxId || origin === destination) return false;
  if (!EU_COUNTRIES.has(origin) || !EU_COUNTRIES.has(destination)) return false;
  return euVatCountry(taxId) === destination;
}

const toNumber = (value: bigint) => Number(value);

/**
 * The engine behind the port: the shop's zones and rates when it configured tax, else the
 * deployment's flat calculator (a shop's tax before it set anything up stays what it was).
 */
export function engineTax(unconfigured: TaxCalculator): TaxPort {
  return {
    quote(request) {
      if (!request.shop.configured) {
        const tax = unconfigured.quote({ ...request, shipping: request.shipping });
        const taxable = request.subtotal + request.shipping;
        return {
          tax,
          total: taxable + tax,
          taxLines: tax > 0 ? [{ name: 'Tax', ratePpm: null, taxable, amount: tax }] : [],
          pricesIncludeTax: false,
          note: null,
        };
      }
      const { settings, zones } = request.shop;
      // before checkout the destination is unknown: the shop's own country is the likeliest one
      const country = request.country ?? settings.originCountry;
      const zone = zoneOf(zones, country, request.country ? request.region : null);
      const reverseCharge = isReverseCharge(settings.originCountry, request.country, request.customerTaxId);
      const result = computeTax({
        lines: request.lines.map((line) => ({
          key: line.variantId,
          amount: BigInt(line.quantity) * BigInt(line.unitAmount) - BigInt(line.discount ?? 0),
          taxClass: isTaxClass(line.taxClass) ? line.taxClass : ('standard' satisfies TaxClass),
        })),
        shipping: BigInt(request.shipping),
        rates: zone?.rates ?? [],
        pricesIncludeTax: settings.pricesIncludeTax,
        rounding: settings.rounding,
        reverseCharge,
      });
      return {
        tax: toNumber(result.tax),
        total: toNumber(result.total),
        taxLines: result.taxLines.map((line) => ({
          name: line.name,
          ratePpm: line.ratePpm,
          taxable: toNumber(line.taxable),
          amount: toNumber(line.amount),
          taxClasses: line.taxClasses,
        })),
        pricesIncludeTax: settings.pricesIncludeTax,
        note: reverseCharge ? REVERSE_CHARGE_NOTE : null,
      };
    },
  };
}
