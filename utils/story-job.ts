/**
 * One story job: from an extracted article to a cached story page. Idempotent and keyed by the
 * story, so a worker that Chrome stops mid-job is simply run again. Writes only IndexedDB; the
 * panel watches the row and paints each stage as it lands.
 */
import { composeExtractive } from './brief/extractive';
import { validateBrief } from './brief/schema';
import { findCoverage } from './coverage';
import type { Candidate, CoverageItem, ExtractedArticle } from './core/types';
import { stableId } from './core/url';
import type { ParallaxDB, StoryRecord } from './db/db';
import { refreshFeeds, recentFeedItems } from './feeds';
import { NEWS_SOURCES } from './sources/registry';
import type { NewsSource } from './sources/types';
import type { Settings } from './settings-schema';
import { applyCorrections, type Corrections } from './corrections';

/** Coverage older than this is looked up again when the story is opened. */
export const COVERAGE_MAX_AGE_MS = 30 * 60_000;

export interface JobDeps {
  db: ParallaxDB;
  settings: Settings;
  fetch: typeof fetch;
  sources?: readonly NewsSource[];
  now?: () => number;
  signal?: AbortSignal;
  /** What the reader corrected before: muted outlets, "not the same story". */
  corrections?: Corrections;
  /** Called once the story row exists, so the panel can start painting it. */
  onStarted?: (storyId: string) => void | Promise<void>;
}

export function storyIdFor(article: Pick<ExtractedArticle, 'canonicalUrl'>): string {
  return stableId(article.canonicalUrl);
}

export function isFresh(story: StoryRecord | undefined, now: number): boolean {
  return Boolean(story?.brief && story.coverageAt && now - Date.parse(story.coverageAt) < COVERAGE_MAX_AGE_MS);
}

/** Open a story from the cache when it is fresh; otherwise look up coverage and compose it. */
export async function runStory(article: ExtractedArticle, deps: JobDeps): Promise<string> {
  const now = deps.now ?? Date.now;
  const id = storyIdFor(article);
  const stamp = () => new Date(now()).toISOString();
  const existing = await deps.db.stories.get(id);
  if (existing && isFresh(existing, now())) {
    await deps.db.stories.update(id, { lastOpenedAt: stamp() });
    await deps.onStarted?.(id);
    return id;
  }
  const base: StoryRecord = existing
    ? { ...existing, article, title: article.title, stage: 'searching', error: undefined, lastOpenedAt: stamp(), updatedAt: stamp() }
    : {
        id,
        canonicalUrl: article.canonicalUrl,
        title: article.title,
        article,
        coverage: [],
        coverageAt: null,
        sourceStatus: [],
        brief: null,
        briefAt: null,
        stage: 'searching',
        createdAt: stamp(),
        updatedAt: stamp(),
        lastOpenedAt: stamp(),
      };
  await deps.db.stories.put(base);
  await composeInto(deps.db, id, article, base.coverage, stamp, 'searching');
  await deps.onStarted?.(id);
  const { result, feedsReached } = await lookUpCoverage(id, article, deps, stamp);
  const status = result.status.map((s) =>
    s.id === 'feeds' && !feedsReached && s.state !== 'skipped'
      ? { ...s, state: 'failed' as const, message: `no feed could be reached; ${s.found} saved items used` }
      : s,
  );
  const answered = status.some((s) => s.state === 'ok' || s.state === 'empty');
  if (!answered && existing?.brief) {
    // Nothing answered: keep what we had, and say so.
    await deps.db.stories.update(id, {
      stage: 'done',
      sourceStatus: status,
      error: 'No source could be reached; showing the story as it was last updated.',
      updatedAt: stamp(),
    });
    return id;
  }
  await deps.db.stories.update(id, { sourceStatus: status, coverageAt: stamp() });
  await composeInto(deps.db, id, article, result.coverage, stamp, 'done');
  return id;
}

/**
 * Ask every source at once. The feed index first polls the feeds that are due, so it lands
 * later than the search APIs; each landing re-scores everything and repaints the page.
 */
async function lookUpCoverage(id: string, article: ExtractedArticle, deps: JobDeps, stamp: () => string) {
  const now = deps.now ?? Date.now;
  const corrected = (c: CoverageItem[]) => (deps.corrections ? applyCorrections(id, c, deps.corrections) : c);
  let indexed: Candidate[] = [];
  let feedsReached = true;
  const feedIndexReady = refreshFeeds(deps.db, deps.settings, { fetch: deps.fetch, signal: deps.signal, now: now() })
    .catch(() => ({ due: 1, ok: 0 }))
    .then(async (polled) => {
      // The index always answers from what it saved; it only counts as reached if its feeds were.
      feedsReached = polled.due === 0 || polled.ok > 0;
      // Items near the story's date are both a source and the background that tells common
      // words from telling ones.
      indexed = await recentFeedItems(deps.db, article.publishedTime, now());
      return indexed;
    });
  const result = await findCoverage(
    article,
    deps.sources ?? NEWS_SOURCES,
    { fetch: deps.fetch, signal: deps.signal, settings: deps.settings, feedItems: () => feedIndexReady },
    async (update) => {
      if (update.done) return;
      await deps.db.stories.update(id, { sourceStatus: update.status, updatedAt: stamp() });
      if (update.coverage.length) await composeInto(deps.db, id, article, corrected(update.coverage), stamp, 'searching');
    },
    { background: () => indexed },
  );
  return { result: { ...result, coverage: corrected(result.coverage) }, feedsReached };
}

/** Apply the reader's corrections to a cached story at once, without asking any source. */
export async function recomposeStory(db: ParallaxDB, storyId: string, corrections: Corrections): Promise<void> {
  const story = await db.stories.get(storyId);
  if (!story) return;
  const coverage = applyCorrections(storyId, story.coverage, corrections);
  const stamp = () => new Date().toISOString();
  await composeInto(db, storyId, story.article, coverage, stamp, story.stage);
}

async function composeInto(
  db: ParallaxDB,
  id: string,
  article: ExtractedArticle,
  coverage: StoryRecord['coverage'],
  stamp: () => string,
  stage: StoryRecord['stage'],
): Promise<void> {
  const brief = composeExtractive({ storyId: id, article, coverage: coverage.filter((c) => c.relation === 'same-story'), topics: [] });
  const checked = validateBrief(brief);
  await db.stories.update(id, {
    coverage,
    brief: checked.ok ? checked.brief : null,
    briefAt: stamp(),
    stage,
    error: checked.ok ? undefined : `The story page could not be composed: ${checked.error}`,
    updatedAt: stamp(),
  });
}
