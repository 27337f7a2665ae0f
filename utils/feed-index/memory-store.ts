/**
 * The feed index in memory, for Node: tests, and command-line tools that run the extension's own
 * lookup and scoring over a file. Same answers as IndexedDB on the same items (tested): a re-stored
 * item replaces the old one under its new keys but is counted once, as there.
 */
import type { WordCounts } from '../core/match';
import { daysFrom } from './counts';
import type { FeedItemRecord } from './keys';
import type { FeedState } from './poll';
import type { FeedIndexStore } from './store';

export interface MemoryFeedStore extends FeedIndexStore {
  /** How many items it holds. */
  readonly size: number;
  /**
   * Take items out, uncounted from their days' word counts: the reader CLI takes each reader's
   * own line out of the index for its lookup (the index is every *other* line) and saves it back.
   */
  remove(ids: string[]): void;
}

export function memoryFeedStore(): MemoryFeedStore {
  const items = new Map<string, FeedItemRecord>();
  const states = new Map<string, FeedState>();
  /** "word|day" → ids of that day's items with the word (IndexedDB's multi-entry index). */
  const postings = new Map<string, Set<string>>();
  /** day → items counted, and by term how many of them contain it. */
  const days = new Map<string, { n: number; df: Map<string, number> }>();
  /** id → the day and keys it was counted under (a re-stored item is not counted again). */
  const counted = new Map<string, { day: string; keys: string[] }>();

  const post = (item: FeedItemRecord, add: boolean) => {
    for (const k of item.dayKeys ?? []) {
      const ids = postings.get(k);
      if (add) postings.set(k, (ids ?? new Set<string>()).add(item.id));
      else if (ids?.delete(item.id) && !ids.size) postings.delete(k);
    }
  };

  return {
    get size() {
      return items.size;
    },
    async wordCounts(fromDay, toDay): Promise<WordCounts> {
      const df = new Map<string, number>();
      let n = 0;
      for (const day of daysFrom(fromDay, toDay)) {
        const d = days.get(day);
        if (!d) continue;
        n += d.n;
        for (const [t, c] of d.df) df.set(t, (df.get(t) ?? 0) + c);
      }
      return { n, df };
    },
    async itemsWith(words, fromDay, toDay) {
      const span = daysFrom(fromDay, toDay);
      return words.map((t) => span.flatMap((day) => [...(postings.get(`${t}|${day}`) ?? [])]));
    },
    async items(ids) {
      return ids.map((id) => items.get(id));
    },
    async feedStates(urls) {
      return urls.map((u) => states.get(u));
    },
    remove(ids) {
      for (const id of ids) {
        const old = items.get(id);
        if (!old) continue;
        post(old, false);
        items.delete(id);
        const was = counted.get(id);
        counted.delete(id);
        const d = was && days.get(was.day);
        if (!was || !d) continue;
        d.n--;
        for (const k of was.keys) {
          const c = (d.df.get(k) ?? 0) - 1;
          if (c > 0) d.df.set(k, c);
          else d.df.delete(k);
        }
      }
    },
    async save(rows, newStates = []) {
      for (const s of newStates) states.set(s.url, s);
      const fresh = rows.filter((r) => !items.has(r.id));
      for (const r of fresh) {
        const day = r.date.slice(0, 10);
        counted.set(r.id, { day, keys: r.keys ?? [] });
        const d = days.get(day) ?? { n: 0, df: new Map<string, number>() };
        d.n++;
        for (const k of r.keys ?? []) d.df.set(k, (d.df.get(k) ?? 0) + 1);
        days.set(day, d);
      }
      for (const r of rows) {
        const old = items.get(r.id);
        if (old) post(old, false);
        items.set(r.id, r);
        post(r, true);
      }
      return fresh;
    },
  };
}
