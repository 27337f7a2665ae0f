/**
 * The cache in IndexedDB. Only the background writes it; the panel reads it (liveQuery).
 * Index only what is queried; every version stays declared so upgrades run in order.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CoverageItem, ExtractedArticle, SourceStatus } from '../core/types';
import type { Paragraph, StoryBrief } from '../brief/schema';
import type { StoryQuery } from '../core/query';
import type { TopicCard } from '../brief/engine';
// The feed index's tables are declared here with every version; only utils/feed-index/ reads or writes them.
import { Vocabulary, writeDay, type FeedDayRecord, type FeedWordsRecord } from '../feed-index/counts';
import { dayKeysOf, itemKeys, type FeedItemRecord } from '../feed-index/keys';
import type { FeedState } from '../feed-index/poll';

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
  /**
   * What other outlets published since the reader last opened this story, and (for a followed
   * story) the update written from those articles only, each sentence citing one of them.
   */
  sinceLastRead?: { since: string; items: CoverageItem[]; update?: Paragraph };
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

/** v3's day row: the counts as JSON, term → count (an object in early v3 builds); v4 converts it. */
interface V3DayRecord {
  day: string;
  n: number;
  df: string | Record<string, number>;
}

/**
 * A story the reader follows: each feed poll decides whether its newly polled items belong to it
 * (utils/story/follow.ts). The row outlives the follow when a limit ends it, so History can say why.
 */
export interface FollowRecord {
  storyId: string;
  title: string;
  followedAt: string;
  /** The poll's clock when an item last matched the story (followedAt until one does). */
  lastMatchAt: string;
  /**
   * The poll's clock when GDELT / Google News were last asked about this story (only when the reader
   * allowed it for followed stories): a poll asks about the stories asked about longest ago.
   */
  searchedAt?: string;
  /** Written by the first builds at every poll, read by none now (rows may still carry it). */
  lastPollAt?: string;
  /** New same-story items the reader has not opened yet: the toolbar badge counts stories with some. */
  news: CoverageItem[];
  /** The story's query words, built once when it was followed (a poll reads them for every followed story). */
  query?: StoryQuery;
  /** When the reader last opened the story from a follow (or followed it). */
  seenAt: string;
  /** Set when following stopped by itself (no new coverage for 30 days of polls): the note History shows. */
  ended?: { at: string; reason: string };
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
  follows: EntityTable<FollowRecord, 'storyId'>;
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
  // v5: the stories the reader follows (a new table: nothing to convert). Indexed by what a poll
  // and History query: whether a follow has ended is read on the row (at most 50 are active).
  db.version(5).stores({ follows: 'storyId, followedAt' });
  return db;
}
