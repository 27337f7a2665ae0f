/**
 * Does a newly polled item belong to a followed story? Decided as the coverage stage decides
 * (scoreCandidates, the same vectors and thresholds), but with the story's KNOWN coverage scored
 * beside the new items as context: the same-story floor is relative to the best candidate
 * (STANDOUT × best), and the best is then one of the story's own articles, so a new item is not
 * passed merely for being the best of a poll's new items. Pure: Node runs it as the worker does.
 */
import { scoreCandidates, type WordCounts } from '../core/match';
import { buildQuery, type StoryQuery } from '../core/query';
import type { Candidate, CoverageItem, ExtractedArticle } from '../core/types';
import { canonicalizeUrl } from '../core/url';
import { dedupe } from '../coverage';
import { lookupTerms } from '../feed-index/lookup';
import { candidateOf, itemKeys, type FeedItemRecord } from '../feed-index/keys';

/** At most this many stories are followed at once. */
export const MAX_FOLLOWED = 50;
/** A story with no new matching item for this long, by the poll's clock, is unfollowed with a note. */
export const FOLLOW_IDLE_MS = 30 * 86_400_000;
/** The newest this many of a poll's new items are considered (a first poll of many feeds can bring thousands). */
export const MAX_FRESH_PER_POLL = 5000;
/** Per story, at most this many new items (those sharing most of its words) are scored. */
export const MAX_SCORED_PER_STORY = 20;
/** Per story, at most this much known coverage is scored beside them as context. */
const MAX_CONTEXT = 20;
/** A new item must share at least this many of the story's look-up words to be scored at all. */
const MIN_SHARED = 2;

/** A poll's new items, with each word's items: built once per poll, shared by every followed story. */
export interface FreshItems {
  items: FeedItemRecord[];
  /** The same items as candidates, made once: their terms are then computed once per poll, not once per story (match.ts caches them per object). */
  candidates: Candidate[];
  byWord: Map<string, number[]>;
}

export function freshItems(rows: FeedItemRecord[]): FreshItems {
  const items = [...rows].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, MAX_FRESH_PER_POLL);
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of it.keys ?? itemKeys(it)) {
      const list = byWord.get(k);
      if (list) list.push(i);
      else byWord.set(k, [i]);
    }
  });
  return { items, candidates: items.map(candidateOf), byWord };
}

export interface FollowedStory {
  article: ExtractedArticle;
  coverage: CoverageItem[];
}

/**
 * The story as it stands now: its article, re-dated to its newest known same-story article (a story
 * followed for weeks moves on, and time damping is measured from where it is).
 */
function storyNow(story: FollowedStory): ExtractedArticle {
  const dates = [story.article.publishedTime, ...story.coverage.filter((c) => c.relation === 'same-story').map((c) => c.published)]
    .map((d) => (d ? Date.parse(d) : NaN))
    .filter((t) => Number.isFinite(t));
  if (!dates.length) return story.article;
  return { ...story.article, publishedTime: new Date(Math.max(...dates)).toISOString() };
}

/** How many of the story's look-up words each new item shares (by the item's place in fresh.items). */
function sharedWords(query: StoryQuery, fresh: FreshItems): Map<number, number> {
  const shared = new Map<number, number>();
  for (const w of lookupTerms(query)) for (const i of fresh.byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  return shared;
}

/**
 * Could any new item belong to the story? Only items sharing MIN_SHARED of its look-up words are
 * ever scored (newCoverageFor), and that needs the story's query alone, not its stored row: a poll
 * reads the rows of the stories this lets through, and newCoverageFor decides exactly as before.
 */
export function mayMatch(query: StoryQuery, fresh: FreshItems): boolean {
  for (const n of sharedWords(query, fresh).values()) if (n >= MIN_SHARED) return true;
  return false;
}

/** The new items that belong to the story, scored: same-story only, best first. */
export function newCoverageFor(story: FollowedStory, fresh: FreshItems, stats: WordCounts | undefined, query: StoryQuery = buildQuery(story.article)): CoverageItem[] {
  const known = new Set([story.article.canonicalUrl, ...story.coverage.map((c) => c.url)].map((u) => canonicalizeUrl(u)));
  const shared = sharedWords(query, fresh);
  const picked: Candidate[] = [...shared]
    .filter(([i, n]) => n >= MIN_SHARED && !known.has(canonicalizeUrl(fresh.items[i]!.url)))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_SCORED_PER_STORY)
    .map(([i]) => fresh.candidates[i]!);
  if (!picked.length) return [];
  const ids = new Set(picked.map((c) => c.id));
  const context: Candidate[] = [...story.coverage]
    .sort((a, b) => (a.relation === b.relation ? b.score - a.score : a.relation === 'same-story' ? -1 : 1))
    .slice(0, MAX_CONTEXT)
    .map(({ score: _s, relation: _r, ...c }) => c);
  const article = storyNow(story);
  return scoreCandidates(article, query, dedupe([...context, ...picked], article), { backgroundDf: stats })
    .filter((c) => ids.has(c.id) && c.relation === 'same-story')
    .sort((a, b) => b.score - a.score);
}

/**
 * The days whose word counts give a poll's decision its word rarity: the story window's two weeks
 * before the poll's newest new item up to it (at most that span, however old some items are).
 */
export function statsDays(items: Pick<FeedItemRecord, 'date'>[]): [fromDay: string, toDay: string] | null {
  const times = items.map((i) => Date.parse(i.date)).filter((t) => Number.isFinite(t));
  if (!times.length) return null;
  const to = Math.max(...times);
  return [new Date(to - 14 * 86_400_000).toISOString().slice(0, 10), new Date(to).toISOString().slice(0, 10)];
}
