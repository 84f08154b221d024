/**
 * Hooks for the launcher and `npm run bench`: the storefront documents of a purchase, and a function
 * that runs one through any GraphQL endpoint (the gateway with a publishable key, or a subgraph).
 */
export const CART_CREATE_DOCUMENT = /* GraphQL */ `
  mutation BenchCartCreate($currency: String!) { cartCreate(input: { currency: $currency }) { cart { id version } errors { code message } } }`;

export const ADD_TO_CART_DOCUMENT = /* GraphQL */ `
  mutation BenchAddToCart($input: CartLinesAddInput!) {
    cartLinesAdd(input: $input) { cart { id version total { amount currency } } errors { code message } }
  }`;

export const CHECKOUT_DOCUMENT = /* GraphQL */ `
  mutation BenchCheckout($input: CheckoutCompleteInput!) {
    checkoutComplete(input: $input) { order { id status total { amount currency } } errors { code message } }
  }`;

export type GraphQLFetch = (
  query: string,
  variables: Record<string, unknown>,
  // biome-ignore lint/suspicious/noExplicitAny: answers of any document
) => Promise<{ data?: Record<string, any> | null; errors?: { message: string }[] }>;

export const BENCH_ADDRESS = {
  name: 'Bench Shopper',
  line1: '1 Load St',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/** A new cart with `lines` (global variant ids), as `add to cart` does. */
export async function createCart(
  fetch: GraphQLFetch,
  lines: { variantId: string; quantity: number }[],
  currency = 'EUR',
): Promise<string> {
  const created = await fetch(CART_CREATE_DOCUMENT, { currency });
  const cartId = created.data?.cartCreate?.cart?.id as string | undefined;
  if (!cartId) throw new Error(`cartCreate failed: ${JSON.stringify(created)}`);
  const added = await fetch(ADD_TO_CART_DOCUMENT, { input: { cartId, lines } });
  if (added.data?.cartLinesAdd?.errors?.length || !added.data?.cartLinesAdd?.cart) {
    throw new Error(`cartLinesAdd failed: ${JSON.stringify(added)}`);
  }
  return cartId;
}

/** Checks a cart out with the test payment provider; returns the order id or the error codes. */
export async function checkout(
  fetch: GraphQLFetch,
  cartId: string,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<{ orderId: string | null; errors: string[] }> {
  const result = await fetch(CHECKOUT_DOCUMENT, {
    input: {
      cartId,
      idempotencyKey,
      email: 'bench@example.com',
      shippingAddress: BENCH_ADDRESS,
      payment: { provider: 'test', token: 'tok_ok' },
    },
  });
  const payload = result.data?.checkoutComplete;
  return {
    orderId: (payload?.order?.id as string | undefined) ?? null,
    errors: payload
      ? (payload.errors as { code: string }[]).map((error) => error.code)
      : (result.errors?.map((e) => e.message) ?? []),
  };
}
