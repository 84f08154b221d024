/** The messages of the `Subscriptions` namespace that describe a plan (next-intl's translator). */
type PlanMessages = (key: 'every' | 'trial', values: Record<string, string | number>) => string;

/**
 * How a subscription plan renews, as the product page and the cart say it: "every month" or, with a
 * trial, "every month · free on your first order (14-day trial; …)".
 */
export function planTerms(
  t: PlanMessages,
  plan: { intervalCount: number; intervalUnit: string; trialDays: number },
): string {
  const every = t('every', { count: plan.intervalCount, unit: plan.intervalUnit });
  return plan.trialDays ? `${every} · ${t('trial', { days: plan.trialDays })}` : every;
}
