import { createHash } from 'node:crypto';
import { internalTokenKey, signInternalToken } from '@ucos/kit';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { decodeId, type IdentityHarness, INTERNAL_SECRET, signUp, startIdentity, userAuth } from './harness.ts';

let identity: IdentityHarness;
let ownerA: Awaited<ReturnType<typeof signUp>>;
let ownerB: Awaited<ReturnType<typeof signUp>>;

suiteFixture(async (own) => {
  identity = own(await startIdentity());
  ownerA = await signUp(identity, 'apps-a');
  ownerB = await signUp(identity, 'apps-b');
});

const asA = () => userAuth(ownerA.session);
const asB = () => userAuth(ownerB.session);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const APPS = /* GraphQL */ `{ apps { totalCount edges { node { id kind name builtIn graceSeconds } } } }`;
const REGISTER = /* GraphQL */ `
  mutation($input: AppRegisterInput!) {
    appRegister(input: $input) { app { id kind name builtIn graceSeconds } errors { code field message } }
  }`;
const PUBLISH = /* GraphQL */ `
  mutation($input: AppDocumentsPublishInput!) {
    appDocumentsPublish(input: $input) {
      version { version documentCount current live liveUntil }
      errors { code field message }
    }
  }`;
const STOREFRONT_KEY = /* GraphQL */ `
  mutation($input: StorefrontKeyCreateInput!) {
    storefrontKeyCreate(input: $input) { apiKey { id app { id name } } secret errors { code field message } }
  }`;

const SET_APP_TIER = /* GraphQL */ `
  mutation($input: AppRateLimitTierSetInput!) {
    appRateLimitTierSet(input: $input) { app { id rateLimitTier } errors { code field message } }
  }`;

async function secretKey(input: Record<string, unknown>, auth = asA()) {
  const created = await identity.call(
    `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret errors { code field } } }`,
    { input: { scopes: ['catalog:read'], ...input } },
    auth,
  );
  expect(created.data!.apiKeyCreate.errors).toEqual([]);
  return { id: created.data!.apiKeyCreate.apiKey.id as string, secret: created.data!.apiKeyCreate.secret as string };
}

/** the tier the gateway learns when it resolves the key, and where it was set */
async function tierOf(secret: string) {
  const resolved = await identity.fetch('/internal/api-keys/resolve', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ucos-internal-token': await identity.serviceToken() },
    body: JSON.stringify({ key: secret }),
  });
  const { apiKey } = (await resolved.json()) as { apiKey: Record<string, unknown> };
  return { rateLimitTier: apiKey.rateLimitTier, rateLimitTierSource: apiKey.rateLimitTierSource };
}

/** the tier a key shows its tenant */
async function keyTiers(id: string) {
  const listed = await identity.call(
    '{ apiKeys(first: 100) { edges { node { id rateLimitTier ownRateLimitTier rateLimitTierSource } } } }',
    {},
    asA(),
  );
  const { id: _id, ...tiers } = listed.data!.apiKeys.edges.find(
    ({ node }: { node: Record<string, unknown> }) => node.id === id,
  ).node;
  return tiers;
}

const PRODUCTS = 'query FixtureProducts($first: Int) { products(first: $first) { edges { node { id title } } } }';
const manifestOf = (...documents: string[]) =>
  documents.map((document) => ({ hash: `sha256:${sha(document)}`, document }));

async function register(input: Record<string, unknown>, auth = asA()) {
  const result = await identity.call(REGISTER, { input }, auth);
  return result.data!.appRegister;
}

