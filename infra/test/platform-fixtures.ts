import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { WholePlatform } from './whole-platform.ts';

/** A gateway call that must succeed: no GraphQL error, and an empty `errors` in the payload it returns. */
export type Ok = <T = any>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<T>;

/** `Ok` calls through `platform`'s gateway, as `headers` (a bearer) unless a call names others. */
export function okAs(platform: WholePlatform, headers: Record<string, string>): Ok {
  return async <T = any>(query: string, variables: Record<string, unknown> = {}, as = headers) => {
    const answer = await platform.gql<T>(query, variables, as);
    expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
    const payload = Object.values(answer.body.data as object)[0] as { errors?: unknown[] };
    if (payload && typeof payload === 'object' && 'errors' in payload) {
      expect(payload.errors, JSON.stringify(payload)).toEqual([]);
    }
    return answer.body.data as T;
  };
}

/** Retries `attempt` (every 100 ms) until it returns a value: what the bus and the workers deliver a moment later. */
export async function until<T>(attempt: () => Promise<T | null | undefined>, what: string, tries = 100): Promise<T> {
  for (let tried = 0; tried < tries; tried++) {
    const value = await attempt();
    if (value !== null && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const BUYER_ADDRESS = { name: 'B', line1: 'Street 1', city: 'Berlin', postalCode: '10115', country: 'DE' };

export interface SellableVariant {
  productId: string;
  variantId: string;
  priceListId: string;
  warehouseId: string;
}

/**
 * What a shop needs before a checkout: an active product with one variant, priced in a EUR price list,
 * stocked in one warehouse; all through the gateway as `ok`'s caller.
 */
export async function sellableVariant(
  ok: Ok,
  options: { handle: string; title: string; sku: string; amount: number; onHand: number; warehouse?: string },
): Promise<SellableVariant> {
  const product = await ok(
    `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id variants { id } } errors { code message } } }`,
    {
      input: {
        handle: options.handle,
        title: options.title,
        status: 'ACTIVE',
        variants: [{ sku: options.sku }],
      },
    },
  );
  const variantId = product.productCreate.product.variants[0].id;
  const list = await ok(
    `mutation { priceListCreate(input: { name: "Retail", currency: "EUR" }) { priceList { id } errors { code message } } }`,
  );
  const priceListId = list.priceListCreate.priceList.id;
  await ok(`mutation($input: PriceSetInput!) { priceSet(input: $input) { errors { code message } } }`, {
    input: { variantId, priceListId, currency: 'EUR', amount: options.amount },
  });
  const code = options.warehouse ?? 'MAIN';
  const warehouse = await ok(
    `mutation($input: WarehouseCreateInput!) { warehouseCreate(input: $input) { warehouse { id } errors { code message } } }`,
    { input: { code, name: code.charAt(0) + code.slice(1).toLowerCase() } },
  );
  const warehouseId = warehouse.warehouseCreate.warehouse.id;
  await ok(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`, {
    input: { variantId, warehouseId, setOnHand: options.onHand, idempotencyKey: randomUUID() },
  });
  return { productId: product.productCreate.product.id, variantId, priceListId, warehouseId };
}

/** A cart of `quantity` × `variantId` checked out with the test provider; the order's global id. */
/** A new EUR cart holding `quantity` of the variant (both steps must succeed); its id. */
export async function eurCartWith(ok: Ok, variantId: string, quantity: number): Promise<string> {
  const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code message } } }`);
  const cartId = cart.cartCreate.cart.id as string;
  await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code message } } }`, {
    input: { cartId, lines: [{ variantId, quantity }] },
  });
  return cartId;
}

/** A new shop (tenant) selling one mug at 12.34 EUR with 100 in stock: its caller, bearer and the variant. */
export async function mugShop(platform: WholePlatform, slug: string) {
  const { bearer } = await platform.tenant(slug);
  const ok = okAs(platform, bearer);
  const { variantId } = await sellableVariant(ok, {
    handle: `${slug}-mug`,
    title: 'Mug',
    sku: `${slug.toUpperCase()}-MUG`,
    amount: 1234,
    onHand: 100,
  });
  return { ok, bearer, variantId };
}

export async function checkoutOrder(ok: Ok, variantId: string, quantity: number): Promise<string> {
  const cartId = await eurCartWith(ok, variantId, quantity);
  const placed = await ok(
    `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id } errors { code message } } }`,
    {
      input: {
        cartId,
        idempotencyKey: randomUUID(),
        email: 'buyer@example.com',
        shippingAddress: BUYER_ADDRESS,
        payment: { provider: 'test', token: 'tok_ok' },
      },
    },
  );
  return placed.checkoutComplete.order.id;
}
