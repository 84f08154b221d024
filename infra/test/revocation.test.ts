import { encodeGlobalId } from '@ucos/kit';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, signInternalToken } from '@ucos/kit/internal-token';
import { SESSION_REVOCATIONS_CHANNEL, SESSION_REVOCATIONS_ROUTE } from '@ucos/kit/session-revocation';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, type PlatformOptions, startPlatform } from './platform.ts';
import { registerShopperByMail, signUpByMail } from './sign-up.ts';

/**
 * Revocation that takes effect: after sign-out, refresh-token reuse, member removal, a role change,
 * a role edit and a password change, the old access token is refused AT THE GATEWAY within 5 s, as
 * an attacker holding it would find. The same suite runs with the gateway polling identity's feed
 * (no Redis) and with Redis pushing each record.
 */
const WITHIN_MS = 5000;
const PASSWORD = 'Correct-Horse-42';
const redisUrl = process.env.REDIS_URL;

const SIGN_IN = `mutation($email: String!, $password: String!, $slug: String) {
  sessionCreate(input: { email: $email, password: $password, tenantSlug: $slug }) {
    session { accessToken refreshToken userId } errors { code } } }`;
const REFRESH = `mutation($token: String!) {
  sessionRefresh(input: { refreshToken: $token }) { session { accessToken refreshToken scopes } errors { code } } }`;
const VIEWER = '{ viewer { kind scopes } }';

interface SignedIn {
  accessToken: string;
  refreshToken: string;
  userId: string;
  bearer: Record<string, string>;
}

/** The `sid` claim of an access token (read, not verified: the test only needs the id). */
function sessionIdOf(accessToken: string): string {
  return JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')).sid;
}

const modes: [string, PlatformOptions][] = [['without Redis (the gateway polls identity)', {}]];
if (redisUrl) modes.push(['with Redis (identity pushes each record)', { redisUrl }]);

