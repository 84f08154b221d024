import { isCurrencyCode, MAX_UNIT_AMOUNT } from '@ucos/kit';
import { z } from 'zod';

/** Shipping and tax are pluggable: a tenant or deployment swaps these for a carrier API or a tax service. */
export interface PricingContext {
  currency: string;
  subtotal: number;
  itemCount: number;
  /** ISO 3166 alpha-2 of the destination; null while it is not known yet (a cart before checkout) */
  country: string | null;
}

/** A method the shopper may pick, priced for one cart. */
export interface ShippingQuote {
  code: string;
  name: string;
  /** minor units of the cart's currency */
  amount: number;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

/**
 * What the shopper pays for shipping is a commerce decision, so orders owns the methods on offer;
 * fulfillment's carrier rates are the merchant's own cost and stay there.
 */
export interface ShippingCalculator {
  /**
   * The methods offered for this cart, cheapest first (ties keep the table's order): the first is the
   * default. Without a country every method priced in the currency is offered, because the
   * destination is not known yet; checkout asks again with the address's country.
   */
  methods(context: PricingContext): ShippingQuote[];
}

export interface TaxCalculator {
  /** minor units of the cart's currency, on subtotal plus shipping */
  quote(context: PricingContext & { shipping: number }): number;
}

export const SHIPPING_METHOD_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/;

// keys checked by a refine: zod's own record-key error only says "Invalid key in record"
const currencyAmounts = z
  .record(z.string(), z.number().int('amounts are integer minor units').min(0).max(MAX_UNIT_AMOUNT))
  .refine((amounts) => Object.keys(amounts).length > 0, 'give at least one currency')
  .refine(
    (amounts) => Object.keys(amounts).every((currency) => isCurrencyCode(currency)),
    'keys must be ISO 4217 currency codes (EUR, USD, …)',
  );

const shippingMethodRow = z
  .object({
    code: z
      .string()
      .regex(SHIPPING_METHOD_CODE, 'a code is 1-40 of a-z, 0-9, "_" and "-", starting with a letter or digit'),
    name: z.string().trim().min(1).max(80),
    /** the price per currency in minor units; a currency not listed does not offer the method */
    prices: currencyAmounts,
    /** optional: the method is free when the cart's subtotal reaches this amount (per currency) */
    freeFrom: currencyAmounts.optional(),
    estimatedDaysMin: z.number().int().min(0).max(365),
    estimatedDaysMax: z.number().int().min(0).max(365),
    /** optional: only these destination countries (ISO 3166 alpha-2); omitted = everywhere */
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, 'countries are ISO 3166 alpha-2 codes (DE, FR, …)'))
      .min(1)
      .transform((codes) => codes.map((code) => code.toUpperCase()))
      .optional(),
  })
  .strict()
  .refine((row) => row.estimatedDaysMax >= row.estimatedDaysMin, {
    message: 'estimatedDaysMax must not be below estimatedDaysMin',
    path: ['estimatedDaysMax'],
  });

export type ShippingMethodRow = z.infer<typeof shippingMethodRow>;

export const shippingMethodTable = z
  .array(shippingMethodRow)
  .min(1, 'offer at least one shipping method')
  .refine((rows) => new Set(rows.map((row) => row.code)).size === rows.length, 'method codes must be unique');

/** Standard and express for the currencies the demo shops in; the env variable replaces it. */
export const DEFAULT_SHIPPING_METHODS: ShippingMethodRow[] = [
  {
    code: 'standard',
    name: 'Standard',
    prices: { EUR: 499, USD: 599, GBP: 499 },
    estimatedDaysMin: 2,
    estimatedDaysMax: 5,
  },
  {
    code: 'express',
    name: 'Express',
    prices: { EUR: 1499, USD: 1799, GBP: 1299 },
    estimatedDaysMin: 1,
    estimatedDaysMax: 2,
  },
];

