/**
 * The promotion engine: pure arithmetic on minor units (bigint inside, numbers at the edges). Given a
 * cart's lines, its shipping, the buyer and the promotions that may apply, it answers the discount of
 * each line, the shipping discount and which promotions applied, each with a human explanation. It
 * knows nothing of the database, dates or usage limits: `data/promotions.ts` picks the active,
 * unexhausted promotions and calls it.
 *
 * Stacking is deterministic: promotions apply by priority (higher first), then code-less before coded,
 * then id. Each one works on what the ones before it left of a line, so no line is ever discounted
 * below zero. An exclusive promotion applies only when it is the first that applies, and then nothing
 * after it does.
 */
import type { PromotionAction, PromotionRule, Target } from './rule.ts';

export interface EngineLine {
  /** what the caller keys the answer by (the variant id for a cart) */
  key: string;
  variantId: string;
  productId: string | null;
  collectionIds: readonly string[];
  categoryIds: readonly string[];
  quantity: number;
  unitAmount: number;
}

export interface EngineBuyer {
  customerId: string | null;
  companyId: string | null;
  customerGroup: string | null;
}

export interface EnginePromotion {
  id: string;
  name: string;
  /** the shopper's code when the promotion came with one (null: automatic) */
  code: string | null;
  priority: number;
  exclusive: boolean;
  rule: PromotionRule;
}

export interface EngineInput {
  lines: readonly EngineLine[];
  shipping: number;
  /** the code of the shipping method `shipping` prices (null: none chosen yet) */
  shippingMethod?: string | null;
  buyer: EngineBuyer;
  promotions: readonly EnginePromotion[];
}

export interface LineDiscount {
  promotionId: string;
  amount: number;
}

export interface AppliedPromotion {
  promotionId: string;
  name: string;
  code: string | null;
  /** off the lines */
  amount: number;
  /** off shipping */
  shippingAmount: number;
  explanation: string;
}

export interface EngineResult {
  /** per line key: the discounts that reached it, in the order they applied */
  lines: Map<string, LineDiscount[]>;
  /** per line key: the sum of its discounts (0 for a line none reached) */
  lineTotals: Map<string, number>;
  /** off the lines, all promotions together */
  discount: number;
  shippingDiscount: number;
  applied: AppliedPromotion[];
  /** promotions that did not apply, with the reason (for a code the shopper entered) */
  skipped: { promotionId: string; code: string | null; reason: string }[];
}

const BPS = 10_000n;

/** Stacking order: priority (higher first), automatic before coded, then id. */
export function stackingOrder(a: EnginePromotion, b: EnginePromotion): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  if ((a.code === null) !== (b.code === null)) return a.code === null ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function applyPromotions(input: EngineInput): EngineResult {
  const remaining = new Map(input.lines.map((line) => [line.key, BigInt(line.quantity) * BigInt(line.unitAmount)]));
  const subtotal = [...remaining.values()].reduce((sum, value) => sum + value, 0n);
  let shippingLeft = BigInt(Math.max(0, input.shipping));
  const perLine = new Map<string, LineDiscount[]>(input.lines.map((line) => [line.key, []]));
  const applied: AppliedPromotion[] = [];
  const skipped: EngineResult['skipped'] = [];
  let exclusiveApplied = false;

  for (const promotion of [...input.promotions].sort(stackingOrder)) {
    const skip = (reason: string) => skipped.push({ promotionId: promotion.id, code: promotion.code, reason });
    if (exclusiveApplied) {
      skip('Another promotion that cannot be combined already applies');
      continue;
    }
    if (promotion.exclusive && applied.length > 0) {
      skip('It cannot be combined with the promotions already applied');
      continue;
    }
    const ineligible = eligibilityProblem(promotion.rule, input.buyer, subtotal);
    if (ineligible) {
      skip(ineligible);
      continue;
    }
    const { action } = promotion.rule;
    if (action.type === 'freeShipping') {
      if (action.methods && !action.methods.includes(input.shippingMethod ?? '')) {
        skip(`Free shipping applies to ${action.methods.join(', ')} only`);
        continue;
      }
      if (shippingLeft === 0n) {
        skip('Shipping is already free');
        continue;
      }
      applied.push({
        promotionId: promotion.id,
        name: promotion.name,
        code: promotion.code,
        amount: 0,
        shippingAmount: Number(shippingLeft),
        explanation: `${promotion.name}: free shipping`,
      });
      shippingLeft = 0n;
      if (promotion.exclusive) exclusiveApplied = true;
      continue;
    }
    const targeted = input.lines.filter((line) => reaches(action.target, line) && (remaining.get(line.key) ?? 0n) > 0n);
    const shares = discountShares(action, targeted, remaining);
    const total = [...shares.values()].reduce((sum, value) => sum + value, 0n);
    if (total === 0n) {
      skip(targeted.length ? 'Nothing in the cart qualifies yet' : 'No line in the cart qualifies');
      continue;
    }
    for (const [key, share] of shares) {
      if (share === 0n) continue;
      remaining.set(key, (remaining.get(key) ?? 0n) - share);
      perLine.get(key)?.push({ promotionId: promotion.id, amount: Number(share) });
    }
    applied.push({
      promotionId: promotion.id,
      name: promotion.name,
      code: promotion.code,
      amount: Number(total),
      shippingAmount: 0,
      explanation: `${promotion.name}: ${describe(action)}`,
    });
    if (promotion.exclusive) exclusiveApplied = true;
  }

  const lineTotals = new Map(
    [...perLine].map(([key, discounts]) => [key, discounts.reduce((sum, discount) => sum + discount.amount, 0)]),
  );
  return {
    lines: perLine,
    lineTotals,
    discount: applied.reduce((sum, promotion) => sum + promotion.amount, 0),
    shippingDiscount: applied.reduce((sum, promotion) => sum + promotion.shippingAmount, 0),
    applied,
    skipped,
  };
}

