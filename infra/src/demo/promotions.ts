import { ownerCaller } from './caller.ts';
/**
 * The demo tenant's promotions, through the public API as its owner: 10 % off with the code WELCOME10,
 * and free standard shipping from 150.00 EUR automatically. A shop that already has promotions is left as it
 * is, so a restart adds nothing.
 */

// free shipping frees the standard method only: express keeps its price whatever the cart
export const DEMO_PROMOTIONS = [
  { name: 'Welcome 10 %', code: 'WELCOME10', rule: { type: 'PERCENTAGE', percentBps: 1000 } },
  {
    name: 'Free shipping from 150 €',
    automatic: true,
    currency: 'EUR',
    rule: { type: 'FREE_SHIPPING', minSubtotal: 15000, shippingMethods: ['standard'] },
  },
];

export async function seedDemoPromotions(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { promotions } = await call<{ promotions: { totalCount: number } }>('{ promotions(first: 1) { totalCount } }');
  if (promotions.totalCount > 0) return [];
  for (const input of DEMO_PROMOTIONS) {
    await call(
      `mutation($input: PromotionCreateInput!) { promotionCreate(input: $input) { promotion { id } errors { code message } } }`,
      { input },
    );
  }
  return [`promotions ${DEMO_PROMOTIONS.map((promotion) => promotion.name).join(', ')}`];
}
