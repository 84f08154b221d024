/**
 * Answers `read(key)` from memory for `ttlMs`, one read at a time per key (callers arriving while it
 * runs share it). A failed read is not kept: the next caller asks again.
 */
export function shortCache<Value>(read: (key: string) => Promise<Value>, ttlMs: number, now = () => Date.now()) {
  const entries = new Map<string, { value: Promise<Value>; expiresAt: number }>();
  return (key: string): Promise<Value> => {
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) return hit.value;
    const value = read(key);
    entries.set(key, { value, expiresAt: now() + ttlMs });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
