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
  topics: TopicCard[];
}

export interface BriefEngine {
  id: string;
  label: string;
  available(): Promise<boolean>;
  compose(input: ComposeInput, options: { signal?: AbortSignal; onPartial?: (b: Partial<StoryBrief>) => void }): Promise<StoryBrief>;
}
