import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPromotions, type EngineLine, type EnginePromotion } from '../src/promotions/engine.ts';
import { type PromotionRule, ruleProblems, ruleSchema } from '../src/promotions/rule.ts';

const P1 = '00000000-0000-4000-8000-000000000001';
const P2 = '00000000-0000-4000-8000-000000000002';
const C1 = '00000000-0000-4000-8000-0000000000c1';
const buyer = { customerId: null, companyId: null, customerGroup: null };

const line = (key: string, unitAmount: number, quantity = 1, extra: Partial<EngineLine> = {}): EngineLine => ({
  key,
  variantId: key,
  productId: null,
  collectionIds: [],
  categoryIds: [],
  quantity,
  unitAmount,
  ...extra,
});

const promo = (id: string, rule: PromotionRule, extra: Partial<EnginePromotion> = {}): EnginePromotion => ({
  id,
  name: `Promo ${id.slice(-1)}`,
  code: null,
  priority: 0,
  exclusive: false,
  rule,
  ...extra,
});

const order = { kind: 'order' as const };

describe('the promotion engine', () => {
  it('takes 10 % off the order, shared among the lines to the cent', () => {
    const result = applyPromotions({
      lines: [line('a', 1000, 2), line('b', 333)],
      shipping: 499,
      buyer,
      promotions: [promo(P1, { conditions: {}, action: { type: 'percentage', percentBps: 1000, target: order } })],
    });
    expect(result.discount).toBe(233); // 10 % of 2333, half up
    expect(result.lineTotals.get('a')! + result.lineTotals.get('b')!).toBe(233);
    expect(result.lineTotals.get('a')).toBe(200);
    expect(result.applied[0]?.explanation).toBe('Promo 1: 10 % off the order');
    expect(result.shippingDiscount).toBe(0);
  });

  it('discounts only the lines of a targeted product or collection', () => {
    const result = applyPromotions({
      lines: [line('a', 1000, 1, { productId: P2 }), line('b', 1000, 1, { collectionIds: [C1] }), line('c', 1000)],
      shipping: 0,
      buyer,
      promotions: [
        promo(P1, { conditions: {}, action: { type: 'fixed', amount: 300, target: { kind: 'products', ids: [P2] } } }),
        promo(P2, {
          conditions: {},
          action: { type: 'percentage', percentBps: 5000, target: { kind: 'collections', ids: [C1] } },
        }),
      ],
    });
    expect(Object.fromEntries(result.lineTotals)).toEqual({ a: 300, b: 500, c: 0 });
  });

  it('buy 2 get 1 free discounts the cheapest unit of each group of three', () => {
    const result = applyPromotions({
      lines: [line('a', 1000, 4), line('b', 500, 2)],
      shipping: 0,
      buyer,
      promotions: [
        promo(P1, {
          conditions: {},
          action: { type: 'buyXGetY', buyQuantity: 2, getQuantity: 1, percentBps: 10_000, target: order },
        }),
      ],
    });
    // 6 units: two free, both the 5.00 ones
    expect(Object.fromEntries(result.lineTotals)).toEqual({ a: 0, b: 1000 });
  });

  it('picks the highest tier reached and gives free shipping from a threshold', () => {
    const tiered: PromotionRule = {
      conditions: {},
      action: {
        type: 'tiered',
        tiers: [
          { minSubtotal: 5000, percentBps: 500 },
          { minSubtotal: 10000, percentBps: 1000 },
        ],
        target: order,
      },
    };
    const free: PromotionRule = { conditions: { minSubtotal: 10000 }, action: { type: 'freeShipping' } };
    const small = applyPromotions({
      lines: [line('a', 6000)],
      shipping: 499,
      buyer,
      promotions: [promo(P1, tiered), promo(P2, free)],
    });
    expect(small.discount).toBe(300);
    expect(small.shippingDiscount).toBe(0);
    expect(small.skipped.map((s) => s.promotionId)).toEqual([P2]);
    const large = applyPromotions({
      lines: [line('a', 12000)],
      shipping: 499,
      buyer,
      promotions: [promo(P1, tiered), promo(P2, free)],
    });
    expect(large.discount).toBe(1200);
    expect(large.shippingDiscount).toBe(499);
  });

  it('frees only the shipping methods a free-shipping rule lists', () => {
    const standardOnly: PromotionRule = {
      conditions: {},
      action: { type: 'freeShipping', methods: ['standard', 'pickup'] },
    };
    const input = { lines: [line('a', 6000)], shipping: 1499, buyer, promotions: [promo(P1, standardOnly)] };
    const standard = applyPromotions({ ...input, shippingMethod: 'standard' });
    expect(standard.shippingDiscount).toBe(1499);
    expect(standard.applied[0]?.explanation).toBe('Promo 1: free shipping');
    for (const method of ['express', null]) {
      const other = applyPromotions({ ...input, shippingMethod: method });
      expect(other.shippingDiscount).toBe(0);
      expect(other.skipped).toEqual([
        { promotionId: P1, code: null, reason: 'Free shipping applies to standard, pickup only' },
      ]);
    }
    // without a list, any method is freed (as before)
    const any = applyPromotions({
      ...input,
      shippingMethod: 'express',
      promotions: [promo(P1, { conditions: {}, action: { type: 'freeShipping' } })],
    });
    expect(any.shippingDiscount).toBe(1499);
  });

  it('holds a promotion for customer groups or companies back from other buyers', () => {
    const rule: PromotionRule = {
      conditions: { customerGroups: ['wholesale'] },
      action: { type: 'percentage', percentBps: 1000, target: order },
    };
    const input = { lines: [line('a', 1000)], shipping: 0, promotions: [promo(P1, rule)] };
    expect(applyPromotions({ ...input, buyer }).discount).toBe(0);
    expect(applyPromotions({ ...input, buyer: { ...buyer, customerGroup: 'wholesale' } }).discount).toBe(100);
  });

  it('refuses rules that are not well-formed', () => {
    expect(ruleProblems({ conditions: {}, action: { type: 'percentage', percentBps: 0, target: order } })).not.toEqual(
      [],
    );
    expect(
      ruleProblems({ conditions: {}, action: { type: 'fixed', amount: 100, target: { kind: 'products', ids: [] } } }),
    ).not.toEqual([]);
    expect(ruleProblems({ conditions: {}, action: { type: 'freeShipping' } })).toEqual([]);
    expect(ruleProblems({ conditions: {}, action: { type: 'freeShipping', methods: ['standard'] } })).toEqual([]);
    for (const methods of [[], ['Express Mail'], ['standard', 'standard']]) {
      expect(ruleProblems({ conditions: {}, action: { type: 'freeShipping', methods } })).toEqual([
        expect.objectContaining({ path: expect.arrayContaining(['action', 'methods']) }),
      ]);
    }
  });
});

