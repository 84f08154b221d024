import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';
import { registerShopperByMail, signUpByMail } from './sign-up.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const SIGN_UP = `mutation($input: TenantCreateInput!) {
  tenantCreate(input: $input) { tenant { id slug } errors { code field message } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) {
  sessionCreate(input: { email: $email, password: $password }) { session { accessToken refreshToken tenantId } errors { code } } }`;

async function tenantWithOwner(slug: string) {
  await signUpByMail(platform.gql, platform.mail, { slug, email: `${slug}@example.com`, password: 'Correct-Horse-42' });
  const signIn = await platform.gql(SIGN_IN, { email: `${slug}@example.com`, password: 'Correct-Horse-42' });
  const session = signIn.body.data?.sessionCreate.session;
  return { bearer: { authorization: `Bearer ${session.accessToken as string}` }, tenantId: session.tenantId as string };
}

describe('the supergraph through the gateway, as a client', () => {
  let alpha: Awaited<ReturnType<typeof tenantWithOwner>>;
  let beta: Awaited<ReturnType<typeof tenantWithOwner>>;

  beforeAll(async () => {
    alpha = await tenantWithOwner('alpha-store');
    beta = await tenantWithOwner('beta-store');
  });

  it('signs up, signs in and answers viewer for the signed-in user', async () => {
    const viewer = await platform.gql(
      `{ viewer { kind tenant { slug } user { email roles } scopes } }`,
      {},
      alpha.bearer,
    );
    expect(viewer.body.data?.viewer).toEqual({
      kind: 'USER',
      tenant: { slug: 'alpha-store' },
      user: { email: 'alpha-store@example.com', roles: ['owner'] },
      scopes: ['*'],
    });
  });

  it('treats a caller without credentials as anonymous, with no tenant data', async () => {
    const anonymous = await platform.gql(`{ viewer { kind tenant { slug } } }`);
    expect(anonymous.body.data?.viewer).toEqual({ kind: 'ANONYMOUS', tenant: null });
    const members = await platform.gql(`{ members { totalCount } }`);
    expect(members.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates an API key that works as a scoped partner credential until revoked', async () => {
    const created = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "partner", scopes: ["catalog:read", "audit:read"] }) { apiKey { id } secret errors { code } } }`,
      {},
      alpha.bearer,
    );
    const { secret, apiKey } = created.body.data!.apiKeyCreate;
    const asKey = await platform.gql(`{ viewer { kind scopes tenant { slug } } }`, {}, { 'x-api-key': secret });
    expect(asKey.body.data?.viewer).toEqual({
      kind: 'API_KEY',
      scopes: ['catalog:read', 'audit:read'],
      tenant: { slug: 'alpha-store' },
    });
    const outOfScope = await platform.gql(`{ members { totalCount } }`, {}, { 'x-api-key': secret });
    expect(outOfScope.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await platform.gql(
      `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { errors { code } } }`,
      { id: apiKey.id },
      alpha.bearer,
    );
    const revoked = await platform.gql(`{ viewer { kind } }`, {}, { 'x-api-key': secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(revoked.body.data).toBeUndefined();
  });

  it('lets a storefront register a shopper whose token the gateway accepts as a customer', async () => {
    const key = await platform.gql(
      `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
      {},
      alpha.bearer,
    );
    const publishable = { 'x-publishable-key': key.body.data?.storefrontKeyCreate.secret as string };
    const asStorefront = await platform.gql(`{ viewer { kind scopes tenant { slug } } }`, {}, publishable);
    expect(asStorefront.body.data?.viewer).toEqual({
      kind: 'PUBLISHABLE_KEY',
      scopes: ['catalog:browse', 'cart:own', 'checkout'],
      tenant: { slug: 'alpha-store' },
    });
    const { accessToken: token } = await registerShopperByMail(platform.gql, platform.mail, publishable, {
      email: 'pat@example.com',
      password: 'Shopper-Pass-1',
    });
    const asCustomer = await platform.gql(
      `{ viewer { kind customer { email } tenant { slug } } }`,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(asCustomer.body.data?.viewer).toEqual({
      kind: 'CUSTOMER',
      customer: { email: 'pat@example.com' },
      tenant: { slug: 'alpha-store' },
    });
    const staffOnly = await platform.gql(`{ members { totalCount } }`, {}, { authorization: `Bearer ${token}` });
    expect(staffOnly.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("never shows one tenant the other's data", async () => {
    await platform.gql(
      `mutation { featureFlagSet(input: { key: "beta-secret", enabled: true }) { errors { code } } }`,
      {},
      beta.bearer,
    );
    const betaKey = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "beta-only", scopes: ["catalog:read"] }) { apiKey { id } } }`,
      {},
      beta.bearer,
    );
    const alphaView = await platform.gql(
      `{ members { edges { node { email } } } apiKeys { edges { node { name } } } featureFlags { key } auditEvents { edges { node { operation targetId } } } }`,
      {},
      alpha.bearer,
    );
    const seen = JSON.stringify(alphaView.body.data);
    expect(seen).not.toContain('beta');
    const revoke = await platform.gql(
      `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { errors { code } } }`,
      { id: betaKey.body.data?.apiKeyCreate.apiKey.id },
      alpha.bearer,
    );
    expect(revoke.body.data?.apiKeyRevoke.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const flag = await platform.gql(`{ featureEnabled(key: "beta-secret") }`, {}, alpha.bearer);
    expect(flag.body.data?.featureEnabled).toBe(false);
  });

  it('refuses forged and expired bearer tokens with 401', async () => {
    const [header, payload] = alpha.bearer.authorization.slice('Bearer '.length).split('.');
    const tampered = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    tampered.tid = crypto.randomUUID();
    const forged = `${header}.${Buffer.from(JSON.stringify(tampered)).toString('base64url')}.AAAA`;
    const response = await platform.gql(`{ viewer { kind } }`, {}, { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('gives clear errors with stable codes for bad requests', async () => {
    const malformed = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    const invalid = await platform.gql(`{ viewer { kind `);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await platform.gql(`{ viewer { shoeSize } }`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const weak = await platform.gql(SIGN_UP, {
      input: { name: 'W', slug: 'weak-one', ownerEmail: 'w@example.com', ownerPassword: 'abc' },
    });
    expect(weak.body.data?.tenantCreate.errors[0]).toMatchObject({
      code: 'WEAK_PASSWORD',
      field: ['input', 'ownerPassword'],
    });
    const duplicate = await platform.gql(SIGN_UP, {
      input: { name: 'Again', slug: 'alpha-store', ownerEmail: 'again@example.com', ownerPassword: 'Correct-Horse-42' },
    });
    expect(duplicate.body.data?.tenantCreate.errors[0].code).toBe('SLUG_TAKEN');
    const deep = `{ viewer { ${'tenant { slug } '.repeat(1)} } ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { kind }`).join(' ')} }`;
    const overLimit = await platform.gql(deep);
    expect(overLimit.status).toBe(400);
  });

  it('does not let a client reach a subgraph around the gateway', async () => {
    const direct = await fetch(platform.identityUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant-id': alpha.tenantId },
      body: JSON.stringify({ query: '{ tenant { slug } }' }),
    });
    expect(direct.status).toBe(401);
    const body = (await direct.json()) as { data?: unknown };
    expect(body.data).toBeUndefined();
  });
});
