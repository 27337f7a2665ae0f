/**
 * Storage limits: evict the stories opened longest ago above the reader's cache limit, and when
 * the browser says the disk quota is exceeded, evict and retry once before telling the reader.
 */
import type { ParallaxDB } from './db';

export class StorageFullError extends Error {
  constructor() {
    super("This browser's storage for Parallax is full, so this story could not be saved. Clear the cache in Options, or raise its limit.");
    this.name = 'StorageFullError';
  }
}

/** QuotaExceededError, also when Dexie wraps it in an AbortError of the transaction. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

/**
 * The stories the reader follows: kept however long ago they were opened (a followed story is one
 * the reader waits on without opening; following ends by its own limits, utils/story/follow.ts).
 */
async function followed(db: ParallaxDB): Promise<Set<string>> {
  return new Set((await db.follows.toArray()).filter((f) => !f.ended).map((f) => f.storyId));
}

/** Delete the least-recently-opened stories, never the one being written nor a followed one. */
export async function evictOldest(db: ParallaxDB, share: number, keep?: string): Promise<number> {
  const total = await db.stories.count();
  const n = Math.max(1, Math.floor(total * share));
  const oldest = await db.stories.orderBy('lastOpenedAt').primaryKeys();
  const spared = await followed(db);
  const victims = oldest.filter((id) => id !== keep && !spared.has(id)).slice(0, n);
  await db.stories.bulkDelete(victims);
  return victims.length;
}

export async function withQuotaRetry<T>(db: ParallaxDB, keep: string | undefined, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await evictOldest(db, 0.25, keep);
    try {
      return await op();
    } catch (again) {
      throw isQuotaError(again) ? new StorageFullError() : again;
    }
  }
}

/** Keep the cache under the reader's limit (navigator.storage.estimate, where available). */
export async function enforceLimit(db: ParallaxDB, limitMb: number, keep: string | undefined, estimate = () => navigator.storage.estimate()): Promise<void> {
  for (let round = 0; round < 8; round++) {
    const { usage } = await estimate().catch(() => ({ usage: undefined }));
    if (usage === undefined || usage <= limitMb * 1_048_576 || (await db.stories.count()) <= 1) return;
    await evictOldest(db, 0.1, keep);
  }
}

/** Articles (and the stories built on them) are kept 30 days after the reader last opened them, or while followed. */
export const STORY_MAX_AGE_MS = 30 * 86_400_000;

export async function expireStories(db: ParallaxDB, now = Date.now()): Promise<number> {
  const spared = await followed(db);
  const stale = await db.stories.where('lastOpenedAt').below(new Date(now - STORY_MAX_AGE_MS).toISOString()).primaryKeys();
  const victims = stale.filter((id) => !spared.has(id));
  await db.stories.bulkDelete(victims);
  return victims.length;
}
