import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Garbage in, typed errors out: what an attacker sends the public gateway (forged cursors, NUL
 * bytes, bad variables, oversized text and bodies) is refused with a typed client error, never
 * INTERNAL_SERVER_ERROR, and nothing stored breaks.
 */
let platform: WholePlatform;
let owner: Record<string, string>;

beforeAll(async () => {
  platform = await startWholePlatform();
  owner = (await platform.tenant('garbage-shop')).bearer;
}, 120_000);
afterAll(() => platform?.close());

const codes = (answer: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  (answer.body.errors ?? []).map((error) => error.extensions?.code);

describe('variable errors', () => {
  const query = `query($first: Int!, $status: OrderStatus) { orders(first: $first, filter: { status: $status }) { totalCount } }`;
  const cases: [string, unknown][] = [
    ['missing', {}],
    ['null for non-null', { first: null }],
    ['wrong type', { first: 'ten' }],
    ['1.5 for Int', { first: 1.5 }],
    ['1e15 for Int', { first: 1e15 }],
    ['bad enum', { first: 1, status: 'NOT_A_STATUS' }],
  ];
  for (const [name, variables] of cases) {
    it(`${name}: 400 BAD_USER_INPUT`, async () => {
      const answer = await platform.gql(query, variables, owner);
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    });
  }
});

describe('forged cursors', () => {
  const lists = [
    `query($after: String) { members(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { apiKeys(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { customers(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { warehouses(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { orders(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { products(first: 2, after: $after) { totalCount } }`,
  ];
  const forged = [
    'not-a-cursor',
    'AAAA',
    Buffer.from('{"x":1}').toString('base64'),
    '%%%',
    'eyJ9',
    '\u00ff'.repeat(40),
  ];
  for (const list of lists) {
    it(`${list.match(/\{ (\w+)\(/)?.[1]}: a forged cursor is BAD_USER_INPUT`, async () => {
      for (const after of forged) {
        const answer = await platform.gql(list, { after }, owner);
        expect(codes(answer), `${after}: ${JSON.stringify(answer.body)}`).toEqual(['BAD_USER_INPUT']);
      }
    });
  }
});

describe('NUL bytes in any string argument', () => {
  const NUL = 'a\u0000b';
  const probes: [string, string, Record<string, unknown>][] = [
    [
      'product title',
      `mutation($t: String!) { productCreate(input: { handle: "nul-title", title: $t }) { errors { code } } }`,
      { t: NUL },
    ],
    ['search', `query($q: String!) { productSearch(query: $q, first: 1) { totalCount } }`, { q: NUL }],
    ['SKU', `query($s: String!) { variantBySku(sku: $s) { id } }`, { s: NUL }],
    [
      'email',
      `mutation($e: String!) { sessionCreate(input: { email: $e, password: "x-password-123" }) { errors { code } } }`,
      { e: `x${NUL}@example.com` },
    ],
    [
      'flag key',
      `mutation($k: String!) { featureFlagSet(input: { key: $k, enabled: true }) { errors { code } } }`,
      { k: NUL },
    ],
    ['filter', `query($id: ID!) { products(first: 1, filter: { categoryId: $id }) { totalCount } }`, { id: NUL }],
    [
      'warehouse code',
      `mutation($c: String!) { warehouseCreate(input: { code: $c, name: "W" }) { errors { code } } }`,
      { c: NUL },
    ],
    [
      'cart currency',
      `mutation($c: String!) { cartCreate(input: { currency: $c }) { errors { code } } }`,
      { c: `EU${NUL}` },
    ],
  ];
  for (const [name, query, variables] of probes) {
    it(`${name}: BAD_USER_INPUT, as a variable and as a literal`, async () => {
      const asVariable = await platform.gql(query, variables, owner);
      expect(codes(asVariable), JSON.stringify(asVariable.body)).toEqual(['BAD_USER_INPUT']);
      expect(asVariable.body.errors?.[0]?.message).toContain('NUL');
    });
  }

  it('a \\u0000 escape inside a document literal is refused the same way', async () => {
    const answer = await platform.gql(`{ productSearch(query: "x\\u0000y", first: 1) { totalCount } }`, {}, owner);
    expect(codes(answer), JSON.stringify(answer.body)).toEqual(['BAD_USER_INPUT']);
  });
});
