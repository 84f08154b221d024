import { describe, expect, it } from 'vitest';
import { shortCache } from '../src/lib/short-cache.ts';

describe('the storefront short cache (feature flags)', () => {
  it('reads once per key within the TTL, shares a read in flight, and reads again after it', async () => {
    let clock = 0;
    const reads: string[] = [];
    const cached = shortCache(
      async (key) => {
        reads.push(key);
        return `${key}@${clock}`;
      },
      5_000,
      () => clock,
    );
    const [a, b] = await Promise.all([cached('flag'), cached('flag')]);
    expect([a, b]).toEqual(['flag@0', 'flag@0']);
    clock = 4_999;
    expect(await cached('flag')).toBe('flag@0');
    expect(await cached('other')).toBe('other@4999');
    clock = 5_000;
    expect(await cached('flag')).toBe('flag@5000');
    expect(reads).toEqual(['flag', 'other', 'flag']);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cached = shortCache(async () => {
      if (fail) throw new Error('gateway down');
      return true;
    }, 5_000);
    await expect(cached('flag')).rejects.toThrow('gateway down');
    fail = false;
    expect(await cached('flag')).toBe(true);
  });
});
