import { encodeGlobalId } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import type { StoredDiscount } from '../data/rows.ts';
import type { Totals } from '../data/totals.ts';
import { money } from './common.ts';

/** A promotion as a cart is priced with it or an order was placed with it. */
export const AppliedPromotionRef = builder
  .objectRef<StoredDiscount & { currency: string }>('AppliedPromotion')
  .implement({
    description: 'A promotion applied to a cart or order, with what it took off',
    fields: (t) => ({
      promotionId: t.id({ resolve: (applied) => encodeGlobalId('Promotion', applied.promotionId) }),
      name: t.exposeString('name'),
      code: t.exposeString('code', { nullable: true, description: 'The code it came with; null: automatic' }),
      amount: t.field({
        type: MoneyRef,
        description: 'Off the lines',
        resolve: (applied) => money(applied.amount, applied.currency),
      }),
      shippingAmount: t.field({
        type: MoneyRef,
        description: 'Off shipping',
        resolve: (applied) => money(applied.shippingAmount, applied.currency),
      }),
      explanation: t.exposeString('explanation', {
        description: 'What the shopper reads ("WELCOME10: 10 % off the order")',
      }),
    }),
  });

interface LineDiscountView {
  promotionId: string;
  name: string;
  explanation: string;
  amount: number;
  currency: string;
}

export const LineDiscountRef = builder.objectRef<LineDiscountView>('LineDiscount').implement({
  description: "One promotion's part of a line's discount",
  fields: (t) => ({
    name: t.exposeString('name'),
    explanation: t.exposeString('explanation'),
    amount: t.field({ type: MoneyRef, resolve: (line) => money(line.amount, line.currency) }),
  }),
});

/** The promotions that reached one line of a priced cart, with their share of it. */
export function lineDiscountsOf(totals: Totals, variantId: string, currency: string): LineDiscountView[] {
  const shares = totals.lineShares.get(variantId) ?? [];
  return shares.flatMap((share) => {
    const applied = totals.applied.find((candidate) => candidate.promotionId === share.promotionId);
    return applied
      ? [
          {
            promotionId: share.promotionId,
            name: applied.name,
            explanation: applied.explanation,
            amount: share.amount,
            currency,
          },
        ]
      : [];
  });
}
