/**
 * One story job: from an extracted article to a cached story page. Idempotent and keyed by the
 * story, so a worker that Chrome stops mid-job is simply run again. Writes only IndexedDB; the
 * panel watches the row and paints each stage as it lands.
 */
import { composeExtractive } from './brief/extractive';
import { validateBrief, type StoryBrief } from './brief/schema';
import { keepModelPage } from './brief/engines/merge';
import { SECTIONS } from './brief/engines/output';
import { findCoverage } from './coverage';
import type { CoverageItem, ExtractedArticle } from './core/types';
import { stableId } from './core/url';
import type { ParallaxDB, StoryRecord } from './db/db';
import { lookUpIndex, refreshFeeds, warmUpIndex, type IndexLookup } from './feeds';
import { buildQuery } from './core/query';
import { NEWS_SOURCES } from './sources/registry';
import type { NewsSource } from './sources/types';
import type { HealthStore } from './sources/guard';
import type { Settings } from './settings-schema';
import type { BriefEngine, TopicCard } from './brief/engine';
import { cached } from './db/cached';
import { enforceLimit, expireStories, withQuotaRetry } from './db/quota';
import { findTopics } from './topics';
import { diversify } from './core/diversity';
import { briefEngineFor } from './brief/engines/registry';
import { chromeAiAvailability, type LanguageModelLike } from './brief/engines/chrome-ai';
import { cloudDisclosure } from './brief/engines/settings';
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
  /** The reader's API key for the chosen AI provider, read only when it is used. */
  loadApiKey?: (provider: 'openai' | 'anthropic') => Promise<string | undefined>;
  /** Chrome's built-in model, lent by an open side panel (the worker has none of its own). */
  languageModel?: () => Promise<LanguageModelLike | undefined>;
  /** Pacing, Retry-After and breaker state per source. */
  health?: HealthStore;
  /** What the reader corrected before: muted outlets, "not the same story". */
  corrections?: Corrections;
  /** Called once the story row exists, so the panel can start painting it. */
  onStarted?: (storyId: string) => void | Promise<void>;
}

export function storyIdFor(article: Pick<ExtractedArticle, 'canonicalUrl'>): string {
  return stableId(article.canonicalUrl);
}

export function isFresh(story: StoryRecord | undefined, now: number): boolean {
  if (story?.aiNotice === AI_WRITING && now - Date.parse(story.updatedAt) > AI_STALE_MS) return false;
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
    ? { ...existing, article, title: article.title, stage: 'searching', error: undefined, aiNotice: undefined, lastOpenedAt: stamp(), updatedAt: stamp() }
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
  await withQuotaRetry(deps.db, id, () => deps.db.stories.put(base));
  const compose = composer(deps.db, id, article, stamp, existing?.topics ?? []);
  await compose(base.coverage, 'searching');
  await deps.onStarted?.(id);
  // Encyclopedia cards are looked up while coverage is searched (names only, never the page),
  // then again with the names the other outlets use (each name is cached, so this is cheap).
  void lookUpTopics(article, [], deps).then((cards) => compose.setTopics(cards, 1));
  const { result, feedsReached } = await lookUpCoverage(id, article, deps, stamp, compose);
  const topics = lookUpTopics(article, result.coverage.filter((c) => c.relation === 'same-story'), deps).then((cards) => compose.setTopics(cards, 2));
  // A slow encyclopedia must not hold the page back: cards that arrive later are added then.
  await Promise.race([topics, new Promise((r) => setTimeout(r, TOPICS_WAIT_MS))]);
  const status = result.status.map((s) =>
    s.id === 'feeds' && !feedsReached && s.state !== 'skipped'
      ? { ...s, state: 'failed' as const, message: `no feed could be reached; ${s.found} saved items used` }
      : s,
  );
  const answered = status.some((s) => s.state === 'ok' || s.state === 'empty');
  if (!answered && existing?.brief) {
    // Nothing answered: keep what we had (not what the stale feed index alone would make), and say so.
    await deps.db.stories.update(id, {
      coverage: existing.coverage,
      brief: existing.brief,
      stage: 'done',
      sourceStatus: status,
      error: 'No source could be reached; showing the story as it was last updated.',
      updatedAt: stamp(),
    });
    return id;
  }
  await deps.db.stories.update(id, { sourceStatus: status, coverageAt: stamp(), sinceLastRead: newSince(existing, result.coverage) });
  await compose(result.coverage, 'done');
  await writeWithAi(deps, id, article, result.coverage, existing?.topics ?? []);
  await expireStories(deps.db, now()).catch(() => 0);
  await enforceLimit(deps.db, deps.settings.cacheLimitMb, id).catch(() => undefined);
  return id;
}

/**
 * When the reader set up a model (and agreed to what it is sent), it rewrites the page the
 * extractive engine already made; the reader sees that page until the model's is validated.
 * Runs here, in the background job, over a streaming response: tokens arriving keep the
 * worker alive, and a model slow to answer at all fails with a message instead of a dead worker.
 * Chrome's built-in model runs in the side panel and streams to us over a port (model-port.ts).
 */
