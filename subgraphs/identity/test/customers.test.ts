import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId, type IdentityHarness, signUp, startIdentity } from './harness.ts';

let identity: IdentityHarness;
let shopA: string;
let shopB: string;
beforeAll(async () => {
  identity = await startIdentity();
  shopA = decodeId((await signUp(identity, 'shop-a')).session.tenantId);
  shopB = decodeId((await signUp(identity, 'shop-b')).session.tenantId);
});
afterAll(() => identity?.close());

const storefrontOf = (tenantId: string) => ({
  kind: 'publishable_key' as const,
  subject: crypto.randomUUID(),
  tenantId,
  scopes: ['catalog:browse', 'cart:own', 'checkout'],
});
const REGISTER = `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { session { accessToken customer { id email } } errors { code field } } }`;
const SIGN_IN = `mutation($input: CustomerSessionCreateInput!) { customerSessionCreate(input: $input) { session { accessToken customer { id } } errors { code } } }`;

describe('storefront customers', () => {
  it('registers and signs in a shopper per tenant, with a customer token', async () => {
    const input = { email: 'shopper@example.com', password: 'Shopper-Pass-1', name: 'Sam' };
    const registered = await identity.call(REGISTER, { input }, storefrontOf(shopA));
    const session = registered.data?.customerRegister.session;
    expect(session.customer.email).toBe('shopper@example.com');
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({
      knd: 'customer',
      tid: shopA,
      scp: ['catalog:browse', 'cart:own', 'checkout', 'orders:own'],
    });

    const again = await identity.call(REGISTER, { input }, storefrontOf(shopA));
    expect(again.data?.customerRegister.errors).toEqual([{ code: 'CUSTOMER_EXISTS', field: ['input', 'email'] }]);
    const signedIn = await identity.call(
      SIGN_IN,
      { input: { email: 'SHOPPER@example.com', password: 'Shopper-Pass-1' } },
      storefrontOf(shopA),
    );
    expect(signedIn.data?.customerSessionCreate.session.customer.id).toBe(session.customer.id);

    // the same shopper is unknown to another shop
    const elsewhere = await identity.call(
      SIGN_IN,
      { input: { email: 'shopper@example.com', password: 'Shopper-Pass-1' } },
      storefrontOf(shopB),
    );
    expect(elsewhere.data?.customerSessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);

    const viewer = await identity.call(
      `{ viewer { kind customer { email } user { email } } }`,
      {},
      {
        kind: 'customer',
        subject: decodeId(session.customer.id),
        tenantId: shopA,
        scopes: claims.scp,
      },
    );
    expect(viewer.data?.viewer).toEqual({ kind: 'CUSTOMER', customer: { email: 'shopper@example.com' }, user: null });
  });

  it('needs a storefront key: anonymous callers cannot register', async () => {
    const anonymous = await identity.call(REGISTER, { input: { email: 'x@example.com', password: 'Shopper-Pass-1' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renews a shopper session with a refresh token that works once; reuse revokes the family', async () => {
    const REFRESH = `mutation($input: CustomerSessionRefreshInput!) { customerSessionRefresh(input: $input) { session { accessToken refreshToken customer { email } } errors { code field } } }`;
    const REVOKE = `mutation($input: CustomerSessionRefreshInput!) { customerSessionRevoke(input: $input) { revoked errors { code } } }`;
    const input = { email: 'renew@example.com', password: 'Shopper-Pass-1' };
    const registered = await identity.call(
      `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { session { refreshToken refreshTokenExpiresAt } } }`,
      { input },
      storefrontOf(shopA),
    );
    const first = registered.data?.customerRegister.session;
    expect(new Date(first.refreshTokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const renewed = await identity.call(REFRESH, { input: { refreshToken: first.refreshToken } }, storefrontOf(shopA));
    const second = renewed.data?.customerSessionRefresh.session;
    expect(second.customer.email).toBe('renew@example.com');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const claims = JSON.parse(Buffer.from(second.accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ knd: 'customer', tid: shopA });
    expect(claims.exp - claims.iat).toBe(3_600);

    // another shop's storefront does not know the token
    const elsewhere = await identity.call(
      REFRESH,
      { input: { refreshToken: second.refreshToken } },
      storefrontOf(shopB),
    );
    expect(elsewhere.data?.customerSessionRefresh.errors).toEqual([
      { code: 'INVALID_REFRESH_TOKEN', field: ['input', 'refreshToken'] },
    ]);

    // the rotated token again: it leaked, so every token of the family stops working
    const reused = await identity.call(REFRESH, { input: { refreshToken: first.refreshToken } }, storefrontOf(shopA));
    expect(reused.data?.customerSessionRefresh.errors).toEqual([
      { code: 'REFRESH_TOKEN_REUSED', field: ['input', 'refreshToken'] },
    ]);
    const afterReuse = await identity.call(
      REFRESH,
      { input: { refreshToken: second.refreshToken } },
      storefrontOf(shopA),
    );
    // the same rule as staff tokens: a revoked token presented again is reuse
    expect(afterReuse.data?.customerSessionRefresh.errors).toEqual([
      { code: 'REFRESH_TOKEN_REUSED', field: ['input', 'refreshToken'] },
    ]);

    // sign-out of a fresh session revokes it
    const signedIn = await identity.call(
      `mutation($input: CustomerSessionCreateInput!) { customerSessionCreate(input: $input) { session { refreshToken } } }`,
      { input },
      storefrontOf(shopA),
    );
    const token = signedIn.data?.customerSessionCreate.session.refreshToken;
    const revoked = await identity.call(REVOKE, { input: { refreshToken: token } }, storefrontOf(shopA));
    expect(revoked.data?.customerSessionRevoke).toEqual({ revoked: true, errors: [] });
    const afterSignOut = await identity.call(REFRESH, { input: { refreshToken: token } }, storefrontOf(shopA));
    expect(afterSignOut.data?.customerSessionRefresh.errors).toEqual([
      { code: 'REFRESH_TOKEN_REUSED', field: ['input', 'refreshToken'] },
    ]);
    const garbage = await identity.call(REVOKE, { input: { refreshToken: 'rt_nope' } }, storefrontOf(shopA));
    expect(garbage.data?.customerSessionRevoke).toEqual({
      revoked: false,
      errors: [{ code: 'INVALID_REFRESH_TOKEN' }],
    });
  });

  it('renews concurrently exactly once', async () => {
    const registered = await identity.call(
      `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { session { refreshToken } } }`,
      { input: { email: 'race@example.com', password: 'Shopper-Pass-1' } },
      storefrontOf(shopA),
    );
    const refreshToken = registered.data?.customerRegister.session.refreshToken;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        identity.call(
          `mutation($input: CustomerSessionRefreshInput!) { customerSessionRefresh(input: $input) { session { accessToken } errors { code } } }`,
          { input: { refreshToken } },
          storefrontOf(shopA),
        ),
      ),
    );
    const sessions = answers.filter((answer) => answer.data?.customerSessionRefresh.session);
    expect(sessions).toHaveLength(1);
  });
});