// --- properties -------------------------------------------------------------------------------------

const ids = [P1, P2, C1];
const target = fc.oneof(
  fc.constant({ kind: 'order' as const }),
  fc.record({ kind: fc.constant('products' as const), ids: fc.subarray(ids, { minLength: 1 }) }),
  fc.record({ kind: fc.constant('collections' as const), ids: fc.subarray(ids, { minLength: 1 }) }),
);
const action = fc.oneof(
  fc.record({ type: fc.constant('percentage' as const), percentBps: fc.integer({ min: 1, max: 10_000 }), target }),
  fc.record({ type: fc.constant('fixed' as const), amount: fc.integer({ min: 1, max: 1_000_000 }), target }),
  fc.record({
    type: fc.constant('buyXGetY' as const),
    buyQuantity: fc.integer({ min: 1, max: 4 }),
    getQuantity: fc.integer({ min: 1, max: 3 }),
    percentBps: fc.integer({ min: 1, max: 10_000 }),
    target,
  }),
  fc.record({
    type: fc.constant('tiered' as const),
    tiers: fc.uniqueArray(
      fc.record({ minSubtotal: fc.integer({ min: 0, max: 100_000 }), percentBps: fc.integer({ min: 1, max: 10_000 }) }),
      { minLength: 1, maxLength: 4, selector: (tier) => tier.minSubtotal },
    ),
    target,
  }),
  fc.constant({ type: 'freeShipping' as const }),
);
const promotion = fc.record({
  id: fc.uuid({ version: 4 }),
  name: fc.constant('P'),
  code: fc.option(fc.constant('CODE'), { nil: null }),
  priority: fc.integer({ min: 0, max: 3 }),
  exclusive: fc.boolean(),
  rule: fc.record({
    conditions: fc.record({ minSubtotal: fc.integer({ min: 0, max: 50_000 }) }, { requiredKeys: [] }),
    action,
  }),
});
const engineLine = fc.record({
  productId: fc.option(fc.constantFrom(...ids), { nil: null }),
  collectionIds: fc.subarray(ids),
  quantity: fc.integer({ min: 1, max: 20 }),
  unitAmount: fc.integer({ min: 0, max: 2_000_000 }),
});
const lines = fc
  .array(engineLine, { maxLength: 8 })
  .map((list) => list.map((entry, index) => ({ ...entry, key: `l${index}`, variantId: `v${index}`, categoryIds: [] })));
