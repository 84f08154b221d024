import { describe, expect, it } from 'vitest';
import {
  CONFIRMATION_LINES,
  cookieSize,
  fitCookie,
  MAX_COOKIE_VALUE,
  type PlacedOrder,
} from '../../apps/storefront/src/lib/placed-order.ts';

/**
 * The storefront's confirmation reads the placed order from a cookie (a guest cannot read orders).
 * A browser drops a cookie over 4 KB without a word, and the shopper would see no lines, addresses
 * or totals: the summary is cut to fit instead.
 */
const address = {
  name: 'Return Shopper',
  line1: 'Rückgabeweg 5',
  line2: null,
  postalCode: '20095',
  city: 'Hamburg',
  country: 'DE',
};
const longAddress = {
  name: 'Ä'.repeat(120),
  line1: 'Ö'.repeat(120),
  line2: 'ß'.repeat(120),
  postalCode: '12345',
  city: 'Ü'.repeat(40),
  country: 'DE',
};
const order = (lines: number, title = 'Trail Hoodie – Size M'): PlacedOrder => ({
  id: 'T3JkZXI6MDE5M2FiY2QtZWYwMS03MjM0LTg1NjctODlhYmNkZWYwMTIz',
  displayNumber: 'AC-100001',
  email: 'shopper@example.com',
  total: '€1,049.00',
  lines: Array.from({ length: lines }, () => ({
    title,
    sku: 'HOOD-ABC-M',
    quantity: 2,
    unitPrice: '€49.00',
    total: '€98.00',
  })),
  moreLines: 0,
  subtotal: '€1,034.01',
  shippingCost: '€14.99',
  tax: '€0.00',
  address,
  billingAddress: address,
  shipping: { method: 'Express', price: '€14.99' },
});

describe('the confirmation cookie', () => {
  it('keeps an ordinary order whole', () => {
    const summary = order(CONFIRMATION_LINES);
    expect(fitCookie(summary)).toEqual(summary);
  });

  it('moves lines to "more" until it fits, and drops the addresses only as a last resort', () => {
    const long = order(CONFIRMATION_LINES, '日本語の商品名'.repeat(8).slice(0, 60));
    expect(cookieSize(long)).toBeGreaterThan(MAX_COOKIE_VALUE);
    const fitted = fitCookie(long);
    expect(cookieSize(fitted)).toBeLessThanOrEqual(MAX_COOKIE_VALUE);
    expect((fitted.lines?.length ?? 0) + (fitted.moreLines ?? 0)).toBe(CONFIRMATION_LINES);
    expect(fitted.lines?.length).toBeGreaterThan(0);
    expect(fitted.address).toEqual(address);
    expect(fitted.total).toBe(long.total);

    const huge = { ...order(1, '日'.repeat(60)), address: longAddress, billingAddress: longAddress };
    expect(cookieSize({ ...huge, lines: [] })).toBeGreaterThan(MAX_COOKIE_VALUE);
    const last = fitCookie(huge);
    expect(cookieSize(last)).toBeLessThanOrEqual(MAX_COOKIE_VALUE);
    expect(last.lines).toEqual([]);
    expect(last.address).toBeUndefined();
    expect(last.displayNumber).toBe('AC-100001');
  });

  it("keeps the shop's confirmation extras, and drops them only after the lines and the addresses", () => {
    const extras = {
      fields: Array.from({ length: 5 }, (_, index) => ({ label: `Pickup ${index}`, value: 'Ü'.repeat(120) })),
      note: 'ß'.repeat(300),
    };
    const ordinary = {
      ...order(2),
      extras: { fields: [{ label: 'Pickup code', value: 'PK-AC-100001' }], note: 'Collect at the back door.' },
    };
    expect(fitCookie(ordinary)).toEqual(ordinary);
    const crowded = {
      ...order(CONFIRMATION_LINES, 'Ö'.repeat(60)),
      address: longAddress,
      billingAddress: longAddress,
      extras,
    };
    const fitted = fitCookie(crowded);
    expect(cookieSize(fitted)).toBeLessThanOrEqual(MAX_COOKIE_VALUE);
    expect(fitted.lines).toEqual([]);
    expect(fitted.address).toBeUndefined();
    expect(fitted.extras).toBeUndefined();
    expect(fitted.displayNumber).toBe('AC-100001');
  });
});
