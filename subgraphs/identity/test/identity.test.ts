import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, type IdentityHarness, SIGN_UP, signUp, startIdentity, tokenIn, userAuth } from './harness.ts';

let identity: IdentityHarness;
beforeAll(async () => {
  identity = await startIdentity();
});
afterAll(() => identity?.close());

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SessionCreateInput!) {
    sessionCreate(input: $input) { session { accessToken refreshToken tenantId userId scopes } errors { code field } }
  }`;
const REFRESH = /* GraphQL */ `
  mutation Refresh($token: String!) {
    sessionRefresh(input: { refreshToken: $token }) { session { refreshToken } errors { code } }
  }`;

describe('sign-up', () => {
  it('creates a tenant, its owner and a first session', async () => {
    const { tenant, session } = await signUp(identity, 'acme');
    expect(tenant.slug).toBe('acme');
    expect(session.roles).toEqual(['owner']);
    expect(session.scopes).toEqual(['*']);
    const viewer = await identity.call(
      `{ viewer { kind scopes tenant { slug } user { email roles } } }`,
      {},
      userAuth(session),
    );
    expect(viewer.data?.viewer).toEqual({
      kind: 'USER',
      scopes: ['*'],
      tenant: { slug: 'acme' },
      user: { email: 'acme@example.com', roles: ['owner'] },
    });
  });

  it('refuses a duplicate slug, a weak password and a bad slug as typed errors, writing nothing', async () => {
    await signUp(identity, 'taken-shop');
    const duplicate = await identity.call(SIGN_UP, {
      input: { name: 'Other', slug: 'taken-shop', ownerEmail: 'other@example.com', ownerPassword: 'Correct-Horse-42' },
    });
    expect(duplicate.data?.tenantCreate.errors).toEqual([
      { code: 'SLUG_TAKEN', field: ['input', 'slug'], message: expect.any(String) },
    ]);
    const weak = await identity.call(SIGN_UP, {
      input: { name: 'Weak', slug: 'weak-shop', ownerEmail: 'weak@example.com', ownerPassword: 'short' },
    });
    expect(
      weak.data?.tenantCreate.errors.map((error: { code: string; field: string[] }) => [error.code, error.field]),
    ).toEqual([['WEAK_PASSWORD', ['input', 'ownerPassword']]]);
    const badSlug = await identity.call(SIGN_UP, {
      input: { name: 'Bad', slug: 'Bad Slug!', ownerEmail: 'not-an-email', ownerPassword: 'Correct-Horse-42' },
    });
    expect(badSlug.data?.tenantCreate.errors.map((error: { code: string }) => error.code).sort()).toEqual([
      'INVALID_EMAIL',
      'INVALID_SLUG',
    ]);
    const admin = new pg.Client({ connectionString: identity.db.adminUrl });
    await admin.connect();
    try {
      const tenants = await admin.query(
        `select slug from identity.tenants where slug in ('weak-shop', 'other') order by slug`,
      );
      const people = await admin.query(
        `select email from identity.users where email in ('other@example.com', 'weak@example.com')`,
      );
      expect(tenants.rows).toEqual([]);
      expect(people.rows).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it('stores only a scrypt hash of the password', async () => {
    await signUp(identity, 'hash-check');
    const admin = new pg.Client({ connectionString: identity.db.adminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(
        `select password_hash from identity.users where email = 'hash-check@example.com'`,
      );
      expect(rows[0].password_hash).toMatch(/^scrypt\$12\$8\$1\$/);
      expect(rows[0].password_hash).not.toContain('Correct-Horse-42');
    } finally {
      await admin.end();
    }
  });

  it('gives an existing address a second tenant only through a mailed confirmation, whatever the password', async () => {
    const first = await signUp(identity, 'first-of-two', 'twice@example.com');
    const answers = [];
    for (const [slug, ownerPassword] of [
      ['second-of-two', 'Wrong-Horse-42x'],
      ['third-of-two', 'Correct-Horse-42'],
    ] as const) {
      const result = await identity.call(SIGN_UP, {
        input: { name: `Shop ${slug}`, slug, ownerEmail: 'twice@example.com', ownerPassword },
      });
      answers.push({ ...result.data?.tenantCreate, tenant: result.data?.tenantCreate.tenant && 'a tenant' });
    }
    // the password is not checked: a wrong and a right one answer alike, and nobody is signed in
    expect(answers[0]).toEqual({ tenant: 'a tenant', errors: [] });
    expect(answers[1]).toEqual(answers[0]);
    const mail = await identity.mail.waitFor('twice@example.com', /Confirm your new shop Shop second-of-two/);
    const accepted = await identity.call(ACCEPT, { input: { token: tokenIn(mail.text) } }, userAuth(first.session));
    expect(accepted.data?.invitationAccept.errors).toEqual([]);
    expect(accepted.data?.invitationAccept.session.roles).toEqual(['owner']);
    const viewer = await identity.call(`{ viewer { tenants { slug } } }`, {}, userAuth(first.session));
    expect(viewer.data?.viewer.tenants.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'first-of-two',
      'second-of-two',
    ]);
  });
});

describe('sessions', () => {
  it('signs in with the right password only, with one answer for every failure', async () => {
    await signUp(identity, 'login-shop');
    const good = await identity.call(SIGN_IN, {
      input: { email: 'login-shop@example.com', password: 'Correct-Horse-42', tenantSlug: 'login-shop' },
    });
    expect(good.data?.sessionCreate.session.accessToken.split('.')).toHaveLength(3);
    for (const input of [
      { email: 'login-shop@example.com', password: 'Wrong-Horse-42' },
      { email: 'nobody@example.com', password: 'Correct-Horse-42' },
      { email: 'login-shop@example.com', password: 'Correct-Horse-42', tenantSlug: 'acme' },
    ]) {
      const bad = await identity.call(SIGN_IN, { input });
      expect(bad.data?.sessionCreate).toEqual({
        session: null,
        errors: [{ code: 'INVALID_CREDENTIALS', field: null }],
      });
    }
  });

  it('rotates refresh tokens and revokes the family when one is reused', async () => {
    const { session } = await signUp(identity, 'rotation-shop');
    const first = await identity.call(REFRESH, { token: session.refreshToken });
    const rotated = first.data?.sessionRefresh.session.refreshToken;
    expect(rotated).toMatch(/^rt_/);
    const reuse = await identity.call(REFRESH, { token: session.refreshToken });
    expect(reuse.data?.sessionRefresh.errors).toEqual([{ code: 'REFRESH_TOKEN_REUSED' }]);
    const afterTheft = await identity.call(REFRESH, { token: rotated });
    expect(afterTheft.data?.sessionRefresh.errors).toEqual([{ code: 'REFRESH_TOKEN_REUSED' }]);
    const garbage = await identity.call(REFRESH, { token: 'rt_nonsense' });
    expect(garbage.data?.sessionRefresh.errors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    const { session } = await signUp(identity, 'race-shop');
    const results = await Promise.all([1, 2].map(() => identity.call(REFRESH, { token: session.refreshToken })));
    const winners = results.filter((result) => result.data?.sessionRefresh.session);
    expect(winners).toHaveLength(1);
  });

  it('signs out by revoking the refresh token', async () => {
    const { session } = await signUp(identity, 'logout-shop');
    const out = await identity.call(
      `mutation($t: String!) { sessionRevoke(input: { refreshToken: $t }) { revoked } }`,
      {
        t: session.refreshToken,
      },
    );
    expect(out.data?.sessionRevoke.revoked).toBe(true);
    const after = await identity.call(REFRESH, { token: session.refreshToken });
    expect(after.data?.sessionRefresh.errors[0].code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('publishes the public signing key as a JWKS', async () => {
    const response = await identity.fetch('/.well-known/jwks.json');
    const jwks = (await response.json()) as { keys: { kty: string; crv: string; kid: string; d?: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(jwks.keys[0]?.d).toBeUndefined();
  });
});

describe('the internal token', () => {
  it('is required: no token or a forged one gets 401 and no data', async () => {
    const missing = await identity.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect(missing.status).toBe(401);
    const forgedToken = await (await import('@ucos/kit')).signInternalToken(
      (await import('@ucos/kit')).internalTokenKey('another-secret-that-is-long-enough-000'),
      { kind: 'user', subject: 'x', tenantId: crypto.randomUUID(), roles: [], scopes: ['*'], requestId: 'r' },
    );
    const forged = await identity.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ucos-internal-token': forgedToken },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect(forged.status).toBe(401);
    const body = (await forged.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps health and readiness open; metrics are not served on the GraphQL port', async () => {
    expect((await identity.fetch('/health')).status).toBe(200);
    expect((await identity.fetch('/ready')).status).toBe(200);
    expect((await identity.fetch('/metrics')).status).toBe(404);
  });
});

describe('bad input', () => {
  it('answers invalid variables with BAD_USER_INPUT and graphql’s message, not a masked error', async () => {
    const result = await identity.call(
      `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { errors { code } } }`,
      { input: { email: 'x@example.com' } },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('password'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
