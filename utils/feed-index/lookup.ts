/**
 * Looking a story up in the feed index: the window's word counts, the items sharing the story's
 * rarer words (those sharing more first), and, for one article against the index alone, the same
 * scoring the coverage stage applies. Pure over a FeedIndexStore, so Node runs exactly what the
 * worker runs.
 */
import type { StoryQuery } from '../core/query';
import { buildQuery } from '../core/query';
import { terms } from '../core/text';
import type { Candidate, CoverageItem, ExtractedArticle } from '../core/types';
import type { WordCounts } from '../core/match';
import { storyWindow } from '../core/time';
import { scoreFound, secondQuery } from '../coverage';
import { candidateOf, type FeedItemRecord } from './keys';
import type { FeedIndexStore } from './store';

/** The lookup window around a story (STORY_WINDOW_DAYS). */
function window(storyDate: string | null, now: number) {
  const { from, to } = storyWindow(storyDate ? Date.parse(storyDate) : now);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The words a story is looked up by in the index: its names' and key terms' own terms. */
export function lookupTerms(query: StoryQuery): string[] {
  const out = new Set<string>();
  for (const e of query.entities.slice(0, 8)) for (const t of terms(e, query.lang)) out.add(t);
  for (const t of query.keyTerms.slice(0, 8)) out.add(t);
  return [...out];
}

export const MAX_INDEX_CANDIDATES = 300;

export interface IndexLookup {
  /** Items in the window sharing the most terms with the story, at most MAX_INDEX_CANDIDATES. */
  candidates: Candidate[];
  /** Term rarity over every item in the window (from the per-day counts). */
  stats: WordCounts;
}

/**
 * Words in more than this share of the window's items are too common to look up by. A story's own
 * words can be that common where it dominates the window (uci-dev: stories of 100–300 of 3,233
 * items); 0.05 left them out and the lookup reached 0.51 of the story, 0.2 reaches 0.70 (README-match).
 */
const COMMON = 0.2;
const MAX_NEEDLES = 10;

/**
 * Read a story's window of word counts ahead of its lookup, e.g. while the due feeds are being
 * polled: a worker that was stopped then saves that read (≈ 5–10 ms) on the lookup.
 */
export async function warmUpIndex(store: FeedIndexStore, storyDate: string | null, now: number): Promise<void> {
  const { from, to } = window(storyDate, now);
  await store.wordCounts(from.slice(0, 10), to.slice(0, 10));
}

/**
 * The words to look a story up by: its rarer words present in the index (an item sharing only
 * "south" or "said" is not a match). In a small index every word is "common": there the rarest
 * ten are simply taken.
 */
export function pickNeedles(query: StoryQuery, { n, df }: IndexLookup['stats']): string[] {
  return lookupTerms(query)
    .filter((t) => (df.get(t) ?? 0) > 0 && (n < 1000 || (df.get(t) ?? 0) <= COMMON * n))
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))
    .slice(0, MAX_NEEDLES);
}

/** A span of dates to look in instead of the story window (ISO instants, both included): the story's past. */
export interface LookupSpan {
  from: string;
  to: string;
}

export async function lookUpIndex(store: FeedIndexStore, query: StoryQuery, storyDate: string | null, now: number, span?: LookupSpan): Promise<IndexLookup> {
  const { from, to } = span ?? window(storyDate, now);
  const [fromDay, toDay] = [from.slice(0, 10), to.slice(0, 10)];
  const stats = await store.wordCounts(fromDay, toDay);
  const needles = pickNeedles(query, stats);
  // Counted per item: items sharing more of the words come first (ties by id).
  const shared = new Map<string, number>();
  for (const id of (await store.itemsWith(needles, fromDay, toDay)).flat()) shared.set(id, (shared.get(id) ?? 0) + 1);
  const best = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_INDEX_CANDIDATES).map(([id]) => id);
  const rows = (await store.items(best)).filter((r): r is FeedItemRecord => Boolean(r && r.date >= from && r.date <= to));
  return { candidates: rows.map(candidateOf), stats };
}

export interface IndexFinding extends IndexLookup {
  /** The candidates scored against the article as the coverage stage scores them, related or better. */
  coverage: CoverageItem[];
}

/**
 * One article against the feed index alone: the lookup, then the extension's scoring with the
 * index's word counts as word rarity, then the second round findCoverage makes (the words of the
 * confident matches, secondQuery) — its same-story decision, runnable in Node over a memory store.
 */
export async function findInIndex(store: FeedIndexStore, article: ExtractedArticle, now: number, query: StoryQuery = buildQuery(article)): Promise<IndexFinding> {
  const found = await lookUpIndex(store, query, article.publishedTime, now);
  const coverage = scoreFound(article, query, found.candidates, found.stats);
  const next = secondQuery(query, coverage);
  if (!next) return { ...found, coverage };
  const more = await lookUpIndex(store, next, article.publishedTime, now);
  const have = new Set(found.candidates.map((c) => c.id));
  const candidates = [...found.candidates, ...more.candidates.filter((c) => !have.has(c.id))];
  return { candidates, stats: found.stats, coverage: scoreFound(article, query, candidates, found.stats) };
}
