/**
 * The demo tenant's promotions, through the public API as its owner: 10 % off with the code WELCOME10,
 * and free shipping from 75.00 EUR automatically. A shop that already has promotions is left as it
 * is, so a restart adds nothing.
 */

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function caller(gatewayUrl: string, accessToken: string): Call {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    for (const payload of Object.values(body.data)) {
      const errors = (payload as { errors?: { message: string }[] } | null)?.errors;
      if (errors?.length) throw new Error(`${query.slice(0, 60)}…: ${errors.map((error) => error.message).join('; ')}`);
    }
    return body.data as T;
  };
}

// free shipping applies to whichever method the shopper picks (express too): the threshold sits above
// the demo's everyday carts so the methods keep their prices there
export const DEMO_PROMOTIONS = [
  { name: 'Welcome 10 %', code: 'WELCOME10', rule: { type: 'PERCENTAGE', percentBps: 1000 } },
  {
    name: 'Free shipping from 150 €',
    automatic: true,
    currency: 'EUR',
    rule: { type: 'FREE_SHIPPING', minSubtotal: 15000 },
  },
];

export async function seedDemoPromotions(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = caller(gatewayUrl, accessToken);
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
