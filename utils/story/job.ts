/**
 * One story job: from an extracted article to a cached story page, in stages — open it from the
 * cache if fresh; else write the row at once (the panel paints it from then on), look up coverage
 * and encyclopedia cards, compose the page, and let the reader's model rewrite it. Idempotent and
 * keyed by the story, so a worker that Chrome stops mid-job is simply run again. Writes only
 * IndexedDB, through one StoryWriter; the panel watches the row.
 */
import type { LanguageModelLike } from '../brief/engines/chrome-ai';
import type { ExtractedArticle } from '../core/types';
import { gateArticle } from '../core/gate';
import { stableId } from '../core/url';
import type { ParallaxDB, StoryRecord } from '../db/db';
import { enforceLimit, expireStories } from '../db/quota';
import type { Settings } from '../settings';
import type { HealthStore } from '../sources/guard';
import type { NewsSource } from '../sources/types';
import { writeWithAi } from './ai';
import type { Corrections } from './corrections';
import { lookUpCoverage, type CoverageDeadline } from './coverage';
import { dexieFeedStore } from '../feed-index/dexie-store';
import { findEarlierCoverage } from './past';
import { isFresh, newSince, withSinceItems } from './freshness';
import { lookUpTopics, TOPICS_WAIT_MS } from './topics';
import { StoryWriter } from './writer';

export interface JobDeps {
  db: ParallaxDB;
  settings: Settings;
  fetch: typeof fetch;
  sources?: readonly NewsSource[];
  now?: () => number;
  signal?: AbortSignal;
  /** The reader's API key for the chosen AI provider, read only when it is used. */
  loadApiKey?: (provider: 'openai' | 'anthropic') => Promise<string | undefined>;
  /** Chrome's built-in model, lent by an open side panel (the worker has none of its own). */
  languageModel?: () => Promise<LanguageModelLike | undefined>;
  /** Pacing, Retry-After and breaker state per source. */
  health?: HealthStore;
  /** What the reader corrected before: muted outlets, "not the same story". */
  corrections?: Corrections;
  /** How long the page waits for slow sources (default COVERAGE_DEADLINE). */
  coverageDeadline?: CoverageDeadline;
  /** Called once the story row exists, so the panel can start painting it. */
  onStarted?: (storyId: string) => void | Promise<void>;
}

export function storyIdFor(article: Pick<ExtractedArticle, 'canonicalUrl'>): string {
  return stableId(article.canonicalUrl);
}

/** A new story's first row: the article alone, nothing looked up yet. */
export function firstRow(id: string, article: ExtractedArticle, stamp: string, stage: StoryRecord['stage']): StoryRecord {
  return {
    id,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    article,
    coverage: [],
    coverageAt: null,
    sourceStatus: [],
    brief: null,
    stage,
    createdAt: stamp,
    updatedAt: stamp,
    lastOpenedAt: stamp,
  };
}

/**
 * Open a story from the cache when it is fresh; otherwise look up coverage and compose it.
 * `storyId` keys a story opened from a link by the address the reader chose, which the panel
 * already knows, whatever canonical address the page itself declares.
 */
export async function runStory(read: ExtractedArticle, deps: JobDeps, opts: { storyId?: string } = {}): Promise<string> {
  // Every way in (a page, a link, a selection) passes the gate before anything is keyed, stored or scored.
  const article = gateArticle(read);
  const now = deps.now ?? Date.now;
  const id = opts.storyId ?? storyIdFor(article);
  const stamp = () => new Date(now()).toISOString();
  const existing = await deps.db.stories.get(id);
  // A fresh row whose job stopped before 'done' is not finished: it is run again.
  if (existing && existing.stage === 'done' && isFresh(existing, now())) {
    await deps.db.stories.update(id, { lastOpenedAt: stamp() });
    await deps.onStarted?.(id);
    return id;
  }
  // A row that holds only a link's snippet (stage 'reading') is not a story read before.
  const before = existing?.stage === 'reading' ? undefined : existing;
  const writer = new StoryWriter(deps.db, id, article, now, before?.topics ?? []);
  await writer.put(
    before
      ? { ...before, article, title: article.title, stage: 'searching', error: undefined, aiNotice: undefined, lastOpenedAt: stamp(), updatedAt: stamp() }
      : { ...firstRow(id, article, stamp(), 'searching'), canonicalUrl: existing?.canonicalUrl ?? article.canonicalUrl, createdAt: existing?.createdAt ?? stamp() },
  );
  await writer.compose(before?.coverage ?? [], 'searching');
  await deps.onStarted?.(id);

  // Encyclopedia cards are looked up while coverage is searched (names only, never the page),
  // then again with the names the other outlets use (each name is cached, so this is cheap).
  void lookUpTopics(article, [], deps).then((cards) => writer.setTopics(cards, 'article'));
  // The story's past is read from the feed index while the sources are asked (How we got here only).
  const earlier = deps.settings.sources.feeds.enabled ? findEarlierCoverage(dexieFeedStore(deps.db), article).catch(() => []) : Promise.resolve([]);
  const found = await lookUpCoverage(article, deps, writer, deps.coverageDeadline);
  writer.setEarlier(await earlier);
  const topics = lookUpTopics(article, found.coverage.filter((c) => c.relation === 'same-story'), deps).then((cards) => writer.setTopics(cards, 'coverage'));
  await Promise.race([topics, new Promise((r) => setTimeout(r, TOPICS_WAIT_MS))]);

  if (!found.answered && before?.brief) {
    // Nothing answered: keep what we had (not what the stale feed index alone would make), and say so.
    await writer.update({
      coverage: before.coverage,
      brief: before.brief,
      stage: 'done',
      sourceStatus: found.status,
      error: 'No source could be reached; showing the story as it was last updated.',
    });
    return id;
  }
  const coverage = withSinceItems(before, found.coverage);
  await writer.update({ sourceStatus: found.status, coverageAt: stamp(), sinceLastRead: newSince(before, coverage) });
  await writer.compose(coverage, 'done');
  // A source that missed the deadline is merged when it lands (the reader sees "still waiting" until then).
  const merged = found.mergeLate?.().catch(() => undefined);
  await writeWithAi(deps, writer, article, found.coverage);
  await expireStories(deps.db, now()).catch(() => 0);
  await enforceLimit(deps.db, deps.settings.cacheLimitMb, id).catch(() => undefined);
  await merged;
  return id;
}
