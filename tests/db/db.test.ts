/** The cache's versions, its keyed values, and what happens when storage runs out. */
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { cached } from '../../utils/db/cached';
import { openDatabase, type ParallaxDB, type StoryRecord } from '../../utils/db/db';
import { Vocabulary } from '../../utils/feed-index/counts';
import { dexieFeedStore } from '../../utils/feed-index/dexie-store';
import { indexed } from '../../utils/feed-index/keys';
import { enforceLimit, evictOldest, expireStories, isQuotaError, StorageFullError, withQuotaRetry } from '../../utils/db/quota';

/** A day's counts as term → count, read through the term numbering. */
async function dayCounts(db: ParallaxDB, day: string) {
  const [d, slices] = await Promise.all([db.feedDays.get(day), db.feedWords.toArray()]);
  const words = new Vocabulary(slices).words;
  return d && { n: d.n, df: Object.fromEntries(Array.from(d.ids, (id, i) => [words[id], d.counts[i]])) };
}

const story = (id: string, lastOpenedAt: string) => ({ id, canonicalUrl: `https://x.example/${id}`, title: id, lastOpenedAt }) as unknown as StoryRecord;

describe('database versions', () => {
  it('v1 → v2: keeps every story and adds the keyed cache', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ stories: 'id, canonicalUrl, lastOpenedAt', feedItems: 'id, feedUrl, date', feedState: 'url' });
    await v1.table('stories').bulkPut([story('a', '2025-01-01'), story('b', '2025-01-02')]);
    v1.close();
    const db = openDatabase(name);
    expect(db.verno).toBe(5);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['a', 'b']);
    await db.cache.put({ key: 'k', value: 1, storedAt: '', expiresAt: '2999-01-01T00:00:00Z' });
    expect(await db.cache.count()).toBe(1);
    db.close();
  });

  it('v2 → v3: indexes feed items by their terms and counts each day', async () => {
    const name = `upgrade3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ stories: 'id, canonicalUrl, lastOpenedAt', feedItems: 'id, feedUrl, date', feedState: 'url' });
    v2.version(2).stores({ cache: 'key, expiresAt' });
    await v2.table('feedItems').bulkPut([
      { id: 'a', url: 'https://x.example/a', title: 'Nvidia ships GPUs to Korea', outlet: { name: 'X', domain: 'x.example' }, source: 'feeds', feedUrl: 'f', date: '2025-10-31T01:00:00.000Z' },
      { id: 'b', url: 'https://x.example/b', title: 'Typhoon hits Cebu', outlet: { name: 'X', domain: 'x.example' }, source: 'feeds', feedUrl: 'f', date: '2025-10-31T05:00:00.000Z' },
    ]);
    v2.close();
    const db = openDatabase(name);
    expect((await db.feedItems.get('a'))?.keys).toEqual(['nvidia', 'ship', 'gpus', 'korea']);
    expect((await db.feedItems.where('dayKeys').equals('typhoon|2025-10-31').toArray()).map((i) => i.id)).toEqual(['b']);
    expect(await dayCounts(db, '2025-10-31')).toMatchObject({ n: 2, df: { nvidia: 1, typhoon: 1 } });
    db.close();
  });

  it('v3 → v4: numbers the terms and turns each day\'s JSON counts into arrays', async () => {
    const name = `upgrade4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ stories: 'id, canonicalUrl, lastOpenedAt', feedItems: 'id, feedUrl, date', feedState: 'url' });
    v3.version(2).stores({ cache: 'key, expiresAt' });
    v3.version(3).stores({ feedItems: 'id, feedUrl, date, *dayKeys', feedDays: 'day' });
    await v3.table('feedDays').bulkPut([
      { day: '2025-10-30', n: 3, df: JSON.stringify({ nvidia: 2, korea: 1 }) },
      { day: '2025-10-31', n: 1, df: { typhoon: 1, korea: 1 } }, // early v3 builds stored an object
    ]);
    v3.close();
    const db = openDatabase(name);
    expect(await dayCounts(db, '2025-10-30')).toEqual({ n: 3, df: { nvidia: 2, korea: 1 } });
    expect(await dayCounts(db, '2025-10-31')).toEqual({ n: 1, df: { typhoon: 1, korea: 1 } });
    expect(new Vocabulary(await db.feedWords.toArray()).words.sort()).toEqual(['korea', 'nvidia', 'typhoon']);
    // New items are counted on top, old words keeping their numbers.
    await dexieFeedStore(db).save([indexed({ id: 'c', url: 'https://x.example/c', title: 'Typhoon nears Vietnam', outlet: { name: 'X', domain: 'x.example' }, source: 'feeds', feedUrl: 'f', date: '2025-10-31T09:00:00.000Z' })]);
    expect(await dayCounts(db, '2025-10-31')).toEqual({ n: 2, df: { typhoon: 2, korea: 1, near: 1, vietnam: 1 } });
    expect(new Vocabulary(await db.feedWords.toArray()).words).toHaveLength(5);
    db.close();
  });
});

