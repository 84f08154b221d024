import { internalTokenKey, signInternalToken } from '@ucos/kit/internal-token';
import { withoutBudget } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_SECRET } from './fixtures/echo-subgraph.ts';
import { TENANT } from './fixtures/fake-identity.ts';
import { type Stack, startStack } from './fixtures/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ ALLOW_INTROSPECTION: 'false' });
});
afterAll(async () => {
  await stack?.close();
});

const WHOAMI = '{ whoami { kind subject tenantId roles scopes requestId } }';
const bearer = async (claims?: Record<string, unknown>, expiresIn?: number) => ({
  authorization: `Bearer ${await stack.identity.token(claims, expiresIn)}`,
});

function expectRefused(result: Awaited<ReturnType<Stack['query']>>, reason: string) {
  expect(result.status).toBe(401);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  expect(result.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('who the subgraphs see', () => {
  it('an anonymous caller, with the request id it sent', async () => {
    const result = await stack.query(WHOAMI, { 'x-request-id': 'trace-0123456789' });
    expect(result.status).toBe(200);
    expect(result.body.data?.whoami).toEqual({
      kind: 'anonymous',
      subject: null,
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'trace-0123456789',
    });
    expect(result.headers.get('x-request-id')).toBe('trace-0123456789');
  });

  it('a fresh request id when the one sent is not sane', async () => {
    const result = await stack.query(WHOAMI, { 'x-request-id': 'bad id\twith junk' });
    const { requestId } = (result.body.data?.whoami ?? {}) as { requestId?: string };
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.headers.get('x-request-id')).toBe(requestId);
  });

  it('a user with tenant, roles and scopes from a valid access token', async () => {
    const result = await stack.query(WHOAMI, await bearer());
    expect(result.body.data?.whoami).toMatchObject({
      kind: 'user',
      subject: 'user-1',
      tenantId: TENANT,
      roles: ['owner'],
      scopes: ['catalog:read', 'secrets:read'],
    });
  });

  it('a partner API key with its tenant and scopes, resolved on every request', async () => {
    const before = stack.identity.resolveCalls;
    const headers = { 'x-api-key': 'ucos_sk_partner_valid_0001' };
    const result = await stack.query(WHOAMI, headers);
    await stack.query(WHOAMI, headers);
    expect(result.body.data?.whoami).toMatchObject({
      kind: 'api_key',
      subject: 'key-1',
      tenantId: TENANT,
      scopes: ['catalog:read', 'orders:read'],
    });
    expect(stack.identity.resolveCalls - before).toBe(2);
  });

  it('a storefront publishable key resolved once and reused for a few seconds; a secret key never', async () => {
    const before = stack.identity.resolveCalls;
    for (let i = 0; i < 5; i++) {
      const result = await stack.query(WHOAMI, { 'x-publishable-key': 'ucos_pk_storefront_0001' });
      expect(result.body.data?.whoami).toMatchObject({ kind: 'publishable_key', subject: 'key-2' });
    }
    expect(stack.identity.resolveCalls - before).toBeLessThanOrEqual(1);
  });

  it('a storefront publishable key, in either header', async () => {
    for (const header of ['x-publishable-key', 'x-api-key']) {
      const result = await stack.query(WHOAMI, { [header]: 'ucos_pk_storefront_0001' });
      expect(result.body.data?.whoami).toMatchObject({ kind: 'publishable_key', subject: 'key-2', tenantId: TENANT });
    }
  });

  it('scopes are enforced by the subgraph on what the token says', async () => {
    const allowed = await stack.query('{ tenantSecret }', await bearer());
    expect(allowed.body.data).toEqual({ tenantSecret: 'tenant-only' });
    const anonymous = await stack.query('{ tenantSecret }');
    expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', serviceName: 'echo' });
    const keyed = await stack.query('{ tenantSecret }', { 'x-api-key': 'ucos_sk_partner_valid_0001' });
    expect(keyed.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', serviceName: 'echo' });
  });
});

describe('refused credentials: 401, code UNAUTHENTICATED, no data', () => {
  it('an expired access token', async () => {
    expectRefused(await stack.query(WHOAMI, await bearer({}, -600)), 'TOKEN_EXPIRED');
  });

  it('a token signed by a key identity does not publish', async () => {
    expectRefused(
      await stack.query(WHOAMI, { authorization: `Bearer ${await stack.identity.forged()}` }),
      'TOKEN_INVALID',
    );
  });

  it('a token for another audience, not typed as an access token, or with claims of the wrong shape', async () => {
    const idToken = await stack.identity.token({}, 900, 'JWT');
    expectRefused(await stack.query(WHOAMI, { authorization: `Bearer ${idToken}` }), 'TOKEN_INVALID');
    expectRefused(await stack.query(WHOAMI, await bearer({ aud: 'elsewhere' })), 'TOKEN_INVALID');
    expectRefused(await stack.query(WHOAMI, await bearer({ scp: 'catalog:read' })), 'TOKEN_INVALID');
  });

  it('malformed tokens and other schemes', async () => {
    expectRefused(await stack.query(WHOAMI, { authorization: 'Bearer not.a.jwt' }), 'TOKEN_INVALID');
    expectRefused(await stack.query(WHOAMI, { authorization: 'Bearer' }), 'UNSUPPORTED_AUTH_SCHEME');
    expectRefused(await stack.query(WHOAMI, { authorization: 'Basic dXNlcjpwYXNz' }), 'UNSUPPORTED_AUTH_SCHEME');
  });

  it('a revoked key, keeping identity’s reason', async () => {
    const result = await stack.query(WHOAMI, { 'x-api-key': 'ucos_sk_partner_revoked_01' });
    expectRefused(result, 'API_KEY_REVOKED');
    expect(result.body.errors?.[0]?.message).toBe('This API key has been revoked');
  });

  it('unknown and malformed keys; a secret key in the publishable header', async () => {
    expectRefused(await stack.query(WHOAMI, { 'x-api-key': 'ucos_sk_partner_unknown_1' }), 'API_KEY_INVALID');
    const before = stack.identity.resolveCalls;
    expectRefused(await stack.query(WHOAMI, { 'x-api-key': 'hunter2' }), 'API_KEY_INVALID');
    expectRefused(await stack.query(WHOAMI, { 'x-publishable-key': 'ucos_sk_partner_valid_0001' }), 'API_KEY_INVALID');
    expect(stack.identity.resolveCalls).toBe(before);
  });

  it('two credentials at once', async () => {
    const headers = { ...(await bearer()), 'x-api-key': 'ucos_sk_partner_valid_0001' };
    expectRefused(await stack.query(WHOAMI, headers), 'CREDENTIAL_CONFLICT');
  });
});

describe('the subgraph behind the gateway', () => {
  const post = (headers: Record<string, string>) =>
    fetch(stack.echo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: WHOAMI }),
    });

  it('answers nothing without an internal token', async () => {
    const response = await post({ 'x-tenant-id': TENANT });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses before parsing: no schema hints, no parse errors, without a valid token', async () => {
    const misspelt = await fetch(stack.echo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoam { kin } }' }),
    });
    expect(misspelt.status).toBe(401);
    const text = await misspelt.text();
    expect(text).toMatch(/UNAUTHENTICATED/);
    expect(text).not.toMatch(/Did you mean|whoami|Cannot query/);
    const garbage = await fetch(stack.echo.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ucos-internal-token': 'not-a-token' },
      body: JSON.stringify({ query: '{{{{' }),
    });
    expect(garbage.status).toBe(401);
    expect(await garbage.text()).not.toMatch(/Syntax Error/);
  });

  it('has depth and token limits of its own, even for a caller with a valid token', async () => {
    const token = await signInternalToken(internalTokenKey(INTERNAL_SECRET), {
      kind: 'service',
      subject: 'gateway',
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'subgraph-limits-1',
    });
    const nest = (depth: number): string => (depth === 0 ? 'depth' : `child { ${nest(depth - 1)} }`);
    const send = (query: string) =>
      fetch(stack.echo.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ucos-internal-token': token },
        body: JSON.stringify({ query }),
      }).then(async (response) => (await response.json()) as { data?: unknown; errors?: { message: string }[] });
    expect((await send(`{ tree { ${nest(10)} } }`)).errors).toBeUndefined();
    const deep = await send(`{ tree { ${nest(30)} } }`);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const long = await send(`{ ${Array.from({ length: 7000 }, () => '__typename').join(' ')} }`);
    expect(long.data ?? null).toBeNull();
    expect(long.errors?.[0]?.message).toMatch(/token/i);
  });

  it('bounds every first/last of the subgraph in the schema, and refuses more even past the gateway', async () => {
    expect(stack.echo.sdl).toMatch(/"""Page size, 0 to 100 \(default 20\)[^"]*"""\s*first: Int/);
    const token = await signInternalToken(internalTokenKey(INTERNAL_SECRET), {
      kind: 'service',
      subject: 'gateway',
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'subgraph-page-size-1',
    });
    const send = async (first: number) => {
      const response = await fetch(stack.echo.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ucos-internal-token': token },
        body: JSON.stringify({ query: `{ rawPage(first: ${first}) }` }),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    expect((await send(100)).data).toEqual({ rawPage: 100 });
    expect((await send(101)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await send(-1)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers nothing to a token signed with another secret', async () => {
    const forged = await signInternalToken(internalTokenKey('another-secret-that-is-long-enough-0123456789'), {
      kind: 'user',
      subject: 'user-1',
      tenantId: TENANT,
      roles: ['owner'],
      scopes: ['*'],
      requestId: 'forged-request-1',
    });
    const response = await post({ 'x-ucos-internal-token': forged });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown };
    expect(body.data ?? null).toBeNull();
  });
});

describe('errors', () => {
  it('a subgraph’s client-safe code reaches the client', async () => {
    const result = await stack.query('{ failWithCode }');
    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'No entry for you',
      path: ['failWithCode'],
      extensions: { code: 'FORBIDDEN', serviceName: 'echo' },
    });
  });

  it('a plain Error is masked', async () => {
    const result = await stack.query('{ failPlain }');
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(result.text).not.toMatch(/hunter2|ECONNREFUSED|10\.0\.0\.7/);
  });

  it('a down subgraph fails its fields only, naming no address', async () => {
    const result = await stack.query('{ ghost whoami { kind } }');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ ghost: null, whoami: { kind: 'anonymous' } });
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Service "ghost" is unavailable.',
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'ghost' },
    });
    expect(result.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|address|port/i);
  });
});

