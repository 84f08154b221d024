/**
 * The tax engine: pure arithmetic on minor units (bigint) and rates in parts per million. It knows
 * nothing of zones, shops or the database; `ports/tax.ts` picks the rates and calls it.
 */

export const TAX_CLASSES = ['standard', 'reduced', 'zero', 'exempt'] as const;
export type TaxClass = (typeof TAX_CLASSES)[number];
export const isTaxClass = (value: string): value is TaxClass => (TAX_CLASSES as readonly string[]).includes(value);

export type TaxRounding = 'line' | 'total';

const PPM = 1_000_000n;

export interface TaxRateRule {
  taxClass: TaxClass;
  /** what the shopper reads on the tax line ("VAT 19%") */
  name: string;
  ratePpm: number;
}

export interface TaxableLine {
  key: string;
  /** the line's amount as priced (quantity × unit price), with or without tax as the shop enters prices */
  amount: bigint;
  taxClass: TaxClass;
}

export interface TaxRequest {
  lines: readonly TaxableLine[];
  /** the shipping price, taxed at the standard rate */
  shipping: bigint;
  /** the rates of the destination's zone; a class without a rate is not taxed */
  rates: readonly TaxRateRule[];
  pricesIncludeTax: boolean;
  rounding: TaxRounding;
  /** EU B2B reverse charge: no tax is charged, the buyer accounts for it */
  reverseCharge: boolean;
}

/** The tax of one rate over everything taxed at it. */
export interface TaxLine {
  name: string;
  ratePpm: number;
  /** the amount the rate applies to, without tax */
  taxable: bigint;
  amount: bigint;
  /** the classes taxed at this rate here (shipping counts as standard): an invoice's lines find their rate by it */
  taxClasses: TaxClass[];
}

export interface TaxResult {
  /** tax per line key (and `SHIPPING_KEY`); sums to `tax` under either rounding */
  lineTaxes: Map<string, bigint>;
  taxLines: TaxLine[];
  tax: bigint;
  /** what the shopper pays: lines + shipping, plus tax when prices exclude it, minus it when reverse-charged */
  total: bigint;
}

export const SHIPPING_KEY = '#shipping';

/** a / b rounded half up, for a ≥ 0 and b > 0 */
const divideRounded = (numerator: bigint, denominator: bigint) => (2n * numerator + denominator) / (2n * denominator);

/**
 * The tax contained in (inclusive) or owed on (exclusive) an amount, exactly, as a fraction
 * numerator / denominator, so rounding happens once where the configuration says.
 */
function exactTax(amount: bigint, ratePpm: bigint, pricesIncludeTax: boolean): [bigint, bigint] {
  return pricesIncludeTax ? [amount * ratePpm, PPM + ratePpm] : [amount * ratePpm, PPM];
}

/**
 * Rounds each rate's exact total once and shares it among its lines by largest remainder, so the
 * lines still add up to the rounded total.
 */
function shareRounded(items: { key: string; numerator: bigint }[], denominator: bigint): Map<string, bigint> {
  const exactSum = items.reduce((sum, item) => sum + item.numerator, 0n);
  const total = divideRounded(exactSum, denominator);
  const shares = items.map((item) => ({
    key: item.key,
    floor: item.numerator / denominator,
    remainder: item.numerator % denominator,
  }));
  let left = total - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : 0));
  const result = new Map(shares.map((share) => [share.key, share.floor]));
  for (const share of byRemainder) {
    if (left <= 0n) break;
    result.set(share.key, (result.get(share.key) ?? 0n) + 1n);
    left -= 1n;
  }
  return result;
}

export function computeTax(request: TaxRequest): TaxResult {
  const rateOf = new Map(request.rates.map((rate) => [rate.taxClass, rate]));
  const taxed = [...request.lines, { key: SHIPPING_KEY, amount: request.shipping, taxClass: 'standard' as const }];
  const groups = new Map<
    string,
    { rate: TaxRateRule; items: { key: string; amount: bigint }[]; classes: Set<TaxClass> }
  >();
  for (const line of taxed) {
    const rate = rateOf.get(line.taxClass);
    if (!rate || line.amount === 0n) continue;
    const groupKey = `${rate.ratePpm}\n${rate.name}`;
    const group = groups.get(groupKey) ?? { rate, items: [], classes: new Set<TaxClass>() };
    group.items.push({ key: line.key, amount: line.amount });
    group.classes.add(line.taxClass);
    groups.set(groupKey, group);
  }
  const lineTaxes = new Map<string, bigint>(taxed.map((line) => [line.key, 0n]));
  const taxLines: TaxLine[] = [];
  for (const { rate, items, classes } of groups.values()) {
    const ppm = BigInt(rate.ratePpm);
    let denominator = PPM;
    const exact = items.map((item) => {
      const [numerator, over] = exactTax(item.amount, ppm, request.pricesIncludeTax);
      denominator = over;
      return { key: item.key, numerator };
    });
    const taxes =
      request.rounding === 'line'
        ? new Map(exact.map((item) => [item.key, divideRounded(item.numerator, denominator)]))
        : shareRounded(exact, denominator);
    let amount = 0n;
    for (const [key, tax] of taxes) {
      lineTaxes.set(key, tax);
      amount += tax;
    }
    const base = items.reduce((sum, item) => sum + item.amount, 0n);
    taxLines.push({
      name: rate.name,
      ratePpm: rate.ratePpm,
      taxable: request.pricesIncludeTax ? base - amount : base,
      amount,
      taxClasses: TAX_CLASSES.filter((taxClass) => classes.has(taxClass)),
    });
  }
  taxLines.sort((a, b) => b.ratePpm - a.ratePpm || a.name.localeCompare(b.name));
  const computed = taxLines.reduce((sum, line) => sum + line.amount, 0n);
  const gross = taxed.reduce((sum, line) => sum + line.amount, 0n);
  if (request.reverseCharge) {
    // nothing is charged: inclusive prices lose the tax they contained, exclusive ones gain none
    return {
      lineTaxes: new Map([...lineTaxes.keys()].map((key) => [key, 0n])),
      taxLines: taxLines.map((line) => ({ ...line, amount: 0n })),
      tax: 0n,
      total: request.pricesIncludeTax ? gross - computed : gross,
    };
  }
  return { lineTaxes, taxLines, tax: computed, total: request.pricesIncludeTax ? gross : gross + computed };
}
