import { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from './logger.ts';

/**
 * The contract between the domains (which commit changes) and the gateways (which keep answers to
 * repeated reads): after a domain commits a write for a tenant it says so on this Redis channel, and
 * every gateway replica drops that tenant's cached answers. The message carries no data, only who
 * changed: a gateway re-reads through the subgraphs, which stay the only source of truth.
 */
export const DATA_CHANGES_CHANNEL = 'ucos:data-changes';

export const dataChangeSchema = z.object({ tenantId: z.uuid(), domain: z.string().min(1).max(64) });
export type DataChange = z.infer<typeof dataChangeSchema>;

export interface DataChangeAnnouncer {
  /** after a commit of `tenantId`'s data in `domain`: never throws, never waits for Redis */
  announce(domain: string, tenantId: string): void;
  close(): Promise<void>;
}

export interface DataChangeAnnouncerOptions {
  redisUrl: string;
  logger: Logger;
  /**
   * A tenant's commits inside this window share one trailing announcement: a burst of writes (a
   * checkout is several transactions) costs two messages, and the last commit is still announced
   * at most this long after it happened.
   */
  coalesceMs?: number;
}

/**
 * Announces committed changes per tenant on `DATA_CHANGES_CHANNEL`. The first commit of a quiet
 * tenant is announced at once; commits during the following `coalesceMs` are announced together at
 * its end, so every commit is followed by an announcement within that window.
 */
export function dataChangeAnnouncer(options: DataChangeAnnouncerOptions): DataChangeAnnouncer {
  const coalesceMs = options.coalesceMs ?? 50;
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: true });
  redis.on('error', (error) => options.logger.warn({ err: error }, 'data-change announcements: Redis error'));
  // one window per domain and tenant, keyed by the message it sends
  const windows = new Map<string, { again: boolean; timer: NodeJS.Timeout }>();

  const publish = (message: string) => {
    redis.publish(DATA_CHANGES_CHANNEL, message).catch((error: unknown) =>
      // a gateway that misses this keeps an answer at most its safety TTL; the write itself is committed
      options.logger.warn({ err: error, message }, 'could not announce a data change'),
    );
  };
  const closeWindow = (message: string) => {
    const window = windows.get(message);
    if (!window) return;
    if (!window.again) {
      windows.delete(message);
      return;
    }
    publish(message);
    window.again = false;
    window.timer = setTimeout(() => closeWindow(message), coalesceMs);
    window.timer.unref();
  };

  return {
    announce(domain, tenantId) {
      const message = JSON.stringify({ tenantId, domain } satisfies DataChange);
      const window = windows.get(message);
      if (window) {
        window.again = true;
        return;
      }
      publish(message);
      const timer = setTimeout(() => closeWindow(message), coalesceMs);
      timer.unref();
      windows.set(message, { again: false, timer });
    },
    async close() {
      for (const [message, window] of windows) {
        clearTimeout(window.timer);
        if (window.again) publish(message);
      }
      windows.clear();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

let processAnnouncer: { announcer: DataChangeAnnouncer; holders: number; redisUrl: string } | null = null;

/**
 * The process's announcer, shared by every domain server and worker it hosts (one Redis connection):
 * each caller that sets `REDIS_URL` holds it and releases it when it closes. Every unit of work of
 * the process announces through it after a commit (`announceDataChange`).
 */
export function holdDataChangeAnnouncer(redisUrl: string, logger: Logger): () => Promise<void> {
  if (processAnnouncer && processAnnouncer.redisUrl !== redisUrl) {
    throw new Error('one process announces data changes on one Redis: REDIS_URL differs between its services');
  }
  processAnnouncer ??= { announcer: dataChangeAnnouncer({ redisUrl, logger }), holders: 0, redisUrl };
  processAnnouncer.holders++;
  let released = false;
  return async () => {
    if (released || !processAnnouncer) return;
    released = true;
    processAnnouncer.holders--;
    if (processAnnouncer.holders > 0) return;
    const { announcer } = processAnnouncer;
    processAnnouncer = null;
    await announcer.close();
  };
}

/** After a commit: tells the gateways, when this process announces at all (REDIS_URL set). */
export function announceDataChange(domain: string, tenantId: string): void {
  processAnnouncer?.announcer.announce(domain, tenantId);
}
