/**
 * The feed index in IndexedDB (the worker's): its four tables, declared with the rest of the
 * cache in utils/db/db.ts, are read and written here only.
 */
import type { ParallaxDB } from '../db/db';
import { countDay, readDay, Vocabulary, writeDay, type DayCounts } from './counts';
import { answer, connection, windowCounts } from './dexie-counts';
import type { FeedItemRecord } from './keys';
import type { FeedState } from './poll';
import type { FeedIndexStore } from './store';

export function dexieFeedStore(db: ParallaxDB): FeedIndexStore {
  return {
    wordCounts: (fromDay, toDay) => windowCounts(db, fromDay, toDay),
    async itemsWith(words, fromDay, toDay) {
      // Keys only (cheap), one key range per word ("word|first day" … "word|last day"), in one transaction.
      const index = (await connection(db)).transaction('feedItems', 'readonly').objectStore('feedItems').index('dayKeys');
      return Promise.all(words.map((t) => answer(index.getAllKeys(IDBKeyRange.bound(`${t}|${fromDay}`, `${t}|${toDay}`))) as Promise<string[]>));
    },
    async items(ids) {
      const store = (await connection(db)).transaction('feedItems', 'readonly').objectStore('feedItems');
      return Promise.all(ids.map((id) => answer<FeedItemRecord | undefined>(store.get(id))));
    },
    feedStates: (urls) => db.feedState.bulkGet(urls),
    save: (items, states) => storeItems(db, items, states),
  };
}

/** Write items, counting only the new ones in their days' statistics, with the feeds' states in the same transaction. */
async function storeItems(db: ParallaxDB, rows: FeedItemRecord[], states: FeedState[] = []): Promise<FeedItemRecord[]> {
  return db.transaction('rw', [db.feedItems, db.feedState, db.feedDays, db.feedWords], async () => {
    if (states.length) await db.feedState.bulkPut(states);
    if (!rows.length) return [];
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
    return fresh;
  });
}

/** Every feed's polling state, for the options page (Dexie reads: a liveQuery follows them). */
export function allFeedStates(db: ParallaxDB): Promise<FeedState[]> {
  return db.feedState.toArray();
}

/** Forget the whole index: items, word counts, and the feeds' polling state. */
export async function clearFeedIndex(db: ParallaxDB): Promise<void> {
  await Promise.all([db.feedItems.clear(), db.feedState.clear(), db.feedDays.clear(), db.feedWords.clear()]);
}
