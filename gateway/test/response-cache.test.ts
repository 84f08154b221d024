import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './fixtures/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ STOREFRONT_CACHE_SECONDS: '1' });
});
afterAll(() => stack?.close());

const storefront = { 'x-publishable-key': 'ucos_pk_storefront_0001' };
const partner = { 'x-api-key': 'ucos_sk_partner_valid_0001' };
const products = async (headers: Record<string, string>) =>
  (await stack.query('{ products }', headers)).body.data?.products;

describe('the answer cache for catalog reads', () => {
  it('answers a storefront key from memory within the TTL, then asks again', async () => {
    const first = await products(storefront);
    expect(await products(storefront)).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await products(storefront)).not.toBe(first);
  });

  it('asks the subgraphs once for identical requests arriving while the first is being answered', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const answers = await Promise.all(Array.from({ length: 20 }, () => stack.query('{ products }', storefront)));
    const values = new Set(answers.map((answer) => answer.body.data?.products));
    expect(values.size).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('x-ucos-cache') === 'miss')).toHaveLength(1);
  });

  it('never caches for partner keys without the data-change feed, nor queries mixing in other root fields', async () => {
    const a = await products(partner);
    expect(await products(partner)).not.toBe(a);
    const mixed = async () => (await stack.query('{ products whoami { kind } }', storefront)).body.data?.products;
    const m = await mixed();
    expect(await mixed()).not.toBe(m);
  });
});