async function liveDocuments(tenantGlobalId: string, appGlobalId: string) {
  const token = await signInternalToken(internalTokenKey(INTERNAL_SECRET), {
    kind: 'service',
    subject: 'gateway',
    tenantId: decodeId(tenantGlobalId),
    roles: [],
    scopes: [],
    requestId: crypto.randomUUID(),
  });
  const response = await identity.fetch(`/internal/app-documents?app=${decodeId(appGlobalId)}`, {
    headers: { 'x-ucos-internal-token': token },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('apps', () => {
  it('a new tenant has the two in-repo apps, built in and not changeable', async () => {
    const listed = await identity.call(APPS, {}, asA());
    const apps = listed.data!.apps.edges.map(({ node }: { node: Record<string, unknown> }) => node);
    expect(apps.filter((app: Record<string, unknown>) => app.builtIn)).toHaveLength(2);
    expect(apps.map((app: Record<string, unknown>) => app.kind).sort()).toEqual(['ADMIN', 'STOREFRONT']);
    const admin = apps.find((app: Record<string, unknown>) => app.kind === 'ADMIN');
    const archived = await identity.call(
      'mutation($id: ID!) { appArchive(input: { id: $id }) { app { id } errors { code field } } }',
      { id: admin.id },
      asA(),
    );
    expect(archived.data!.appArchive.errors).toEqual([{ code: 'APP_BUILT_IN', field: ['input', 'id'] }]);
  });

  it('registers, renames and archives an app; archiving revokes its keys; bad input gets payload codes', async () => {
    const bad = await register({ kind: 'STOREFRONT', name: '  ', graceSeconds: -1 });
    expect(bad.app).toBeNull();
    expect(bad.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'name'] });
    expect((await register({ kind: 'ADMIN', name: 'Mine' })).errors[0].code).toBe('INVALID_INPUT');

    const { app } = await register({ kind: 'STOREFRONT', name: 'Outside shop', graceSeconds: 60 });
    expect(app).toMatchObject({ kind: 'STOREFRONT', builtIn: false, graceSeconds: 60 });
    const key = (await identity.call(STOREFRONT_KEY, { input: { name: 'web', appId: app.id } }, asA())).data!
      .storefrontKeyCreate;
    expect(key.apiKey.app).toEqual({ id: app.id, name: 'Outside shop' });
    const published = await identity.call(PUBLISH, { input: { appId: app.id, manifest: manifestOf(PRODUCTS) } }, asA());
    expect(published.data!.appDocumentsPublish.errors).toEqual([]);

    const renamed = await identity.call(
      'mutation($id: ID!) { appUpdate(input: { id: $id, name: "Outside shop 2" }) { app { name } errors { code } } }',
      { id: app.id },
      asA(),
    );
    expect(renamed.data!.appUpdate.app.name).toBe('Outside shop 2');

    const resolved = await identity.fetch('/internal/api-keys/resolve', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ucos-internal-token': await identity.serviceToken() },
      body: JSON.stringify({ key: key.secret }),
    });
    expect(((await resolved.json()) as Record<string, any>).apiKey.appId).toBe(decodeId(app.id));

    const archived = await identity.call(
      'mutation($id: ID!) { appArchive(input: { id: $id }) { app { archivedAt } revokedKeys errors { code } } }',
      { id: app.id },
      asA(),
    );
    expect(archived.data!.appArchive).toMatchObject({ revokedKeys: 1, errors: [] });
    // its shoppers' tokens (still valid for up to an hour) run nothing of the app's any more
    expect((await liveDocuments(ownerA.session.tenantId, app.id)).body).toMatchObject({ archived: true, versions: [] });
    const refused = await identity.fetch('/internal/api-keys/resolve', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ucos-internal-token': await identity.serviceToken() },
      body: JSON.stringify({ key: key.secret }),
    });
    expect(refused.status).toBe(401);
    const again = await identity.call(STOREFRONT_KEY, { input: { name: 'web 2', appId: app.id } }, asA());
    expect(again.data!.storefrontKeyCreate.errors).toEqual([
      expect.objectContaining({ code: 'APP_ARCHIVED', field: ['input', 'appId'] }),
    ]);
  });

  it('a publishable key belongs to a storefront app only', async () => {
    const { app } = await register({ kind: 'PARTNER', name: 'ERP' });
    const key = await identity.call(STOREFRONT_KEY, { input: { name: 'web', appId: app.id } }, asA());
    expect(key.data!.storefrontKeyCreate.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'appId'] });
  });

  it('publishes checked, immutable versions; the previous one stays live for the grace period', async () => {
    const { app } = await register({ kind: 'STOREFRONT', name: 'Versioned shop', graceSeconds: 2 });
    const first = await identity.call(PUBLISH, { input: { appId: app.id, manifest: manifestOf(PRODUCTS) } }, asA());
    expect(first.data!.appDocumentsPublish).toMatchObject({
      version: { version: 1, documentCount: 1, current: true, live: true, liveUntil: null },
      errors: [],
    });
    const second = `${PRODUCTS} `;
    const published = await identity.call(PUBLISH, { input: { appId: app.id, manifest: manifestOf(second) } }, asA());
    expect(published.data!.appDocumentsPublish.version.version).toBe(2);

    const live = await liveDocuments(ownerA.session.tenantId, app.id);
    expect(live.status).toBe(200);
    expect(live.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(live.body.versions[1].documents).toEqual({ [sha(PRODUCTS)]: PRODUCTS });
    // the grace period of 2 s passes: only the current version is live
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const after = await liveDocuments(ownerA.session.tenantId, app.id);
    expect(after.body.versions.map((v: { version: number }) => v.version)).toEqual([2]);
    const versions = await identity.call(
      'query($id: ID!) { app(id: $id) { documentVersions { version live current } } }',
      { id: app.id },
      asA(),
    );
    expect(versions.data!.app.documentVersions).toEqual([
      { version: 2, live: true, current: true },
      { version: 1, live: false, current: false },
    ]);

    // the database keeps versions immutable, whatever the code does
    const change = identity.db.appPool.query(
      `update identity.app_document_versions set document_count = 9 where app_id = $1`,
      [decodeId(app.id)],
    );
    await expect(change).rejects.toThrow(/permission denied/);
  });

  it('reports every problem of every document and stores nothing', async () => {
    const { app } = await register({ kind: 'STOREFRONT', name: 'Broken shop' });
    const unknownField = 'query Broken { products(first: 5) { edges { node { id nope } } } }';
    const tooBig = 'query Big { products(first: 500) { edges { node { id } } } }';
    const deep = `query Deep { node(id: "x") { id ${'... on Product { variants(first: 1) { edges { node { product { '.repeat(3)}id${' } } } } }'.repeat(3)} } }`;
    const result = await identity.call(
      PUBLISH,
      {
        input: {
          appId: app.id,
          manifest: [...manifestOf(PRODUCTS, unknownField, tooBig, deep), { hash: sha('other'), document: PRODUCTS }],
        },
      },
      asA(),
    );
    const { version, errors } = result.data!.appDocumentsPublish;
    expect(version).toBeNull();
    const byHash = (document: string) =>
      errors.filter((error: { field: string[] }) => error.field[2] === `sha256:${sha(document)}`);
    expect(byHash(unknownField)[0].message).toMatch(/Broken \(INVALID_AGAINST_SCHEMA\).*nope/);
    expect(byHash(tooBig)[0].message).toMatch(/Big \(PAGE_SIZE\)/);
    expect(byHash(deep)[0].message).toMatch(/Deep \(DEPTH_LIMIT_EXCEEDED\)/);
    expect(errors.find((error: { field: string[] }) => error.field[2] === sha('other')).message).toMatch(
      /HASH_MISMATCH/,
    );
    expect(byHash(PRODUCTS)).toEqual([]);
    expect(errors.every((error: { code: string }) => error.code === 'INVALID_DOCUMENT')).toBe(true);
    const live = await liveDocuments(ownerA.session.tenantId, app.id);
    expect(live.body.versions).toEqual([]);
  });

  it("gives every key of an app the app's tier unless the key has its own; set and cleared by the tenant", async () => {
    const { app } = await register({ kind: 'PARTNER', name: 'Tiered ERP', rateLimitTier: 'PREMIUM' });
    expect(app.id).toBeTruthy();
    const shown = await identity.call('query($id: ID!) { app(id: $id) { rateLimitTier } }', { id: app.id }, asA());
    expect(shown.data!.app.rateLimitTier).toBe('PREMIUM');
    const follows = await secretKey({ name: 'follows the app', appId: app.id });
    const own = await secretKey({ name: 'has its own', appId: app.id, rateLimitTier: 'STANDARD' });
    // what the gateway learns, and what the tenant sees on the key
    expect(await tierOf(follows.secret)).toEqual({ rateLimitTier: 'premium', rateLimitTierSource: 'app' });
    expect(await tierOf(own.secret)).toEqual({ rateLimitTier: 'standard', rateLimitTierSource: 'key' });
    expect(await keyTiers(follows.id)).toEqual({
      rateLimitTier: 'PREMIUM',
      ownRateLimitTier: null,
      rateLimitTierSource: 'APP',
    });

    // a change on the app reaches every key without its own at its next resolution
    const lowered = await identity.call(SET_APP_TIER, { input: { id: app.id, tier: 'BASIC' } }, asA());
    expect(lowered.data!.appRateLimitTierSet).toEqual({ app: { id: app.id, rateLimitTier: 'BASIC' }, errors: [] });
    expect(await tierOf(follows.secret)).toEqual({ rateLimitTier: 'basic', rateLimitTierSource: 'app' });
    expect(await tierOf(own.secret)).toEqual({ rateLimitTier: 'standard', rateLimitTierSource: 'key' });

    // the key's own tier cleared: it follows the app
    const cleared = await identity.call(
      'mutation($input: ApiKeyRateLimitTierSetInput!) { apiKeyRateLimitTierSet(input: $input) { apiKey { rateLimitTier ownRateLimitTier rateLimitTierSource } errors { code } } }',
      { input: { id: own.id, tier: null } },
      asA(),
    );
    expect(cleared.data!.apiKeyRateLimitTierSet).toEqual({
      apiKey: { rateLimitTier: 'BASIC', ownRateLimitTier: null, rateLimitTierSource: 'APP' },
      errors: [],
    });
    expect(await tierOf(own.secret)).toEqual({ rateLimitTier: 'basic', rateLimitTierSource: 'app' });

    // the app's tier cleared: the default, standard
    const none = await identity.call(SET_APP_TIER, { input: { id: app.id } }, asA());
    expect(none.data!.appRateLimitTierSet).toEqual({ app: { id: app.id, rateLimitTier: null }, errors: [] });
    expect(await tierOf(follows.secret)).toEqual({ rateLimitTier: 'standard', rateLimitTierSource: 'default' });
    expect(await keyTiers(follows.id)).toEqual({
      rateLimitTier: 'STANDARD',
      ownRateLimitTier: null,
      rateLimitTierSource: 'DEFAULT',
    });
    // a key with no app at all: the default
    const loose = await secretKey({ name: 'no app' });
    expect(await tierOf(loose.secret)).toEqual({ rateLimitTier: 'standard', rateLimitTierSource: 'default' });
  });

  it('refuses a tier on an unknown, archived or admin app with typed errors and an unknown tier outright', async () => {
    const unknown = await identity.call(
      SET_APP_TIER,
      { input: { id: Buffer.from(`App:${crypto.randomUUID()}`).toString('base64url'), tier: 'BASIC' } },
      asA(),
    );
    expect(unknown.data!.appRateLimitTierSet).toEqual({
      app: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: expect.any(String) }],
    });
    const listed = await identity.call(APPS, {}, asA());
    const builtIn = (kind: string) =>
      listed.data!.apps.edges.find(({ node }: { node: Record<string, any> }) => node.builtIn && node.kind === kind).node
        .id;
    const admin = await identity.call(SET_APP_TIER, { input: { id: builtIn('ADMIN'), tier: 'BASIC' } }, asA());
    expect(admin.data!.appRateLimitTierSet.errors[0]).toMatchObject({ code: 'APP_BUILT_IN', field: ['input', 'id'] });
    // the built-in storefront's publishable keys are the shop's: it may have a tier
    const shop = await identity.call(SET_APP_TIER, { input: { id: builtIn('STOREFRONT'), tier: 'PREMIUM' } }, asA());
    expect(shop.data!.appRateLimitTierSet).toMatchObject({ app: { rateLimitTier: 'PREMIUM' }, errors: [] });
    const shopKey = (
      await identity.call(STOREFRONT_KEY, { input: { name: 'shop web', appId: builtIn('STOREFRONT') } }, asA())
    ).data!.storefrontKeyCreate;
    expect(await tierOf(shopKey.secret)).toEqual({ rateLimitTier: 'premium', rateLimitTierSource: 'app' });

    const { app } = await register({ kind: 'PARTNER', name: 'Gone soon' });
    await identity.call(
      'mutation($id: ID!) { appArchive(input: { id: $id }) { errors { code } } }',
      { id: app.id },
      asA(),
    );
    const archived = await identity.call(SET_APP_TIER, { input: { id: app.id, tier: 'PREMIUM' } }, asA());
    expect(archived.data!.appRateLimitTierSet.errors[0]).toMatchObject({
      code: 'APP_ARCHIVED',
      field: ['input', 'id'],
    });
    const platinum = await identity.call(SET_APP_TIER, { input: { id: app.id, tier: 'PLATINUM' } }, asA());
    expect(platinum.errors?.[0]?.message).toMatch(/PLATINUM/);
    const badId = await identity.call(SET_APP_TIER, { input: { id: 'not-an-id', tier: 'BASIC' } }, asA());
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("tenant B can neither see nor change tenant A's app tier, and A's keys keep it", async () => {
    const { app } = await register({ kind: 'PARTNER', name: 'A only', rateLimitTier: 'BASIC' });
    const key = await secretKey({ name: 'A key', appId: app.id });
    const byB = await identity.call(SET_APP_TIER, { input: { id: app.id, tier: 'PREMIUM' } }, asB());
    expect(byB.data!.appRateLimitTierSet).toEqual({
      app: null,
      errors: [{ code: 'NOT_FOUND', field: ['input', 'id'], message: expect.any(String) }],
    });
    const clearByB = await identity.call(SET_APP_TIER, { input: { id: app.id } }, asB());
    expect(clearByB.data!.appRateLimitTierSet.errors[0].code).toBe('NOT_FOUND');
    expect(await tierOf(key.secret)).toEqual({ rateLimitTier: 'basic', rateLimitTierSource: 'app' });
    const keysOfB = await identity.call('{ apiKeys { edges { node { id app { id } } } } }', {}, asB());
    expect(JSON.stringify(keysOfB.data)).not.toContain(app.id);
    expect(JSON.stringify(keysOfB.data)).not.toContain(key.id);
  });

  it('lists keys with their apps and tiers in the same number of statements for 2 keys or 12', async () => {
    const owner = await signUp(identity, 'apps-statements');
    const auth = userAuth(owner.session);
    for (let i = 0; i < 6; i++) {
      const { app } = await register({ kind: 'PARTNER', name: `Partner ${i}`, rateLimitTier: 'PREMIUM' }, auth);
      await secretKey({ name: `key ${i}a`, appId: app.id }, auth);
      await secretKey({ name: `key ${i}b`, appId: app.id, rateLimitTier: 'BASIC' }, auth);
    }
    const LIST = /* GraphQL */ `query($first: Int) { apiKeys(first: $first) {
      edges { node { id rateLimitTier ownRateLimitTier rateLimitTierSource app { id name rateLimitTier } } } } }`;
    const statementsFor = async (first: number) => {
      identity.statements.reset();
      const listed = await identity.call(LIST, { first }, auth);
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.apiKeys.edges).toHaveLength(first);
      for (const { node } of listed.data!.apiKeys.edges) {
        expect(node.app.rateLimitTier).toBe('PREMIUM');
        expect(node.rateLimitTierSource).toBe(node.ownRateLimitTier ? 'KEY' : 'APP');
      }
      return identity.statements.count;
    };
    // the outbox relay polls on the same pool: stopped, so only the list's statements are counted
    await identity.relay.stop();
    try {
      const small = await statementsFor(2);
      expect(small).toBeGreaterThan(0);
      expect(await statementsFor(12)).toBe(small);
    } finally {
      identity.relay.start();
    }
  });

  it("tenant B can neither see nor publish for nor key tenant A's app", async () => {
    const { app } = await register({ kind: 'STOREFRONT', name: 'Private shop' });
    expect(
      (await identity.call('query($id: ID!) { app(id: $id) { id } }', { id: app.id }, asB())).data!.app,
    ).toBeNull();
    const listed = await identity.call(APPS, {}, asB());
    expect(JSON.stringify(listed.data)).not.toContain(app.id);
    const publish = await identity.call(PUBLISH, { input: { appId: app.id, manifest: manifestOf(PRODUCTS) } }, asB());
    expect(publish.data!.appDocumentsPublish.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'appId'] }),
    ]);
    const key = await identity.call(STOREFRONT_KEY, { input: { name: 'steal', appId: app.id } }, asB());
    expect(key.data!.storefrontKeyCreate.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await liveDocuments(ownerB.session.tenantId, app.id)).status).toBe(404);
    expect((await liveDocuments(ownerA.session.tenantId, app.id)).status).toBe(200);
  });

  it('every app mutation is in the audit trail, a refused publish with its code', async () => {
    const trail = await identity.call(
      `{ auditEvents(first: 50) { edges { node { operation targetType outcome errorCode } } } }`,
      {},
      asA(),
    );
    const entries = trail.data!.auditEvents.edges.map(({ node }: { node: Record<string, unknown> }) => node);
    expect(entries).toContainEqual({
      operation: 'appRegister',
      targetType: 'App',
      outcome: 'SUCCESS',
      errorCode: null,
    });
    expect(entries).toContainEqual({
      operation: 'appDocumentsPublish',
      targetType: 'App',
      outcome: 'SUCCESS',
      errorCode: null,
    });
    expect(entries).toContainEqual(
      expect.objectContaining({ operation: 'appDocumentsPublish', outcome: 'FAILURE', errorCode: 'INVALID_DOCUMENT' }),
    );
    expect(entries).toContainEqual(expect.objectContaining({ operation: 'appArchive', outcome: 'SUCCESS' }));
    expect(entries).toContainEqual({
      operation: 'appRateLimitTierSet',
      targetType: 'App',
      outcome: 'SUCCESS',
      errorCode: null,
    });
    expect(entries).toContainEqual(
      expect.objectContaining({ operation: 'appRateLimitTierSet', outcome: 'FAILURE', errorCode: 'APP_ARCHIVED' }),
    );
  });
});
