import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGateway, type Gateway, loadConfig, serve } from '@ucos/gateway';
import { createLogger } from '@ucos/kit/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishManifest } from '../src/documents-publish.ts';
import { type Platform, startPlatform } from './platform.ts';
import { signUpByMail, tokenIn } from './sign-up.ts';

/**
 * Issue 19's proofs for app documents: a storefront built outside the repository (its own codegen
 * build, infra/test/fixtures/outside-storefront) is registered as an app, publishes its documents
 * and runs against running gateways without a restart; an unpublished document is refused; a new
 * version reaches TWO gateway replicas (sharing Redis, as deployed) within seconds; the previous
 * version works during its grace period and is refused after it; another tenant cannot publish for
 * the app or see it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_MANIFEST = `${root}infra/test/fixtures/outside-storefront/generated/persisted-documents.json`;
const BUILT_IN_MANIFEST = `${root}apps/storefront/src/generated/persisted-documents.json`;
const PASSWORD = 'Correct-Horse-42';
const GRACE_SECONDS = 4;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const fixture = JSON.parse(readFileSync(FIXTURE_MANIFEST, 'utf8')) as Record<string, string>;
const fixtureDocument = (operation: string) => {
  const document = Object.values(fixture).find((text) => text.includes(` ${operation}(`));
  if (!document) throw new Error(`no ${operation} in the fixture manifest`);
  return document;
};

type Answer = { status: number; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A persisted document sent by its hash, as urql's persisted exchange (and the codegen client) sends it. */
const byHash = (url: string, document: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  post(url, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha(document) } } }, headers);

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

