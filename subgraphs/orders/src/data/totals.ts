import { MAX_MONEY_AMOUNT } from '@ucos/kit';
import type { OrdersDeps } from '../deps.ts';
import type { PricingContext, ShippingQuote } from '../ports/calculators.ts';
import type { ShopTax, TaxLineAmount } from '../ports/tax.ts';
import {
  type AppliedPromotion,
  applyPromotions,
  type EngineBuyer,
  type EnginePromotion,
  type LineDiscount,
} from '../promotions/engine.ts';
import {
  applyLineAdjustments,
  type LineAdjustment,
  type LineAdjustments,
  NO_ADJUSTMENTS,
} from './price-adjustments.ts';

export interface Totals {
  /** the lines as priced: with tax when the shop's prices include it */
  subtotal: number;
  shipping: number;
  tax: number;
  /** what the shopper pays */
  total: number;
  taxLines: TaxLineAmount[];
  pricesIncludeTax: boolean;
  /** the reverse-charge statement, when it applies */
  taxNote: string | null;
  /** off the lines, all promotions and plugin adjustments together (subtotal - discount is what the lines are charged) */
  discount: number;
  /** off shipping (`shipping` is already after it) */
  shippingDiscount: number;
  /** per variant id: that line's share of `discount` */
  lineDiscounts: Map<string, number>;
  /** per variant id: the tenant's price plugins' part of that line's discount, as applied (`cart.price.adjust`) */
  lineAdjustments: Map<string, LineAdjustment[]>;
  /** per variant id: each promotion's part of that line's discount */
  lineShares: Map<string, LineDiscount[]>;
  applied: AppliedPromotion[];
}

/** What promotions need besides the lines: the candidates (live ones) and the buyer. */
export interface PromotionOffer {
  promotions: readonly EnginePromotion[];
  buyer: EngineBuyer;
}

/** What tax is computed from besides the amounts: the shop's configuration, the lines' classes, the buyer. */
export interface TaxBasis {
  shop: ShopTax;
  lines: readonly {
    variantId: string;
    productId?: string | null;
    collectionIds?: readonly string[];
    categoryIds?: readonly string[];
    quantity: number;
    unitAmount: number;
    taxClass: string;
    /** a discount already decided (an order's line as placed); promotions are not applied again */
    discount?: number;
  }[];
  region?: string | null;
  customerTaxId?: string | null;
}

/** The shipping a total includes: its price, and the method's code (a promotion may free some methods only). */
export interface ShippingCharge {
  amount: number;
  method: string | null;
}

/** What the shipping and tax calculators need to know about a set of lines. */
export function pricingContext(
  currency: string,
  lines: { quantity: number; unitAmount: number }[],
  country: string | null,
): PricingContext {
  // exact in bigint: a sum past MAX_MONEY_AMOUNT is caught by amountsTooLarge, never wrapped
  const subtotal = Number(lines.reduce((sum, line) => sum + BigInt(line.quantity) * BigInt(line.unitAmount), 0n));
  const itemCount = lines.reduce((sum, line) => sum + line.quantity, 0);
  return { currency, subtotal, itemCount, country };
}

/**
 * Subtotal from the lines, the given shipping amount, the promotions' discounts, then the price
 * plugins' adjustments (what the promotions left of a line at most), tax from the tax port. Discounts
 * come off before tax: each line is taxed on what is left of it, shipping on what is left after a
 * free-shipping promotion.
 */
export function totalsWithShipping(
  deps: Pick<OrdersDeps, 'taxes'>,
  context: PricingContext,
  { amount: shipping, method: shippingMethod }: ShippingCharge,
  basis: TaxBasis,
  offer?: PromotionOffer,
  adjustments: LineAdjustments = NO_ADJUSTMENTS,
): Totals {
  const discounts = offer?.promotions.length
    ? applyPromotions({
        lines: basis.lines.map((line) => ({
          key: line.variantId,
          variantId: line.variantId,
          productId: line.productId ?? null,
          collectionIds: line.collectionIds ?? [],
          categoryIds: line.categoryIds ?? [],
          quantity: line.quantity,
          unitAmount: line.unitAmount,
        })),
        shipping,
        shippingMethod,
        buyer: offer.buyer,
        promotions: offer.promotions,
      })
    : null;
  const promotionDiscounts =
    discounts?.lineTotals ?? new Map(basis.lines.map((line) => [line.variantId, line.discount ?? 0]));
  const adjusted = applyLineAdjustments(basis.lines, promotionDiscounts, adjustments);
  const lineDiscounts = adjusted.discounts;
  const adjustedAway = [...adjusted.applied.values()].flat().reduce((sum, adjustment) => sum - adjustment.amount, 0);
  const discount =
    (discounts?.discount ?? [...promotionDiscounts.values()].reduce((sum, value) => sum + value, 0)) + adjustedAway;
  const shippingDiscount = discounts?.shippingDiscount ?? 0;
  const charged = shipping - shippingDiscount;
  const quote = deps.taxes.quote({
    ...context,
    subtotal: context.subtotal - discount,
    shipping: charged,
    shop: basis.shop,
    lines: basis.lines.map((line) => ({ ...line, discount: lineDiscounts.get(line.variantId) ?? 0 })),
    region: basis.region ?? null,
    customerTaxId: basis.customerTaxId ?? null,
  });
  return {
    discount,
    shippingDiscount,
    lineDiscounts,
    lineAdjustments: adjusted.applied,
    lineShares: discounts?.lines ?? new Map(),
    applied: discounts?.applied ?? [],
    subtotal: context.subtotal,
    shipping: charged,
    tax: quote.tax,
    total: quote.total,
    taxLines: quote.taxLines,
    pricesIncludeTax: quote.pricesIncludeTax,
    taxNote: quote.note,
  };
}

/** True when any amount is past MAX_MONEY_AMOUNT: the caller answers AMOUNT_TOO_LARGE instead of storing it. */
export function amountsTooLarge(totals: Pick<Totals, 'subtotal' | 'shipping' | 'tax' | 'total'>): boolean {
  return [totals.subtotal, totals.shipping, totals.tax, totals.total].some(
    (amount) => !Number.isSafeInteger(amount) || Math.abs(amount) > MAX_MONEY_AMOUNT,
  );
}

export const AMOUNT_TOO_LARGE_MESSAGE = `The total would pass ${MAX_MONEY_AMOUNT} minor units, the largest amount the platform carries`;

/**
 * The method a cart ships with: the requested code if it is offered, else (no code) the first
 * offered — the cheapest. `null` when the code is not offered or nothing is.
 */
export function pickShippingMethod<Quote extends ShippingQuote>(
  offered: Quote[],
  code: string | null | undefined,
): Quote | null {
  if (code) return offered.find((quote) => quote.code === code) ?? null;
  return offered[0] ?? null;
}
