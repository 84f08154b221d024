import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  decodeId,
  type GraphQLResponse,
  type IdentityHarness,
  inviteAndAccept,
  signUp,
  startIdentity,
  userAuth,
} from './harness.ts';

let identity: IdentityHarness;
let ownerA: Awaited<ReturnType<typeof signUp>>;
let ownerB: Awaited<ReturnType<typeof signUp>>;

suiteFixture(async (own) => {
  identity = own(await startIdentity());
  ownerA = await signUp(identity, 'tenant-a');
  ownerB = await signUp(identity, 'tenant-b');
});

const asA = () => userAuth(ownerA.session);
const asB = () => userAuth(ownerB.session);

const CREATE_KEY = /* GraphQL */ `
  mutation($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) { apiKey { id prefix scopes kind } secret errors { code field } }
  }`;

async function resolveKey(key: string) {
  const response = await identity.fetch('/internal/api-keys/resolve', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ucos-internal-token': await identity.serviceToken() },
    body: JSON.stringify({ key }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('API keys', () => {
  it('shows the secret once, stores it hashed, resolves it for the gateway and stops after revocation', async () => {
    const created = await identity.call(
      CREATE_KEY,
      { input: { name: 'ERP sync', scopes: ['catalog:read', 'orders:read'] } },
      asA(),
    );
    const { apiKey, secret } = created.data!.apiKeyCreate;
    expect(secret).toMatch(/^ucos_sk_/);
    expect(apiKey.prefix).toBe(secret.slice(0, 12));
    const listed = await identity.call(`{ apiKeys { totalCount edges { node { id name lastUsedAt } } } }`, {}, asA());
    expect(JSON.stringify(listed.data)).not.toContain(secret);

    const resolved = await resolveKey(secret);
    expect(resolved.body.apiKey).toEqual({
      id: decodeId(apiKey.id),
      tenantId: decodeId(ownerA.session.tenantId),
      kind: 'api_key',
      scopes: ['catalog:read', 'orders:read'],
      // neither the key nor an app set one: the default
      rateLimitTier: 'standard',
      rateLimitTierSource: 'default',
    });
    const used = await identity.call(`{ apiKeys { edges { node { lastUsedAt } } } }`, {}, asA());
    expect(used.data?.apiKeys.edges[0].node.lastUsedAt).not.toBeNull();

    const revoke = await identity.call(
      `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { apiKey { revokedAt } errors { code } } }`,
      { id: apiKey.id },
      asA(),
    );
    expect(revoke.data?.apiKeyRevoke.apiKey.revokedAt).not.toBeNull();
    expect(await resolveKey(secret)).toEqual({
      status: 401,
      body: { error: { code: 'API_KEY_REVOKED', message: expect.any(String) } },
    });
    expect((await resolveKey('ucos_sk_not-a-real-key')).body.error.code).toBe('API_KEY_INVALID');
  });

  it('keeps the rate-limit tier the tenant chose for a key, tells the gateway, and lets only its tenant change it', async () => {
    const created = await identity.call(
      CREATE_KEY,
      { input: { name: 'Marketplace feed', scopes: ['catalog:read'], rateLimitTier: 'PREMIUM' } },
      asA(),
    );
    const { apiKey, secret } = created.data!.apiKeyCreate;
    expect((await resolveKey(secret)).body.apiKey.rateLimitTier).toBe('premium');
    const SET_TIER = /* GraphQL */ `
      mutation($input: ApiKeyRateLimitTierSetInput!) {
        apiKeyRateLimitTierSet(input: $input) { apiKey { rateLimitTier } errors { code field } }
      }`;
    const byOtherTenant = await identity.call(SET_TIER, { input: { id: apiKey.id, tier: 'BASIC' } }, asB());
    expect(byOtherTenant.data?.apiKeyRateLimitTierSet.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    expect((await resolveKey(secret)).body.apiKey.rateLimitTier).toBe('premium');
    const lowered = await identity.call(SET_TIER, { input: { id: apiKey.id, tier: 'BASIC' } }, asA());
    expect(lowered.data?.apiKeyRateLimitTierSet).toEqual({ apiKey: { rateLimitTier: 'BASIC' }, errors: [] });
    expect((await resolveKey(secret)).body.apiKey.rateLimitTier).toBe('basic');
    const unknownTier = await identity.call(SET_TIER, { input: { id: apiKey.id, tier: 'PLATINUM' } }, asA());
    expect(unknownTier.errors?.[0]?.message).toMatch(/PLATINUM/);
  });

  it('only answers the resolve route for a service token', async () => {
    const response = await identity.fetch('/internal/api-keys/resolve', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'ucos_sk_x' }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses expired keys, unknown scopes and scopes the creator lacks', async () => {
    const staffAuth = { ...asA(), scopes: ['catalog:read', 'identity:api_keys'], roles: ['custom'] };
    const escalate = await identity.call(
      CREATE_KEY,
      { input: { name: 'sneaky', scopes: ['orders:manage'] } },
      staffAuth,
    );
    expect(escalate.data?.apiKeyCreate.errors).toEqual([{ code: 'SCOPE_NOT_HELD', field: ['input', 'scopes'] }]);
    const unknown = await identity.call(CREATE_KEY, { input: { name: 'typo', scopes: ['catalgo:read'] } }, asA());
    expect(unknown.data?.apiKeyCreate.errors[0].code).toBe('UNKNOWN_SCOPE');
    const past = await identity.call(
      CREATE_KEY,
      { input: { name: 'old', scopes: ['catalog:read'], expiresAt: '2020-01-01T00:00:00Z' } },
      asA(),
    );
    expect(past.data?.apiKeyCreate.errors[0].field).toEqual(['input', 'expiresAt']);
  });

  it('gives storefront keys only the storefront scopes', async () => {
    const created = await identity.call(
      `mutation { storefrontKeyCreate(input: { name: "web shop" }) { apiKey { kind scopes } secret } }`,
      {},
      asA(),
    );
    expect(created.data?.storefrontKeyCreate.apiKey).toEqual({
      kind: 'PUBLISHABLE_KEY',
      scopes: ['catalog:browse', 'cart:own', 'checkout'],
    });
    expect(created.data?.storefrontKeyCreate.secret).toMatch(/^ucos_pk_/);
  });
});

describe('members and roles', () => {
  it('invites a member with a role and enforces the role scopes', async () => {
    const clerk = await inviteAndAccept(identity, asA(), 'clerk@a.example', ['viewer'], 'Clerk-Password-1');
    expect(clerk.roles).toEqual(['viewer']);
    const signIn = await identity.call(
      `mutation { sessionCreate(input: { email: "clerk@a.example", password: "Clerk-Password-1" }) { session { userId tenantId roles scopes } } }`,
    );
    expect(signIn.data?.sessionCreate.session.scopes).toEqual([
      'catalog:read',
      'finance:read',
      'inventory:read',
      'orders:read',
    ]);
    const forbidden = await identity.call(
      `mutation { memberInvite(input: { email: "x@a.example", roleNames: [] }) { errors { code } } }`,
      {},
      userAuth(clerk),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.data).toBeNull();
  });

  it('keeps the last owner and refuses unknown roles', async () => {
    const demote = await identity.call(
      `mutation($id: ID!) { memberRolesSet(input: { userId: $id, roleNames: ["viewer"] }) { errors { code } } }`,
      { id: ownerA.session.userId },
      asA(),
    );
    expect(demote.data?.memberRolesSet.errors).toEqual([{ code: 'LAST_OWNER' }]);
    const unknown = await identity.call(
      `mutation($id: ID!) { memberRolesSet(input: { userId: $id, roleNames: ["owner", "wizard"] }) { errors { code } } }`,
      { id: ownerA.session.userId },
      asA(),
    );
    expect(unknown.data?.memberRolesSet.errors).toEqual([{ code: 'UNKNOWN_ROLE' }]);
  });

  it('creates custom roles, detects stale versions and protects built-ins', async () => {
    const created = await identity.call(
      `mutation { roleCreate(input: { name: "packer", scopes: ["fulfillment:manage"] }) { role { id version } errors { code } } }`,
      {},
      asA(),
    );
    const role = created.data?.roleCreate.role;
    const update = `mutation($id: ID!, $v: Int!) { roleUpdate(input: { id: $id, scopes: ["fulfillment:manage", "orders:read"], version: $v }) { role { version scopes } errors { code } } }`;
    const first = await identity.call(update, { id: role.id, v: 1 }, asA());
    expect(first.data?.roleUpdate.role.version).toBe(2);
    const stale = await identity.call(update, { id: role.id, v: 1 }, asA());
    expect(stale.data?.roleUpdate.errors).toEqual([{ code: 'CONFLICT' }]);
    const roles = await identity.call(`{ roles { id name builtin } }`, {}, asA());
    const owner = roles.data?.roles.find((r: { name: string }) => r.name === 'owner');
    const deleteOwner = await identity.call(
      `mutation($id: ID!) { roleDelete(input: { id: $id }) { errors { code } } }`,
      { id: owner.id },
      asA(),
    );
    expect(deleteOwner.data?.roleDelete.errors).toEqual([{ code: 'ROLE_BUILTIN' }]);
    const duplicate = await identity.call(
      `mutation { roleCreate(input: { name: "packer", scopes: [] }) { errors { code } } }`,
      {},
      asA(),
    );
    expect(duplicate.data?.roleCreate.errors).toEqual([{ code: 'ROLE_NAME_TAKEN' }]);

    // renaming: members keep the role; a taken or malformed name is refused and changes nothing
    const rename = `mutation($id: ID!, $name: String!, $v: Int!) { roleUpdate(input: { id: $id, name: $name, scopes: ["orders:read"], version: $v }) { role { name version } errors { code field } } }`;
    const renamed = await identity.call(rename, { id: role.id, name: 'picker', v: 2 }, asA());
    expect(renamed.data?.roleUpdate).toEqual({ role: { name: 'picker', version: 3 }, errors: [] });
    const taken = await identity.call(rename, { id: role.id, name: 'viewer', v: 3 }, asA());
    expect(taken.data?.roleUpdate.errors).toEqual([{ code: 'ROLE_NAME_TAKEN', field: ['input', 'name'] }]);
    const malformed = await identity.call(rename, { id: role.id, name: 'Pick Er', v: 3 }, asA());
    expect(malformed.data?.roleUpdate.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'name'] }]);
    const after = await identity.call(`{ roles { id name version } }`, {}, asA());
    expect(after.data?.roles.find((r: { id: string }) => r.id === role.id)).toEqual({
      id: role.id,
      name: 'picker',
      version: 3,
    });
  });
});

describe('feature flags', () => {
  it('switches on and off and rolls out to a stable percentage of subjects', async () => {
    const set = `mutation($input: FeatureFlagSetInput!) { featureFlagSet(input: $input) { featureFlag { key enabled percentage version } errors { code field } } }`;
    await identity.call(set, { input: { key: 'new-checkout', enabled: true, percentage: 30 } }, asA());
    const subjects = Array.from({ length: 400 }, (_, index) => `customer-${index}`);
    const query = `query($s: String!) { featureEnabled(key: "new-checkout", subject: $s) }`;
    const first = await Promise.all(subjects.map((s) => identity.call(query, { s }, asA())));
    // a burst queues for the connection pool; none of it may fail (an error would count as "off")
    expect(first.flatMap((r) => r.errors ?? [])).toEqual([]);
    const on = first.filter((r) => r.data?.featureEnabled).length;
    expect(on).toBeGreaterThan(80);
    expect(on).toBeLessThan(160);
    const again = await Promise.all(subjects.slice(0, 50).map((s) => identity.call(query, { s }, asA())));
    expect(again.map((r) => r.data?.featureEnabled)).toEqual(first.slice(0, 50).map((r) => r.data?.featureEnabled));
    const bad = await identity.call(set, { input: { key: 'new-checkout', enabled: true, percentage: 150 } }, asA());
    expect(bad.data?.featureFlagSet.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'percentage'] }]);
    const unknownFlag = await identity.call(`{ featureEnabled(key: "nope", subject: "x") }`, {}, asA());
    expect(unknownFlag.data?.featureEnabled).toBe(false);
    const otherTenant = await identity.call(query, { s: 'customer-1' }, asB());
    expect(otherTenant.data?.featureEnabled).toBe(false);
  });
});

