/**
 * `cached(db, key, { maxAgeMs }, fetcher)`: the one way callers use the keyed cache. A fresh row
 * answers at once; a stale one is refreshed, and still answers if the refresh fails (offline).
 */
import type { ParallaxDB } from './db';

export async function cached<T>(db: ParallaxDB, key: string, opts: { maxAgeMs: number; now?: number }, fetcher: () => Promise<T>): Promise<T> {
  const now = opts.now ?? Date.now();
  const row = await db.cache.get(key).catch(() => undefined);
  if (row && Date.parse(row.expiresAt) > now) return row.value as T;
  try {
    const value = await fetcher();
    await db.cache
      .put({ key, value, storedAt: new Date(now).toISOString(), expiresAt: new Date(now + opts.maxAgeMs).toISOString() })
      .catch(() => undefined); // a cache that cannot be written must not fail the lookup
    return value;
  } catch (error) {
    if (row) return row.value as T;
    throw error;
  }
}
