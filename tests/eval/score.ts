/**
 * How the story evaluation scores a page against the corpus's gold (pure, unit-tested). The
 * window is the evaluation's, whatever window the product uses: gold dated from 14 days before
 * the article read to the clock (two days after it), by the corpus's own dates.
 */
import type { CorpusArticle } from '../newsroom/corpus-file';

const DAY = 86_400_000;
export const WINDOW_BEFORE_DAYS = 14;
export const CLOCK_AFTER_DAYS = 2;

export type Id = string | number;

/** Every other article that shares a story with this one. */
export function goldOf(read: CorpusArticle, all: CorpusArticle[]): CorpusArticle[] {
  const stories = new Set(read.stories);
  return all.filter((a) => a !== read && a.stories.some((s) => stories.has(s)));
}

export function inWindow(read: CorpusArticle, a: CorpusArticle): boolean {
  const t = Date.parse(read.published);
  const u = Date.parse(a.published);
  return Number.isFinite(t) && Number.isFinite(u) && u >= t - WINDOW_BEFORE_DAYS * DAY && u <= t + CLOCK_AFTER_DAYS * DAY;
}

export interface StoryLine {
  id: Id;
  first_section_ms: number | null;
  complete_ms: number | null;
  late_merges: number;
  stuck: boolean;
  not_article: boolean;
  same: Id[];
  related: Id[];
  earlier: Id[];
  /** Every corpus article the page links to, anywhere (the "found" set). */
  found: Id[];
  gold_in_window: number;
  gold_total: number;
  /** Of the gold: how many the page marks same story, in window and in all. */
  same_gold_in_window: number;
  same_gold_all: number;
  found_gold_in_window: number;
  /** Of the earlier coverage How we got here shows (never counted as same story): how many share the story. */
  earlier_gold: number;
  no_coverage: boolean;
  /** Sentences shown as a source's words, and those found in it (the first words of any that are not, to look into). */
  citations: { checked: number; verbatim: number; not_verbatim?: string[] };
  sections_filled: boolean;
  requests: Record<string, number>;
  violations: Record<string, number>;
  /**
   * What the papers say as a comparison: outlet rows; agreed facts, those cited to two or more
   * outlets; "Only in" facts; the comparison's quotes (agreed, differs, only-in) found verbatim in
   * what they cite.
   */
  comparison?: { outlets: number; agreed: number; agreed_shared: number; differs: number; only_in: number; quotes: number; quotes_verbatim: number; not_verbatim?: string[] };
}

/** The fields of a story line that compare the page with the gold. */
export function compare(read: CorpusArticle, all: CorpusArticle[], same: Id[], found: Id[], earlier: Id[] = []) {
  const gold = goldOf(read, all);
  const goldIds = new Set(gold.map((a) => a.id));
  const windowIds = new Set(gold.filter((a) => inWindow(read, a)).map((a) => a.id));
  return {
    gold_in_window: windowIds.size,
    gold_total: goldIds.size,
    same_gold_in_window: same.filter((id) => windowIds.has(id)).length,
    same_gold_all: same.filter((id) => goldIds.has(id)).length,
    found_gold_in_window: found.filter((id) => windowIds.has(id)).length,
    earlier_gold: earlier.filter((id) => goldIds.has(id)).length,
  };
}

/** What the whole run measured: micro averages over (story, article) pairs. */
export function summarise(lines: StoryLine[]) {
  const sum = (f: (l: StoryLine) => number) => lines.reduce((n, l) => n + f(l), 0);
  const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);
  const median = (xs: (number | null)[]) => {
    const s = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
    return s.length ? Math.round(s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null;
  };
  const violations: Record<string, number> = {};
  for (const l of lines) for (const [rule, n] of Object.entries(l.violations)) violations[rule] = (violations[rule] ?? 0) + n;
  return {
    stories: lines.length,
    stuck: sum((l) => (l.stuck ? 1 : 0)),
    not_article: sum((l) => (l.not_article ? 1 : 0)),
    no_coverage: sum((l) => (l.no_coverage ? 1 : 0)),
    no_coverage_with_gold_in_window: sum((l) => (l.no_coverage && l.gold_in_window > 0 ? 1 : 0)),
    same_story_precision: ratio(sum((l) => l.same_gold_all), sum((l) => l.same.length)),
    same_story_recall_in_window: ratio(sum((l) => l.same_gold_in_window), sum((l) => l.gold_in_window)),
    same_story_recall_all: ratio(sum((l) => l.same_gold_all), sum((l) => l.gold_total)),
    found_in_window: ratio(sum((l) => l.found_gold_in_window), sum((l) => l.gold_in_window)),
    pages_with_earlier: sum((l) => (l.earlier.length ? 1 : 0)),
    earlier_items: sum((l) => l.earlier.length),
    earlier_precision: ratio(sum((l) => l.earlier_gold), sum((l) => l.earlier.length)),
    first_section_ms_median: median(lines.map((l) => l.first_section_ms)),
    complete_ms_median: median(lines.map((l) => l.complete_ms)),
    late_merges: sum((l) => l.late_merges),
    citations_verbatim: ratio(sum((l) => l.citations.verbatim), sum((l) => l.citations.checked)),
    sections_filled: ratio(sum((l) => (l.sections_filled ? 1 : 0)), lines.length),
    violations,
    violations_total: Object.values(violations).reduce((a, b) => a + b, 0),
  };
}

/** Text as the newsroom serves it, folded for comparison: whitespace and quote styles. */
export const fold = (s: string) =>
  s
    .replace(/[“”„‟″«»"]/g, '"')
    .replace(/[‘’‚‛′`']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * A sentence presented as a source's own words is found in one of its cited sources. A trailing
 * ellipsis marks where a feed cut its summary (the quote is the source's words up to there), so it is
 * not looked for; the words before it are, all of them.
 */
export function isVerbatim(sentence: string, sources: string[]): boolean {
  const s = fold(sentence).replace(/^[—–-]\s*/, '').replace(/\s*…$/, '');
  return s.length > 0 && sources.some((t) => fold(t).includes(s));
}