async function writeWithAi(deps: JobDeps, id: string, article: ExtractedArticle, coverage: CoverageItem[], topics: TopicCard[]): Promise<void> {
  const stamp = () => new Date((deps.now ?? Date.now)()).toISOString();
  const engine = await aiEngine(deps, article);
  if (!engine) return;
  if ('notice' in engine) {
    await deps.db.stories.update(id, { aiNotice: engine.notice });
    return;
  }
  const story = await deps.db.stories.get(id);
  const onDevice = story?.brief ?? null;
  const input = { storyId: id, article, coverage: shownCoverage(coverage), topics: story?.topics ?? topics };
  await deps.db.stories.update(id, { aiNotice: AI_WRITING, updatedAt: stamp() });
  // Every write reads the row as it is then, in one transaction, so topic cards that arrived and
  // sources the reader took out while the model wrote are kept (keepModelPage over our page).
  const land = (modelPage: StoryBrief | null, changes: Partial<StoryRecord>) =>
    deps.db.transaction('rw', deps.db.stories, async () => {
      const row = await deps.db.stories.get(id);
      if (!row) return;
      const ours = composeExtractive({ storyId: id, article, coverage: shownCoverage(row.coverage), topics: row.topics ?? [] });
      const checked = validateBrief(modelPage ? keepModelPage(modelPage, ours) : ours);
      await deps.db.stories.update(id, { ...changes, brief: checked.ok ? checked.brief : row.brief, updatedAt: stamp() });
    });
  // Each section the model completes (and that checks out) replaces ours at once; the rest stay
  // ours, and are marked so, until the model gets to them. Paints land in order, before the end.
  let painted = Promise.resolve();
  const paint = (partial: Partial<StoryBrief>) => {
    if (!onDevice) return;
    const page = { ...onDevice, ...partial, generatedAt: onDevice.generatedAt, fallbackSections: SECTIONS.filter((name) => !(name in partial)) };
    painted = painted.then(() => land(page, {})).catch(() => undefined);
  };
  try {
    const brief = await engine.compose(input, { signal: deps.signal, onPartial: paint });
    const checked = validateBrief(brief);
    if (!checked.ok) throw new Error(`the model's page did not validate (${checked.error})`);
    await painted;
    await land(checked.brief, { briefAt: stamp(), aiNotice: undefined });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await painted;
    await land(null, { aiNotice: `Written on this device instead: ${message}` });
  }
}

const AI_WRITING = 'Your AI engine is writing this page…';
/** A model write that has not moved for this long died with its worker: the story is looked up again. */
const AI_STALE_MS = 5 * 60_000;

/** The model the reader chose, ready to write; or why it cannot write this page; or none (extractive). */
async function aiEngine(deps: JobDeps, article: ExtractedArticle): Promise<BriefEngine | { notice: string } | undefined> {
  const ai = deps.settings.ai;
  if (ai.engine === 'chrome-ai') {
    const model = await deps.languageModel?.();
    if (!model) return { notice: "Chrome's built-in model could not be reached: it runs in the side panel, so keep the panel open and press Refresh. If this Chrome has no built-in model, choose another engine in Options → AI." };
    const availability = await chromeAiAvailability(model, article.lang);
    if (availability !== 'available') {
      return { notice: availability === 'unavailable' ? "Chrome's built-in model is not available on this device: choose another engine in Options → AI." : "Chrome's built-in model is not downloaded yet: download it in Options → AI." };
    }
    return briefEngineFor(ai, { languageModel: model });
  }
  if ((ai.engine !== 'openai' && ai.engine !== 'anthropic') || !deps.loadApiKey) return undefined;
  if (cloudDisclosure(ai)) {
    return { notice: `Your ${ai.engine === 'openai' ? 'OpenAI-compatible' : 'Anthropic'} engine is set up but waits for your go-ahead in Options before any article text is sent.` };
  }
  return briefEngineFor(ai, { apiKey: await deps.loadApiKey(ai.engine), fetch: deps.fetch });
}

/** The same-story coverage a page is written from and shows: outlets kept diverse. */
function shownCoverage(coverage: CoverageItem[]): CoverageItem[] {
  return diversify(coverage.filter((c) => c.relation === 'same-story'));
}

/** Same-story coverage that was not there when the reader last opened the story. */
export function newSince(before: StoryRecord | undefined, coverage: CoverageItem[]): StoryRecord['sinceLastRead'] {
  if (!before?.coverageAt) return undefined;
  const seen = new Set(before.coverage.map((c) => c.url));
  const items = coverage.filter((c) => c.relation === 'same-story' && !seen.has(c.url));
  return items.length ? { since: before.lastOpenedAt, items } : before.sinceLastRead;
}

const TOPICS_MAX_AGE_MS = 7 * 86_400_000;
const TOPICS_WAIT_MS = 1500;

