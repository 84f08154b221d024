import type { Redis } from 'ioredis';

/** A key's window after a spend: what it has spent, and in how many seconds the window ends. */
export interface WindowSpend {
  total: number;
  resetSeconds: number;
}

/** Adds `points` to a key's counter for the current window and returns the window's total. */
export interface RateLimitStore {
  spend(key: string, points: number, windowSeconds: number): Promise<WindowSpend>;
  /** gives points back to the key's current window; nothing when that window has already ended */
  refund(key: string, points: number): Promise<void>;
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
        return { total: points, resetSeconds: windowSeconds };
      }
      current.total += points;
      return { total: current.total, resetSeconds: Math.max(1, Math.ceil((current.expiresAt - now) / 1000)) };
    },
    async refund(key, points) {
      const current = windows.get(key);
      if (current && current.expiresAt > Date.now()) current.total -= points;
    },
    async close() {
      windows.clear();
    },
  };
}

const REFUND = `if redis.call('exists', KEYS[1]) == 1 then return redis.call('decrby', KEYS[1], ARGV[1]) end return 0`;

/**
 * Redis: the same window as in memory — it starts with a key's first request and lasts
 * `windowSeconds` — shared by every gateway replica (SET NX EX + INCRBY + PTTL in one round trip).
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
        .pttl(redisKey)
        .exec()) as [Error | null, unknown][];
      const leftMs = Number(results[2]?.[1] ?? -1);
      return {
        total: Number(results[1]?.[1] ?? 0),
        resetSeconds: leftMs > 0 ? Math.max(1, Math.ceil(leftMs / 1000)) : windowSeconds,
      };
    },
    async refund(key, points) {
      // only while the window lives: a refund must neither start a window nor outlive one
      await redis.eval(REFUND, 1, `ucos:rate:${key}`, points);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