describe('audit trail', () => {
  it('names the revoked API key and who revoked it, also when the revoke fails', async () => {
    const created = await identity.call(
      CREATE_KEY,
      { input: { name: 'Audited key', scopes: ['catalog:read'] } },
      asA(),
    );
    const keyId = created.data?.apiKeyCreate.apiKey.id;
    const revoke = `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { errors { code } } }`;
    expect((await identity.call(revoke, { id: keyId }, asA())).data?.apiKeyRevoke.errors).toEqual([]);
    expect((await identity.call(revoke, { id: keyId }, asA())).data?.apiKeyRevoke.errors).toEqual([
      { code: 'ALREADY_REVOKED' },
    ]);
    const trail = await identity.call(
      `{ auditEvents(first: 5, filter: { operation: "apiKeyRevoke" }) { edges { node { actorKind actorId targetType targetId outcome errorCode } } } }`,
      {},
      asA(),
    );
    const actor = {
      actorKind: 'user',
      actorId: decodeId(ownerA.session.userId),
      targetType: 'ApiKey',
      targetId: keyId,
    };
    // other tests revoke keys too: this key's entries, both of which must name it
    const entries = trail.data?.auditEvents.edges
      .map((edge: { node: { targetId: string | null } }) => edge.node)
      .filter((entry: { targetId: string | null }) => entry.targetId === keyId);
    expect(entries).toEqual([
      { ...actor, outcome: 'FAILURE', errorCode: 'ALREADY_REVOKED' },
      { ...actor, outcome: 'SUCCESS', errorCode: null },
    ]);
  });

  it('records every mutation with actor, target and outcome, for admins only', async () => {
    await identity.call(
      `mutation { featureFlagSet(input: { key: "audited", enabled: true }) { errors { code } } }`,
      {},
      asA(),
    );
    await identity.call(
      `mutation { featureFlagSet(input: { key: "audited", enabled: true, percentage: 101 }) { errors { code } } }`,
      {},
      asA(),
    );
    const trail = await identity.call(
      `{ auditEvents(first: 5, filter: { operation: "featureFlagSet" }) { edges { node { operation actorKind actorId targetId outcome errorCode } } } }`,
      {},
      asA(),
    );
    const events = trail.data?.auditEvents.edges.map((edge: { node: unknown }) => edge.node);
    expect(events[0]).toMatchObject({
      operation: 'featureFlagSet',
      actorKind: 'user',
      outcome: 'FAILURE',
      errorCode: 'INVALID_INPUT',
    });
    expect(events.find((e: { targetId: string }) => e.targetId === 'audited')).toMatchObject({
      outcome: 'SUCCESS',
      actorId: decodeId(ownerA.session.userId),
    });
    const signUps = await identity.call(
      `{ auditEvents(filter: { operation: "tenantCreate" }) { totalCount } }`,
      {},
      asA(),
    );
    expect(signUps.data?.auditEvents.totalCount).toBe(1);
    const viewerOnly = await identity.call(
      `{ auditEvents { totalCount } }`,
      {},
      { ...asA(), scopes: ['catalog:read'] },
    );
    expect(viewerOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through events written within the same millisecond, each once, newest first', async () => {
    const tenantId = decodeId(ownerA.session.tenantId);
    const admin = new pg.Client({ connectionString: identity.db.adminUrl });
    await admin.connect();
    try {
      for (let index = 0; index < 4; index++) {
        await admin.query(
          `insert into identity.audit_log (tenant_id, occurred_at, actor_kind, operation, outcome)
           values ($1, $2::timestamptz, 'user', 'burstOperation', 'success')`,
          [tenantId, `2026-11-26T10:00:00.123${String(100 + index * 100).padStart(3, '0')}Z`],
        );
      }
    } finally {
      await admin.end();
    }
    const page = `query ($after: String) { auditEvents(first: 1, after: $after, filter: { operation: "burstOperation" }) {
      totalCount edges { node { id occurredAt } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const result: GraphQLResponse = await identity.call(page, { after }, asA());
      expect(result.errors).toBeUndefined();
      expect(result.data?.auditEvents.totalCount).toBe(4);
      seen.push(...(result.data?.auditEvents.edges ?? []).map((edge: { node: { id: string } }) => edge.node.id));
      if (!result.data?.auditEvents.pageInfo.hasNextPage) break;
      after = result.data.auditEvents.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(4);
    const forged = Buffer.from('cursor:yesterday|x').toString('base64url');
    const refused = await identity.call(page, { after: forged }, asA());
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('tenant isolation', () => {
  it("returns nothing for tenant B's ids used with tenant A's token", async () => {
    const keyB = await identity.call(CREATE_KEY, { input: { name: 'b-key', scopes: ['catalog:read'] } }, asB());
    const bKeyId = keyB.data?.apiKeyCreate.apiKey.id;
    const revoke = await identity.call(
      `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { errors { code } } }`,
      { id: bKeyId },
      asA(),
    );
    expect(revoke.data?.apiKeyRevoke.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const roleChange = await identity.call(
      `mutation($id: ID!) { memberRolesSet(input: { userId: $id, roleNames: ["viewer"] }) { errors { code } } }`,
      { id: ownerB.session.userId },
      asA(),
    );
    expect(roleChange.data?.memberRolesSet.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const removal = await identity.call(
      `mutation($id: ID!) { memberRemove(input: { userId: $id }) { errors { code } } }`,
      { id: ownerB.session.userId },
      asA(),
    );
    expect(removal.data?.memberRemove.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const entities = await identity.call(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Tenant { slug } ... on User { email } } }`,
      {
        reps: [
          { __typename: 'Tenant', id: ownerB.session.tenantId },
          { __typename: 'User', id: ownerB.session.userId },
        ],
      },
      asA(),
    );
    expect(entities.data?._entities).toEqual([null, null]);
    const keys = await identity.call(
      `{ apiKeys { edges { node { name } } } members { edges { node { email } } } }`,
      {},
      asA(),
    );
    expect(JSON.stringify(keys.data)).not.toContain('b-key');
    expect(JSON.stringify(keys.data)).not.toContain('tenant-b@example.com');
    const refreshB = await identity.call(
      `mutation($t: String!) { sessionRefresh(input: { refreshToken: $t }) { errors { code } } }`,
      {
        t: ownerB.session.refreshToken.replace(decodeId(ownerB.session.tenantId), decodeId(ownerA.session.tenantId)),
      },
    );
    expect(refreshB.data?.sessionRefresh.errors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
  });

  it('gives a caller without a tenant nothing', async () => {
    const anonymous = await identity.call(`{ tenant { slug } viewer { kind tenant { slug } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await identity.call(`{ viewer { kind tenant { slug } } }`);
    expect(viewer.data?.viewer).toEqual({ kind: 'ANONYMOUS', tenant: null });
  });
});
