import { taxIdProblem } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { flatTax } from '../src/ports/calculators.ts';
import { engineTax, isReverseCharge, type ShopTax, zoneOf } from '../src/ports/tax.ts';

const SHOP: ShopTax = {
  configured: true,
  settings: { pricesIncludeTax: false, rounding: 'line', originCountry: 'DE' },
  zones: [
    {
      id: 'eu',
      name: 'EU',
      places: ['DE', 'FR'],
      rates: [{ taxClass: 'standard', name: 'VAT 19%', ratePpm: 190_000 }],
    },
    { id: 'us', name: 'US', places: ['US'], rates: [] },
    { id: 'ca', name: 'California', places: ['US-CA'], rates: [{ taxClass: 'standard', name: 'CA', ratePpm: 72_500 }] },
  ],
};

const request = (country: string | null, region: string | null = null, customerTaxId: string | null = null) => ({
  currency: 'EUR',
  subtotal: 10_000,
  itemCount: 1,
  country,
  region,
  customerTaxId,
  shipping: 0,
  shop: SHOP,
  lines: [{ variantId: 'v', quantity: 1, unitAmount: 10_000, taxClass: 'standard' }],
});

describe('the tax port', () => {
  it("finds the zone of a region before its country's, and none for a place no zone names", () => {
    expect(zoneOf(SHOP.zones, 'US', 'CA')?.name).toBe('California');
    expect(zoneOf(SHOP.zones, 'US', 'NY')?.name).toBe('US');
    expect(zoneOf(SHOP.zones, 'JP', null)).toBeNull();
  });

  it("taxes a cart without destination as if shipped to the shop's country; an unnamed place is untaxed", () => {
    const tax = engineTax(flatTax(0));
    expect(tax.quote(request(null)).tax).toBe(1900);
    expect(tax.quote(request('US', 'CA')).tax).toBe(725);
    expect(tax.quote(request('US', 'TX')).tax).toBe(0);
    expect(tax.quote(request('JP')).tax).toBe(0);
  });

  it('charges the flat default, as one line without a rate, while the shop never configured tax', () => {
    const quote = engineTax(flatTax(1_000)).quote({ ...request('DE'), shop: { ...SHOP, configured: false } });
    expect(quote).toMatchObject({ tax: 1000, total: 11_000, taxLines: [{ name: 'Tax', ratePpm: null, amount: 1000 }] });
  });

  it('reverse-charges only a well-formed VAT id of another EU member state it ships to', () => {
    expect(isReverseCharge('DE', 'FR', 'FR12345678901')).toBe(true);
    expect(isReverseCharge('DE', 'DE', 'DE123456789')).toBe(false);
    expect(isReverseCharge('DE', 'FR', 'NL123456789B01')).toBe(false);
    expect(isReverseCharge('DE', 'US', 'FR12345678901')).toBe(false);
    expect(isReverseCharge(null, 'FR', 'FR12345678901')).toBe(false);
    const quote = engineTax(flatTax(0)).quote(request('FR', null, 'FR12345678901'));
    expect(quote).toMatchObject({ tax: 0, total: 10_000, note: expect.stringContaining('Reverse charge') });
  });

  it('refuses malformed EU VAT ids and accepts other tax ids', () => {
    expect(taxIdProblem('DE12')).not.toBeNull();
    expect(taxIdProblem('DE1234567890')).not.toBeNull();
    expect(taxIdProblem('DE123456789')).toBeNull();
    expect(taxIdProblem('US123456789')).toBeNull();
  });
});
