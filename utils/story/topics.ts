/** Stage: encyclopedia cards for the names of the story (names only are sent, never the page). */
import type { TopicCard } from '../brief/engine';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import { cached } from '../db/cached';
import { findTopics } from '../topics';
import type { JobDeps } from './job';

const TOPICS_MAX_AGE_MS = 7 * 86_400_000;
/** A slow encyclopedia must not hold the page back longer than this: cards that arrive later are added then. */
export const TOPICS_WAIT_MS = 1500;

export async function lookUpTopics(article: ExtractedArticle, coverage: CoverageItem[], deps: JobDeps): Promise<TopicCard[]> {
  const wiki = deps.settings.sources.wikipedia;
  if (!wiki.enabled || deps.settings.feedsOnly) return [];
  return findTopics(article, coverage, {
    fetch: deps.fetch,
    baseUrl: wiki.baseUrl,
    signal: deps.signal,
    cached: (key, fetcher) => cached(deps.db, key, { maxAgeMs: TOPICS_MAX_AGE_MS }, fetcher),
  }).catch(() => []);
}