describe('limits (defaults)', () => {
  const tree = (depth: number) => `{ tree ${'{ child '.repeat(depth - 2)}{ depth }${' }'.repeat(depth - 2)} }`;

  async function expectLimit(query: string, code: string) {
    const result = await stack.query(query);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.map((error) => error.extensions?.code)).toContain(code);
  }

  it('depth 12 passes, 13 is refused', async () => {
    expect((await stack.query(tree(12))).body.errors).toBeUndefined();
    await expectLimit(tree(13), 'DEPTH_LIMIT_EXCEEDED');
  });

  it('more than 30 aliases', async () => {
    await expectLimit(
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: failWithCode`).join(' ')} }`,
      'ALIAS_LIMIT_EXCEEDED',
    );
  });

  it('more than 2000 tokens', async () => {
    await expectLimit(`{ whoami { ${'kind '.repeat(2000)} } }`, 'TOKEN_LIMIT_EXCEEDED');
  });

  it('a cost above 20000', async () => {
    const heavy = `{ tree ${'{ child '.repeat(10)}{ ${'depth '.repeat(300)} }${' }'.repeat(10)} }`;
    await expectLimit(heavy, 'COST_LIMIT_EXCEEDED');
  });

  it('more than 50 directives', async () => {
    await expectLimit(`{ whoami { ${'kind @include(if: true) '.repeat(51)} } }`, 'DIRECTIVE_LIMIT_EXCEEDED');
  });
});

