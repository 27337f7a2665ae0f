/**
 * The cache in IndexedDB. Only the background writes it; the panel reads it (liveQuery).
 * Index only what is queried; every version stays declared so upgrades run in order.
 */
import Dexie, { RangeSet, type EntityTable } from 'dexie';
import type { CoverageItem, ExtractedArticle, SourceStatus, Candidate } from '../core/types';
import type { StoryBrief } from '../brief/schema';
import type { TopicCard } from '../brief/engine';
import type { FeedState } from '../sources/feed-poll';
import { terms } from '../core/text';

/** The distinct content terms of a feed item: its index keys. */
export function itemKeys(item: Pick<Candidate, 'title' | 'description'>): string[] {
  return [...new Set(terms(`${item.title} ${item.description ?? ''}`))];
}

export function dayKeysOf(keys: string[], date: string): string[] {
  const day = date.slice(0, 10);
  return keys.map((k) => `${k}|${day}`);
}

/** reading: a link's page is being read (the row holds its snippet); searching: coverage is being looked up; done. */
export type StoryStage = 'reading' | 'searching' | 'done';

export interface StoryRecord {
  id: string;
  canonicalUrl: string;
  title: string;
  article: ExtractedArticle;
  coverage: CoverageItem[];
  coverageAt: string | null;
  sourceStatus: SourceStatus[];
  brief: StoryBrief | null;
  /** Encyclopedia cards found for the story (kept so a recomposed page keeps them). */
  topics?: TopicCard[];
  /** What other outlets published since the reader last opened this story. */
  sinceLastRead?: { since: string; items: CoverageItem[] };
  /** What the AI engine is doing, or why the page was written on the device instead. */
  aiNotice?: string;
  /** Sources' own short summaries, by URL, for their expanded rows. */
  sourceSummaries?: Record<string, { text: string; from: 'article' | 'snippet' }>;
  stage: StoryStage;
  error?: string;
  createdAt: string;
  updatedAt: string;
  lastOpenedAt: string;
}

export interface FeedItemRecord extends Candidate {
  feedUrl: string;
  /** Sortable date for range queries: published, else when we first saw it. */
  date: string;
  /** Its distinct content terms. */
  keys?: string[];
  /** The same, each with the item's day ("nvidia|2025-10-31"): a multi-entry index, so a lookup
   * reads only the items of its window that share a word with the story. */
  dayKeys?: string[];
}

/**
 * How many of one day's items contain each term. Terms are numbered once (`feedWords`), so a day
 * is two flat arrays (term ids, counts): adding up a lookup's 22 days is then a few thousand
 * integer additions, where JSON objects with thousands of keys took ≈ 50 ms to parse and merge
 * (tests/bench/README-feed-index.md).
 */
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

export const readDay = (d: FeedDayRecord): DayCounts => ({ day: d.day, n: d.n, counts: new Map(Array.from(d.ids, (id, i) => [id, d.counts[i]])) });
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

/** What a committed write to the word counts may have changed. */
export interface FeedCountsChange {
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
export function watchFeedCounts(listener: (change: FeedCountsChange) => void): void {
  Dexie.on('storagemutated', (parts) => {
    const changes = new Map<string, FeedCountsChange>();
    for (const [part, tree] of Object.entries(parts)) {
      // "idb://NAME/TABLE/" lists the table's written primary keys (deleted ones included).
      const m = /^idb:\/\/(.+)\/(feedDays|feedWords)\/$/.exec(part);
      if (!m) continue;
      const keys = RangeSet(tree);
      const change = changes.get(m[1]) ?? { db: m[1], dayChanged: () => false, firstSlice: null };
      if (m[2] === 'feedDays') change.dayChanged = (day) => keys.hasKey(day);
      else for (const { from } of keys) change.firstSlice = Math.min(change.firstSlice ?? Infinity, typeof from === 'number' ? Math.max(0, from) : 0);
      changes.set(m[1], change);
    }
    for (const change of changes.values()) listener(change);
  });
}

/** v3's day row: the counts as JSON, term → count (an object in early v3 builds); v4 converts it. */
interface V3DayRecord {
  day: string;
  n: number;
  df: string | Record<string, number>;
}

/** A keyed value with its own freshness (encyclopedia cards: 7 days). */
export interface CacheRecord {
  key: string;
  value: unknown;
  storedAt: string;
  expiresAt: string;
}

export type ParallaxDB = Dexie & {
  cache: EntityTable<CacheRecord, 'key'>;
  stories: EntityTable<StoryRecord, 'id'>;
  feedItems: EntityTable<FeedItemRecord, 'id'>;
  feedState: EntityTable<FeedState, 'url'>;
  feedDays: EntityTable<FeedDayRecord, 'day'>;
  feedWords: EntityTable<FeedWordsRecord, 'slice'>;
};

export function openDatabase(name = 'parallax', options?: ConstructorParameters<typeof Dexie>[1]): ParallaxDB {
  const db = new Dexie(name, options) as ParallaxDB;
  db.version(1).stores({
    stories: 'id, canonicalUrl, lastOpenedAt',
    feedItems: 'id, feedUrl, date',
    feedState: 'url',
  });
  // v2: keyed values with their own expiry (topic cards), kept apart from stories.
  db.version(2).stores({ cache: 'key, expiresAt' });
  // v3: items indexed by their terms, and per-day term counts, so a lookup stays fast at tens of
  // thousands of items (see tests/bench/README-feed-index.md).
  db.version(3)
    .stores({ feedItems: 'id, feedUrl, date, *dayKeys', feedDays: 'day' })
    .upgrade(async (tx) => {
      const days = new Map<string, { day: string; n: number; df: Record<string, number> }>();
      await tx
        .table<FeedItemRecord>('feedItems')
        .toCollection()
        .modify((item) => {
          item.keys = itemKeys(item);
          item.dayKeys = dayKeysOf(item.keys, item.date);
          const rec = days.get(item.date.slice(0, 10)) ?? { day: item.date.slice(0, 10), n: 0, df: {} };
          rec.n++;
          for (const k of item.keys) rec.df[k] = (rec.df[k] ?? 0) + 1;
          days.set(rec.day, rec);
        });
      await tx.table<V3DayRecord>('feedDays').bulkPut([...days.values()].map((d) => ({ ...d, df: JSON.stringify(d.df) })));
    });
  // v4: terms numbered once, and each day's counts as two arrays of numbers, so a lookup's word
  // rarity costs a few ms instead of ≈ 50 (see tests/bench/README-feed-index.md).
  db.version(4)
    .stores({ feedWords: 'slice' })
    .upgrade(async (tx) => {
      const words = new Vocabulary([]);
      const old = await tx.table<V3DayRecord | FeedDayRecord>('feedDays').toArray();
      const converted = old.map((d) => {
        if (!('df' in d)) return d;
        const df: Record<string, number> = typeof d.df === 'string' ? JSON.parse(d.df) : d.df;
        const counts = new Map<number, number>();
        for (const [t, c] of Object.entries(df)) counts.set(words.idOf(t), c);
        return writeDay({ day: d.day, n: d.n, counts });
      });
      await tx.table<FeedDayRecord>('feedDays').bulkPut(converted);
      await tx.table<FeedWordsRecord>('feedWords').bulkPut(words.changed());
    });
  return db;
}
