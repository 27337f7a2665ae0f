/**
 * The index's word counts: how many of each day's items contain each term, the term rarity that
 * scoring takes as its background. Terms are numbered once, so a day is two flat arrays (term ids,
 * counts): adding up a lookup's 22 days is then a few thousand integer additions, where JSON
 * objects with thousands of keys took ≈ 50 ms to parse and merge (tests/bench/README-feed-index.md).
 */
import type { WordCounts } from '../core/match';

export interface FeedDayRecord {
  day: string;
  n: number;
  ids: Uint32Array;
  counts: Uint32Array;
}

/** A slice of the term numbering: word i of slice s has the id s × WORDS_PER_SLICE + i. */
export interface FeedWordsRecord {
  slice: number;
  /** The words, joined by "\n" (one string clones far faster than an array of strings). */
  words: string;
}

export const WORDS_PER_SLICE = 4096;

/** The term numbering as read, plus the terms numbered since; only the last slice ever grows. */
export class Vocabulary {
  readonly words: string[];
  private readonly read: number;
  private index: Map<string, number> | null = null;

  constructor(slices: FeedWordsRecord[]) {
    this.words = [...slices].sort((a, b) => a.slice - b.slice).flatMap((s) => (s.words ? s.words.split('\n') : []));
    this.read = this.words.length;
  }

  /** A term's id, numbering it if it is new. */
  idOf(term: string): number {
    this.index ??= new Map(this.words.map((w, i) => [w, i]));
    let id = this.index.get(term);
    if (id === undefined) {
      id = this.words.push(term.replace(/\n/g, ' ')) - 1;
      this.index.set(term, id);
    }
    return id;
  }

  /** The slices to write back: those holding terms numbered since reading. */
  changed(): FeedWordsRecord[] {
    const out: FeedWordsRecord[] = [];
    if (this.words.length === this.read) return out;
    for (let s = Math.floor(this.read / WORDS_PER_SLICE); s * WORDS_PER_SLICE < this.words.length; s++) {
      out.push({ slice: s, words: this.words.slice(s * WORDS_PER_SLICE, (s + 1) * WORDS_PER_SLICE).join('\n') });
    }
    return out;
  }
}

/** A day's counts while they are being added to. */
export interface DayCounts {
  day: string;
  n: number;
  counts: Map<number, number>;
}

export const readDay = (d: FeedDayRecord): DayCounts => ({ day: d.day, n: d.n, counts: new Map(Array.from(d.ids, (id, i) => [id, countAt(d, i)])) });
export const writeDay = (d: DayCounts): FeedDayRecord => ({ day: d.day, n: d.n, ids: Uint32Array.from(d.counts.keys()), counts: Uint32Array.from(d.counts.values()) });

/** Add one item to its day's term counts. */
export function countDay(days: Map<string, DayCounts>, words: Vocabulary, item: { date: string; keys?: string[] }): void {
  const day = item.date.slice(0, 10);
  const rec = days.get(day) ?? { day, n: 0, counts: new Map() };
  rec.n++;
  for (const k of item.keys ?? []) {
    const id = words.idOf(k);
    rec.counts.set(id, (rec.counts.get(id) ?? 0) + 1);
  }
  days.set(day, rec);
}

/**
 * The count of a day's `i`th term. `ids` and `counts` are written together from one map (writeDay),
 * so a count missing is a broken record, not an absent term.
 */
function countAt(d: FeedDayRecord, i: number): number {
  const c = d.counts[i];
  if (c === undefined) throw new RangeError(`feed day ${d.day}: ${d.ids.length} term ids but ${d.counts.length} counts`);
  return c;
}

/** Term rarity over a run of days: their counts added up, by term. */
export function addDays(days: FeedDayRecord[], words: string[]): WordCounts {
  const sum = new Uint32Array(words.length);
  let n = 0;
  for (const d of days) {
    n += d.n;
    // A term id past `words` is dropped, as it always was: a typed array ignores the write.
    d.ids.forEach((id, i) => (sum[id] = (sum[id] ?? 0) + countAt(d, i)));
  }
  const df = new Map<string, number>();
  words.forEach((w, id) => {
    const s = sum[id];
    if (s) df.set(w, s);
  });
  return { n, df };
}

/** The calendar days from one to another, both included ("2025-11-01"). */
export function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