describe('database version 5', () => {
  it('v4 → v5: keeps stories and the feed index, and adds the followed stories', async () => {
    const name = `upgrade5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({ stories: 'id, canonicalUrl, lastOpenedAt', feedItems: 'id, feedUrl, date', feedState: 'url' });
    v4.version(2).stores({ cache: 'key, expiresAt' });
    v4.version(3).stores({ feedItems: 'id, feedUrl, date, *dayKeys', feedDays: 'day' });
    v4.version(4).stores({ feedWords: 'slice' });
    await v4.table('stories').bulkPut([story('a', '2025-01-01'), story('b', '2025-01-02')]);
    await v4.table('feedState').put({ url: 'https://feed.example/rss', failures: 0 });
    expect(v4.tables.map((t) => t.name)).not.toContain('follows');
    v4.close();
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['a', 'b']);
    expect(await db.feedState.get('https://feed.example/rss')).toMatchObject({ failures: 0 });
    await db.follows.put({ storyId: 'a', title: 'a', followedAt: '2025-01-03T00:00:00Z', lastMatchAt: '2025-01-03T00:00:00Z', seenAt: '2025-01-03T00:00:00Z', news: [] });
    expect((await db.follows.orderBy('followedAt').toArray()).map((f) => f.storyId)).toEqual(['a']);
    db.close();
  });
});

describe('cached()', () => {
  it('answers fresh rows without fetching, refreshes stale ones, and falls back to stale when the refresh fails', async () => {
    const db = openDatabase(`cached-${Math.random()}`);
    const fetcher = vi.fn(async () => 'v1');
    expect(await cached(db, 'k', { maxAgeMs: 1000, now: 0 }, fetcher)).toBe('v1');
    expect(await cached(db, 'k', { maxAgeMs: 1000, now: 500 }, fetcher)).toBe('v1');
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(await cached(db, 'k', { maxAgeMs: 1000, now: 2000 }, async () => 'v2')).toBe('v2');
    expect(await cached(db, 'k', { maxAgeMs: 1000, now: 9000 }, async () => Promise.reject(new Error('offline')))).toBe('v2');
    await expect(cached(db, 'other', { maxAgeMs: 1000 }, async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});

describe('storage limits', () => {
  it('recognises QuotaExceededError, also nested in an AbortError', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
  });

  it('evicts the least recently opened stories, never the one being written', async () => {
    const db = openDatabase(`evict-${Math.random()}`);
    await db.stories.bulkPut([story('old', '2025-01-01'), story('mid', '2025-02-01'), story('new', '2025-03-01'), story('keep', '2024-01-01')]);
    await evictOldest(db, 0.5, 'keep');
    expect((await db.stories.toArray()).map((s) => s.id).sort()).toEqual(['keep', 'new']);
  });

  it('keeps a followed story however long ago it was opened, until its follow ends', async () => {
    const db = openDatabase(`evict-followed-${Math.random()}`);
    const follow = (storyId: string, ended?: { at: string; reason: string }) => ({ storyId, title: storyId, followedAt: '2025-01-01T00:00:00Z', lastMatchAt: '2025-01-01T00:00:00Z', seenAt: '2025-01-01T00:00:00Z', news: [], ended });
    await db.stories.bulkPut([story('followed', '2024-01-01T00:00:00Z'), story('ended', '2024-01-02T00:00:00Z'), story('old', '2025-01-01T00:00:00Z'), story('new', '2025-03-01T00:00:00Z')]);
    await db.follows.bulkPut([follow('followed'), follow('ended', { at: '2025-01-01T00:00:00Z', reason: 'x' })]);
    await evictOldest(db, 0.5);
    expect((await db.stories.toArray()).map((s) => s.id).sort()).toEqual(['followed', 'new']);
    await db.stories.put(story('ended', '2024-01-02T00:00:00Z'));
    expect(await expireStories(db, Date.parse('2025-06-01T00:00:00Z'))).toBe(2);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['followed']);
  });

  it('on a quota error evicts and retries once, then tells the reader', async () => {
    const db = openDatabase(`quota-${Math.random()}`);
    await db.stories.bulkPut([story('a', '2025-01-01'), story('b', '2025-01-02')]);
    const quota = Object.assign(new Error('full'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    let calls = 0;
    await expect(withQuotaRetry(db, 'b', async () => (++calls === 1 ? Promise.reject(quota) : 'ok'))).resolves.toBe('ok');
    expect(await db.stories.get('a')).toBeUndefined();
    await expect(withQuotaRetry(db, 'b', async () => Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
  });

  it('keeps the cache under the reader limit', async () => {
    const db = openDatabase(`limit-${Math.random()}`);
    await db.stories.bulkPut(Array.from({ length: 20 }, (_, i) => story(`s${i}`, `2025-01-${String(i + 1).padStart(2, '0')}`)));
    let usage = 300 * 1_048_576;
    await enforceLimit(db, 200, 's19', async () => {
      const u = usage;
      usage -= 60 * 1_048_576;
      return { usage: u };
    });
    const left = (await db.stories.toArray()).map((s) => s.id);
    expect(left).toContain('s19');
    expect(left).not.toContain('s0');
    expect(left.length).toBeLessThan(20);
  });

  it('forgets stories not opened for 30 days', async () => {
    const db = openDatabase(`expire-${Math.random()}`);
    await db.stories.bulkPut([story('stale', '2025-01-01T00:00:00Z'), story('recent', '2025-01-25T00:00:00Z')]);
    expect(await expireStories(db, Date.parse('2025-02-05T00:00:00Z'))).toBe(1);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['recent']);
  });
});
