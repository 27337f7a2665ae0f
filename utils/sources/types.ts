import type { StoryQuery } from '../core/query';
import type { Candidate } from '../core/types';
import type { Settings } from '../settings';

export interface SearchContext {
  fetch: typeof fetch;
  signal?: AbortSignal;
  settings: Settings;
  /** Items of the local feed index near the story's date (the feed source reads these). */
  feedItems?: () => Promise<Candidate[]>;
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
  search(query: StoryQuery, ctx: SearchContext): Promise<Candidate[]>;
}
