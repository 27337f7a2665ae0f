/** The local feed index in IndexedDB: what a lookup finds, and its word counts (kept in memory) following every write. */
import { describe, expect, it } from 'vitest';
import type { StoryQuery } from '../../utils/core/query';
import { openDatabase, type ParallaxDB } from '../../utils/db/db';
import { addDays, Vocabulary, WORDS_PER_SLICE } from '../../utils/feed-index/counts';
import { clearFeedIndex, dexieFeedStore } from '../../utils/feed-index/dexie-store';
import { indexed, type FeedItemRecord } from '../../utils/feed-index/keys';
import { lookUpIndex as lookUp, warmUpIndex as warmUp } from '../../utils/feed-index/lookup';
import { refreshFeeds } from '../../utils/feed-index/refresh';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const NOW = Date.parse('2025-11-21T00:00:00Z');
const item = (id: string, title: string, date: string) =>
  indexed({ id, url: `https://x.example/${id}`, title, outlet: { name: 'X', domain: 'x.example' }, source: 'feeds', published: date, feedUrl: 'https://x.example/feed', date });
const query = (words: string[]): StoryQuery => ({ entities: [], keyTerms: words, figures: [], date: null, lang: 'en' });

const storeItems = (db: ParallaxDB, rows: FeedItemRecord[]) => dexieFeedStore(db).save(rows);
const lookUpIndex = (db: ParallaxDB, q: StoryQuery, storyDate: string | null, now: number) => lookUp(dexieFeedStore(db), q, storyDate, now);
const warmUpIndex = (db: ParallaxDB, storyDate: string | null, now: number) => warmUp(dexieFeedStore(db), storyDate, now);

/** The window's counts straight from the database, as a lookup without any memory would see them. */
async function countsOnDisk(db: ParallaxDB, fromDay: string, toDay: string) {
  const days = await db.feedDays.where('day').between(fromDay, toDay, true, true).toArray();
  return addDays(days, new Vocabulary(await db.feedWords.toArray()).words);
}

