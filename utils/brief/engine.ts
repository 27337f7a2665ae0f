import type { SourceDoc } from '../core/summarize';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import type { StoryBrief } from './schema';

export interface TopicCard {
  name: string;
  description: string;
  extract: string;
  url: string;
  asOf: string;
}

export interface ComposeInput {
  storyId: string;
  article: ExtractedArticle;
  /** Same-story coverage, best first. */
  coverage: CoverageItem[];
  /** Earlier coverage of the story, older than its window (utils/story/past.ts): only How we got here reads it. */
  earlier?: CoverageItem[];
  topics: TopicCard[];
  /**
   * Full texts of coverage items, by id, where known (the CLI; a linked page). Without one an
   * item is what the extension usually has: its title and description.
   */
  texts?: Record<string, string>;
  /** Articles the reader already saw: What's happened then tells what is new since. */
  previous?: SourceDoc[];
  /** How much more the reader's own article counts than each other source (default 2). */
  readerWeight?: number;
}

export interface BriefEngine {
  id: string;
  label: string;
  compose(input: ComposeInput, options: { signal?: AbortSignal; onPartial?: (b: Partial<StoryBrief>) => void }): Promise<StoryBrief>;
}