describe.each(modes)('revocation at the gateway, %s', (_mode, options) => {
  let platform: Platform;
  let admin: pg.Pool;
  let counter = 0;

  beforeAll(async () => {
    platform = await startPlatform(options);
    admin = new pg.Pool({ connectionString: platform.db.adminUrl, max: 2 });
  });
  afterAll(async () => {
    await admin?.end();
    await platform?.close();
  });

  const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

  async function signIn(email: string, password = PASSWORD, slug?: string): Promise<SignedIn> {
    const result = await platform.gql(SIGN_IN, { email, password, slug });
    const session = result.body.data?.sessionCreate.session;
    expect(session, JSON.stringify(result.body)).toBeTruthy();
    return { ...session, bearer: { authorization: `Bearer ${session.accessToken}` } };
  }

  /** A fresh tenant and its owner, signed in. */
  async function shop() {
    const slug = unique('shop');
    const email = `${slug}@example.com`;
    await signUpByMail(platform.gql, platform.mail, { slug, email, password: PASSWORD });
    const { rows } = await admin.query<{ tenant_id: string }>(
      'select tenant_id from identity.tenants where slug = $1',
      [slug],
    );
    return { slug, email, tenantId: rows[0]!.tenant_id, owner: await signIn(email) };
  }

  /**
   * A second person made a member of `shopOf` with `role`, written straight into the database so
   * the test does not depend on how members are invited; then signed in to that shop.
   */
  async function member(shopOf: Awaited<ReturnType<typeof shop>>, role: string) {
    const own = await shop();
    await admin.query(
      `with person as (select id from identity.users where email = $2)
       , joined as (insert into identity.memberships (tenant_id, user_id) select $1, id from person returning user_id)
       insert into identity.membership_roles (tenant_id, user_id, role_id)
       select $1, joined.user_id, r.id from joined, identity.roles r where r.tenant_id = $1 and r.name = $3`,
      [shopOf.tenantId, own.email, role],
    );
    return { email: own.email, session: await signIn(own.email, PASSWORD, shopOf.slug) };
  }

  /** Asks as the holder of `headers` until the gateway refuses it; the refusal and how long it took. */
  async function refusedWithin(headers: Record<string, string>) {
    const started = Date.now();
    for (;;) {
      const answer = await platform.gql(VIEWER, {}, headers);
      if (answer.status === 401) {
        return { elapsed: Date.now() - started, status: answer.status, ...answer.body.errors?.[0]?.extensions };
      }
      if (Date.now() - started > WITHIN_MS + 2000) return { elapsed: Date.now() - started, status: answer.status };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function stillWorks(headers: Record<string, string>) {
    const answer = await platform.gql(VIEWER, {}, headers);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.viewer.kind).not.toBe('ANONYMOUS');
  }

  it('sign-out: the signed-out access token is refused with SESSION_REVOKED, other sessions stay', async () => {
    const { email, owner } = await shop();
    const laptop = await signIn(email);
    await stillWorks(owner.bearer);
    const out = await platform.gql(
      `mutation($token: String!) { sessionRevoke(input: { refreshToken: $token }) { revoked errors { code } } }`,
      { token: owner.refreshToken },
    );
    expect(out.body.data?.sessionRevoke).toEqual({ revoked: true, errors: [] });
    const refused = await refusedWithin(owner.bearer);
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);
    await stillWorks(laptop.bearer);
  });

  it('refresh-token reuse: the whole family, including the thief’s fresh access token, is refused', async () => {
    const { owner } = await shop();
    const thief = await platform.gql(REFRESH, { token: owner.refreshToken });
    const stolen = thief.body.data?.sessionRefresh.session;
    expect(stolen?.accessToken).toBeTruthy();
    const stolenBearer = { authorization: `Bearer ${stolen.accessToken}` };
    await stillWorks(stolenBearer);
    const victim = await platform.gql(REFRESH, { token: owner.refreshToken });
    expect(victim.body.data?.sessionRefresh.errors).toEqual([{ code: 'REFRESH_TOKEN_REUSED' }]);
    for (const bearer of [stolenBearer, owner.bearer]) {
      const refused = await refusedWithin(bearer);
      expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
      expect(refused.elapsed).toBeLessThan(WITHIN_MS);
    }
  });

  it("member removal: the member's tokens and the secret keys they created are refused", async () => {
    const alpha = await shop();
    const clerk = await member(alpha, 'admin');
    const keys = await Promise.all(
      ['integration', 'report'].map(async (name) => {
        const created = await platform.gql(
          `mutation($name: String!) { apiKeyCreate(input: { name: $name, scopes: ["catalog:read"] }) { apiKey { id } secret errors { code } } }`,
          { name },
          clerk.session.bearer,
        );
        expect(created.body.data?.apiKeyCreate.errors).toEqual([]);
        return created.body.data?.apiKeyCreate as { apiKey: { id: string }; secret: string };
      }),
    );
    const ownersKey = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "owner's", scopes: ["catalog:read"] }) { secret } }`,
      {},
      alpha.owner.bearer,
    );
    const removed = await platform.gql(
      `mutation($id: ID!) { memberRemove(input: { userId: $id }) { removedUserId revokedApiKeys { id revokedAt } errors { code } } }`,
      { id: clerk.session.userId },
      alpha.owner.bearer,
    );
    const payload = removed.body.data?.memberRemove;
    expect(payload.errors).toEqual([]);
    expect(payload.revokedApiKeys.map((key: { id: string }) => key.id).sort()).toEqual(
      keys.map((key) => key.apiKey.id).sort(),
    );
    expect(payload.revokedApiKeys.every((key: { revokedAt: string | null }) => key.revokedAt !== null)).toBe(true);

    const refused = await refusedWithin(clerk.session.bearer);
    expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);
    for (const key of keys) {
      const asKey = await platform.gql(VIEWER, {}, { 'x-api-key': key.secret });
      expect(asKey.status).toBe(401);
      expect(asKey.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
    }
    await stillWorks({ 'x-api-key': ownersKey.body.data?.apiKeyCreate.secret });
    const refresh = await platform.gql(REFRESH, { token: clerk.session.refreshToken });
    expect(refresh.body.data?.sessionRefresh.session).toBeNull();
  });

  it('member removal with keepApiKeys: the keys keep working, the tokens do not', async () => {
    const alpha = await shop();
    const clerk = await member(alpha, 'admin');
    const created = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "kept", scopes: ["catalog:read"] }) { secret } }`,
      {},
      clerk.session.bearer,
    );
    const secret = created.body.data?.apiKeyCreate.secret as string;
    const removed = await platform.gql(
      `mutation($id: ID!) { memberRemove(input: { userId: $id, keepApiKeys: true }) { revokedApiKeys { id } errors { code } } }`,
      { id: clerk.session.userId },
      alpha.owner.bearer,
    );
    expect(removed.body.data?.memberRemove).toEqual({ revokedApiKeys: [], errors: [] });
    expect(await refusedWithin(clerk.session.bearer)).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
    await stillWorks({ 'x-api-key': secret });
  });

  it('role change: the old token stops carrying the old scopes; a refresh brings the new ones', async () => {
    const alpha = await shop();
    const clerk = await member(alpha, 'admin');
    const before = await platform.gql(VIEWER, {}, clerk.session.bearer);
    const adminScopes = before.body.data?.viewer.scopes as string[];
    expect(adminScopes).toContain('identity:users');
    const set = await platform.gql(
      `mutation($id: ID!) { memberRolesSet(input: { userId: $id, roleNames: ["viewer"] }) { member { roles } errors { code } } }`,
      { id: clerk.session.userId },
      alpha.owner.bearer,
    );
    expect(set.body.data?.memberRolesSet).toEqual({ member: { roles: ['viewer'] }, errors: [] });
    const refused = await refusedWithin(clerk.session.bearer);
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', reason: 'TOKEN_OUTDATED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);
    const renewed = await platform.gql(REFRESH, { token: clerk.session.refreshToken });
    const session = renewed.body.data?.sessionRefresh.session;
    expect(session.scopes).not.toContain('identity:users');
    const now = await platform.gql(VIEWER, {}, { authorization: `Bearer ${session.accessToken}` });
    expect(now.status).toBe(200);
    expect(now.body.data?.viewer.scopes).toEqual(session.scopes);
  });

  it("role edit and role deletion: holders' tokens are refused until refreshed", async () => {
    const alpha = await shop();
    const role = await platform.gql(
      `mutation { roleCreate(input: { name: "packer", scopes: ["fulfillment:manage", "catalog:read"] }) { role { id version } errors { code } } }`,
      {},
      alpha.owner.bearer,
    );
    const { id, version } = role.body.data!.roleCreate.role;
    const packer = await member(alpha, 'packer');
    await stillWorks(packer.session.bearer);
    const edited = await platform.gql(
      `mutation($id: ID!, $version: Int!) { roleUpdate(input: { id: $id, version: $version, scopes: ["catalog:read"] }) { errors { code } } }`,
      { id, version },
      alpha.owner.bearer,
    );
    expect(edited.body.data?.roleUpdate.errors).toEqual([]);
    const refused = await refusedWithin(packer.session.bearer);
    expect(refused).toMatchObject({ status: 401, reason: 'TOKEN_OUTDATED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);

    const renewed = await platform.gql(REFRESH, { token: packer.session.refreshToken });
    const session = renewed.body.data?.sessionRefresh.session;
    expect(session.scopes).toEqual(['catalog:read']);
    const bearer = { authorization: `Bearer ${session.accessToken}` };
    await stillWorks(bearer);
    const deleted = await platform.gql(
      `mutation($id: ID!) { roleDelete(input: { id: $id }) { errors { code } } }`,
      { id },
      alpha.owner.bearer,
    );
    expect(deleted.body.data?.roleDelete.errors).toEqual([]);
    expect(await refusedWithin(bearer)).toMatchObject({ status: 401, reason: 'TOKEN_OUTDATED' });
  });

  it('password change: every other session ends (in every tenant), this one stays', async () => {
    const alpha = await shop();
    const beta = await shop();
    // the owner of alpha is also a member of beta: one password, sessions in two tenants
    await admin.query(
      `with person as (select id from identity.users where email = $2)
       , joined as (insert into identity.memberships (tenant_id, user_id) select $1, id from person returning user_id)
       insert into identity.membership_roles (tenant_id, user_id, role_id)
       select $1, joined.user_id, r.id from joined, identity.roles r where r.tenant_id = $1 and r.name = 'viewer'`,
      [beta.tenantId, alpha.email],
    );
    const phone = await signIn(alpha.email);
    const inBeta = await signIn(alpha.email, PASSWORD, beta.slug);
    const CHANGE = `mutation($current: String!, $next: String!) {
      passwordChange(input: { currentPassword: $current, newPassword: $next }) { changed endedSessions errors { code field } } }`;

    const wrong = await platform.gql(
      CHANGE,
      { current: 'Not-The-Password-1', next: 'Brand-New-Pass-77' },
      alpha.owner.bearer,
    );
    expect(wrong.body.data?.passwordChange).toEqual({
      changed: false,
      endedSessions: 0,
      errors: [{ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] }],
    });
    const weak = await platform.gql(CHANGE, { current: PASSWORD, next: 'short' }, alpha.owner.bearer);
    expect(weak.body.data?.passwordChange.errors).toEqual([{ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] }]);

    const changed = await platform.gql(CHANGE, { current: PASSWORD, next: 'Brand-New-Pass-77' }, alpha.owner.bearer);
    // the phone, the session in beta, and the one sign-up opened
    expect(changed.body.data?.passwordChange).toEqual({ changed: true, endedSessions: 3, errors: [] });
    for (const other of [phone, inBeta]) {
      const refused = await refusedWithin(other.bearer);
      expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
      expect(refused.elapsed).toBeLessThan(WITHIN_MS);
      const refresh = await platform.gql(REFRESH, { token: other.refreshToken });
      expect(refresh.body.data?.sessionRefresh.session).toBeNull();
    }
    await stillWorks(alpha.owner.bearer);
    const old = await platform.gql(SIGN_IN, { email: alpha.email, password: PASSWORD });
    expect(old.body.data?.sessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    await signIn(alpha.email, 'Brand-New-Pass-77');
  });

  it('sessions: lists your own, marks the current one, and signs another device out by id', async () => {
    const alpha = await shop();
    const tablet = await signIn(alpha.email);
    const stranger = await member(alpha, 'admin');
    const LIST = '{ sessions { id current createdAt lastUsedAt expiresAt } }';
    const listed = await platform.gql(LIST, {}, alpha.owner.bearer);
    const sessions = listed.body.data?.sessions as { id: string; current: boolean }[];
    // sign-up's session, the owner's sign-in (current) and the tablet, most recently used first
    expect(sessions).toHaveLength(3);
    expect(sessions.map((session) => session.current)).toEqual([false, true, false]);
    const other = sessions[0]!;
    expect(other.id).toBe(encodeGlobalId('UserSession', sessionIdOf(tablet.accessToken)));

    const REVOKE = `mutation($id: ID!) { sessionRevoke(input: { id: $id }) { revoked errors { code } } }`;
    // someone else's session, even in the same tenant, is not found
    const foreign = await platform.gql(REVOKE, { id: other.id }, stranger.session.bearer);
    expect(foreign.body.data?.sessionRevoke).toEqual({ revoked: false, errors: [{ code: 'NOT_FOUND' }] });
    await stillWorks(tablet.bearer);

    const revoked = await platform.gql(REVOKE, { id: other.id }, alpha.owner.bearer);
    expect(revoked.body.data?.sessionRevoke).toEqual({ revoked: true, errors: [] });
    const refused = await refusedWithin(tablet.bearer);
    expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);
    await stillWorks(alpha.owner.bearer);
    const after = await platform.gql(LIST, {}, alpha.owner.bearer);
    expect(after.body.data?.sessions.map((session: { id: string }) => session.id)).toEqual(
      sessions.slice(1).map((session) => session.id),
    );

    const both = await platform.gql(
      `mutation($id: ID!) { sessionRevoke(input: { id: $id, refreshToken: "rt" }) { revoked errors { code } } }`,
      { id: other.id },
      alpha.owner.bearer,
    );
    expect(both.body.data?.sessionRevoke).toEqual({ revoked: false, errors: [{ code: 'INVALID_INPUT' }] });
    const anonymous = await platform.gql(LIST);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("a shopper's sign-out refuses their access token too", async () => {
    const alpha = await shop();
    const key = await platform.gql(
      `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
      {},
      alpha.owner.bearer,
    );
    const storefront = { 'x-publishable-key': key.body.data?.storefrontKeyCreate.secret as string };
    const session = await registerShopperByMail(platform.gql, platform.mail, storefront, {
      email: 'pat@example.com',
      password: 'Shopper-Pass-1',
    });
    const shopper = { authorization: `Bearer ${session.accessToken}` };
    await stillWorks(shopper);
    const out = await platform.gql(
      `mutation($token: String!) { customerSessionRevoke(input: { refreshToken: $token }) { revoked } }`,
      { token: session.refreshToken },
      storefront,
    );
    expect(out.body.data?.customerSessionRevoke.revoked).toBe(true);
    const refused = await refusedWithin(shopper);
    expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
    expect(refused.elapsed).toBeLessThan(WITHIN_MS);
  });

  it("identity's revocation feed answers the gateway's service token only", async () => {
    const feed = new URL(SESSION_REVOCATIONS_ROUTE, platform.identityUrl);
    expect((await fetch(feed)).status).toBe(401);
    const { owner } = await shop();
    const asUser = await signInternalToken(internalTokenKey(platform.internalSecret), {
      kind: 'user',
      subject: owner.userId,
      tenantId: null,
      roles: [],
      scopes: ['*'],
      requestId: 'probe',
    });
    expect((await fetch(feed, { headers: { [INTERNAL_TOKEN_HEADER]: asUser } })).status).toBe(401);
    const asGateway = await signInternalToken(internalTokenKey(platform.internalSecret), {
      kind: 'service',
      subject: 'gateway',
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: 'probe',
    });
    const answer = await fetch(`${feed}?since=not-a-time`, { headers: { [INTERNAL_TOKEN_HEADER]: asGateway } });
    expect(answer.status).toBe(400);
    const all = await fetch(feed, { headers: { [INTERNAL_TOKEN_HEADER]: asGateway } });
    const body = (await all.json()) as { asOf: string; records: Record<string, unknown>[] };
    expect(Date.parse(body.asOf)).toBeGreaterThan(0);
    // ids, versions and reasons only
    for (const record of body.records) {
      expect(Object.keys(record).sort()).toEqual(
        'sessionId' in record
          ? ['expiresAt', 'sessionId']
          : ['expiresAt', 'reason', 'subjectId', 'tenantId', 'version'],
      );
    }
  });

  if (options.redisUrl) {
    it('identity publishes each revocation on Redis as it commits', async () => {
      const listener = new Redis(options.redisUrl!);
      try {
        const received: string[] = [];
        listener.on('message', (_channel, message) => received.push(message));
        await listener.subscribe(SESSION_REVOCATIONS_CHANNEL);
        const { owner } = await shop();
        await platform.gql(`mutation($token: String!) { sessionRevoke(input: { refreshToken: $token }) { revoked } }`, {
          token: owner.refreshToken,
        });
        // the channel is shared: find this session's record among whatever else is published
        const sid = sessionIdOf(owner.accessToken);
        const mine = () => received.map((message) => JSON.parse(message)).filter((record) => record.sessionId === sid);
        const deadline = Date.now() + 2000;
        while (mine().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(mine()).toEqual([expect.objectContaining({ sessionId: sid, expiresAt: expect.any(String) })]);
      } finally {
        listener.disconnect();
      }
    });

    it('the gateway applies a record pushed on Redis without waiting for its poll', async () => {
      const { owner } = await shop();
      await stillWorks(owner.bearer);
      // a record only Redis carries (identity's feed does not have it): only the subscription can apply it
      const publisher = new Redis(options.redisUrl!);
      try {
        await publisher.publish(
          SESSION_REVOCATIONS_CHANNEL,
          JSON.stringify({
            sessionId: sessionIdOf(owner.accessToken),
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
          }),
        );
      } finally {
        publisher.disconnect();
      }
      const refused = await refusedWithin(owner.bearer);
      expect(refused).toMatchObject({ status: 401, reason: 'SESSION_REVOKED' });
      expect(refused.elapsed).toBeLessThan(1000);
    });
  }
});
