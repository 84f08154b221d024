import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { sweepExpiredSignUps } from '../src/data/sign-ups.ts';
import { confirmSignUpAsOperator } from '../src/operator.ts';
import {
  ACCEPT,
  type IdentityHarness,
  SIGN_UP,
  SIGN_UP_PASSWORD,
  signUp,
  startIdentity,
  tokenIn,
  userAuth,
} from './harness.ts';

let identity: IdentityHarness;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
});

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
    const tenants = await identity.admin(
      `select slug from identity.tenants where slug in ('weak-shop', 'other') order by slug`,
    );
    const people = await identity.admin(
      `select email from identity.users where email in ('other@example.com', 'weak@example.com')`,
    );
    expect(tenants).toEqual([]);
    expect(people).toEqual([]);
  });

  it('stores only a scrypt hash of the password', async () => {
    await signUp(identity, 'hash-check');
    const rows = await identity.admin(
      `select password_hash from identity.users where email = 'hash-check@example.com'`,
    );
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$12\$8\$1\$/);
    expect(rows[0]!.password_hash).not.toContain('Correct-Horse-42');
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

describe('sign-up without an oracle', () => {
  const signUpAs = (slug: string, ownerEmail: string, ownerPassword = SIGN_UP_PASSWORD) =>
    identity.call(SIGN_UP, { input: { name: `Shop ${slug}`, slug, ownerEmail, ownerPassword } });
  const shape = (answer: any) => ({
    ...answer,
    data: { tenantCreate: { ...answer.data.tenantCreate, tenant: { ...answer.data.tenantCreate.tenant, id: 'x' } } },
  });

  it('answers a new and a known address alike, signs nobody in, and keeps the tenant pending until the link is used', async () => {
    await signUp(identity, 'known-home', 'known-owner@example.com');
    const since = identity.mail.received.length;
    const known = await signUpAs('same-answer', 'known-owner@example.com', 'Attacker-Pass-1');
    const fresh = await signUpAs('same-answer-2', 'brand-new@example.com');
    expect(Object.keys(known.data?.tenantCreate).sort()).toEqual(['errors', 'tenant']);
    expect(shape(known)).toEqual({
      ...shape(fresh),
      data: { tenantCreate: { ...shape(fresh).data.tenantCreate, tenant: expect.anything() } },
    });
    expect(known.data?.tenantCreate.tenant).toMatchObject({ slug: 'same-answer', name: 'Shop same-answer' });
    expect(fresh.data?.tenantCreate.tenant).toMatchObject({ slug: 'same-answer-2', name: 'Shop same-answer-2' });
    // the pending sign-up has no account yet: signing in answers exactly like a wrong password
    const pending = await identity.call(SIGN_IN, {
      input: { email: 'brand-new@example.com', password: SIGN_UP_PASSWORD },
    });
    const wrong = await identity.call(SIGN_IN, { input: { email: 'known-owner@example.com', password: 'Wrong-1x' } });
    expect(pending.data?.sessionCreate).toEqual({
      session: null,
      errors: [{ code: 'INVALID_CREDENTIALS', field: null }],
    });
    expect(wrong.data?.sessionCreate).toEqual(pending.data?.sessionCreate);

    // the new address: a link that needs the password chosen at sign-up (an unsolicited link is useless)
    const link = await identity.mail.waitFor('brand-new@example.com', /Confirm your new shop/, { since });
    expect(link.text).toContain('/sign-up/complete?token=');
    const token = tokenIn(link.text);
    const other = await identity.call(ACCEPT, { input: { token, password: 'Someone-Else-99' } });
    expect(other.data?.invitationAccept.errors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: ['input', 'password'], message: expect.any(String) },
    ]);
    const done = await identity.call(ACCEPT, { input: { token, password: SIGN_UP_PASSWORD } });
    expect(done.data?.invitationAccept.session.roles).toEqual(['owner']);
    const [active] = await identity.admin<{ pending: number }>(
      `select count(*)::int as pending from identity.tenant_sign_ups s join identity.tenants t using (tenant_id)
        where t.slug = 'same-answer-2'`,
    );
    expect(active?.pending).toBe(0);

    // the known address: its owner is told, and the attacker's password gets nobody in
    const notice = await identity.mail.waitFor('known-owner@example.com', /Confirm your new shop Shop same-answer/, {
      since,
    });
    expect(notice.text).toContain('already has an account');
    const attacker = await identity.call(ACCEPT, {
      input: { token: tokenIn(notice.text), password: 'Attacker-Pass-1' },
    });
    expect(attacker.data?.invitationAccept.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('deletes a pending tenant nobody confirmed in time and frees its slug', async () => {
    const since = identity.mail.received.length;
    const first = await signUpAs('abandoned', 'never-clicks@example.com');
    expect(first.data?.tenantCreate.errors).toEqual([]);
    const mail = await identity.mail.waitFor('never-clicks@example.com', /Confirm your new shop/, { since });
    expect((await signUpAs('abandoned', 'someone-else@example.com')).data?.tenantCreate.errors[0].code).toBe(
      'SLUG_TAKEN',
    );
    await identity.admin(
      `update identity.tenant_sign_ups set expires_at = now() - interval '1 second'
        where tenant_id = (select tenant_id from identity.tenants where slug = 'abandoned')`,
    );
    // the late link does not revive it
    const late = await identity.call(ACCEPT, { input: { token: tokenIn(mail.text), password: SIGN_UP_PASSWORD } });
    expect(late.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
    // the next sign-up of the slug does not wait for the sweeper
    const again = await signUpAs('abandoned', 'someone-else@example.com');
    expect(again.data?.tenantCreate.errors).toEqual([]);
    expect(again.data?.tenantCreate.tenant.id).not.toBe(first.data?.tenantCreate.tenant.id);

    // and the sweeper, running as the service's own role, deletes the others
    const second = await signUpAs('abandoned-too', 'never-clicks@example.com');
    expect(second.data?.tenantCreate.errors).toEqual([]);
    await identity.admin(
      `update identity.tenant_sign_ups set expires_at = now() - interval '1 second'
        where tenant_id = (select tenant_id from identity.tenants where slug = 'abandoned-too')`,
    );
    const pool = new pg.Pool({ connectionString: identity.db.appUrl, max: 1 });
    try {
      expect(await sweepExpiredSignUps(pool)).toBeGreaterThanOrEqual(1);
    } finally {
      await pool.end();
    }
    const left = await identity.admin(`select slug from identity.tenants where slug like 'abandoned%' order by slug`);
    expect(left).toEqual([{ slug: 'abandoned' }]);
    const roles = await identity.admin(`select 1 from identity.roles where tenant_id = $1::uuid`, [
      Buffer.from(second.data?.tenantCreate.tenant.id, 'base64url').toString('utf8').split(':')[1],
    ]);
    expect(roles).toEqual([]);
  });

  it('lets an operator with the administrative connection (not the API) confirm a pending sign-up, for the demo', async () => {
    const answer = await signUpAs('operator-shop', 'operator-owner@example.com');
    expect(answer.data?.tenantCreate.errors).toEqual([]);
    expect(await confirmSignUpAsOperator(identity.db.adminUrl, 'operator-shop')).toBe(true);
    const signedIn = await identity.call(SIGN_IN, {
      input: { email: 'operator-owner@example.com', password: SIGN_UP_PASSWORD },
    });
    expect(signedIn.data?.sessionCreate.errors).toEqual([]);
    expect(await confirmSignUpAsOperator(identity.db.adminUrl, 'operator-shop')).toBe(false);
    // the service's own role cannot do it
    await expect(confirmSignUpAsOperator(identity.db.appUrl, 'same-answer')).rejects.toThrow();
  });

  it('mails one address at most 5 times an hour per purpose, answering the same beyond that', async () => {
    await signUp(identity, 'mail-bombed', 'bombed@example.com');
    const since = identity.mail.received.length;
    const RESET = `mutation { passwordResetRequest(input: { email: "bombed@example.com" }) { done errors { code } } }`;
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await identity.call(RESET));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    await identity.mail.waitFor('bombed@example.com', /Reset your password/, { since });
    // every event is handled (processed) whether mailed or not
    for (const started = Date.now(); Date.now() - started < 10_000; ) {
      const [left] = await identity.admin<{ n: number }>(
        `select count(*)::int as n from identity.outbox o where o.type = 'identity.account.password_reset_requested'
          and not exists (select 1 from identity.processed_messages p where p.message_id = o.event_id::text)`,
      );
      if (left?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // five mails asked of notifications, no more (the payload names the template, never the link)
    const [requested] = await identity.admin<{ n: number }>(
      `select count(*)::int as n from identity.outbox
        where type = 'identity.mail.requested' and payload->>'template' = 'account.password_reset'`,
    );
    expect(requested?.n).toBe(5);
    const resets = () => identity.mail.received.slice(since).filter((mail) => mail.to.includes('bombed@example.com'));
    for (const started = Date.now(); resets().length < 5 && Date.now() - started < 10_000; )
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(resets()).toHaveLength(5);
    // another purpose has its own allowance
    const invited = await identity.call(
      `mutation { memberInvite(input: { email: "bombed@example.com", roleNames: [] }) { errors { code } } }`,
      {},
      userAuth((await signUp(identity, 'inviting-bomber')).session),
    );
    expect(invited.data?.memberInvite.errors).toEqual([]);
    await identity.mail.waitFor('bombed@example.com', /invited/, { since });
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