async function lookUpTopics(article: ExtractedArticle, coverage: CoverageItem[], deps: JobDeps): Promise<TopicCard[]> {
  const wiki = deps.settings.sources.wikipedia;
  if (!wiki.enabled || deps.settings.feedsOnly) return [];
  return findTopics(article, coverage, {
    fetch: deps.fetch,
    baseUrl: wiki.baseUrl,
    signal: deps.signal,
    cached: (key, fetcher) => cached(deps.db, key, { maxAgeMs: TOPICS_MAX_AGE_MS }, fetcher),
  }).catch(() => []);
}

/**
 * Ask every source at once. The feed index first polls the feeds that are due, so it lands
 * later than the search APIs; each landing re-scores everything and repaints the page.
 */
async function lookUpCoverage(id: string, article: ExtractedArticle, deps: JobDeps, stamp: () => string, compose: Composer) {
  const now = deps.now ?? Date.now;
  const corrected = (c: CoverageItem[]) => (deps.corrections ? applyCorrections(id, c, deps.corrections) : c);
  let stats: IndexLookup['stats'] | undefined;
  let feedsReached = true;
  const query = buildQuery(article);
  // A restarted worker reads the window's word counts while the feeds are polled, not after.
  void warmUpIndex(deps.db, article.publishedTime, now()).catch(() => undefined);
  const feedIndexReady = refreshFeeds(deps.db, deps.settings, { fetch: deps.fetch, signal: deps.signal, now: now() })
    .catch(() => ({ due: 1, ok: 0 }))
    .then(async (polled) => {
      // The index always answers from what it saved; it only counts as reached if its feeds were.
      feedsReached = polled.due === 0 || polled.ok > 0;
      // Its items near the story's date are a source; its word counts tell common words from telling ones.
      const found = await lookUpIndex(deps.db, query, article.publishedTime, now());
      stats = found.stats;
      return found.candidates;
    });
  const result = await findCoverage(
    article,
    deps.sources ?? NEWS_SOURCES,
    { fetch: deps.fetch, signal: deps.signal, settings: deps.settings, feedItems: () => feedIndexReady, health: deps.health },
    async (update) => {
      if (update.done) return;
      await deps.db.stories.update(id, { sourceStatus: update.status, updatedAt: stamp() });
      if (update.coverage.length) await compose(corrected(update.coverage), 'searching');
    },
    { query, background: () => stats },
  );
  return { result: { ...result, coverage: corrected(result.coverage) }, feedsReached };
}

/** Apply the reader's corrections to a cached story at once, without asking any source. */
export async function recomposeStory(db: ParallaxDB, storyId: string, corrections: Corrections): Promise<void> {
  const story = await db.stories.get(storyId);
  if (!story) return;
  const compose = composer(db, storyId, story.article, () => new Date().toISOString(), story.topics ?? []);
  // A model's page stays, without what the reader took out (keepModelPage).
  await compose(applyCorrections(storyId, story.coverage, corrections), story.stage, { keepModelPage: true });
}

type Composer = ((coverage: CoverageItem[] | 'stored', stage: StoryRecord['stage'], options?: { keepModelPage?: boolean }) => Promise<void>) & {
  setTopics(cards: TopicCard[], round: number): Promise<void>;
};

/**
 * Writes the brief for the coverage known so far; topic cards join when they arrive. Each write
 * reads and writes the row in one transaction, so a model's page landing meanwhile is not lost.
 */
function composer(db: ParallaxDB, id: string, article: ExtractedArticle, stamp: () => string, initialTopics: TopicCard[]): Composer {
  let topics = initialTopics;
  let round = 0;
  let last: { stage: StoryRecord['stage'] } | null = null;
  const compose: Composer = Object.assign(
    async (given: CoverageItem[] | 'stored', stage: StoryRecord['stage'], options: { keepModelPage?: boolean } = {}) => {
      if (given !== 'stored') last = { stage };
      await withQuotaRetry(db, id, () =>
        db.transaction('rw', db.stories, async () => {
          const row = await db.stories.get(id);
          const coverage = given === 'stored' ? (row?.coverage ?? []) : given;
          const ours = composeExtractive({ storyId: id, article, coverage: shownCoverage(coverage), topics });
          const model = options.keepModelPage ? row?.brief : undefined;
          const checked = validateBrief(model && model.engine !== 'extractive' ? keepModelPage(model, ours) : ours);
          await db.stories.update(id, {
            coverage,
            topics,
            brief: checked.ok ? checked.brief : null,
            briefAt: stamp(),
            stage,
            error: checked.ok ? undefined : `The story page could not be composed: ${checked.error}`,
            updatedAt: stamp(),
          });
        }),
      );
    },
    {
      /** Cards of a later round win, whichever answer arrives first; a model's page keeps its text and takes the cards. */
      async setTopics(cards: TopicCard[], from: number) {
        if (from < round) return;
        round = from;
        topics = cards;
        // The stored coverage: the reader may have corrected it since this job last wrote.
        if (last && cards.length) await compose('stored', last.stage, { keepModelPage: true });
      },
    },
  );
  return compose;
}
