import {
  APP_DOCUMENTS_CHANNEL,
  APP_DOCUMENTS_ROUTE,
  appDocumentsAnnouncementSchema,
  liveDocumentsSchema,
} from '@ucos/kit/app-documents';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import type { Redis } from 'ioredis';
import type { FeedFetch } from './auth-revocations.ts';

export interface AppDocuments {
  /**
   * The app's live documents (cached in memory). A hash the copy does not know makes it ask identity
   * again, at most once per `missRefreshMs` per app (the request waits for that read): a storefront
   * deployed right after publishing sends its new hashes at once, and is not refused while an
   * announcement is on its way, or without Redis.
   */
  lookup(tenantId: string, appId: string, hash: string): Promise<string | undefined>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface AppDocumentsOptions {
  identityUrl: string;
  internalTokenKey: Uint8Array;
  logger: Logger;
  /** the safety net: a copy older than this is read again (a lost announcement costs this long at most) */
  refreshMs: number;
  /** how often an unknown hash may make one app's copy be read again */
  missRefreshMs?: number;
  /** new versions are announced here (identity forwards each publish as it commits) */
  redisUrl?: string | undefined;
  fetch?: FeedFetch;
}

interface Entry {
  fetchedAt: number;
  versions: { liveUntil: number | null; documents: ReadonlyMap<string, string> }[];
}

const MAX_APPS = 10_000;

/**
 * The gateway's copy of each app's live documents, read from identity
 * (`GET /internal/app-documents?app=`, a service token of the app's tenant) when first needed and
 * kept per app in memory. A new version reaches every replica without a restart: identity announces
 * each publish on Redis (`ucos:app-documents`) and every replica drops its copy of that app; without
 * Redis, or when a message is lost, the copy is read again after `refreshMs`, and when a request
 * names a hash the copy lacks (at most once per `missRefreshMs`, the request waiting for it). A version past its grace
 * period stops counting at that instant, without a read.
 */
export function createAppDocuments(options: AppDocumentsOptions): AppDocuments {
  const { logger } = options;
  const base = `${options.identityUrl.replace(/\/+$/, '')}${APP_DOCUMENTS_ROUTE}`;
  const missRefreshMs = options.missRefreshMs ?? 1000;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry>>();
  let subscriber: Redis | undefined;

  async function read(tenantId: string, appId: string): Promise<Entry> {
    const token = await signInternalToken(
      options.internalTokenKey,
      { kind: 'service', subject: 'gateway', tenantId, roles: [], scopes: [], requestId: crypto.randomUUID() },
      60,
    );
    const response = await (options.fetch ?? fetch)(`${base}?app=${encodeURIComponent(appId)}`, {
      method: 'GET',
      headers: { accept: 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      signal: AbortSignal.timeout(5000),
    });
    const body = await response.json().catch(() => null);
    // an app identity does not know (deleted with its tenant): no documents of its own
    if (response.status === 404) return { fetchedAt: Date.now(), versions: [] };
    if (response.status !== 200) throw new Error(`identity answered ${response.status} for an app's documents`);
    const answer = liveDocumentsSchema.parse(body);
    return {
      fetchedAt: Date.now(),
      versions: answer.versions.map((version) => ({
        liveUntil: version.liveUntil ? Date.parse(version.liveUntil) : null,
        documents: new Map(Object.entries(version.documents)),
      })),
    };
  }

  /** One read per app at a time; every request that needs it waits for the same one. */
  function refresh(tenantId: string, appId: string, delayMs = 0): Promise<Entry> {
    const key = `${tenantId}:${appId}`;
    const running = inFlight.get(key);
    if (running) return running;
    const reading = (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve())
      .then(() => read(tenantId, appId))
      .then((entry) => {
        if (entries.size >= MAX_APPS) entries.clear();
        entries.set(key, entry);
        return entry;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, reading);
    return reading;
  }

  const find = (entry: Entry, hash: string, now: number) => {
    for (const version of entry.versions) {
      if (version.liveUntil !== null && version.liveUntil <= now) continue;
      const document = version.documents.get(hash);
      if (document !== undefined) return document;
    }
    return undefined;
  };

  async function subscribe(url: string) {
    const { Redis: RedisClient } = await import('ioredis');
    subscriber = new RedisClient(url, { lazyConnect: true, maxRetriesPerRequest: null });
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const announced = appDocumentsAnnouncementSchema.safeParse(JSON.parse(message));
        if (announced.success) entries.delete(`${announced.data.tenantId}:${announced.data.appId}`);
      } catch {
        logger.warn('ignored an app documents message that is not JSON');
      }
    });
    subscriber.on('error', (error: unknown) => logger.warn({ err: error }, 'app documents subscriber: Redis error'));
    await subscriber.connect();
    await subscriber.subscribe(APP_DOCUMENTS_CHANNEL);
  }

  return {
    async lookup(tenantId, appId, hash) {
      const now = Date.now();
      const key = `${tenantId}:${appId}`;
      let entry = entries.get(key);
      try {
        const readNow = !entry || now - entry.fetchedAt > options.refreshMs;
        if (readNow) entry = await refresh(tenantId, appId);
        const found = find(entry!, hash, now);
        if (found !== undefined || readNow) return found;
        // a copy read less than missRefreshMs ago is read again once that time is up: the request
        // waits for it (with every other miss of the app) rather than being refused, and identity
        // sees one read per app per missRefreshMs however many unknown hashes arrive
        const wait = missRefreshMs - (Date.now() - entry!.fetchedAt);
        return find(await refresh(tenantId, appId, wait), hash, Date.now());
      } catch (error) {
        logger.error({ err: error, appId }, "cannot read an app's documents from identity");
        // identity is down: the copy in hand still says what was published
        return entry ? find(entry, hash, now) : undefined;
      }
    },
    async start() {
      if (!options.redisUrl) return;
      try {
        await subscribe(options.redisUrl);
      } catch (error) {
        logger.error({ err: error }, 'cannot subscribe to app document announcements; refreshing on a timer only');
      }
    },
    async close() {
      if (subscriber) await subscriber.quit().catch(() => subscriber?.disconnect());
    },
  };
}
