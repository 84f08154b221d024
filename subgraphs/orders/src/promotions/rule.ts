import { MAX_UNIT_AMOUNT } from '@ucos/kit';
import { z } from 'zod';

/**
 * The shape of a promotion's rule, validated with zod wherever a rule enters (the admin API, the
 * demo seed) and again when a stored one is read, so the engine only ever sees well-formed rules.
 * Amounts are minor units of the promotion's currency; percentages are basis points (1000 = 10 %).
 */

const id = z.uuid();
const amount = z.number().int().min(1).max(MAX_UNIT_AMOUNT);
const basisPoints = z.number().int().min(1).max(10_000);

/** Which lines a rule reaches: every line, or those of some products, collections, categories or variants. */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order') }),
  z.object({ kind: z.literal('products'), ids: z.array(id).min(1).max(100) }),
  z.object({ kind: z.literal('collections'), ids: z.array(id).min(1).max(100) }),
  z.object({ kind: z.literal('categories'), ids: z.array(id).min(1).max(100) }),
  z.object({ kind: z.literal('variants'), ids: z.array(id).min(1).max(100) }),
]);
export type Target = z.infer<typeof targetSchema>;

const tierSchema = z
  .object({
    minSubtotal: z.number().int().min(0).max(MAX_UNIT_AMOUNT),
    percentBps: basisPoints.optional(),
    amount: amount.optional(),
  })
  .refine((tier) => (tier.percentBps === undefined) !== (tier.amount === undefined), {
    message: 'A tier takes either percentBps or amount',
  });

/** A shipping method's code as the shop's shipping table names it (`standard`, `express`). */
const shippingMethodCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'A shipping method code: lowercase letters, digits, - and _');

export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('percentage'), percentBps: basisPoints, target: targetSchema }),
  z.object({ type: z.literal('fixed'), amount, target: targetSchema }),
  z.object({
    type: z.literal('buyXGetY'),
    buyQuantity: z.number().int().min(1).max(1000),
    getQuantity: z.number().int().min(1).max(1000),
    /** how much off the "get" units: 10000 makes them free */
    percentBps: basisPoints.default(10_000),
    target: targetSchema,
  }),
  z.object({
    type: z.literal('tiered'),
    tiers: z
      .array(tierSchema)
      .min(1)
      .max(10)
      .refine((tiers) => new Set(tiers.map((tier) => tier.minSubtotal)).size === tiers.length, {
        message: 'Each tier needs its own threshold',
      }),
    target: targetSchema,
  }),
  z.object({
    type: z.literal('freeShipping'),
    /** only these shipping method codes (none: any method the shopper picks, express included) */
    methods: z
      .array(shippingMethodCode)
      .min(1)
      .max(20)
      .refine((codes) => new Set(codes).size === codes.length, { message: 'Each method once' })
      .optional(),
  }),
]);
export type PromotionAction = z.infer<typeof actionSchema>;

export const conditionsSchema = z
  .object({
    /** the cart's subtotal before discounts must reach this */
    minSubtotal: z.number().int().min(0).max(MAX_UNIT_AMOUNT).optional(),
    /** only buyers of a company in one of these customer groups */
    customerGroups: z.array(z.string().min(1).max(64)).max(50).optional(),
    /** only buyers of these companies */
    companyIds: z.array(id).max(100).optional(),
  })
  .default({});
export type PromotionConditions = z.infer<typeof conditionsSchema>;

export const ruleSchema = z.object({ conditions: conditionsSchema, action: actionSchema });
export type PromotionRule = z.infer<typeof ruleSchema>;

/** The problems of a rule as `path: message`, empty when it is well-formed. */
export function ruleProblems(value: unknown): { path: string[]; message: string }[] {
  const parsed = ruleSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}
