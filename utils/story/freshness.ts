/** When a cached story is good to show as it is, and what is new in it since the reader last read it. */
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

/** Same-story coverage that was not there when the reader last opened the story. */
export function newSince(before: StoryRecord | undefined, coverage: CoverageItem[]): StoryRecord['sinceLastRead'] {
  if (!before?.coverageAt) return undefined;
  const seen = new Set(before.coverage.map((c) => c.url));
  const items = coverage.filter((c) => c.relation === 'same-story' && !seen.has(c.url));
  return items.length ? { since: before.lastOpenedAt, items } : before.sinceLastRead;
}
