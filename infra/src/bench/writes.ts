import { seedVariantId } from '@ucos/catalog/seed';
import { seededAvailability } from '@ucos/inventory/seed';
import { encodeGlobalId } from '@ucos/kit';
import {
  ADD_TO_CART_DOCUMENT,
  BENCH_ADDRESS,
  CHECKOUT_DOCUMENT,
  createCart,
  type GraphQLFetch,
} from '@ucos/orders/bench';
import { measure, measureOpenLoop, type Target } from './measure.ts';
import type { OperationResult } from './report.ts';

interface WriteContext {
  gatewayUrl: string;
  storefrontHeaders: Record<string, string>;
  tenantId: string;
  size: { products: number; variantsPerProduct: number; warehouses: number };
  seconds: number;
  /** a code of the tenant's promotions: "checkout with a code" applies it to each of its carts */
  promotionCode: string;
  /** whether BENCH_ONLY selects the named write (`<name> via gateway`) */
  selected(name: string): boolean;
}

const APPLY_CODE_DOCUMENT = `mutation ($input: CartApplyPromotionCodeInput!) {
  cartApplyPromotionCode(input: $input) { cart { id } errors { code message } }
}`;

/** Active, well-stocked seeded variants (the seed drafts every 50th product and empties some variants). */
function stockedVariants(context: WriteContext): string[] {
  const ids: string[] = [];
  for (let p = 1; p < context.size.products; p++) {
    if (p % 50 === 49 || p % 50 === 0) continue;
    for (let v = 0; v < context.size.variantsPerProduct; v++) {
      if (seededAvailability(context.tenantId, p, v, context.size.warehouses).available >= 20) {
        ids.push(encodeGlobalId('ProductVariant', seedVariantId(context.tenantId, p, v)));
      }
    }
  }
  return ids;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * Add-to-cart and checkout through the gateway as a storefront (publishable key): the same phases
 * as the reads, but every checkout needs its own cart, so the carts are made first and each request
 * takes the next one; checkout phases are bounded by a request count instead of a duration.
 */
export async function benchWrites(context: WriteContext): Promise<OperationResult[]> {
  const gql: GraphQLFetch = async (query, variables) => {
    const response = await fetch(context.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...context.storefrontHeaders },
      body: body(query, variables),
    });
    return (await response.json()) as Awaited<ReturnType<GraphQLFetch>>;
  };
  const variants = stockedVariants(context);
  let cursor = 0;
  const nextVariant = () => variants[cursor++ % variants.length]!;

  const carts = await Promise.all(
    Array.from({ length: 50 }, () => createCart(gql, [{ variantId: nextVariant(), quantity: 1 }])),
  );
  const addToCart: Target = {
    url: context.gatewayUrl,
    headers: context.storefrontHeaders,
    body: body(ADD_TO_CART_DOCUMENT, { input: { cartId: carts[0], lines: [{ variantId: variants[0], quantity: 1 }] } }),
    nextBody: () =>
      body(ADD_TO_CART_DOCUMENT, {
        input: { cartId: carts[cursor % carts.length], lines: [{ variantId: nextVariant(), quantity: 1 }] },
      }),
  };
  const results: OperationResult[] = [];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));
  // fixed rate before saturation, with pauses, so no phase inherits another's backlog
  const phases = async (target: Target, bounded: boolean, rate: number) => {
    const single = await measure(target, {
      connections: 1,
      durationSeconds: context.seconds,
      ...(bounded ? { amount: 60 } : {}),
    });
    await settle();
    const fixedRate = await measureOpenLoop(target, rate, context.seconds);
    await settle();
    const saturation20 = await measure(target, {
      connections: 20,
      durationSeconds: context.seconds,
      ...(bounded ? { amount: 200 } : {}),
    });
    await settle();
    const saturation50 = await measure(target, {
      connections: 50,
      durationSeconds: context.seconds,
      ...(bounded ? { amount: 200 } : {}),
    });
    await settle();
    return { single, fixedRate, saturation20, saturation50 };
  };
  if (context.selected('add to cart via gateway')) {
    await measure(addToCart, { connections: 4, durationSeconds: 2 });
    results.push({
      name: 'add to cart',
      via: 'gateway',
      ...(await phases(addToCart, false, 50)),
      targets: { fixedRateP99: 100 },
    });
  }

  const checkoutTarget = (carts: string[]): Target => {
    let next = 0;
    const checkoutBody = () =>
      body(CHECKOUT_DOCUMENT, {
        input: {
          cartId: carts[next++ % carts.length],
          idempotencyKey: crypto.randomUUID(),
          email: 'bench@example.com',
          shippingAddress: BENCH_ADDRESS,
          payment: { provider: 'test', token: 'tok_ok' },
        },
      });
    return {
      url: context.gatewayUrl,
      headers: context.storefrontHeaders,
      body: checkoutBody(),
      nextBody: checkoutBody,
    };
  };
  const cartsNeeded = 60 + 200 + 200 + 20 * context.seconds + 20;
  if (context.selected('checkout via gateway')) {
    const checkoutCarts = await makeCarts(gql, cartsNeeded, nextVariant);
    results.push({
      name: 'checkout',
      via: 'gateway',
      ...(await phases(checkoutTarget(checkoutCarts), true, 20)),
      targets: { fixedRateP99: 250 },
    });
  }
  if (context.selected('checkout with a code via gateway')) {
    // the same checkout, each cart carrying the code: priced with the promotions, redeemed in the order's transaction
    const codeCarts = await makeCarts(gql, cartsNeeded, nextVariant);
    for (let start = 0; start < codeCarts.length; start += 10) {
      await Promise.all(
        codeCarts.slice(start, start + 10).map(async (cartId) => {
          const applied = await gql(APPLY_CODE_DOCUMENT, { input: { cartId, code: context.promotionCode } });
          if (applied.errors?.length || applied.data?.cartApplyPromotionCode?.errors?.length) {
            throw new Error(`applying ${context.promotionCode}: ${JSON.stringify(applied).slice(0, 300)}`);
          }
        }),
      );
    }
    results.push({
      name: 'checkout with a code',
      via: 'gateway',
      ...(await phases(checkoutTarget(codeCarts), true, 20)),
      targets: { fixedRateP99: 250 },
    });
  }
  return results;
}

/** `count` carts with one line each, ten at a time. */
async function makeCarts(gql: GraphQLFetch, count: number, nextVariant: () => string): Promise<string[]> {
  const carts: string[] = [];
  while (carts.length < count) {
    const batch = Math.min(10, count - carts.length);
    carts.push(
      ...(await Promise.all(
        Array.from({ length: batch }, () => createCart(gql, [{ variantId: nextVariant(), quantity: 1 }])),
      )),
    );
  }
  return carts;
}
