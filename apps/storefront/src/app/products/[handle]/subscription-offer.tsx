import { getTranslations } from 'next-intl/server';
import { graphql } from '../../../generated/gql.ts';
import { gql } from '../../../lib/gateway.ts';
import { planTerms } from '../../../lib/plan-terms.ts';

const Plans = graphql(`
  query ProductPage_SubscriptionPlans($variantIds: [ID!]!) {
    subscriptionPlansOfVariants(variantIds: $variantIds) {
      id
      name
      intervalUnit
      intervalCount
      trialDays
      variant {
        id
      }
    }
  }
`);

/**
 * The product's subscription option: the variants sold by subscription, each with its plan (how
 * often it renews, the trial). Adding one to the cart subscribes at checkout, which needs an account.
 */
export async function SubscriptionOffer({ variants }: { variants: readonly { id: string; title: string }[] }) {
  if (variants.length === 0) return null;
  const [{ subscriptionPlansOfVariants: plans }, t] = await Promise.all([
    gql(Plans, { variantIds: variants.map((variant) => variant.id) }, { as: 'either' }),
    getTranslations('Subscriptions'),
  ]);
  if (plans.length === 0) return null;
  const titleOf = new Map(variants.map((variant) => [variant.id, variant.title]));
  return (
    <section aria-labelledby="subscription-offer" className="card" data-testid="subscription-offer">
      <h2 id="subscription-offer">{t('offerTitle')}</h2>
      <ul>
        {plans.map((plan) => (
          <li key={plan.id}>
            <strong>{plan.name}</strong>
            {variants.length > 1 ? ` (${titleOf.get(plan.variant.id) ?? ''})` : ''}: {planTerms(t, plan)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('offerNote')}</p>
    </section>
  );
}
