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
});
