/**
 * The local feed index: poll what is due into IndexedDB, and look a story up in it. Items are
 * stored with their terms (a multi-entry index) and each day's term counts, so a lookup reads
 * only the items that share a word with the story, plus a few small rows of statistics, which
 * the worker keeps in memory between lookups.
 */
import type { StoryQuery } from './core/query';
import { terms } from './core/text';
import type { Candidate } from './core/types';
import { countDay, dayKeysOf, itemKeys, readDay, Vocabulary, writeDay, type DayCounts, type FeedItemRecord, type ParallaxDB } from './db/db';
import type { WordCounts } from './core/match';
import { answer, connection, windowCounts } from './db/feed-counts';
import { feedDue, pollFeed } from './sources/feed-poll';
import type { Settings } from './settings';
import { storyWindow } from './core/time';

export interface FeedRefresh {
  /** Feeds that were due and asked. */
  due: number;
  /** Of those, how many answered (200 or 304). */
  ok: number;
}

export async function refreshFeeds(db: ParallaxDB, settings: Settings, opts: { fetch: typeof fetch; signal?: AbortSignal; now?: number }): Promise<FeedRefresh> {
  const cfg = settings.sources.feeds;
  const result: FeedRefresh = { due: 0, ok: 0 };
  if (!cfg.enabled) return result;
  const now = opts.now ?? Date.now();
  const feeds = cfg.list.filter((f) => f.enabled);
  const states = await db.feedState.bulkGet(feeds.map((f) => f.url));
  const seen = new Date(now).toISOString();
  const polled = await Promise.all(
    feeds.map(async (feed, i) => {
      if (!feedDue(states[i], cfg.pollMinutes, now)) return null;
      result.due++;
      const { state, items } = await pollFeed(feed, states[i], { fetch: opts.fetch, signal: opts.signal, now });
      if (state.failures === 0) result.ok++;
      return { state, rows: (items ?? []).map((it) => indexed({ ...it, feedUrl: feed.url, date: it.published ?? seen })) };
    }),
  );
  // One write for the whole poll: the word numbering is read once, not once per feed; an item
  // two feeds carry is counted once.
  const done = polled.filter((p) => p !== null);
  if (!done.length) return result;
  const ids = new Set<string>();
  const rows = done.flatMap((p) => p.rows).filter((r) => !ids.has(r.id) && Boolean(ids.add(r.id)));
  await storeItems(db, rows, async () => void (await db.feedState.bulkPut(done.map((p) => p.state))));
  return result;
}

/** An item with its index keys. */
export function indexed(item: Omit<FeedItemRecord, 'keys' | 'dayKeys'>): FeedItemRecord {
  const keys = itemKeys(item);
  return { ...item, keys, dayKeys: dayKeysOf(keys, item.date) };
}

/** Write items, counting only the new ones in their days' statistics. */
export async function storeItems(db: ParallaxDB, rows: FeedItemRecord[], alsoInTransaction?: () => Promise<void>): Promise<void> {
  await db.transaction('rw', [db.feedItems, db.feedState, db.feedDays, db.feedWords], async () => {
    await alsoInTransaction?.();
    if (!rows.length) return;
    const known = await db.feedItems.bulkGet(rows.map((r) => r.id));
    const fresh = rows.filter((_, i) => !known[i]);
    if (fresh.length) {
      const [stored, slices] = await Promise.all([db.feedDays.bulkGet([...new Set(fresh.map((r) => r.date.slice(0, 10)))]), db.feedWords.toArray()]);
      const words = new Vocabulary(slices);
      const days = new Map<string, DayCounts>();
      for (const d of stored) if (d) days.set(d.day, readDay(d));
      for (const r of fresh) countDay(days, words, r);
      await db.feedDays.bulkPut([...days.values()].map(writeDay));
      await db.feedWords.bulkPut(words.changed());
    }
    await db.feedItems.bulkPut(rows);
  });
}

/** The lookup window around a story (STORY_WINDOW_DAYS). */
function window(storyDate: string | null, now: number) {
  const { from, to } = storyWindow(storyDate ? Date.parse(storyDate) : now);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The words a story is looked up by in the index: its names' and key terms' own terms. */
export function lookupTerms(query: StoryQuery): string[] {
  const out = new Set<string>();
  for (const e of query.entities.slice(0, 8)) for (const t of terms(e, query.lang)) out.add(t);
  for (const t of query.keyTerms.slice(0, 8)) out.add(t);
  return [...out];
}

export const MAX_INDEX_CANDIDATES = 300;

export interface IndexLookup {
  /** Items in the window sharing the most terms with the story, at most MAX_INDEX_CANDIDATES. */
  candidates: Candidate[];
  /** Term rarity over every item in the window (from the per-day counts). */
  stats: WordCounts;
}

/** Words in more than this share of the window's items are too common to look up by. */
const COMMON = 0.05;
const MAX_NEEDLES = 10;

/**
 * Read a story's window of word counts into memory ahead of its lookup, e.g. while the due feeds
 * are being polled: a worker that was stopped then saves that read (≈ 5–10 ms) on the lookup.
 */
export async function warmUpIndex(db: ParallaxDB, storyDate: string | null, now: number): Promise<void> {
  const { from, to } = window(storyDate, now);
  await windowCounts(db, from.slice(0, 10), to.slice(0, 10));
}

/**
 * The words to look a story up by: its rarer words present in the index (an item sharing only
 * "south" or "said" is not a match). In a small index every word is "common": there the rarest
 * ten are simply taken.
 */
export function pickNeedles(query: StoryQuery, { n, df }: IndexLookup['stats']): string[] {
  return lookupTerms(query)
    .filter((t) => (df.get(t) ?? 0) > 0 && (n < 1000 || (df.get(t) ?? 0) <= COMMON * n))
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
    .slice(0, MAX_NEEDLES);
}

export async function lookUpIndex(db: ParallaxDB, query: StoryQuery, storyDate: string | null, now: number): Promise<IndexLookup> {
  const { from, to } = window(storyDate, now);
  const [fromDay, toDay] = [from.slice(0, 10), to.slice(0, 10)];
  const stats = await windowCounts(db, fromDay, toDay);
  const needles = pickNeedles(query, stats);
  // Keys only (cheap), one key range per word ("word|first day" … "word|last day"), counted per
  // item: items sharing more of the words come first.
  const idb = await connection(db);
  const index = idb.transaction('feedItems', 'readonly').objectStore('feedItems').index('dayKeys');
  const ids = await Promise.all(needles.map((t) => answer(index.getAllKeys(IDBKeyRange.bound(`${t}|${fromDay}`, `${t}|${toDay}`)))));
  const shared = new Map<string, number>();
  for (const id of ids.flat() as string[]) shared.set(id, (shared.get(id) ?? 0) + 1);
  const best = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_INDEX_CANDIDATES).map(([id]) => id);
  const store = idb.transaction('feedItems', 'readonly').objectStore('feedItems');
  const read = await Promise.all(best.map((id) => answer<FeedItemRecord | undefined>(store.get(id))));
  const rows = read.filter((r): r is FeedItemRecord => Boolean(r && r.date >= from && r.date <= to));
  const candidates = rows.map(({ feedUrl: _f, date: _d, keys: _k, dayKeys: _dk, ...c }) => c);
  return { candidates, stats };
}
