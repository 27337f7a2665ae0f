import type { WordCounts } from '../core/match';
import type { StoryQuery } from '../core/query';
import type { Candidate } from '../core/types';
import type { FeedIndexStore } from '../feed-index/store';
import type { Settings } from '../settings';

export interface SearchContext {
  fetch: typeof fetch;
  signal?: AbortSignal;
  settings: Settings;
  /** Where the local feed index is kept (the feed source polls into it and looks the story up in it). */
  feedIndex?: FeedIndexStore;
  /** The clock the story's lookup window and the feed polls follow. */
  now?: () => number;
  /** Where each source's pacing, Retry-After and breaker state is kept (survives the worker). */
  health?: import('./guard').HealthStore;
}

export interface NewsSource {
  id: string;
  label: string;
  /** Whether the reader's settings switch this source on. */
  enabled(settings: Settings): boolean;
  /** Answers from this device only (no network): no pacing or breaker needed. */
  local?: boolean;
  /** Least time between two requests to this source, from the reader's settings. */
  minIntervalMs?(settings: Settings): number;
  search(query: StoryQuery, ctx: SearchContext): Promise<Candidate[] | SourceAnswer>;
}

/** What a source found, with what else the coverage stage needs to know of it. */
export interface SourceAnswer {
  items: Candidate[];
  /**
   * How many items the source holds near the story and how many contain each word (the feed
   * index): from its landing on, scoring takes them as word rarity.
   */
  wordCounts?: WordCounts;
  /** Set when the source answered only from what it had saved, reaching nothing new: why. */
  unreached?: string;
}
