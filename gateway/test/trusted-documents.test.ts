import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@ucos/kit/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';
import { loadTrustedDocuments, sha256Hex } from '../src/trusted-documents.ts';
import { type GraphQLBody, type Stack, startStack } from './fixtures/stack.ts';

const TRUSTED = 'query Storefront_Whoami { whoami { kind tenantId } }';
const HASH = sha256Hex(TRUSTED);
const ARBITRARY = '{ whoami { kind subject scopes } }';
const STOREFRONT = { 'x-publishable-key': 'ucos_pk_storefront_0001' };
const PARTNER = { 'x-api-key': 'ucos_sk_partner_valid_0001' };

let dir: string;
let manifest: string;
let stack: Stack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ucos-trusted-'));
  manifest = join(dir, 'persisted-documents.json');
  await writeFile(manifest, JSON.stringify({ [HASH]: TRUSTED }));
  stack = await startStack({ TRUSTED_DOCUMENTS: manifest });
});
afterAll(async () => {
  await stack?.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

const byHash = (hash = HASH) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('trusted documents by hash', () => {
  it('a storefront key runs a trusted document sent only by its sha256Hash (APQ extension)', async () => {
    const result = await post(byHash(), STOREFRONT);
    expect(result.status).toBe(200);
    expect(result.body.data?.whoami).toMatchObject({ kind: 'publishable_key' });
  });

  it('also as a GraphQL-over-HTTP documentId, with or without the sha256: prefix', async () => {
    for (const documentId of [`sha256:${HASH}`, HASH]) {
      const result = await post({ documentId }, STOREFRONT);
      expect(result.body.data?.whoami).toMatchObject({ kind: 'publishable_key' });
    }
  });

  it('over GET, as urql sends persisted queries', async () => {
    const url = new URL(stack.url);
    url.searchParams.set('extensions', JSON.stringify(byHash().extensions));
    const response = await fetch(url, { headers: { accept: 'application/graphql-response+json', ...STOREFRONT } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLBody).data?.whoami).toMatchObject({ kind: 'publishable_key' });
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND (the message APQ clients recognise)', async () => {
    const result = await post(byHash('0'.repeat(64)), PARTNER);
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  it('a document whose hash does not match is refused', async () => {
    const result = await post({ query: ARBITRARY, ...byHash() }, PARTNER);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_HASH_MISMATCH' });
    expect(result.body.data).toBeUndefined();
  });
});

describe('who may send arbitrary documents', () => {
  it('a storefront key may not: PERSISTED_QUERY_ONLY, nothing executed', async () => {
    const result = await post({ query: ARBITRARY }, STOREFRONT);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_ONLY' });
  });

  it('nor register a new one through the APQ form', async () => {
    const result = await post({ query: ARBITRARY, ...byHash(sha256Hex(ARBITRARY)) }, STOREFRONT);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_ONLY' });
  });

  it('but a storefront key may send the full text of a trusted document', async () => {
    const result = await post({ query: TRUSTED }, STOREFRONT);
    expect(result.body.data?.whoami).toMatchObject({ kind: 'publishable_key' });
  });

  it('a partner API key may, within the limits', async () => {
    const result = await post({ query: ARBITRARY }, PARTNER);
    expect(result.body.data?.whoami).toMatchObject({ kind: 'api_key', scopes: ['catalog:read', 'orders:read'] });
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: whoami { kind }`).join(' ');
    const overLimit = await post({ query: `{ ${aliases} }` }, PARTNER);
    expect(overLimit.body.errors?.[0]?.extensions).toMatchObject({ code: 'ALIAS_LIMIT_EXCEEDED' });
  });

  it('anonymous callers (sign-in, sign-up) and users are not restricted by default', async () => {
    const anonymous = await post({ query: ARBITRARY });
    expect(anonymous.body.data?.whoami).toMatchObject({ kind: 'anonymous' });
  });

  it('refused credentials are still refused before the document is looked at', async () => {
    const result = await post(byHash(), { 'x-publishable-key': 'ucos_pk_unknown_key_0001' });
    expect(result.status).toBe(401);
  });
});

describe('configuration', () => {
  it('rejects a manifest entry whose hash is not its document’s sha256', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ [HASH]: ARBITRARY }));
    await expect(loadTrustedDocuments([bad])).rejects.toThrow(/not the sha256/);
    await expect(loadTrustedDocuments([join(dir, 'missing.json')])).rejects.toThrow(/cannot read/);
  });

  it('reads TRUSTED_DOCUMENTS / --trusted-documents and the enforced kinds', () => {
    const base = { NODE_ENV: 'test', INTERNAL_TOKEN_SECRET: 'x'.repeat(32) };
    const { config } = loadConfig({ ...base, TRUSTED_DOCUMENTS: 'a.json, b.json' });
    expect(config.trustedDocuments).toEqual(['a.json', 'b.json']);
    expect(config.trustedDocumentsEnforce).toEqual(['publishable_key', 'customer']);
    const flag = loadConfig({ ...base, TRUSTED_DOCUMENTS_ENFORCE: 'none' }, ['--trusted-documents', 'c.json']).config;
    expect(flag).toMatchObject({ trustedDocuments: ['c.json'], trustedDocumentsEnforce: [] });
    expect(() => loadConfig({ ...base, TRUSTED_DOCUMENTS_ENFORCE: 'robots' })).toThrow(/unknown principal kind/);
  });

  it('a gateway with an unreadable manifest does not start', async () => {
    const { config } = loadConfig(
      { NODE_ENV: 'test', INTERNAL_TOKEN_SECRET: 'x'.repeat(32), IDENTITY_URL: stack.identity.origin },
      ['--supergraph', stack.supergraphPath, '--port', '0', '--trusted-documents', join(dir, 'missing.json')],
    );
    await expect(createGateway(config, { logger: createLogger('gateway', 'silent') })).rejects.toThrow(/cannot read/);
  });
});
