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
      // reported next to the field that uses the variable
      const field = name === 'bad enum' ? ['orders', 'filter'] : ['orders', 'first'];
      expect(answer.body.errors?.[0]?.extensions?.field).toEqual(field);
    });
  }
});

describe('forged cursors', () => {
  const lists = [
    `query($after: String) { members(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { apiKeys(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { auditEvents(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { customers(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { companies(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { warehouses(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { stockLevels(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { stockMovements(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { reservations(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { orders(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { products(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { collections(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { productSearch(query: "x", first: 2, after: $after) { totalCount } }`,
    `query($after: String) { shipments(first: 2, after: $after) { totalCount } }`,
    `query($after: String) { returns(first: 2, after: $after) { totalCount } }`,
  ];
  const wrapped = (value: string) => Buffer.from(`cursor:${value}`).toString('base64url');
  const forged = [
    'not-a-cursor',
    'AAAA',
    Buffer.from('{"x":1}').toString('base64'),
    '%%%',
    'eyJ9',
    'ÿ'.repeat(40),
    // well-formed wrappers around values no list handed out
    wrapped(''),
    wrapped('12'),
    wrapped('9223372036854775807'),
    wrapped('99999999999999999999999'),
    wrapped('-1'),
    wrapped('00000000-0000-0000-0000-000000000000'),
    wrapped('2026-02-30T00:00:00.000000Z|00000000-0000-0000-0000-000000000000'),
    wrapped('x/y'),
    wrapped("' or 1=1 --"),
  ];
  for (const list of lists) {
    it(`${list.match(/\{ (\w+)\(/)?.[1]}: a forged cursor is BAD_USER_INPUT`, async () => {
      for (const after of forged) {
        const answer = await platform.gql(list, { after }, owner);
        const [code] = codes(answer);
        // an unknown but well-formed cursor may also be an empty page; never a server error
        if (answer.body.errors) expect(code, `${after}: ${JSON.stringify(answer.body)}`).toBe('BAD_USER_INPUT');
        else expect(answer.body.data, `${after}`).toBeTruthy();
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

describe('free-text length caps, declared in the schema and enforced', () => {
  const over = (n: number) => 'x'.repeat(n + 1);
  const probes: [string, string, Record<string, unknown>, string[]][] = [
    ['search', `query($q: String!) { productSearch(query: $q, first: 1) { totalCount } }`, { q: over(200) }, ['query']],
    [
      'product title',
      `mutation($t: String!) { productCreate(input: { handle: "long-title", title: $t }) { errors { code } } }`,
      { t: over(200) },
      ['input', 'title'],
    ],
    [
      'product description',
      `mutation($d: String!) { productCreate(input: { handle: "long-text", title: "T", description: $d }) { errors { code } } }`,
      { d: over(10_000) },
      ['input', 'description'],
    ],
    [
      'warehouse name',
      `mutation($n: String!) { warehouseCreate(input: { code: "LONG", name: $n }) { errors { code } } }`,
      { n: over(200) },
      ['input', 'name'],
    ],
    [
      'order cancel reason',
      `mutation($r: String!) { orderCancel(input: { orderId: "T3JkZXI6eA", reason: $r }) { errors { code } } }`,
      { r: over(1_000) },
      ['input', 'reason'],
    ],
    [
      'api key name',
      `mutation($n: String!) { apiKeyCreate(input: { name: $n, scopes: ["catalog:read"] }) { errors { code } } }`,
      { n: over(200) },
      ['input', 'name'],
    ],
    [
      'a string with no cap of its own (the default)',
      `mutation($t: String!) { sessionRefresh(input: { refreshToken: $t }) { errors { code } } }`,
      { t: over(10_000) },
      ['input', 'refreshToken'],
    ],
  ];
  for (const [name, query, variables, field] of probes) {
    it(`${name}: over the cap is BAD_USER_INPUT naming the field`, async () => {
      const answer = await platform.gql(query, variables, owner);
      expect(codes(answer), JSON.stringify(answer.body).slice(0, 300)).toEqual(['BAD_USER_INPUT']);
      expect(answer.body.errors?.[0]?.extensions?.field).toEqual(field);
    });
  }

  it('the caps are declared in the composed schema clients read', async () => {
    const { readFile } = await import('node:fs/promises');
    const supergraph = await readFile(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    expect(supergraph).toMatch(/At most 200 characters\.\s*"""\s*query: String/);
    expect(supergraph).toMatch(/At most 1000 characters\.\s*"""\s*reason: String/);
  });

  it('a field that declares a larger cap keeps it: a 20,000-character import file is read, not refused', async () => {
    const rows = Array.from(
      { length: 400 },
      (_, index) => `{"handle":"bulk-${index}","title":"Bulk ${index}","sku":"BULK-${index}"}`,
    );
    const data = rows.join('\n');
    expect(data.length).toBeGreaterThan(20_000);
    const answer = await platform.gql(
      `mutation($input: ProductImportInput!) { productImport(input: $input) { rowsTotal errors { code } } }`,
      { input: { format: 'JSONL', data } },
      owner,
    );
    expect(answer.body.errors, JSON.stringify(answer.body).slice(0, 300)).toBeUndefined();
    expect(answer.body.data.productImport.rowsTotal).toBe(400);
  });

  it('a search at the cap still runs', async () => {
    const answer = await platform.gql(
      `query($q: String!) { productSearch(query: $q, first: 1) { totalCount } }`,
      { q: 'x'.repeat(200) },
      owner,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.productSearch.totalCount).toBe(0);
  });
});

describe('ids and cursors never expose platform-wide counters', () => {
  it('stock movements are paged by a random public id, not the shared ledger sequence', async () => {
    const product = await platform.gql(
      `mutation { productCreate(input: { handle: "ledger", title: "Ledger", variants: [{ sku: "LEDGER-1" }] }) { product { variants { id } } } }`,
      {},
      owner,
    );
    const variantId = product.body.data.productCreate.product.variants[0].id;
    const warehouse = await platform.gql(
      `mutation { warehouseCreate(input: { code: "LEDGER", name: "Ledger" }) { warehouse { id } } }`,
      {},
      owner,
    );
    const warehouseId = warehouse.body.data.warehouseCreate.warehouse.id;
    for (const setOnHand of [5, 7, 9]) {
      await platform.gql(
        `mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code } } }`,
        { input: { variantId, warehouseId, setOnHand, idempotencyKey: crypto.randomUUID() } },
        owner,
      );
    }
    const LIST = `query($after: String) { stockMovements(first: 2, after: $after, filter: { warehouseId: "${warehouseId}" }) {
      totalCount edges { cursor node { id onHandDelta } } pageInfo { hasNextPage endCursor } } }`;
    const first = await platform.gql(LIST, { after: null }, owner);
    const page = first.body.data.stockMovements;
    expect(page.totalCount).toBe(3);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const edge of page.edges) {
      expect(Buffer.from(edge.cursor, 'base64').toString()).toMatch(new RegExp(`^cursor:${uuid.source.slice(1)}`));
      expect(Buffer.from(edge.node.id, 'base64url').toString()).toMatch(/^StockMovement:[0-9a-f-]{36}$/);
    }
    expect(page.edges.map((edge: { node: { onHandDelta: number } }) => edge.node.onHandDelta)).toEqual([2, 2]);
    const second = await platform.gql(LIST, { after: page.pageInfo.endCursor }, owner);
    expect(
      second.body.data.stockMovements.edges.map((edge: { node: { onHandDelta: number } }) => edge.node.onHandDelta),
    ).toEqual([5]);
    expect(second.body.data.stockMovements.pageInfo.hasNextPage).toBe(false);
  });

  it("another tenant's movement cursor is BAD_USER_INPUT, not a page of it", async () => {
    const other = (await platform.tenant('cursor-thief')).bearer;
    const mine = await platform.gql(`{ stockMovements(first: 1) { edges { cursor } } }`, {}, owner);
    const cursor = mine.body.data.stockMovements.edges[0].cursor;
    const stolen = await platform.gql(
      `query($after: String) { stockMovements(first: 5, after: $after) { edges { cursor } } }`,
      { after: cursor },
      other,
    );
    expect(codes(stolen)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('malformed requests', () => {
  it('a 3 MB body is 413, as MAX_REQUEST_BYTES promises, and nothing runs', async () => {
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const answer = await platform.post(body, owner);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('malformed JSON is a 400 that does not echo the parser', async () => {
    for (const body of ['{"query": "{ __typename }", ', '{"query": "\\u0000', 'nul\u0000l', '{"query": 1e999999}']) {
      const answer = await platform.post(body);
      expect(answer.status, body).toBe(400);
      expect(answer.text).not.toMatch(/INTERNAL_SERVER_ERROR|position \d+|Unexpected token|at JSON\.parse|SyntaxError/);
    }
  });

  it('malformed refresh tokens are typed errors, never INTERNAL_SERVER_ERROR', async () => {
    const garbage = [
      '',
      'x',
      'a.b.c',
      '\u00ff'.repeat(300),
      'rt_'.padEnd(500, '='),
      '00000000-0000-0000-0000-000000000000',
    ];
    for (const refreshToken of garbage) {
      for (const mutation of ['sessionRefresh', 'sessionRevoke', 'customerSessionRefresh', 'customerSessionRevoke']) {
        const input = { refreshToken };
        const answer = await platform.gql(
          `mutation($input: ${mutation.startsWith('customer') ? 'CustomerSessionRefreshInput' : 'SessionRefreshInput'}!) {
            ${mutation}(input: $input) { errors { code } } }`,
          { input },
        );
        expect(codes(answer), `${mutation} ${refreshToken}: ${JSON.stringify(answer.body)}`).not.toContain(
          'INTERNAL_SERVER_ERROR',
        );
        if (!answer.body.errors) expect(answer.body.data[mutation].errors.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('variable errors in a subgraph called directly', () => {
  it('are 400 BAD_USER_INPUT there too', async () => {
    const { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } = await import('@ucos/kit');
    const token = await signInternalToken(internalTokenKey(platform.internalSecret), {
      kind: 'user',
      subject: crypto.randomUUID(),
      tenantId: crypto.randomUUID(),
      roles: [],
      scopes: ['*'],
      requestId: crypto.randomUUID(),
    });
    for (const variables of [{}, { first: 1.5 }, { first: 'x' }, { first: 1e15 }]) {
      const response = await fetch(platform.subgraphUrls.orders!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          [INTERNAL_TOKEN_HEADER]: token,
        },
        body: JSON.stringify({ query: 'query($first: Int!) { orders(first: $first) { totalCount } }', variables }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(response.status, JSON.stringify(variables)).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('numbers past what the database stores', () => {
  it('an import row with a weight or price past 32 bits is a row error; the other rows are imported', async () => {
    const data = [
      `{"handle":"heavy","title":"Heavy","sku":"HEAVY-1","weightGrams":99999999999}`,
      `{"handle":"dear","title":"Dear","sku":"DEAR-1","priceAmount":"99999999999","priceCurrency":"JPY"}`,
      `{"handle":"fine","title":"Fine","sku":"FINE-1","weightGrams":500,"priceAmount":"12.50","priceCurrency":"EUR"}`,
    ].join('\n');
    const answer = await platform.gql(
      `mutation($input: ProductImportInput!) { productImport(input: $input) {
        rowsTotal rowsFailed variantsCreated rowErrors { code } errors { code } } }`,
      { input: { format: 'JSONL', data } },
      owner,
    );
    expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
    expect(answer.body.data.productImport).toMatchObject({
      rowsTotal: 3,
      rowsFailed: 2,
      variantsCreated: 1,
      errors: [],
    });
    expect(answer.body.data.productImport.rowErrors.map((error: { code: string }) => error.code).sort()).toEqual([
      'INVALID_AMOUNT',
      'INVALID_ROW',
    ]);
  });
});
