/**
 * The feed index's word counts over a run of days (term rarity for matching), read from IndexedDB
 * and kept in the worker's memory between lookups.
 */
import Dexie, { RangeSet } from 'dexie';
import type { WordCounts } from '../core/match';
import type { ParallaxDB } from '../db/db';
import { addDays, daysFrom, Vocabulary, WORDS_PER_SLICE, type FeedDayRecord, type FeedWordsRecord } from './counts';

/** What a committed write to the word counts may have changed. */
interface FeedCountsChange {
  /** The database's name. */
  db: string;
  dayChanged: (day: string) => boolean;
  /** The first slice of the numbering that may have changed, or null if none did. */
  firstSlice: number | null;
}

/**
 * Calls `listener` after every committed write to `feedDays` or `feedWords`, in this context or
 * another one (Dexie broadcasts its writes), so a copy kept in memory knows what went stale.
 */
function watchFeedCounts(listener: (change: FeedCountsChange) => void): void {
  Dexie.on('storagemutated', (parts) => {
    const changes = new Map<string, FeedCountsChange>();
    for (const [part, tree] of Object.entries(parts)) {
      // "idb://NAME/TABLE/" lists the table's written primary keys (deleted ones included).
      const [, db, table] = /^idb:\/\/(.+)\/(feedDays|feedWords)\/$/.exec(part) ?? [];
      if (db === undefined) continue;
      const keys = RangeSet(tree);
      const change = changes.get(db) ?? { db, dayChanged: () => false, firstSlice: null };
      if (table === 'feedDays') change.dayChanged = (day) => keys.hasKey(day);
      else for (const { from } of keys) change.firstSlice = Math.min(change.firstSlice ?? Infinity, typeof from === 'number' ? Math.max(0, from) : 0);
      changes.set(db, change);
    }
    for (const change of changes.values()) listener(change);
  });
}

/**
 * The word counts already read, by database. The worker keeps them while the reader browses, so
 * a lookup reads only the days it lacks (after a poll: today's); when the worker is stopped they
 * are simply read again. Every committed write to the counts, from any context, drops what it
 * may have changed, and a read that a write overtook is not kept.
 */
interface CountsCache {
  writes: number;
  days: Map<string, FeedDayRecord | undefined>;
  /** The numbering's first words; all of it unless a write made it stale. */
  words: string[];
  wordsCurrent: boolean;
}
const countsCaches = new Map<string, CountsCache>();
let watching = false;
/** Days kept at most (≈ 20–100 kB each): a few lookup windows. */
const MAX_CACHED_DAYS = 120;

function countsCache(name: string): CountsCache {
  if (!watching) {
    watching = true;
    watchFeedCounts(({ db, dayChanged, firstSlice }) => {
      const cache = countsCaches.get(db);
      if (!cache) return;
      cache.writes++;
      for (const day of cache.days.keys()) if (dayChanged(day)) cache.days.delete(day);
      if (firstSlice !== null) {
        cache.words.length = Math.min(cache.words.length, firstSlice * WORDS_PER_SLICE);
        cache.wordsCurrent = false;
      }
    });
  }
  let cache = countsCaches.get(name);
  if (!cache) countsCaches.set(name, (cache = { writes: 0, days: new Map(), words: [], wordsCurrent: false }));
  return cache;
}

/**
 * Dexie's own connection: a lookup reads with IndexedDB's API itself, as Dexie costs 0.4–0.9 ms
 * more on each query it wraps, and a lookup makes a dozen of them plus 300 gets
 * (tests/bench/README-feed-index.md). Writes stay with Dexie.
 */
export async function connection(db: ParallaxDB): Promise<IDBDatabase> {
  if (!db.isOpen()) await db.open();
  return db.backendDB();
}

export const answer = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Days' counts and the numbering from a slice on, in one transaction. */
async function readCounts(db: ParallaxDB, days: IDBKeyRange | null, firstSlice: number | null) {
  const tx = (await connection(db)).transaction(['feedDays', 'feedWords'], 'readonly');
  return Promise.all([
    days ? answer<FeedDayRecord[]>(tx.objectStore('feedDays').getAll(days)) : [],
    firstSlice === null ? [] : answer<FeedWordsRecord[]>(tx.objectStore('feedWords').getAll(IDBKeyRange.lowerBound(firstSlice))),
  ]);
}

/** The window's word counts, from memory where possible, else in one read of what is missing. */
export async function windowCounts(db: ParallaxDB, fromDay: string, toDay: string): Promise<WordCounts> {
  const cache = countsCache(db.name);
  const writes = cache.writes;
  const wanted = daysFrom(fromDay, toDay);
  // What is cached now: another lookup may trim the cache while this one reads.
  const have = new Map(wanted.filter((d) => cache.days.has(d)).map((d) => [d, cache.days.get(d)]));
  const missing = wanted.filter((d) => !have.has(d));
  const firstSlice = cache.wordsCurrent ? null : Math.floor(cache.words.length / WORDS_PER_SLICE);
  if (missing.length || firstSlice !== null) {
    const [days, slices] = await readCounts(db, missing.length ? IDBKeyRange.bound(missing[0], missing.at(-1)) : null, firstSlice);
    if (cache.writes !== writes) {
      // A write landed while reading: read the window again, and keep none of it.
      const fresh = await readCounts(db, IDBKeyRange.bound(fromDay, toDay), 0);
      return addDays(fresh[0], new Vocabulary(fresh[1]).words);
    }
    if (cache.days.size + missing.length > MAX_CACHED_DAYS) for (const d of cache.days.keys()) if (d < fromDay || d > toDay) cache.days.delete(d);
    const read = new Map(days.map((d) => [d.day, d]));
    for (const d of missing) {
      cache.days.set(d, read.get(d));
      have.set(d, read.get(d));
    }
    if (firstSlice !== null) {
      cache.words.length = firstSlice * WORDS_PER_SLICE;
      for (const w of new Vocabulary(slices).words) cache.words.push(w);
      cache.wordsCurrent = true;
    }
  }
  return addDays(
    wanted.map((d) => have.get(d)).filter((d): d is FeedDayRecord => Boolean(d)),
    cache.words,
  );
}
