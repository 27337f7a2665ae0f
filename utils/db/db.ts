/**
 * The cache in IndexedDB. Only the background writes it; the panel reads it (liveQuery).
 * Index only what is queried; every version stays declared so upgrades run in order.
 */
import Dexie, { type EntityTable } from 'dexie';
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

/** Add one item to its day's term counts. */
export function countDay(days: Map<string, DayCounts>, item: { date: string; keys?: string[] }): void {
  const day = item.date.slice(0, 10);
  const rec = days.get(day) ?? { day, n: 0, df: {} };
  rec.n++;
  for (const k of item.keys ?? []) rec.df[k] = (rec.df[k] ?? 0) + 1;
  days.set(day, rec);
}

export type StoryStage = 'extracting' | 'searching' | 'composing' | 'done' | 'failed';

export interface StoryRecord {
  id: string;
  canonicalUrl: string;
  title: string;
  article: ExtractedArticle;
  coverage: CoverageItem[];
  coverageAt: string | null;
  sourceStatus: SourceStatus[];
  brief: StoryBrief | null;
  briefAt: string | null;
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
 * How many items of one day contain each term: word rarity without reading every item. The
 * counts are one JSON string: IndexedDB clones a string far faster than an object with
 * thousands of keys (measured: tests/bench/README-feed-index.md).
 */
export interface FeedDayRecord {
  day: string;
  n: number;
  df: string;
}

export interface DayCounts {
  day: string;
  n: number;
  df: Record<string, number>;
}

export const packDay = (d: DayCounts): FeedDayRecord => ({ day: d.day, n: d.n, df: JSON.stringify(d.df) });
export const unpackDay = (d: FeedDayRecord): DayCounts => ({ day: d.day, n: d.n, df: typeof d.df === 'string' ? JSON.parse(d.df) : d.df });

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
      const days = new Map<string, DayCounts>();
      await tx
        .table<FeedItemRecord>('feedItems')
        .toCollection()
        .modify((item) => {
          item.keys = itemKeys(item);
          item.dayKeys = dayKeysOf(item.keys, item.date);
          countDay(days, item);
        });
      await tx.table<FeedDayRecord>('feedDays').bulkPut([...days.values()].map(packDay));
    });
  return db;
}
