import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_DOCUMENTS_CHANNEL } from '@ucos/kit/app-documents';
import { internalTokenKey, verifyInternalToken } from '@ucos/kit/internal-token';
import { createLogger } from '@ucos/kit/logger';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDocuments } from '../src/app-documents.ts';

/**
 * The gateway's per-app copy of published documents, against a fake identity: read once and kept;
 * dropped when a publish is announced on Redis; re-read for an unknown hash at most once per
 * `missRefreshMs`; a version past its grace period stops counting without a read; the copy in hand
 * answers while identity is down.
 */
const SECRET = 'app-documents-test-internal-secret-0123456789';
const key = internalTokenKey(SECRET);
const TENANT = '11111111-1111-4111-8111-111111111111';
const APP = '22222222-2222-4222-8222-222222222222';
const logger = createLogger('gateway', 'silent');
const redisUrl = process.env.REDIS_URL;

let server: Server;
let identityUrl: string;
let reads = 0;
let up = true;
let versions: { version: number; liveUntil: string | null; documents: Record<string, string> }[] = [];
let askedAs: { tenantId: string | null; kind: string } | null = null;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const token = request.headers['x-ucos-internal-token'];
    const auth = typeof token === 'string' ? await verifyInternalToken(key, token).catch(() => null) : null;
    askedAs = auth ? { tenantId: auth.tenantId, kind: auth.kind } : null;
    if (!up) {
      response.writeHead(503).end();
      return;
    }
    reads += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ appId: APP, builtIn: null, archived: false, versions }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  identityUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const copy = (options: { missRefreshMs?: number; redis?: boolean } = {}) =>
  createAppDocuments({
    identityUrl,
    internalTokenKey: key,
    logger,
    refreshMs: 3_600_000,
    missRefreshMs: options.missRefreshMs ?? 60_000,
    ...(options.redis && redisUrl ? { redisUrl } : {}),
  });

describe("the gateway's copy of an app's documents", () => {
  it('reads as a service of the tenant, keeps the copy, and ignores a version past its grace period', async () => {
    reads = 0;
    versions = [
      { version: 2, liveUntil: null, documents: { aaa: 'query A { __typename }' } },
      { version: 1, liveUntil: new Date(Date.now() + 300).toISOString(), documents: { bbb: 'query B { __typename }' } },
    ];
    const apps = copy({ missRefreshMs: 100 });
    expect(await apps.lookup(TENANT, APP, 'aaa')).toBe('query A { __typename }');
    expect(askedAs).toEqual({ tenantId: TENANT, kind: 'service' });
    expect(await apps.lookup(TENANT, APP, 'bbb')).toBe('query B { __typename }');
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    // past its grace period: not found in the copy, nor in the fresh read the miss makes
    expect(await apps.lookup(TENANT, APP, 'bbb')).toBeUndefined();
    expect(reads).toBe(2);
    await apps.close();
  });

  it('unknown hashes wait for one shared re-read per missRefreshMs: garbage cannot flood identity', async () => {
    reads = 0;
    versions = [{ version: 1, liveUntil: null, documents: { aaa: 'query A { __typename }' } }];
    const apps = copy({ missRefreshMs: 300 });
    await apps.lookup(TENANT, APP, 'aaa');
    const started = Date.now();
    // published meanwhile: the misses wait for the next allowed read, which finds it
    versions = [{ version: 2, liveUntil: null, documents: { ccc: 'query C { __typename }' } }];
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => apps.lookup(TENANT, APP, `junk${i}`)),
      apps.lookup(TENANT, APP, 'ccc'),
    ]);
    expect(answers.slice(0, 20).every((answer) => answer === undefined)).toBe(true);
    expect(answers[20]).toBe('query C { __typename }');
    expect(reads).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
    // a known hash never waits
    const known = Date.now();
    expect(await apps.lookup(TENANT, APP, 'ccc')).toBeDefined();
    expect(Date.now() - known).toBeLessThan(50);
    await apps.close();
  });

  it('keeps answering from the copy in hand while identity is down', async () => {
    versions = [{ version: 1, liveUntil: null, documents: { aaa: 'query A { __typename }' } }];
    const apps = copy({ missRefreshMs: 0 });
    await apps.lookup(TENANT, APP, 'aaa');
    up = false;
    try {
      expect(await apps.lookup(TENANT, APP, 'aaa')).toBe('query A { __typename }');
      expect(await apps.lookup(TENANT, APP, 'zzz')).toBeUndefined();
    } finally {
      up = true;
      await apps.close();
    }
  });

  it.skipIf(!redisUrl)(
    'a publish announced on Redis drops the copy: the next request reads the new version',
    async () => {
      reads = 0;
      versions = [{ version: 1, liveUntil: null, documents: { aaa: 'query A { __typename }' } }];
      const apps = copy({ redis: true });
      await apps.start();
      const publisher = new Redis(redisUrl!);
      try {
        expect(await apps.lookup(TENANT, APP, 'aaa')).toBeDefined();
        // the old document leaves with version 2 and a grace period of 0: only a re-read can tell
        versions = [{ version: 2, liveUntil: null, documents: { ddd: 'query D { __typename }' } }];
        expect(await apps.lookup(TENANT, APP, 'aaa')).toBeDefined();
        await publisher.publish(APP_DOCUMENTS_CHANNEL, JSON.stringify({ tenantId: TENANT, appId: APP, version: 2 }));
        const started = Date.now();
        while ((await apps.lookup(TENANT, APP, 'aaa')) !== undefined) {
          if (Date.now() - started > 3000) throw new Error('the announcement did not drop the copy');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(reads).toBe(2);
      } finally {
        await publisher.quit();
        await apps.close();
      }
    },
  );
});
