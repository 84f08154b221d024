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

/** Redis: a fixed window per key, shared by every gateway replica (INCRBY + EXPIRE in one round trip). */
export async function redisStore(url: string): Promise<RateLimitStore> {
  const { Redis: RedisClient } = await import('ioredis');
  const redis: Redis = new RedisClient(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  await redis.connect();
  return {
    async spend(key, points, windowSeconds) {
      const window = Math.floor(Date.now() / 1000 / windowSeconds);
      const redisKey = `ucos:rate:${key}:${window}`;
      const [[, total]] = (await redis
        .multi()
        .incrby(redisKey, points)
        .expire(redisKey, windowSeconds * 2)
        .exec()) as [[Error | null, number], [Error | null, number]];
      return total;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