async function waitUntil(probe: () => Promise<boolean>, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

function runPublishCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}infra/src/documents-publish.ts`, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// as deployed (replicas sharing Redis, identity announcing each publish) and as `npm start` runs
// without Redis (the replicas learn a new version from the first request that names it)
const modes: [string, string | undefined][] = [['without Redis', undefined]];
if (process.env.REDIS_URL) modes.push(['with Redis', process.env.REDIS_URL]);

describe.each(modes)('a storefront built outside the repository publishes its documents, %s', (_mode, redisUrl) => {
  let platform: Platform;
  let second: Gateway;
  let secondUrl: string;
  let closeSecond: () => Promise<void>;
  const shops: Record<'a' | 'b', { secretKey: string; bearer: Record<string, string> }> = {} as never;
  let appId: string;
  let storefrontKey: Record<string, string>;

  const gatewayEnv = {
    TRUSTED_DOCUMENTS: BUILT_IN_MANIFEST,
    // the safety-net refresh is out of the way: what is proven is the announcement and the miss refresh
    APP_DOCUMENTS_REFRESH_SECONDS: '3600',
    PUBLISHABLE_KEY_CACHE_SECONDS: '0',
  };

  beforeAll(async () => {
    platform = await startPlatform({ ...(redisUrl ? { redisUrl } : {}), gatewayEnv });
    // a second replica of the gateway, sharing identity and Redis with the first
    const { config } = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
      INTERNAL_TOKEN_SECRET: platform.internalSecret,
      SUBGRAPH_IDENTITY_URL: platform.identityUrl,
      REVOCATION_MAX_STALE_SECONDS: '20',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      ...gatewayEnv,
    });
    second = await createGateway(config, { logger: createLogger('gateway', 'silent') });
    const server = await serve(second.yoga, { port: 0, host: '127.0.0.1' });
    secondUrl = server.url;
    closeSecond = async () => {
      await server.close();
      await second.stop();
    };

    for (const name of ['a', 'b'] as const) {
      const slug = `outside-${name}-${Math.random().toString(36).slice(2, 8)}`;
      const signedUp = await signUpByMail(platform.gql, platform.mail, {
        slug,
        email: `${slug}@example.com`,
        password: PASSWORD,
      });
      const bearer = { authorization: `Bearer ${signedUp.session.accessToken}` };
      const key = await platform.gql(
        `mutation { apiKeyCreate(input: { name: "build", scopes: ["identity:api_keys"] }) { secret errors { code } } }`,
        {},
        bearer,
      );
      shops[name] = { secretKey: key.body.data.apiKeyCreate.secret, bearer };
    }
    const registered = await platform.gql(
      `mutation($input: AppRegisterInput!) { appRegister(input: $input) { app { id } errors { code } } }`,
      { input: { kind: 'STOREFRONT', name: 'Outside storefront', graceSeconds: GRACE_SECONDS } },
      { 'x-api-key': shops.a.secretKey },
    );
    appId = registered.body.data.appRegister.app.id;
    const key = await platform.gql(
      `mutation($appId: ID!) { storefrontKeyCreate(input: { name: "web", appId: $appId }) { secret errors { code } } }`,
      { appId },
      { 'x-api-key': shops.a.secretKey },
    );
    storefrontKey = { 'x-publishable-key': key.body.data.storefrontKeyCreate.secret };
  }, 120_000);

  afterAll(async () => {
    await closeSecond?.();
    await platform?.close();
  });

  const replicas = () => [platform.gatewayUrl, secondUrl];
  const feature = fixtureDocument('OutsideFeature');

  it('before it publishes, its documents are refused on every replica', async () => {
    for (const url of replicas()) {
      expect(codeOf(await byHash(url, feature, { key: 'x' }, storefrontKey))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(codeOf(await post(url, { query: feature, variables: { key: 'x' } }, storefrontKey))).toBe(
        'PERSISTED_QUERY_ONLY',
      );
    }
  });

  it('documents:publish refuses a broken build, naming each document and its problem, exit code 1', async () => {
    const path = join(tmpdir(), `broken-manifest-${process.pid}.json`);
    const broken = 'query OutsideBroken { products(first: 500) { edges { node { id nope } } } }';
    writeFileSync(path, JSON.stringify({ ...fixture, [`sha256:${sha(broken)}`]: broken }));
    const run = await runPublishCli([
      '--app',
      appId,
      '--manifest',
      path,
      '--gateway',
      platform.gatewayUrl,
      '--key',
      shops.a.secretKey,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/INVALID_DOCUMENT .*OutsideBroken \(INVALID_AGAINST_SCHEMA\).*nope/);
    expect(codeOf(await byHash(platform.gatewayUrl, feature, { key: 'x' }, storefrontKey))).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('published with documents:publish, the build runs on both replicas without a restart; others stay refused', async () => {
    const run = await runPublishCli([
      '--app',
      appId,
      '--manifest',
      FIXTURE_MANIFEST,
      '--gateway',
      platform.gatewayUrl,
      '--key',
      shops.a.secretKey,
    ]);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/published version 1 \(4 documents\)/);
    for (const url of replicas()) {
      const answer = await byHash(url, feature, { key: 'new-checkout' }, storefrontKey);
      expect(answer.body).toMatchObject({ data: { featureEnabled: false } });
      expect(answer.body.errors).toBeUndefined();
      // the document itself (not by hash) is accepted too: it is published
      expect((await post(url, { query: feature, variables: { key: 'x' } }, storefrontKey)).body.errors).toBeUndefined();
      const unpublished = 'query Sneaky { featureEnabled(key: "x") }';
      expect(codeOf(await byHash(url, unpublished, {}, storefrontKey))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(codeOf(await post(url, { query: unpublished }, storefrontKey))).toBe('PERSISTED_QUERY_ONLY');
    }
  });

  it("a shopper signed in through the app's storefront key runs the app's documents, and only those", async () => {
    const email = `shopper-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const since = platform.mail.received.length;
    const registered = await post(
      platform.gatewayUrl,
      { query: fixtureDocument('OutsideRegister'), variables: { input: { email, password: PASSWORD } } },
      storefrontKey,
    );
    expect(registered.body.data?.customerRegister.done).toBe(true);
    const mail = await platform.mail.waitFor(email, /Your account at/, { since });
    const completed = await byHash(
      platform.gatewayUrl,
      fixtureDocument('OutsideRegisterComplete'),
      { input: { token: tokenIn(mail.text), password: PASSWORD } },
      storefrontKey,
    );
    const accessToken = completed.body.data?.customerRegisterComplete.session.accessToken;
    expect(accessToken, JSON.stringify(completed.body)).toBeTruthy();
    const shopper = { authorization: `Bearer ${accessToken}` };
    const answer = await byHash(secondUrl, feature, { key: 'x' }, shopper);
    expect(answer.body).toMatchObject({ data: { featureEnabled: false } });
    expect(answer.body.errors).toBeUndefined();
    expect(codeOf(await post(secondUrl, { query: 'query Sneaky { featureEnabled(key: "x") }' }, shopper))).toBe(
      'PERSISTED_QUERY_ONLY',
    );
  });

  it('a new version reaches both replicas within seconds; the previous one works for its grace period, then not', async () => {
    const renamed = 'query OutsideFeatureV2($key: String!) { enabled: featureEnabled(key: $key) }';
    // the previous version's copy is in both replicas' memory now
    for (const url of replicas()) {
      expect((await byHash(url, feature, { key: 'x' }, storefrontKey)).body.errors).toBeUndefined();
    }
    const published = await publishManifest({
      gatewayUrl: platform.gatewayUrl,
      key: shops.a.secretKey,
      appId,
      manifest: { [`sha256:${sha(renamed)}`]: renamed },
    });
    expect(published).toMatchObject({ ok: true, version: { version: 2, documentCount: 1 } });
    const publishedAt = Date.now();
    const pickedUp = await Promise.all(
      replicas().map((url) =>
        waitUntil(
          async () => (await byHash(url, renamed, { key: 'x' }, storefrontKey)).body.data?.enabled === false,
          5000,
        ),
      ),
    );
    expect(Math.max(...pickedUp)).toBeLessThan(5000);

    // version 1 is no longer current but within its grace period: open pages keep working
    for (const url of replicas()) {
      expect((await byHash(url, feature, { key: 'x' }, storefrontKey)).body.errors).toBeUndefined();
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, GRACE_SECONDS * 1000 + 300 - (Date.now() - publishedAt))),
    );
    for (const url of replicas()) {
      expect(codeOf(await byHash(url, feature, { key: 'x' }, storefrontKey))).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await byHash(url, renamed, { key: 'x' }, storefrontKey)).body.data?.enabled).toBe(false);
    }
  }, 30_000);

  it("another tenant can neither publish for the app nor see it; its keys do not run the app's documents", async () => {
    const publish = await publishManifest({
      gatewayUrl: platform.gatewayUrl,
      key: shops.b.secretKey,
      appId,
      manifest: fixture,
    });
    expect(publish).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'appId'] })],
    });
    const seen = await platform.gql('query($id: ID!) { app(id: $id) { id } }', { id: appId }, shops.b.bearer);
    expect(seen.body.data.app).toBeNull();
    const keyForIt = await platform.gql(
      `mutation($appId: ID!) { storefrontKeyCreate(input: { name: "steal", appId: $appId }) { secret errors { code } } }`,
      { appId },
      { 'x-api-key': shops.b.secretKey },
    );
    expect(keyForIt.body.data.storefrontKeyCreate.errors).toEqual([{ code: 'NOT_FOUND' }]);
    // tenant B's own storefront key (no app: the in-repo apps' documents only) cannot run them
    const own = await platform.gql(
      `mutation { storefrontKeyCreate(input: { name: "b" }) { secret } }`,
      {},
      shops.b.bearer,
    );
    const bKey = { 'x-publishable-key': own.body.data.storefrontKeyCreate.secret };
    const renamed = 'query OutsideFeatureV2($key: String!) { enabled: featureEnabled(key: $key) }';
    expect(codeOf(await byHash(platform.gatewayUrl, renamed, { key: 'x' }, bKey))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