describe('lookUpIndex over IndexedDB', () => {
  it('finds the window’s items sharing the story’s words, those sharing more first', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    await storeItems(db, [
      item('both', 'Typhoon Kalmaegi hits Cebu', '2025-11-10T08:00:00.000Z'),
      item('one', 'Cebu ferries resume', '2025-11-12T08:00:00.000Z'),
      item('none', 'Markets rally', '2025-11-12T09:00:00.000Z'),
      item('too-old', 'Typhoon Kalmaegi remembered', '2025-10-01T08:00:00.000Z'),
    ]);
    const { candidates, stats } = await lookUpIndex(db, query(['kalmaegi', 'cebu']), '2025-11-11T00:00:00Z', NOW);
    expect(candidates.map((c) => c.id)).toEqual(['both', 'one']);
    expect(candidates[0]).not.toHaveProperty('dayKeys');
    expect(stats.n).toBe(3);
    expect(Object.fromEntries(stats.df)).toMatchObject({ typhoon: 1, kalmaegi: 1, cebu: 2, market: 1 });
  });

  it('counts what is written after a lookup, also a new day and new words', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    await storeItems(db, [item('a', 'Typhoon Kalmaegi hits Cebu', '2025-11-10T08:00:00.000Z')]);
    const before = await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW);
    expect(before.stats.n).toBe(1);
    await storeItems(db, [
      item('b', 'Kalmaegi death toll rises in Cebu', '2025-11-10T10:00:00.000Z'),
      item('c', 'Kalmaegi moves towards Vietnam', '2025-11-13T10:00:00.000Z'),
      item('a', 'Typhoon Kalmaegi hits Cebu', '2025-11-10T08:00:00.000Z'), // already counted
    ]);
    const after = await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW);
    expect(after.stats.n).toBe(3);
    expect(after.stats.df.get('kalmaegi')).toBe(3);
    expect(after.stats.df.get('vietnam')).toBe(1);
    expect(after.candidates.map((c) => c.id).sort()).toEqual(['a', 'b', 'c']);
    expect(after.stats).toEqual(await countsOnDisk(db, '2025-10-28', '2025-11-18'));
  });

  it('forgets its counts when they are cleared, or written through another connection', async () => {
    const name = `feeds-${Math.random()}`;
    const db = openDatabase(name);
    await storeItems(db, [item('a', 'Typhoon Kalmaegi hits Cebu', '2025-11-10T08:00:00.000Z')]);
    expect((await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW)).stats.n).toBe(1);
    const other = openDatabase(name);
    await storeItems(other, [item('b', 'Kalmaegi nears Vietnam', '2025-11-10T09:00:00.000Z')]);
    expect((await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW)).stats.df.get('vietnam')).toBe(1);
    await clearFeedIndex(db);
    expect((await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW)).stats).toEqual({ n: 0, df: new Map() });
  });

  it('numbers more words than one slice holds, and reads them back the same', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    const word = (i: number) => `w${i.toString(36)}x`;
    const batch = (from: number, to: number) =>
      Array.from({ length: (to - from) / 10 }, (_, k) => item(`i${from + k * 10}`, Array.from({ length: 10 }, (_, j) => word(from + k * 10 + j)).join(' '), '2025-11-10T08:00:00.000Z'));
    await storeItems(db, batch(0, 3000));
    await lookUpIndex(db, query([word(5)]), '2025-11-11T00:00:00Z', NOW);
    await storeItems(db, batch(3000, WORDS_PER_SLICE + 2000));
    expect((await db.feedWords.toArray()).map((s) => s.slice)).toEqual([0, 1]);
    const { stats, candidates } = await lookUpIndex(db, query([word(5600)]), '2025-11-11T00:00:00Z', NOW);
    expect(stats.df.size).toBe(new Set([...batch(0, 3000), ...batch(3000, WORDS_PER_SLICE + 2000)].flatMap((i) => i.keys)).size);
    expect(stats.df.size).toBeGreaterThan(WORDS_PER_SLICE);
    expect(stats).toEqual(await countsOnDisk(db, '2025-10-28', '2025-11-18'));
    expect(candidates.map((c) => c.id)).toEqual(['i5600']);
  });

  it('answers the same from memory as from disk, window after window', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    const day = (i: number) => new Date(Date.parse('2025-01-01T12:00:00Z') + i * 86_400_000).toISOString();
    await storeItems(db, Array.from({ length: 300 }, (_, i) => item(`d${i}`, `Storm ${i % 7 ? 'Kalmaegi' : 'Fung-wong'} day${i % 11}`, day(i))));
    for (const i of [20, 60, 100, 140, 180, 200, 30, 21]) {
      const { stats } = await lookUpIndex(db, query(['kalmaegi']), day(i), NOW);
      const [from, to] = [day(i - 14).slice(0, 10), day(i + 7).slice(0, 10)];
      expect(stats).toEqual(await countsOnDisk(db, from, to));
      if (i === 30) await storeItems(db, [item('late', 'Kalmaegi late entry', day(28))]);
    }
  });

  it('can read a window’s counts ahead, and still sees a poll that lands in between', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    await storeItems(db, [item('a', 'Typhoon Kalmaegi hits Cebu', '2025-11-10T08:00:00.000Z')]);
    await Promise.all([warmUpIndex(db, '2025-11-11T00:00:00Z', NOW), storeItems(db, [item('b', 'Kalmaegi nears Vietnam', '2025-11-11T09:00:00.000Z')])]);
    const { stats, candidates } = await lookUpIndex(db, query(['kalmaegi']), '2025-11-11T00:00:00Z', NOW);
    expect(stats).toEqual(await countsOnDisk(db, '2025-10-28', '2025-11-18'));
    expect(candidates.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('answers right when two lookups run at once and one trims the memory the other counted on', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    const day = (i: number) => new Date(Date.parse('2025-01-01T12:00:00Z') + i * 86_400_000).toISOString();
    await storeItems(db, Array.from({ length: 200 }, (_, i) => item(`d${i}`, `Storm Kalmaegi day${i % 11}`, day(i))));
    // Fill the memory near its limit with earlier windows (16…125), then at once a far window, which trims
    // the memory, and one half in memory (116…137).
    for (const i of [30, 52, 74, 96, 118]) await lookUpIndex(db, query(['kalmaegi']), day(i), NOW);
    const [a, b] = await Promise.all([lookUpIndex(db, query(['kalmaegi']), day(165), NOW), lookUpIndex(db, query(['kalmaegi']), day(130), NOW)]);
    expect(a.stats).toEqual(await countsOnDisk(db, day(151).slice(0, 10), day(172).slice(0, 10)));
    expect(b.stats).toEqual(await countsOnDisk(db, day(116).slice(0, 10), day(137).slice(0, 10)));
    expect((await lookUpIndex(db, query(['kalmaegi']), day(130), NOW)).stats).toEqual(b.stats);
  });

  it('stores a whole poll in one write, counting an item two feeds carry once', async () => {
    const db = openDatabase(`feeds-${Math.random()}`);
    const rss = (title: string, link: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://a.example/</link><item><title>${title}</title><link>${link}</link><pubDate>Mon, 10 Nov 2025 08:00:00 GMT</pubDate></item></channel></rss>`;
    const bodies: Record<string, string> = {
      'https://a.example/feed': rss('Typhoon Kalmaegi hits Cebu', 'https://wire.example/kalmaegi'),
      'https://b.example/feed': rss('Typhoon Kalmaegi hits Cebu', 'https://wire.example/kalmaegi'),
      'https://c.example/feed': rss('Kalmaegi nears Vietnam', 'https://c.example/vietnam'),
    };
    const fetchFeed = (async (url: string | URL | Request) => new Response(bodies[String(url)], { headers: { 'content-type': 'application/rss+xml' } })) as typeof fetch;
    const list = Object.keys(bodies).map((url) => ({ url, name: url, enabled: true }));
    const settings = { ...DEFAULT_SETTINGS, sources: { ...DEFAULT_SETTINGS.sources, feeds: { enabled: true, list, pollMinutes: 30 } } };
    const first = await refreshFeeds(dexieFeedStore(db), settings, { fetch: fetchFeed, now: NOW });
    expect(first).toMatchObject({ due: 3, ok: 3 });
    expect(first.added.map((i) => i.url).sort()).toEqual(['https://c.example/vietnam', 'https://wire.example/kalmaegi']);
    expect(await db.feedItems.count()).toBe(2);
    // The same items polled again are not new.
    expect((await refreshFeeds(dexieFeedStore(db), settings, { fetch: fetchFeed, now: NOW + 3600_000 })).added).toEqual([]);
    expect((await db.feedState.toArray()).map((s) => s.url).sort()).toEqual(Object.keys(bodies));
    const { stats } = await lookUpIndex(db, query(['kalmaegi']), '2025-11-10T08:00:00Z', NOW);
    expect(stats.n).toBe(2);
    expect(stats.df.get('kalmaegi')).toBe(2);
  });
});
