/**
 * A tenant's `cart.price.adjust` plugin took this much off a line (negative, minor units), for the
 * reason the shopper sees next to it. Stored with the order line as placed (migration 0037).
 */
export interface LineAdjustment {
  amount: number;
  reason: string;
  plugin: string;
}

/** Per variant id (a cart's line key): the plugins' adjustments in the order the plugins ran. */
export type LineAdjustments = ReadonlyMap<string, readonly LineAdjustment[]>;

export const NO_ADJUSTMENTS: LineAdjustments = new Map();

/**
 * What the plugins' adjustments add to each line's discount once promotions took theirs: a line is
 * never charged below zero, so an adjustment is cut to what the promotions left of the line (the
 * last ones first). The amounts returned are the ones applied, so what the shopper reads next to a
 * line adds up to what it is charged.
 */
export function applyLineAdjustments(
  lines: readonly { variantId: string; quantity: number; unitAmount: number }[],
  promotionDiscounts: ReadonlyMap<string, number>,
  adjustments: LineAdjustments,
): { discounts: Map<string, number>; applied: Map<string, LineAdjustment[]> } {
  const discounts = new Map(promotionDiscounts);
  const applied = new Map<string, LineAdjustment[]>();
  if (adjustments.size === 0) return { discounts, applied };
  for (const line of lines) {
    const wanted = adjustments.get(line.variantId);
    if (!wanted?.length) continue;
    const promotion = promotionDiscounts.get(line.variantId) ?? 0;
    let left = Math.max(0, line.quantity * line.unitAmount - promotion);
    const kept: LineAdjustment[] = [];
    for (const adjustment of wanted) {
      const amount = Math.min(-adjustment.amount, left);
      if (amount <= 0) continue;
      left -= amount;
      kept.push({ ...adjustment, amount: -amount });
    }
    if (kept.length === 0) continue;
    applied.set(line.variantId, kept);
    discounts.set(line.variantId, promotion - kept.reduce((sum, adjustment) => sum + adjustment.amount, 0));
  }
  return { discounts, applied };
}
