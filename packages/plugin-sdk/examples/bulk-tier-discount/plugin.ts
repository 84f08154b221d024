import type { Plugin, PriceAdjustment } from '@ucos/plugin-sdk';

interface Config {
  tiers: Array<{ minQuantity: number; percentOff: number }>;
  skus?: string[];
}

export default {
  'cart.price.adjust'(input, ctx) {
    const tiers = [...ctx.config.tiers].sort((a, b) => b.minQuantity - a.minQuantity);
    const skus = ctx.config.skus?.length ? new Set(ctx.config.skus) : null;
    const adjustments: PriceAdjustment[] = [];
    for (const line of input.cart.lines) {
      if (skus && !skus.has(line.sku)) continue;
      const tier = tiers.find((candidate) => line.quantity >= candidate.minQuantity);
      if (!tier) continue;
      // minor units stay integers: the discount is rounded down, never in the shopper's disfavour by more than a cent
      const discount = Math.floor((line.total.amount * tier.percentOff) / 100);
      if (discount <= 0) continue;
      adjustments.push({
        lineId: line.id,
        amount: { amount: -discount, currency: line.total.currency },
        reason: `${tier.percentOff}% off for ${tier.minQuantity} or more`,
      });
    }
    return { adjustments };
  },
  // the order panel's "Recalculate tier" button: which tiers apply, as the configuration stands now
  'admin.action'(input, ctx) {
    if (input.action !== 'recalculate-tier') return { message: `Unknown action ${input.action}`, status: 'failure' };
    const tiers = [...ctx.config.tiers].sort((a, b) => a.minQuantity - b.minQuantity);
    const scope = ctx.config.skus?.length ? ` on ${ctx.config.skus.join(', ')}` : '';
    const listed = tiers.map((tier) => `${tier.percentOff}% off from ${tier.minQuantity}`).join(', ');
    const about = input.object ? `${input.object.type} ${input.object.id}` : 'new carts';
    return {
      message: `Tiers for ${about}${scope}: ${listed}. Prices are recalculated the next time the cart is priced.`,
    };
  },
} satisfies Plugin<Config>;
