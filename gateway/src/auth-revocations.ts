import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ucos/kit/internal-token';
import type { Logger } from '@ucos/kit/logger';
import {
  type Revocation,
  type RevocationReason,
  revocationFeedSchema,
  revocationSchema,
  SESSION_REVOCATIONS_CHANNEL,
  SESSION_REVOCATIONS_ROUTE,
} from '@ucos/kit/session-revocation';
import type { Redis } from 'ioredis';

/** How the feed is fetched: the platform's `fetch` by default. */
export type FeedFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<{ status: number; json(): Promise<unknown> }>;

/** What the gateway knows of an access token when it asks whether the token was revoked. */
export interface TokenSession {
  sessionId: string;
  tenantId: string | null;
  subject: string;
  grantsVersion: number;
}

/** A refusal reason, `null` (the token stands), or `STALE`: the list is too old to vouch for anything. */
export type RevocationVerdict = RevocationReason | 'STALE' | null;

export interface RevocationList {
  /** O(1), in memory: no network on the request path */
  check(token: TokenSession): RevocationVerdict;
  /** the first sync (failures are logged, not thrown: tokens answer 503 until a sync succeeds) */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface RevocationListOptions {
  identityUrl: string;
  internalTokenKey: Uint8Array;
  /**
   * Defaults to the global `fetch`, on purpose not the subgraph connection pool: a read of the feed
   * must not queue behind a burst of subgraph calls, or a busy identity would look unreachable.
   */
  fetch?: FeedFetch;
  logger: Logger;
  /** how often identity's feed is read */
  pollMs: number;
  /** past this age without a successful read, bearer tokens get 503 instead of a guess */
  maxStaleMs: number;
  /** the fast path: identity publishes every record here as it commits */
  redisUrl?: string | undefined;
}

/**
 * Records written this long before the feed's previous answer are read again: a revocation
 * committed after that answer but stamped before it (a transaction in flight) is still found.
 */
const OVERLAP_MS = 10_000;
const PRUNE_EVERY_MS = 30_000;

/**
 * The gateway's copy of identity's revocation records: revoked sessions by `sid`, and each subject's
 * lowest valid grants version. Identity is the authority; the copy is refreshed by polling its feed
 * (`GET /internal/session-revocations?since=…`, service token) every `pollMs`, and — with Redis —
 * pushed each record the moment it commits. Checking a token is two Map look-ups.
 */
export function createRevocationList(options: RevocationListOptions): RevocationList {
  const { logger } = options;
  const feedUrl = `${options.identityUrl.replace(/\/+$/, '')}${SESSION_REVOCATIONS_ROUTE}`;
  const sessions = new Map<string, number>();
  const grants = new Map<string, { version: number; reason: RevocationReason; expiresAt: number }>();
  let since: string | undefined;
  let lastSyncAt = 0;
  let lastPruneAt = Date.now();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let subscriber: Redis | undefined;
  let failures = 0;

  const grantsKey = (tenantId: string | null, subject: string) => `${tenantId ?? ''}:${subject}`;

  function apply(record: Revocation) {
    const expiresAt = Date.parse(record.expiresAt);
    if (expiresAt <= Date.now()) return;
    if ('sessionId' in record) {
      sessions.set(record.sessionId, Math.max(expiresAt, sessions.get(record.sessionId) ?? 0));
      return;
    }
    const key = grantsKey(record.tenantId, record.subjectId);
    const known = grants.get(key);
    if (!known || known.version < record.version) {
      grants.set(key, { version: record.version, reason: record.reason, expiresAt });
    } else if (known.version === record.version) {
      known.expiresAt = Math.max(known.expiresAt, expiresAt);
    }
  }

  function prune(now: number) {
    for (const [sid, expiresAt] of sessions) if (expiresAt <= now) sessions.delete(sid);
    for (const [key, entry] of grants) if (entry.expiresAt <= now) grants.delete(key);
    lastPruneAt = now;
  }

  async function sync(): Promise<void> {
    const token = await signInternalToken(
      options.internalTokenKey,
      { kind: 'service', subject: 'gateway', tenantId: null, roles: [], scopes: [], requestId: crypto.randomUUID() },
      60,
    );
    const url = since ? `${feedUrl}?since=${encodeURIComponent(since)}` : feedUrl;
    const response = await (options.fetch ?? fetch)(url, {
      method: 'GET',
      headers: { accept: 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      signal: AbortSignal.timeout(Math.max(1000, options.maxStaleMs / 2)),
    });
    const body = await response.json().catch(() => null);
    if (response.status !== 200) throw new Error(`identity answered ${response.status} to the revocation feed`);
    const feed = revocationFeedSchema.parse(body);
    for (const record of feed.records) apply(record);
    since = new Date(Date.parse(feed.asOf) - OVERLAP_MS).toISOString();
    lastSyncAt = Date.now();
    if (lastSyncAt - lastPruneAt > PRUNE_EVERY_MS) prune(lastSyncAt);
  }

  async function syncLogged() {
    try {
      await sync();
      if (failures > 0) logger.info({ failures }, 'revocation feed is back');
      failures = 0;
    } catch (error) {
      failures += 1;
      // once per outage, then every 30th attempt: a down identity must not flood the log
      if (failures === 1 || failures % 30 === 0) {
        logger.error({ err: error, failures }, 'cannot read the revocation feed from identity');
      }
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      await syncLogged();
      schedule();
    }, options.pollMs);
    timer.unref?.();
  }

  async function subscribe(url: string) {
    const { Redis: RedisClient } = await import('ioredis');
    subscriber = new RedisClient(url, { lazyConnect: true, maxRetriesPerRequest: null });
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const record = revocationSchema.safeParse(JSON.parse(message));
        if (record.success) apply(record.data);
        else logger.warn({ issues: record.error.issues }, 'ignored a malformed revocation message');
      } catch {
        logger.warn('ignored a revocation message that is not JSON');
      }
    });
    subscriber.on('error', (error: unknown) => logger.warn({ err: error }, 'revocation subscriber: Redis error'));
    await subscriber.connect();
    await subscriber.subscribe(SESSION_REVOCATIONS_CHANNEL);
  }

  return {
    check(token) {
      const now = Date.now();
      if (now - lastSyncAt > options.maxStaleMs) return 'STALE';
      const sessionEnds = sessions.get(token.sessionId);
      if (sessionEnds !== undefined && sessionEnds > now) return 'SESSION_REVOKED';
      const floor = grants.get(grantsKey(token.tenantId, token.subject));
      if (floor && floor.expiresAt > now && token.grantsVersion < floor.version) return floor.reason;
      return null;
    },
    async start() {
      if (options.redisUrl) {
        try {
          await subscribe(options.redisUrl);
        } catch (error) {
          logger.error({ err: error }, 'cannot subscribe to revocations in Redis; polling identity only');
        }
      }
      await syncLogged();
      schedule();
    },
    async close() {
      stopped = true;
      clearTimeout(timer);
      if (subscriber) await subscriber.quit().catch(() => subscriber?.disconnect());
    },
  };
}
