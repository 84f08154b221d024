import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTax, SHIPPING_KEY, TAX_CLASSES, type TaxRateRule, type TaxRounding } from '../src/tax/engine.ts';
import { euVatCountry } from '../src/tax/vat-id.ts';

const RATES: TaxRateRule[] = [
  { taxClass: 'standard', name: 'VAT 19%', ratePpm: 190_000 },
  { taxClass: 'reduced', name: 'VAT 7%', ratePpm: 70_000 },
  { taxClass: 'zero', name: 'VAT 0%', ratePpm: 0 },
];

const amount = fc.bigInt({ min: 0n, max: 10_000_000_00n });
const line = fc.record({ amount, taxClass: fc.constantFrom(...TAX_CLASSES) });
const lines = fc.array(line, { maxLength: 12 }).map((list) => list.map((l, index) => ({ ...l, key: `l${index}` })));
const rounding = fc.constantFrom<TaxRounding>('line', 'total');
const ratePpm = fc.integer({ min: 0, max: 1_000_000 });

const abs = (value: bigint) => (value < 0n ? -value : value);

describe('the tax engine', () => {
  it('taxes 19 % exclusive per line, shipping at the standard rate', () => {
    const result = computeTax({
      lines: [
        { key: 'a', amount: 1000n, taxClass: 'standard' },
        { key: 'b', amount: 1000n, taxClass: 'reduced' },
        { key: 'c', amount: 1000n, taxClass: 'exempt' },
      ],
      shipping: 500n,
      rates: RATES,
      pricesIncludeTax: false,
      rounding: 'line',
      reverseCharge: false,
    });
    expect(result.lineTaxes.get('a')).toBe(190n);
    expect(result.lineTaxes.get('b')).toBe(70n);
    expect(result.lineTaxes.get('c')).toBe(0n);
    expect(result.lineTaxes.get(SHIPPING_KEY)).toBe(95n);
    expect(result.taxLines).toEqual([
      { name: 'VAT 19%', ratePpm: 190_000, taxable: 1500n, amount: 285n, taxClasses: ['standard'] },
      { name: 'VAT 7%', ratePpm: 70_000, taxable: 1000n, amount: 70n, taxClasses: ['reduced'] },
    ]);
    expect(result.tax).toBe(355n);
    expect(result.total).toBe(3500n + 355n);
  });

  it('takes the tax out of inclusive prices and charges the same total', () => {
    const result = computeTax({
      lines: [{ key: 'a', amount: 1190n, taxClass: 'standard' }],
      shipping: 0n,
      rates: RATES,
      pricesIncludeTax: true,
      rounding: 'line',
      reverseCharge: false,
    });
    expect(result.tax).toBe(190n);
    expect(result.taxLines[0]).toMatchObject({ taxable: 1000n, amount: 190n });
    expect(result.total).toBe(1190n);
  });

  it('rounds once per rate on the total when configured so', () => {
    const three = ['a', 'b', 'c'].map((key) => ({ key, amount: 5n, taxClass: 'standard' as const }));
    const base = { shipping: 0n, rates: RATES, pricesIncludeTax: false, reverseCharge: false };
    // 0.95 per line rounds to 1 each; the totals 2.85 and 9.5 round to 3 and 10 as well
    const ten = Array.from({ length: 10 }, (_, index) => ({
      key: `l${index}`,
      amount: 5n,
      taxClass: 'standard' as const,
    }));
    expect(computeTax({ ...base, lines: three, rounding: 'line' }).tax).toBe(3n);
    expect(computeTax({ ...base, lines: ten, rounding: 'line' }).tax).toBe(10n);
    expect(computeTax({ ...base, lines: ten, rounding: 'total' }).tax).toBe(10n);
    const many = Array.from({ length: 10 }, (_, index) => ({
      key: `l${index}`,
      amount: 2n,
      taxClass: 'standard' as const,
    }));
    // 0.38 per line rounds to 0 each; 3.8 on the total rounds to 4
    expect(computeTax({ ...base, lines: many, rounding: 'line' }).tax).toBe(0n);
    expect(computeTax({ ...base, lines: many, rounding: 'total' }).tax).toBe(4n);
  });

  it('charges no tax under reverse charge, taking it out of inclusive prices', () => {
    const request = {
      lines: [{ key: 'a', amount: 1190n, taxClass: 'standard' as const }],
      shipping: 0n,
      rates: RATES,
      rounding: 'line' as const,
      reverseCharge: true,
    };
    expect(computeTax({ ...request, pricesIncludeTax: true })).toMatchObject({ tax: 0n, total: 1000n });
    expect(computeTax({ ...request, pricesIncludeTax: false })).toMatchObject({ tax: 0n, total: 1190n });
  });

  it("a cart's tax is the sum of its lines' tax under either rounding", () => {
    fc.assert(
      fc.property(lines, amount, rounding, fc.boolean(), (cartLines, shipping, mode, inclusive) => {
        const result = computeTax({
          lines: cartLines,
          shipping,
          rates: RATES,
          pricesIncludeTax: inclusive,
          rounding: mode,
          reverseCharge: false,
        });
        const sum = [...result.lineTaxes.values()].reduce((total, tax) => total + tax, 0n);
        expect(sum).toBe(result.tax);
        expect(result.taxLines.reduce((total, taxLine) => total + taxLine.amount, 0n)).toBe(result.tax);
      }),
    );
  });

  it('per-total rounding is within half a minor unit of the exact tax of each rate', () => {
    fc.assert(
      fc.property(lines, (cartLines) => {
        const result = computeTax({
          lines: cartLines,
          shipping: 0n,
          rates: RATES,
          pricesIncludeTax: false,
          rounding: 'total',
          reverseCharge: false,
        });
        for (const taxLine of result.taxLines) {
          // |amount - taxable × rate| ≤ 0.5, in millionths
          expect(abs(taxLine.amount * 1_000_000n - taxLine.taxable * BigInt(taxLine.ratePpm))).toBeLessThanOrEqual(
            500_000n,
          );
        }
      }),
    );
  });

  it('inclusive and exclusive agree within one minor unit per line on the same net price', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), ratePpm, (nets, ppm) => {
        const rates: TaxRateRule[] = [{ taxClass: 'standard', name: 'Tax', ratePpm: ppm }];
        const exclusive = computeTax({
          lines: nets.map((net, index) => ({ key: `l${index}`, amount: net, taxClass: 'standard' })),
          shipping: 0n,
          rates,
          pricesIncludeTax: false,
          rounding: 'line',
          reverseCharge: false,
        });
        // the merchant enters each line's gross price, which is what the shopper paid above
        const grosses = nets.map((net, index) => net + (exclusive.lineTaxes.get(`l${index}`) ?? 0n));
        const inclusive = computeTax({
          lines: grosses.map((gross, index) => ({ key: `l${index}`, amount: gross, taxClass: 'standard' })),
          shipping: 0n,
          rates,
          pricesIncludeTax: true,
          rounding: 'line',
          reverseCharge: false,
        });
        expect(inclusive.total).toBe(exclusive.total);
        nets.forEach((net, index) => {
          const recoveredNet = (grosses[index] as bigint) - (inclusive.lineTaxes.get(`l${index}`) ?? 0n);
          expect(abs(recoveredNet - net)).toBeLessThanOrEqual(1n);
        });
      }),
    );
  });
});

describe('EU VAT ids', () => {
  it('accepts the formats of the member states and names the country', () => {
    expect(euVatCountry('DE123456789')).toBe('DE');
    expect(euVatCountry('fr 12 345678901')).toBe('FR');
    expect(euVatCountry('NL123456789B01')).toBe('NL');
    expect(euVatCountry('EL123456789')).toBe('GR');
  });
  it('refuses malformed ids and non-EU prefixes', () => {
    expect(euVatCountry('DE12345678')).toBeNull();
    expect(euVatCountry('GB123456789')).toBeNull();
    expect(euVatCountry('hello')).toBeNull();
  });
});
