import type { StoryQuery } from '../core/query';
import type { Candidate } from '../core/types';
import type { Settings } from '../settings-schema';

export interface SearchContext {
  fetch: typeof fetch;
  signal?: AbortSignal;
  settings: Settings;
  /** Items of the local feed index near the story's date (the feed source reads these). */
  feedItems?: () => Promise<Candidate[]>;
}

export interface NewsSource {
  id: string;
  label: string;
  /** Whether the reader's settings switch this source on. */
  enabled(settings: Settings): boolean;
  search(query: StoryQuery, ctx: SearchContext): Promise<Candidate[]>;
}
