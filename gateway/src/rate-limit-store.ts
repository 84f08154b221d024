import type { Redis } from 'ioredis';

/** Adds `points` to a key's counter for the current window and returns the window's total. */
export interface RateLimitStore {
  spend(key: string, points: number, windowSeconds: number): Promise<number>;
  close(): Promise<void>;
}

/** One process's memory: the embedded default. Several gateway replicas need Redis. */
export function memoryStore(): RateLimitStore {
  const windows = new Map<string, { total: number; expiresAt: number }>();
  return {
    async spend(key, points, windowSeconds) {
      const now = Date.now();
      const current = windows.get(key);
      if (!current || current.expiresAt <= now) {
        if (windows.size > 100_000) for (const [k, w] of windows) if (w.expiresAt <= now) windows.delete(k);
        windows.set(key, { total: points, expiresAt: now + windowSeconds * 1000 });
        return points;
      }
      current.total += points;
      return current.total;
    },
    async close() {
      windows.clear();
    },
  };
}

/**
 * Redis: the same window as in memory — it starts with a key's first request and lasts
 * `windowSeconds` — shared by every gateway replica (SET NX EX + INCRBY in one round trip).
 */
export async function redisStore(url: string): Promise<RateLimitStore> {
  const { Redis: RedisClient } = await import('ioredis');
  const redis: Redis = new RedisClient(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  await redis.connect();
  return {
    async spend(key, points, windowSeconds) {
      const redisKey = `ucos:rate:${key}`;
      const results = (await redis
        .multi()
        .set(redisKey, 0, 'EX', windowSeconds, 'NX')
        .incrby(redisKey, points)
        .exec()) as [Error | null, unknown][];
      return Number(results[1]?.[1] ?? 0);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