/** One method of a zone, priced in one currency (a row of `shipping_zone_methods`). */
export interface ZoneMethodRule {
  code: string;
  name: string;
  currency: string;
  /** minor units of `currency` */
  amount: number;
  /** free when the cart's subtotal reaches this (minor units of `currency`); null: never free */
  freeFrom: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

/** Where a zone ships: its countries, or (`restOfWorld`) every country no other zone names. */
export interface ZoneRule {
  name: string;
  countries: readonly string[];
  restOfWorld: boolean;
  /** in the merchant's order: equal prices keep it */
  methods: readonly ZoneMethodRule[];
}

/**
 * A shop's zones as a calculator. A destination is served by the zone naming its country, else by
 * the rest-of-world zone, else by none. Without a destination (a cart before checkout) every zone's
 * methods in the currency are offered, one per code (its cheapest), since any of them may apply. An
 * empty cart ships free (there is nothing to ship), so its totals stay zero while the shopper has not
 * added anything yet.
 */
export function zoneShipping(zones: readonly ZoneRule[]): ShippingCalculator {
  return {
    methods(context) {
      const serving = context.country
        ? [zones.find((zone) => zone.countries.includes(context.country as string)) ?? zones.find((z) => z.restOfWorld)]
        : zones;
      const byCode = new Map<string, ShippingQuote & { rank: number }>();
      let rank = 0;
      for (const zone of serving) {
        for (const method of zone?.methods ?? []) {
          rank += 1;
          if (method.currency !== context.currency) continue;
          const free = context.itemCount === 0 || (method.freeFrom !== null && context.subtotal >= method.freeFrom);
          const quote = {
            code: method.code,
            name: method.name,
            amount: free ? 0 : method.amount,
            estimatedDaysMin: method.estimatedDaysMin,
            estimatedDaysMax: method.estimatedDaysMax,
            rank,
          };
          const seen = byCode.get(method.code);
          if (!seen || quote.amount < seen.amount)
            byCode.set(method.code, seen ? { ...quote, rank: seen.rank } : quote);
        }
      }
      return [...byCode.values()]
        .sort((a, b) => a.amount - b.amount || a.rank - b.rank)
        .map(({ rank: _rank, ...quote }) => quote);
    },
  };
}

/**
 * The `SHIPPING_METHODS` table as zones, which is what a shop without zones of its own is offered
 * and what it is seeded with. Each country some row names gets a zone with the rows that serve it
 * (those naming it and those without `countries`); countries served by the same rows share one zone;
 * the rows without `countries` also make the rest-of-world zone. One method per row and currency.
 */
export function zonesOfMethodTable(table: readonly ShippingMethodRow[]): ZoneRule[] {
  const methodsOf = (rows: readonly ShippingMethodRow[]): ZoneMethodRule[] =>
    rows.flatMap((row) =>
      Object.entries(row.prices).map(([currency, amount]) => ({
        code: row.code,
        name: row.name,
        currency,
        amount,
        freeFrom: row.freeFrom?.[currency] ?? null,
        estimatedDaysMin: row.estimatedDaysMin,
        estimatedDaysMax: row.estimatedDaysMax,
      })),
    );
  const everywhere = table.filter((row) => !row.countries);
  const countriesByRows = new Map<string, { rows: ShippingMethodRow[]; countries: string[] }>();
  const named = [...new Set(table.flatMap((row) => row.countries ?? []))];
  for (const country of named) {
    const rows = table.filter((row) => !row.countries || row.countries.includes(country));
    const key = rows.map((row) => row.code).join('\n');
    const group = countriesByRows.get(key) ?? { rows, countries: [] };
    group.countries.push(country);
    countriesByRows.set(key, group);
  }
  const zones: ZoneRule[] = [...countriesByRows.values()].map((group) => ({
    name: group.countries.join(', '),
    countries: group.countries,
    restOfWorld: false,
    methods: methodsOf(group.rows),
  }));
  if (everywhere.length > 0) {
    zones.push({ name: 'Rest of world', countries: [], restOfWorld: true, methods: methodsOf(everywhere) });
  }
  return zones;
}

/** The env's method table as a calculator (the offer of a shop without zones of its own). */
export function tableShipping(table: readonly ShippingMethodRow[]): ShippingCalculator {
  return zoneShipping(zonesOfMethodTable(table));
}

/** A flat percentage in basis points, rounded half up to the minor unit. */
export function flatTax(basisPoints: number): TaxCalculator {
  return { quote: (context) => Math.floor(((context.subtotal + context.shipping) * basisPoints + 5_000) / 10_000) };
}
