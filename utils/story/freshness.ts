/** When a cached story is good to show as it is, and what is new in it since the reader last read it. */
import { composeUpdate } from '../brief/update';
import type { SourceDoc } from '../core/summarize';
import type { CoverageItem } from '../core/types';
import type { StoryRecord } from '../db/db';

/** Coverage older than this is looked up again when the story is opened. */
export const COVERAGE_MAX_AGE_MS = 30 * 60_000;

/** Shown while the reader's AI engine writes the page (and how a dead write is recognised). */
export const AI_WRITING = 'Your AI engine is writing this page…';
/** A model write that has not moved for this long died with its worker: the story is looked up again. */
export const AI_STALE_MS = 5 * 60_000;

export function isFresh(story: StoryRecord | undefined, now: number): boolean {
  if (story?.aiNotice === AI_WRITING && now - Date.parse(story.updatedAt) > AI_STALE_MS) return false;
  return Boolean(story?.brief && story.coverageAt && now - Date.parse(story.coverageAt) < COVERAGE_MAX_AGE_MS);
}

/**
 * A refresh keeps what a followed story's poll found since the reader last read it, even where this
 * lookup's ranking did not reach it: the update and its markings must not vanish on opening.
 */
export function withSinceItems(before: StoryRecord | undefined, coverage: CoverageItem[]): CoverageItem[] {
  const kept = (before?.sinceLastRead?.items ?? []).filter((i) => !coverage.some((c) => c.url === i.url));
  return kept.length ? [...coverage, ...kept] : coverage;
}

/** Same-story coverage that was not there when the reader last opened the story. */
export function newSince(before: StoryRecord | undefined, coverage: CoverageItem[]): StoryRecord['sinceLastRead'] {
  if (!before?.coverageAt) return undefined;
  const seen = new Set(before.coverage.map((c) => c.url));
  const items = coverage.filter((c) => c.relation === 'same-story' && !seen.has(c.url));
  return items.length ? sinceUpdate(before, items, before.lastOpenedAt) : before.sinceLastRead;
}

/** What the reader had seen of a story: its article in full, the coverage it showed as the feeds described it. */
export function seenDocs(story: StoryRecord): SourceDoc[] {
  const a = story.article;
  return [
    { id: `a-${story.id}`, title: a.title, text: a.text, published: a.publishedTime },
    ...story.coverage.filter((c) => c.relation === 'same-story').map((c) => ({ id: c.id, title: c.title, text: c.description ?? '', published: c.published })),
  ];
}

/** The "Since you last read" update from these new items only, the rest of the story as `previous`. */
export function sinceUpdate(story: StoryRecord, news: CoverageItem[], since: string): NonNullable<StoryRecord['sinceLastRead']> {
  const fresh = news.map((c) => ({ id: c.id, title: c.title, text: c.description ?? '', published: c.published }));
  const newIds = new Set(news.map((c) => c.id));
  const seen = seenDocs({ ...story, coverage: story.coverage.filter((c) => !newIds.has(c.id)) });
  return { since, items: news, update: composeUpdate({ topic: story.title, lang: story.article.lang ?? 'en', fresh, previous: seen }) };
}

