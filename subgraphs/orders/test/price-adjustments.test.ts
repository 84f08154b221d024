import { describe, expect, it } from 'vitest';
import { applyLineAdjustments, NO_ADJUSTMENTS } from '../src/data/price-adjustments.ts';

const lines = [
  { variantId: 'a', quantity: 4, unitAmount: 1000 },
  { variantId: 'b', quantity: 1, unitAmount: 500 },
];

describe('applyLineAdjustments', () => {
  it('adds each line’s plugin reductions to its promotion discount, keeping every adjustment with its reason', () => {
    const { discounts, applied } = applyLineAdjustments(
      lines,
      new Map([
        ['a', 300],
        ['b', 0],
      ]),
      new Map([['a', [{ amount: -400, reason: '10% off for 4 or more', plugin: 'bulk' }]]]),
    );
    expect(discounts).toEqual(
      new Map([
        ['a', 700],
        ['b', 0],
      ]),
    );
    expect(applied).toEqual(new Map([['a', [{ amount: -400, reason: '10% off for 4 or more', plugin: 'bulk' }]]]));
  });

  it('never takes a line below zero: adjustments are cut to what the promotions left, the last first', () => {
    const { discounts, applied } = applyLineAdjustments(
      lines,
      new Map([['b', 300]]),
      new Map([
        [
          'b',
          [
            { amount: -150, reason: 'first', plugin: 'one' },
            { amount: -150, reason: 'second', plugin: 'two' },
            { amount: -50, reason: 'third', plugin: 'three' },
          ],
        ],
      ]),
    );
    // 500 - 300 leaves 200: the first takes 150, the second the 50 left, the third nothing
    expect(discounts.get('b')).toBe(500);
    expect(applied.get('b')).toEqual([
      { amount: -150, reason: 'first', plugin: 'one' },
      { amount: -50, reason: 'second', plugin: 'two' },
    ]);
  });

  it('without adjustments the promotions’ discounts stand as they are', () => {
    const promotions = new Map([['a', 100]]);
    const { discounts, applied } = applyLineAdjustments(lines, promotions, NO_ADJUSTMENTS);
    expect(discounts).toEqual(promotions);
    expect(applied.size).toBe(0);
  });
});
