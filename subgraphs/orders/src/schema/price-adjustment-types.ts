import { builder, MoneyRef } from '../builder.ts';
import type { LineAdjustment } from '../data/price-adjustments.ts';
import { money } from './common.ts';

/** One price plugin's part of a cart or order line's discount (`cart.price.adjust`). */
export const PriceAdjustmentRef = builder
  .objectRef<LineAdjustment & { currency: string }>('PriceAdjustment')
  .implement({
    description: "What one of the shop's price plugins changed on a line, and why: its part of the line's `discount`",
    fields: (t) => ({
      amount: t.field({
        type: MoneyRef,
        description: 'Added to the line total: negative, a reduction (already counted in the line discount)',
        resolve: (adjustment) => money(adjustment.amount, adjustment.currency),
      }),
      reason: t.exposeString('reason', { description: "The plugin's words, shown to the shopper next to the line" }),
      plugin: t.exposeString('plugin', { description: 'The name of the plugin that made it' }),
    }),
  });

export const adjustmentsOf = (adjustments: readonly LineAdjustment[] | undefined, currency: string) =>
  (adjustments ?? []).map((adjustment) => ({ ...adjustment, currency }));
