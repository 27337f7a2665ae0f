/** The story's earlier coverage (utils/story/past.ts) as How we got here shows it. */
import { dayOf } from '../core/dates';
import type { CoverageItem } from '../core/types';
import type { ComposeInput } from './engine';
import type { StoryBrief } from './schema';

/** The earlier items a composition may use: none that is also this story's coverage. */
export function earlierOf(input: Pick<ComposeInput, 'coverage' | 'earlier'>): CoverageItem[] {
  const covered = new Set(input.coverage.map((c) => c.id));
  return (input.earlier ?? []).filter((c) => !covered.has(c.id));
}

/** Entries of the story's earlier coverage, beside its own at most MAX_TIMELINE. */
const MAX_EARLIER = 4;

/**
 * The story's earlier coverage as dated entries, marked earlier: one a day, oldest first, the
 * best-scored of each day. Each entry's text is the item's own headline, word for word, citing
 * that item alone. Undated items say nothing about when.
 */
export function earlierEntries(earlier: CoverageItem[]): StoryBrief['background']['timeline'] {
  const byDay = new Map<string, CoverageItem>();
  for (const c of [...earlier].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))) {
    const day = c.published ? dayOf(c.published) : null;
    if (day && c.title.trim() && !byDay.has(day)) byDay.set(day, c);
  }
  return [...byDay]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, MAX_EARLIER)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, c]) => ({ date, text: c.title.trim(), cites: [c.id], earlier: true as const }));
}

/** The earlier items How we got here cites: the only earlier ones the page lists as sources. */
export function citedEarlier(earlier: CoverageItem[]): CoverageItem[] {
  const cited = new Set(earlierEntries(earlier).flatMap((e) => e.cites));
  return earlier.filter((c) => cited.has(c.id));
}