function eligibilityProblem(rule: PromotionRule, buyer: EngineBuyer, subtotal: bigint): string | null {
  const { conditions } = rule;
  if (conditions.minSubtotal !== undefined && subtotal < BigInt(conditions.minSubtotal)) {
    return 'The cart does not reach the minimum spend yet';
  }
  if (
    conditions.customerGroups?.length &&
    !(buyer.customerGroup && conditions.customerGroups.includes(buyer.customerGroup))
  ) {
    return 'Only for some customer groups';
  }
  if (conditions.companyIds?.length && !(buyer.companyId && conditions.companyIds.includes(buyer.companyId))) {
    return 'Only for some companies';
  }
  return null;
}

function reaches(target: Target, line: EngineLine): boolean {
  switch (target.kind) {
    case 'order':
      return true;
    case 'products':
      return line.productId !== null && target.ids.includes(line.productId);
    case 'variants':
      return target.ids.includes(line.variantId);
    case 'collections':
      return line.collectionIds.some((id) => target.ids.includes(id));
    case 'categories':
      return line.categoryIds.some((id) => target.ids.includes(id));
  }
}

/** a × bps / 10000, rounded half up (a ≥ 0) */
const percentOf = (amount: bigint, bps: number) => (amount * BigInt(bps) * 2n + BPS) / (BPS * 2n);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** How much of an action falls on each targeted line, never more than what is left of the line. */
function discountShares(
  action: Exclude<PromotionAction, { type: 'freeShipping' }>,
  targeted: readonly EngineLine[],
  remaining: Map<string, bigint>,
): Map<string, bigint> {
  const left = (line: EngineLine) => remaining.get(line.key) ?? 0n;
  const eligible = targeted.reduce((sum, line) => sum + left(line), 0n);
  switch (action.type) {
    case 'percentage':
      return allocate(targeted, remaining, percentOf(eligible, action.percentBps));
    case 'fixed':
      return allocate(targeted, remaining, min(BigInt(action.amount), eligible));
    case 'tiered': {
      const tier = [...action.tiers]
        .sort((a, b) => b.minSubtotal - a.minSubtotal)
        .find((candidate) => eligible >= BigInt(candidate.minSubtotal));
      if (!tier) return new Map();
      const amount =
        tier.percentBps !== undefined ? percentOf(eligible, tier.percentBps) : min(BigInt(tier.amount ?? 0), eligible);
      return allocate(targeted, remaining, amount);
    }
    case 'buyXGetY': {
      // every buy + get units of the targeted lines, the cheapest `get` of them are discounted
      const units = targeted.reduce((sum, line) => sum + line.quantity, 0);
      let free = Math.floor(units / (action.buyQuantity + action.getQuantity)) * action.getQuantity;
      const shares = new Map<string, bigint>();
      const cheapestFirst = [...targeted].sort((a, b) => a.unitAmount - b.unitAmount || (a.key < b.key ? -1 : 1));
      for (const line of cheapestFirst) {
        if (free === 0) break;
        const count = Math.min(free, line.quantity);
        free -= count;
        shares.set(line.key, min(percentOf(BigInt(line.unitAmount) * BigInt(count), action.percentBps), left(line)));
      }
      return shares;
    }
  }
}

/**
 * Shares an amount among lines in proportion to what is left of each, by largest remainder, so the
 * shares add up to the amount exactly and none passes its line (the amount is at most their sum).
 */
function allocate(lines: readonly EngineLine[], remaining: Map<string, bigint>, amount: bigint): Map<string, bigint> {
  const weights = lines.map((line) => ({ key: line.key, weight: remaining.get(line.key) ?? 0n }));
  const total = weights.reduce((sum, entry) => sum + entry.weight, 0n);
  const shares = new Map<string, bigint>();
  if (total === 0n || amount <= 0n) return shares;
  const capped = min(amount, total);
  const parts = weights.map((entry) => ({
    key: entry.key,
    floor: (capped * entry.weight) / total,
    rest: (capped * entry.weight) % total,
  }));
  let left = capped - parts.reduce((sum, part) => sum + part.floor, 0n);
  for (const part of parts) shares.set(part.key, part.floor);
  const byRemainder = [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.key < b.key ? -1 : 1));
  for (const part of byRemainder) {
    if (left === 0n) break;
    shares.set(part.key, (shares.get(part.key) ?? 0n) + 1n);
    left -= 1n;
  }
  return shares;
}

const percentText = (bps: number) => `${(bps / 100).toString()} %`;

function targetText(target: Target): string {
  switch (target.kind) {
    case 'order':
      return 'the order';
    case 'products':
      return 'selected products';
    case 'variants':
      return 'selected items';
    case 'collections':
      return 'products of selected collections';
    case 'categories':
      return 'products of selected categories';
  }
}

/** What a shopper reads next to the discount ("10 % off the order"); amounts are shown by the client. */
export function describe(action: PromotionAction): string {
  switch (action.type) {
    case 'percentage':
      return `${percentText(action.percentBps)} off ${targetText(action.target)}`;
    case 'fixed':
      return `an amount off ${targetText(action.target)}`;
    case 'tiered':
      return `spend more, save more on ${targetText(action.target)}`;
    case 'buyXGetY':
      return action.percentBps === 10_000
        ? `buy ${action.buyQuantity}, get ${action.getQuantity} free (${targetText(action.target)})`
        : `buy ${action.buyQuantity}, get ${action.getQuantity} at ${percentText(action.percentBps)} off (${targetText(action.target)})`;
    case 'freeShipping':
      return action.methods ? `free shipping (${action.methods.join(', ')})` : 'free shipping';
  }
}
