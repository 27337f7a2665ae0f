/**
 * The feed index in memory answers as IndexedDB does: the same items stored in both give the same
 * candidates, in the same order, the same word counts and the same scored coverage.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../utils/db/db';
import { dexieFeedStore } from '../../utils/feed-index/dexie-store';
import { indexed, type FeedItemRecord } from '../../utils/feed-index/keys';
import { findInIndex, MAX_INDEX_CANDIDATES } from '../../utils/feed-index/lookup';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import type { FeedIndexStore } from '../../utils/feed-index/store';
import type { ExtractedArticle } from '../../utils/core/types';
import { loadContent, type NewsroomArticle } from '../newsroom/corpus';

const { articles } = loadContent();
const NOW = Date.parse('2025-11-21T00:00:00Z');
const DAY = 86_400_000;
const COPIES = 30;

/** Copy r of every newsroom article as a feed entry (title + dek), dated over 20 days before NOW. */
function entries(): FeedItemRecord[] {
  return Array.from({ length: COPIES }, (_, r) =>
    articles.map((a, i) => {
      const date = new Date(NOW - (((i * 7 + r * 13) % 20) + 0.5) * DAY).toISOString();
      const domain = `r${r}.${a.outlet.id}.test`;
      return indexed({ id: `${a.slug}~${r}`, url: `https://${domain}/${a.slug}`, title: a.title, description: a.dek, published: date, source: 'feeds', outlet: { name: a.outlet.name, domain }, feedUrl: `https://${domain}/feed`, date });
    }),
  ).flat();
}

const page = (a: NewsroomArticle, i: number): ExtractedArticle =>
  ({ title: a.title, excerpt: a.dek, text: a.body.join('\n\n'), publishedTime: new Date(NOW - (i % 20) * DAY).toISOString(), canonicalUrl: `https://reader.test/${a.slug}`, lang: 'en' }) as unknown as ExtractedArticle;

async function fill(store: FeedIndexStore, items: FeedItemRecord[]) {
  // Three polls, the last re-storing some items under a new title (counted once, found by their new words).
  const third = Math.floor(items.length / 3);
  await store.save(items.slice(0, third));
  await store.save(items.slice(third, 2 * third));
  const retitled = items.slice(0, 50).map((it) => indexed({ ...it, title: `${it.title} (updated: Zanzibarite)` }));
  await store.save([...items.slice(2 * third), ...retitled]);
}

describe('memory store and IndexedDB store', () => {
  it('give the same lookups and the same scored coverage on the same items', async () => {
    const items = entries();
    const memory = memoryFeedStore();
    const dexie = dexieFeedStore(openDatabase(`memory-vs-dexie-${Math.random()}`));
    await fill(memory, items);
    await fill(dexie, items);
    expect(memory.size).toBe(items.length);
    let large = 0;
    let capped = 0;
    for (const [i, a] of articles.entries()) {
      const article = page(a, i);
      const [m, d] = [await findInIndex(memory, article, NOW), await findInIndex(dexie, article, NOW)];
      expect(m.candidates.map((c) => c.id), a.title).toEqual(d.candidates.map((c) => c.id));
      expect(m.candidates).toEqual(d.candidates);
      expect(m.stats).toEqual(d.stats);
      expect(m.coverage).toEqual(d.coverage);
      if (m.stats.n >= 1000) large++;
      if (m.candidates.length === MAX_INDEX_CANDIDATES) capped++;
    }
    // Both paths of the lookup ran: the large window (common words left out) and the 300-candidate cap.
    expect(large).toBeGreaterThan(0);
    expect(capped).toBeGreaterThan(0);
    // Re-stored items keep their first counts (new words uncounted), in both.
    for (const store of [memory, dexie]) expect((await store.wordCounts('2025-10-01', '2025-11-30')).df.has('zanzibarite')).toBe(false);
    expect((await memory.items(['nvidia-korea-260000-gpus~0']))[0]?.title).toMatch(/Zanzibarite/);
  }, 60_000);

  it('takes an item out as if it had never been stored, and back in', async () => {
    const items = entries().slice(0, 200);
    const without = memoryFeedStore();
    await without.save(items.slice(1));
    const store = memoryFeedStore();
    await store.save(items);
    // Re-stored under a new title first: it was counted under its first keys, and is uncounted by them.
    const [first] = items;
    const [reader] = articles;
    if (!first || !reader) throw new Error('no items');
    await store.save([indexed({ ...first, title: `${first.title} Zanzibarite` })]);
    store.remove([first.id]);
    expect(store.size).toBe(199);
    const article = page(reader, 0);
    const [a, b] = [await findInIndex(store, article, NOW), await findInIndex(without, article, NOW)];
    expect(a.stats).toEqual(b.stats);
    expect(a.candidates).toEqual(b.candidates);
    expect(a.candidates.some((c) => c.id === first.id)).toBe(false);
    await store.save([first]);
    const all = memoryFeedStore();
    await all.save(items);
    expect((await findInIndex(store, article, NOW)).stats).toEqual((await findInIndex(all, article, NOW)).stats);
  });
});
