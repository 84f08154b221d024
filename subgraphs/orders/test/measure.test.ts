import { randomUUID } from 'node:crypto';
import { createLogger, InProcessEventBus } from '@ucos/kit';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ADD_TO_CART_DOCUMENT, CART_CREATE_DOCUMENT, CHECKOUT_DOCUMENT } from '../src/bench.ts';
import { type GatewayOverStack, startGatewayOver } from './gateway-over-stack.ts';
import { ADDRESS } from './harness.ts';
import { type Stack, startStack } from './stack.ts';

/**
 * Latency of add-to-cart and checkout through the real gateway (a signed-in customer), on this
 * machine, against whatever PostgreSQL/NATS the suite uses. Not a pass/fail test: run it with
 * ORDERS_MEASURE=1 and read the printed figures (`npm run bench` is the authoritative measurement).
 */
const bus = new InProcessEventBus({ logger: createLogger('bus', 'silent') });
let stack: Stack;
let gateway: GatewayOverStack;

beforeAll(async () => {
  if (!process.env.ORDERS_MEASURE) return;
  stack = await startStack(bus, { poolSize: 10 });
  gateway = await startGatewayOver(stack);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await stack?.close();
  await bus.close();
});

const customerFetch = (customerId: string) =>
  gateway.as({
    sub: customerId,
    tid: stack.tenantId,
    rol: [],
    scp: ['cart:own', 'checkout', 'orders:own'],
    knd: 'customer',
  });

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function timed(run: () => Promise<boolean>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const ok = await run();
  return { ms: performance.now() - started, ok };
}

/** `count` runs started at `perSecond`, each timed; returns p50/p99/errors. */
async function atRate(perSecond: number, count: number, run: (index: number) => Promise<boolean>) {
  const results: Promise<{ ms: number; ok: boolean }>[] = [];
  for (let index = 0; index < count; index++) {
    results.push(timed(() => run(index)));
    await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
  }
  const done = await Promise.all(results);
  const ms = done.map((result) => result.ms);
  return {
    p50: percentile(ms, 50).toFixed(1),
    p99: percentile(ms, 99).toFixed(1),
    errors: done.filter((r) => !r.ok).length,
  };
}

describe.skipIf(!process.env.ORDERS_MEASURE)('checkout and add-to-cart latency through the gateway', () => {
  it('measures', async () => {
    for (let p = 1; p <= 5; p++) for (let v = 0; v < 2; v++) await stack.setStock(p, v, 1_000_000);
    const shoppers = await Promise.all(Array.from({ length: 400 }, () => customerFetch(randomUUID())));
    const carts: string[] = [];
    for (const [index, shopper] of shoppers.entries()) {
      const created = await shopper(CART_CREATE_DOCUMENT, { currency: 'EUR' });
      carts[index] = created.data.cartCreate.cart.id;
    }
    const addToCart = (index: number) => async () => {
      const shopper = shoppers[index % shoppers.length]!;
      const result = await shopper(ADD_TO_CART_DOCUMENT, {
        input: {
          cartId: carts[index % shoppers.length],
          lines: [{ variantId: stack.variant(1 + (index % 5), index % 2), quantity: 1 }],
        },
      });
      return !!result.data?.cartLinesAdd.cart;
    };
    // warm up
    for (let index = 0; index < 50; index++) await addToCart(index)();
    const sequentialAdd: number[] = [];
    for (let index = 0; index < 100; index++) sequentialAdd.push((await timed(addToCart(index))).ms);
    const addAt50 = await atRate(50, 250, (index) => addToCart(index)());
    const checkoutOf = (index: number) => async () => {
      const result = await shoppers[index]!(CHECKOUT_DOCUMENT, {
        input: {
          cartId: carts[index],
          idempotencyKey: randomUUID(),
          email: 'm@example.com',
          shippingAddress: ADDRESS,
          payment: { provider: 'test', token: 'tok_ok' },
        },
      });
      return !!result.data?.checkoutComplete.order;
    };
    const sequentialCheckout: number[] = [];
    for (let index = 0; index < 50; index++) sequentialCheckout.push((await timed(checkoutOf(index))).ms);
    const checkoutAt20 = await atRate(20, 200, (index) => checkoutOf(50 + index)());
    console.info(
      JSON.stringify(
        {
          addToCart: {
            oneConnection: {
              p50: percentile(sequentialAdd, 50).toFixed(1),
              p99: percentile(sequentialAdd, 99).toFixed(1),
            },
            at50rps: addAt50,
          },
          checkout: {
            oneConnection: {
              p50: percentile(sequentialCheckout, 50).toFixed(1),
              p99: percentile(sequentialCheckout, 99).toFixed(1),
            },
            at20rps: checkoutAt20,
          },
        },
        null,
        2,
      ),
    );
  }, 300_000);
});
