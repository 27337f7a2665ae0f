/**
 * Stage: the story's past. Earlier coverage of the same story — older than its window — from the
 * feed index, which keeps every item it has seen (nothing prunes `feedItems`: as long as the
 * reader's feeds have been polled, up to the browser's storage quota), read over the PAST_DAYS
 * before the window. Decided by the same rule as the coverage (scoreCandidates: same story, the
 * candidates' relation to each other, time damping beyond three days), with the past's own word
 * counts as word rarity. It feeds How we got here only: it is never coverage, so it is never
 * counted as another outlet covering the story.
 *
 * Not Google News: its two requests per story are the coverage's two rounds. Not GDELT: its
 * search covers only the last three months.
 */
import { buildQuery, type StoryQuery } from '../core/query';
import { scoreCandidates } from '../core/match';
import { DAY_MS, storyWindow } from '../core/time';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import { dedupe } from '../coverage';
import { lookUpIndex } from '../feed-index/lookup';
import type { FeedIndexStore } from '../feed-index/store';

/** How far before the story window the past is looked for. */
export const PAST_DAYS = 180;
/** Earlier items kept: How we got here shows a few of them. */
const MAX_EARLIER = 12;

/** The span before a story's window: PAST_DAYS up to the window's first instant (excluded). */
export function pastSpan(anchor: number): { from: string; to: string } {
  const { from } = storyWindow(anchor);
  return { from: new Date(from - PAST_DAYS * DAY_MS).toISOString(), to: new Date(from - 1).toISOString() };
}

/**
 * Same-story items of the feed index older than the story's window, best first. A story without a
 * date has no past to tell apart from its present: nothing.
 */
export async function findEarlierCoverage(store: FeedIndexStore, article: ExtractedArticle, query: StoryQuery = buildQuery(article)): Promise<CoverageItem[]> {
  const anchor = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  if (!Number.isFinite(anchor)) return [];
  const span = pastSpan(anchor);
  const { candidates, stats } = await lookUpIndex(store, query, article.publishedTime, anchor, span);
  const dated = dedupe(candidates, article).filter((c) => c.published);
  return scoreCandidates(article, query, dated, { backgroundDf: stats })
    .filter((c) => c.relation === 'same-story')
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, MAX_EARLIER);
}
