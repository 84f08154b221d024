import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_REGISTER,
  CUSTOMER_REGISTER_COMPLETE,
  decodeId,
  type IdentityHarness,
  registerShopper,
  signUp,
  startIdentity,
  storefrontOf,
  tokenIn,
} from './harness.ts';

let identity: IdentityHarness;
let shopA: string;
let shopB: string;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
  shopA = decodeId((await signUp(identity, 'shop-a')).session.tenantId);
  shopB = decodeId((await signUp(identity, 'shop-b')).session.tenantId);
});

const REGISTER = CUSTOMER_REGISTER;
const SIGN_IN = `mutation($input: CustomerSessionCreateInput!) { customerSessionCreate(input: $input) { session { accessToken customer { id } } errors { code } } }`;

/** A shopper signs in at a shop's storefront. */
const signIn = (shop: string, email: string, password: string) =>
  identity.call(SIGN_IN, { input: { email, password } }, storefrontOf(shop));

describe('storefront customers', () => {
  it('registers and signs in a shopper per tenant, with a customer token', async () => {
    const input = { email: 'shopper@example.com', password: 'Shopper-Pass-1', name: 'Sam' };
    const session = await registerShopper(identity, shopA, input);
    expect(session.customer).toMatchObject({ email: 'shopper@example.com', name: 'Sam' });
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      knd: 'customer',
      tid: shopA,
      scp: ['catalog:browse', 'cart:own', 'checkout', 'orders:own'],
    });

    const signedIn = await signIn(shopA, 'SHOPPER@example.com', 'Shopper-Pass-1');
    expect(signedIn.data?.customerSessionCreate.session.customer.id).toBe(session.customer.id);

    // the same shopper is unknown to another shop
    const elsewhere = await signIn(shopB, 'shopper@example.com', 'Shopper-Pass-1');
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
    const first = await registerShopper(identity, shopA, input);
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
    const { refreshToken } = await registerShopper(identity, shopA, {
      email: 'race@example.com',
      password: 'Shopper-Pass-1',
    });
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

  it('answers registration the same for a new and a taken address, and creates the account only with the link and the chosen password', async () => {
    await registerShopper(identity, shopA, { email: 'taken@example.com', password: 'Shopper-Pass-1' });
    const since = identity.mail.received.length;
    const known = await identity.call(
      REGISTER,
      { input: { email: 'taken@example.com', password: 'Other-Pass-22' } },
      storefrontOf(shopA),
    );
    const unknown = await identity.call(
      REGISTER,
      { input: { email: 'fresh@example.com', password: 'Fresh-Pass-22' } },
      storefrontOf(shopA),
    );
    expect(known).toEqual({ status: 200, data: { customerRegister: { done: true, errors: [] } } });
    expect(unknown).toEqual(known);
    // the taken address's owner hears of the attempt (no link that creates anything)
    const notice = await identity.mail.waitFor('taken@example.com', /Your account at/, { since });
    expect(notice.text).toContain('already has an account');
    expect(notice.text).not.toContain('token=');
    // the new address cannot sign in before confirming: the same answer as a wrong password
    const early = await signIn(shopA, 'fresh@example.com', 'Fresh-Pass-22');
    expect(early.data?.customerSessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const link = await identity.mail.waitFor('fresh@example.com', /Your account at/, { since });
    const token = tokenIn(link.text);
    const complete = (password: string, tenantId = shopA) =>
      identity.call(CUSTOMER_REGISTER_COMPLETE, { input: { token, password } }, storefrontOf(tenantId));
    // someone who did not choose the password (the address's owner, sent an unsolicited link) gets nothing
    expect((await complete('Not-The-Pass-1')).data?.customerRegisterComplete.errors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: ['input', 'password'] },
    ]);
    // another shop's storefront does not know the link
    expect((await complete('Fresh-Pass-22', shopB)).data?.customerRegisterComplete.errors).toEqual([
      { code: 'INVALID_TOKEN', field: ['input', 'token'] },
    ]);
    const done = await complete('Fresh-Pass-22');
    expect(done.data?.customerRegisterComplete.session.customer.email).toBe('fresh@example.com');
    expect((await complete('Fresh-Pass-22')).data?.customerRegisterComplete.errors[0].code).toBe('INVALID_TOKEN');
  });

  it('resets a shopper password by mailed token, signs them out, and answers unknown addresses alike', async () => {
    const RESET = `mutation($email: String!) { customerPasswordResetRequest(input: { email: $email }) { done errors { code } } }`;
    const COMPLETE = `mutation($input: CustomerPasswordResetCompleteInput!) { customerPasswordResetComplete(input: $input) { done errors { code field } } }`;
    const first = await registerShopper(identity, shopA, {
      email: 'forgetful@example.com',
      password: 'Shopper-Pass-1',
    });
    const since = identity.mail.received.length;
    const known = await identity.call(RESET, { email: 'forgetful@example.com' }, storefrontOf(shopA));
    const unknown = await identity.call(RESET, { email: 'nobody@example.com' }, storefrontOf(shopA));
    // at another shop the shopper is unknown: nothing is mailed from there
    const elsewhere = await identity.call(RESET, { email: 'forgetful@example.com' }, storefrontOf(shopB));
    expect(known).toEqual({ status: 200, data: { customerPasswordResetRequest: { done: true, errors: [] } } });
    expect(unknown).toEqual(known);
    expect(elsewhere).toEqual(known);
    const mail = await identity.mail.waitFor('forgetful@example.com', /Reset your password/, { since });
    const token = tokenIn(mail.text);
    const weak = await identity.call(COMPLETE, { input: { token, newPassword: 'short' } }, storefrontOf(shopA));
    expect(weak.data?.customerPasswordResetComplete.errors).toEqual([
      { code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] },
    ]);
    const done = await identity.call(
      COMPLETE,
      { input: { token, newPassword: 'Brand-New-Pass-7' } },
      storefrontOf(shopA),
    );
    expect(done.data?.customerPasswordResetComplete).toEqual({ done: true, errors: [] });
    const refresh = await identity.call(
      `mutation($input: CustomerSessionRefreshInput!) { customerSessionRefresh(input: $input) { errors { code } } }`,
      { input: { refreshToken: first.refreshToken } },
      storefrontOf(shopA),
    );
    expect(refresh.data?.customerSessionRefresh.errors[0].code).toBe('REFRESH_TOKEN_REUSED');
    const oldPassword = await signIn(shopA, 'forgetful@example.com', 'Shopper-Pass-1');
    expect(oldPassword.data?.customerSessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const newPassword = await signIn(shopA, 'forgetful@example.com', 'Brand-New-Pass-7');
    expect(newPassword.data?.customerSessionCreate.session.customer.id).toBe(first.customer.id);
    const reused = await identity.call(
      COMPLETE,
      { input: { token, newPassword: 'Another-Pass-8' } },
      storefrontOf(shopA),
    );
    expect(reused.data?.customerPasswordResetComplete.errors[0].code).toBe('INVALID_TOKEN');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(identity.mail.received.slice(since).flatMap((m) => m.to)).toEqual(['forgetful@example.com']);
  });
});