describe('bad requests', () => {
  const raw = (body: string, headers: Record<string, string> = {}) =>
    fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const response = await raw('{"query": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('invalid GraphQL: 400 GRAPHQL_PARSE_FAILED', async () => {
    const result = await stack.query('{ whoami { kind ');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field: 400 GRAPHQL_VALIDATION_FAILED, hints only for developers', async () => {
    const anonymous = await stack.query('{ whoam { kind } }');
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: 'Cannot query field "whoam" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const user = await stack.query('{ whoam { kind } }', await bearer());
    expect(user.body.errors?.[0]?.message).toMatch(/Did you mean "whoami"/);
    // the anonymous answer is not poisoned by the developer's (or the reverse) through the validation cache
    expect((await stack.query('{ whoam { kind } }')).body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('batching (a JSON array) is refused', async () => {
    const response = await raw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Batching is not supported/);
  });

  it('a header-less GET is refused as a possible CSRF; with a preflight header it runs', async () => {
    const url = `${stack.url}?query=${encodeURIComponent('{ __typename }')}`;
    const bare = await fetch(url);
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
    for (const header of ['x-graphql-csrf', 'x-api-key']) {
      const value = header === 'x-api-key' ? 'ucos_sk_partner_valid_0001' : '1';
      const response = await fetch(url, { headers: { [header]: value } });
      expect(response.status).toBe(200);
    }
  });

  it('a mutation over GET is refused', async () => {
    const response = await fetch(`${stack.url}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(405);
  });
});

describe('introspection (ALLOW_INTROSPECTION=false)', () => {
  const query = '{ __schema { queryType { name } } }';

  it('is refused to anonymous callers and storefront keys', async () => {
    const callers: Record<string, string>[] = [{}, { 'x-publishable-key': 'ucos_pk_storefront_0001' }];
    for (const headers of callers) {
      const result = await stack.query(query, headers);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    }
  });

  it('is open to signed-in users and partner keys', async () => {
    for (const headers of [await bearer(), { 'x-api-key': 'ucos_sk_partner_valid_0001' }]) {
      const result = await stack.query(query, headers);
      expect(withoutBudget(result.body)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    }
  });
});

describe('operational endpoints', () => {
  it('/health is live', async () => {
    expect((await fetch(`${stack.origin}/health`)).status).toBe(200);
  });

  it('/ready names the subgraph that is down', async () => {
    const response = await fetch(`${stack.origin}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not ready', subgraphs: { echo: 'up', ghost: 'down' } });
  });

  it('/metrics is not on the public port; the internal port speaks Prometheus', async () => {
    await stack.query(WHOAMI);
    expect((await fetch(`${stack.origin}/metrics`)).status).toBe(404);
    const response = await fetch(stack.metricsUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/ucos_graphql_request_duration_seconds_bucket\{.*service="gateway"/);
  });
});