const input = fc.record({
  lines,
  shipping: fc.integer({ min: 0, max: 5000 }),
  promotions: fc.uniqueArray(promotion, { maxLength: 5, selector: (entry) => entry.id }),
});

describe('promotion engine properties', () => {
  it('never discounts a line below zero, nor shipping, and the parts add up', () => {
    fc.assert(
      fc.property(input, ({ lines: cartLines, shipping, promotions }) => {
        const result = applyPromotions({ lines: cartLines, shipping, buyer, promotions });
        for (const cartLine of cartLines) {
          const discount = result.lineTotals.get(cartLine.key) ?? 0;
          expect(discount).toBeGreaterThanOrEqual(0);
          expect(discount).toBeLessThanOrEqual(cartLine.quantity * cartLine.unitAmount);
          for (const part of result.lines.get(cartLine.key) ?? []) expect(part.amount).toBeGreaterThan(0);
        }
        const lineSum = [...result.lineTotals.values()].reduce((sum, value) => sum + value, 0);
        expect(lineSum).toBe(result.discount);
        expect(result.applied.reduce((sum, applied) => sum + applied.amount, 0)).toBe(result.discount);
        expect(result.shippingDiscount).toBeGreaterThanOrEqual(0);
        expect(result.shippingDiscount).toBeLessThanOrEqual(shipping);
      }),
      { numRuns: 400 },
    );
  });

  it('applies an exclusive promotion alone', () => {
    fc.assert(
      fc.property(input, ({ lines: cartLines, shipping, promotions }) => {
        const result = applyPromotions({ lines: cartLines, shipping, buyer, promotions });
        const exclusive = result.applied.filter(
          (applied) => promotions.find((candidate) => candidate.id === applied.promotionId)?.exclusive,
        );
        if (exclusive.length > 0) expect(result.applied).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it('answers the same whatever order the promotions arrive in', () => {
    fc.assert(
      fc.property(input, fc.integer(), ({ lines: cartLines, shipping, promotions }, seed) => {
        const shuffled = [...promotions].sort(
          (a, b) => ((a.id.charCodeAt(seed & 7) ^ seed) % 3) - ((b.id.charCodeAt(seed & 7) ^ seed) % 3),
        );
        const one = applyPromotions({ lines: cartLines, shipping, buyer, promotions });
        const other = applyPromotions({ lines: cartLines, shipping, buyer, promotions: shuffled.reverse() });
        expect(other.applied).toEqual(one.applied);
        expect([...other.lineTotals]).toEqual([...one.lineTotals]);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every rule the generators make (they stay within the zod shape)', () => {
    fc.assert(
      fc.property(promotion, (generated) => {
        expect(ruleSchema.safeParse(generated.rule).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
