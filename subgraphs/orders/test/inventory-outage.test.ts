import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInternalClient, internalTokenKey } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryStock } from '../src/ports/inventory-stock.ts';
import { cartWith, customer, type OrdersHarness, SECRET, startOrders, VARIANTS, vid } from './harness.ts';

/**
 * Checkout through the real inventory port and the kit's internal client, against an inventory
 * that is down (503) and then recovers: the reservation (idempotent on its key) is retried, the
 * circuit opens and checkout fails fast without calling inventory, and the probe after the pause
 * lets checkouts through again.
 */
let inventory: Server;
let down = true;
const received: string[] = [];
let h: OrdersHarness;

beforeAll(async () => {
  inventory = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { query } = JSON.parse(Buffer.concat(chunks).toString()) as { query: string };
    const field = /(reservation\w+)\(/.exec(query)?.[1] ?? 'unknown';
    received.push(field);
    response.setHeader('content-type', 'application/json');
    if (down) return void response.writeHead(503).end(JSON.stringify({ errors: [{ message: 'down' }] }));
    response.end(JSON.stringify({ data: { [field]: { errors: [] } } }));
  });
  inventory.listen(0, '127.0.0.1');
  await once(inventory, 'listening');
  const url = `http://127.0.0.1:${(inventory.address() as AddressInfo).port}/graphql`;
  const client = createInternalClient(url, internalTokenKey(SECRET), {
    service: 'inventory',
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 20 },
    breaker: { failures: 4, halfOpenAfterMs: 3_000 },
  });
  h = await startOrders({ stock: inventoryStock(client) });
});
afterAll(async () => {
  await h?.close();
  inventory.closeAllConnections();
  inventory.close();
});

async function checkout(): Promise<string[]> {
  const shopper = customer(randomUUID());
  const cart = await cartWith(h, shopper, [{ variantId: vid(VARIANTS.mug), quantity: 1 }]);
  const result = await h.checkout(cart.id, shopper);
  expect(result.errors).toBeUndefined();
  expect(result.data?.checkoutComplete.errors).toBeInstanceOf(Array);
  return ((result.data?.checkoutComplete.errors ?? []) as { code: string }[]).map((error) => error.code);
}

describe('checkout while inventory is down', () => {
  it('retries the reservation, then fails fast once the circuit is open, and recovers after the pause', async () => {
    expect(await checkout()).toEqual(['SERVICE_UNAVAILABLE']);
    expect(received).toEqual(['reservationCreate', 'reservationCreate', 'reservationCreate']);

    received.length = 0;
    expect(await checkout()).toEqual(['SERVICE_UNAVAILABLE']);
    expect(received).toEqual(['reservationCreate']); // the fourth failure in a row opens the circuit

    received.length = 0;
    expect(await checkout()).toEqual(['SERVICE_UNAVAILABLE']);
    expect(received).toEqual([]); // inventory was not asked at all

    down = false;
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    expect(await checkout()).toEqual([]);
    // reserved once; confirmed by checkout (and again, idempotently, by the order-created consumer)
    expect(received.filter((field) => field === 'reservationCreate')).toHaveLength(1);
    expect(received).toContain('reservationConfirm');
  });
});
