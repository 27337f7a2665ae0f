/**
 * The cache in IndexedDB. Only the background writes it; the panel reads it (liveQuery).
 * Index only what is queried; every version stays declared so upgrades run in order.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CoverageItem, ExtractedArticle, SourceStatus, Candidate } from '../core/types';
import type { StoryBrief } from '../brief/schema';
import type { TopicCard } from '../brief/engine';
import type { FeedState } from '../sources/feed-poll';

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
  return db;
}
