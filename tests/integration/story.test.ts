/** The story pipeline in Node against the real newsroom over HTTP (fake-indexeddb for the cache). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { explainInNode } from './pipeline';
import { dexieFeedStore } from '../../utils/feed-index/dexie-store';

let n: Newsroom;
beforeAll(async () => {
  n = await startNewsroom();
});
afterAll(() => n.stop());

const refUrl = () => n.articleUrl(n.find(REFERENCE.outlet, REFERENCE.slug));

describe('the reference story', () => {
  it('finds the other outlets covering it, and no distractor or other story', async () => {
    const { story } = await explainInNode(n, refUrl());
    const same = story.coverage.filter((c) => c.relation === 'same-story');
    const truth = new Map(n.articles.map((a) => [n.articleUrl(a), a.story]));
    for (const c of same) expect(truth.get(c.url), c.title).toBe(REFERENCE.story);
    const outlets = new Set(same.map((c) => c.outlet.domain));
    outlets.delete(n.find(REFERENCE.outlet, REFERENCE.slug).outlet.siteHost);
    expect(outlets.size).toBeGreaterThanOrEqual(3);
    expect(story.sourceStatus.map((s) => s.state)).toEqual(['ok', 'ok', 'ok']);
  });

  it("composes What's happened from sentences that stand in the cited sources", async () => {
    const { story } = await explainInNode(n, refUrl());
    const brief = story.brief!;
    expect(brief.happened.length).toBeGreaterThanOrEqual(2);
    expect(brief.happened.length).toBeLessThanOrEqual(4);
    const textOf = (id: string) => {
      const src = brief.sources.find((s) => s.id === id)!;
      const a = n.articles.find((x) => n.articleUrl(x) === src.url)!;
      return [a.dek, ...a.body].join(' ');
    };
    for (const s of brief.happened) {
      expect(s.cites.length).toBeGreaterThan(0);
      expect(s.cites.some((c) => textOf(c).includes(s.text)), s.text).toBe(true);
    }
    expect(brief.sources[0]).toMatchObject({ isReaderArticle: true, title: n.find(REFERENCE.outlet, REFERENCE.slug).title });
  });

  it('opens from the cache without asking any source while it is fresh', async () => {
    const db = `cache-${Math.random()}`;
    const first = await explainInNode(n, refUrl(), db);
    n.setFault('sources', { refuse: true });
    const before = n.requests.length;
    try {
      const again = await explainInNode(n, refUrl(), db);
      expect(again.story.id).toBe(first.story.id);
      expect(again.story.brief?.happened).toEqual(first.story.brief?.happened);
      expect(n.requests.slice(before).filter((r) => r.target !== 'site')).toEqual([]);
    } finally {
      n.clearFaults();
    }
  });
});

describe('faults', () => {
  it('a rate-limited search says until when, and the other sources still show', async () => {
    n.setFault('gdelt', { status: 429, retryAfter: '120' });
    try {
      const { story } = await explainInNode(n, refUrl());
      const gdelt = story.sourceStatus.find((s) => s.id === 'gdelt')!;
      expect(gdelt.state).toBe('rate-limited');
      expect(Date.parse(gdelt.retryAt!) - Date.now()).toBeGreaterThan(100_000);
      expect(n.requests.filter((r) => r.target === 'gdelt').length).toBeGreaterThan(0);
      expect(story.coverage.filter((c) => c.relation === 'same-story').length).toBeGreaterThanOrEqual(3);
    } finally {
      n.clearFaults();
    }
  });

  it('malformed answers fail their source only', async () => {
    n.setFault('gdelt', { malformed: true });
    n.setFault('gnews', { malformed: true });
    try {
      const { story } = await explainInNode(n, refUrl());
      expect(story.sourceStatus.find((s) => s.id === 'gdelt')?.state).toBe('failed');
      expect(story.sourceStatus.find((s) => s.id === 'feeds')?.state).toBe('ok');
      expect(story.brief?.happened.length).toBeGreaterThan(0);
    } finally {
      n.clearFaults();
    }
  });

  it('with every feed refusing, the feed index is told as failed, with the saved items it used', async () => {
    n.setFault('feeds', { status: 500 });
    try {
      const { story } = await explainInNode(n, refUrl());
      expect(story.sourceStatus.find((s) => s.id === 'feeds')).toMatchObject({ state: 'failed', found: 0, message: 'no feed could be reached; 0 saved items used' });
      expect(story.sourceStatus.find((s) => s.id === 'gdelt')?.state).toBe('ok');
    } finally {
      n.clearFaults();
    }
  });

  it('a failing feed breaks nothing else', async () => {
    n.setFault('feed:globalwire', { status: 500 });
    try {
      const { story, db } = await explainInNode(n, refUrl());
      const [state] = await dexieFeedStore(db).feedStates([n.feedUrl(n.outlets.find((o) => o.id === 'globalwire')!)]);
      expect(state?.failures).toBe(1);
      expect(state?.nextAttemptAt).toBeTruthy();
      expect(story.coverage.some((c) => c.outlet.name === 'The London Chronicle' && c.relation === 'same-story')).toBe(true);
    } finally {
      n.clearFaults();
    }
  });
});

describe('the reader corrects us', () => {
  it('"not the same story" and "mute this outlet" take effect at once and in the next lookups', async () => {
    const { runStory } = await import('../../utils/story/job');
    const { recomposeStory } = await import('../../utils/story/writer');
    const { newsroomSettings } = await import('../newsroom/settings');
    const dbName = `corr-${Math.random()}`;
    const { story, db, article } = await explainInNode(n, refUrl(), dbName);
    const same = story.coverage.filter((c) => c.relation === 'same-story');
    const chronicle = same.find((c) => c.outlet.name === 'The London Chronicle')!;
    const wire = same.find((c) => c.outlet.name === 'Global Wire')!;
    const corrections = { muted: [chronicle.outlet.domain], notSame: { [story.id]: [wire.url] } };
    await recomposeStory(db, story.id, corrections);
    const after = (await db.stories.get(story.id))!;
    expect(after.brief!.sources.map((s) => s.url)).not.toContain(chronicle.url);
    expect(after.brief!.sources.map((s) => s.url)).not.toContain(wire.url);
    // The next lookup (coverage stale) remembers them.
    await db.stories.update(story.id, { coverageAt: null });
    await runStory(article, { db, settings: newsroomSettings(n), fetch, corrections });
    const next = (await db.stories.get(story.id))!;
    expect(next.coverage.some((c) => c.outlet.domain === chronicle.outlet.domain)).toBe(false);
    expect(next.coverage.some((c) => c.url === wire.url)).toBe(false);
    expect(next.coverage.filter((c) => c.relation === 'same-story').length).toBeGreaterThan(0);
  });
});

describe('since you last read', () => {
  it('lists only same-story coverage that was not there before', async () => {
    const { newSince } = await import('../../utils/story/freshness');
    const item = (url: string, relation: 'same-story' | 'related' = 'same-story') => ({ id: url, url, title: url, outlet: { name: 'X', domain: 'x' }, source: 'feeds', score: 1, relation });
    const article = { title: 'Nvidia ships GPUs to Korea', text: 'Nvidia will ship GPUs to Korea.', publishedTime: null, lang: 'en' };
    const before = { id: 's', article, coverageAt: '2025-11-01T00:00:00Z', lastOpenedAt: '2025-11-01T01:00:00Z', coverage: [item('a')] } as never;
    const b = { ...item('b'), title: 'First GPUs reach Samsung', description: 'The first Nvidia GPUs reached Samsung on Monday.' };
    const since = newSince(before, [item('a'), b, item('c', 'related')]);
    expect(since).toMatchObject({ since: '2025-11-01T01:00:00Z', items: [b] });
    // The update is written from the new item alone.
    expect(since?.update?.length).toBeGreaterThan(0);
    expect(since?.update?.flatMap((s) => s.cites)).toEqual(since?.update?.map(() => 'b'));
    expect(newSince(undefined, [item('a')])).toBeUndefined();
  });
});

describe('an AI-written page', () => {
  it('keeps the model’s page when topic cards arrive late, adding the cards to it', async () => {
    const { NEWSROOM_AI_KEY } = await import('../newsroom/ai');
    const { DEFAULT_AI_SETTINGS } = await import('../../utils/settings/defaults');
    const { newsroomSettings } = await import('../newsroom/settings');
    const { runStory } = await import('../../utils/story/job');
    const { openDatabase } = await import('../../utils/db/db');
    const { parseHTML } = await import('linkedom');
    const { extractArticle } = await import('../../utils/core/extract/article');
    const url = refUrl();
    const { document } = parseHTML(await (await fetch(url)).text());
    const article = extractArticle(document as unknown as Document, { url });
    const db = openDatabase(`ai-${Math.random()}`);
    const settings = { ...newsroomSettings(n), ai: { ...DEFAULT_AI_SETTINGS, engine: 'openai' as const, openai: { baseUrl: `${n.apiBase}/ai/openai/v1`, model: 'newsroom-brief', responseFormat: 'json_schema' as const } } };
    // The encyclopedia answers only after the page is complete.
    n.setFault('wiki', { latencyMs: 2500 });
    try {
      // Every state of the page the panel could see while the model streams.
      const seen: Array<{ engine: string; pending: string[] }> = [];
      const update = db.stories.update.bind(db.stories);
      db.stories.update = ((key: string, changes: Parameters<typeof update>[1]) => {
        const brief = (changes as { brief?: { engine: string; fallbackSections?: string[] } | null }).brief;
        if (brief) seen.push({ engine: brief.engine, pending: brief.fallbackSections ?? [] });
        return update(key, changes);
      }) as typeof db.stories.update;
      const id = await runStory(article, { db, settings, fetch, loadApiKey: async () => NEWSROOM_AI_KEY });
      expect((await db.stories.get(id))?.brief?.engine).toBe('openai');
      // Sections were painted as the model finished them, the unwritten ones marked as ours meanwhile.
      const streaming = seen.filter((s) => s.engine === 'openai' && s.pending.length > 0);
      expect(streaming.length).toBeGreaterThanOrEqual(2);
      expect(streaming[0]?.pending.length).toBeGreaterThan(streaming.at(-1)?.pending.length ?? Infinity);
      expect(seen.at(-1)).toEqual({ engine: 'openai', pending: [] });
      await new Promise((r) => setTimeout(r, 4000));
      const later = (await db.stories.get(id))!;
      expect(later.brief?.engine).toBe('openai');
      expect(later.brief?.topics.length).toBeGreaterThan(0);
    } finally {
      n.clearFaults();
    }
  }, 20_000);

  it('keeps the model’s page when the reader takes a source out, without that source', async () => {
    const { NEWSROOM_AI_KEY } = await import('../newsroom/ai');
    const { DEFAULT_AI_SETTINGS } = await import('../../utils/settings/defaults');
    const { newsroomSettings } = await import('../newsroom/settings');
    const { runStory } = await import('../../utils/story/job');
    const { recomposeStory } = await import('../../utils/story/writer');
    const { validateBrief } = await import('../../utils/brief/schema');
    const { article, db } = await explainInNode(n, refUrl(), `ai-corr-${Math.random()}`);
    const settings = { ...newsroomSettings(n), ai: { ...DEFAULT_AI_SETTINGS, engine: 'openai' as const, openai: { baseUrl: `${n.apiBase}/ai/openai/v1`, model: 'newsroom-brief', responseFormat: 'json_schema' as const } } };
    const id = await runStory(article, { db, settings, fetch, loadApiKey: async () => NEWSROOM_AI_KEY, now: () => Date.now() + 3_600_000 });
    const before = (await db.stories.get(id))!;
    expect(before.brief?.engine).toBe('openai');
    const muted = before.brief!.sources.find((s) => !s.isReaderArticle)!;
    await recomposeStory(db, id, { muted: [muted.domain], notSame: {} });
    const after = (await db.stories.get(id))!.brief!;
    expect(after.engine).toBe('openai');
    expect(validateBrief(after).ok).toBe(true);
    expect(after.sources.map((s) => s.id)).not.toContain(muted.id);
    const sentences = [...after.happened, ...after.behind.flatMap((t) => t.paragraph), ...after.papers.overview, ...after.papers.outlets.flatMap((o) => o.angle), ...after.background.paragraph, ...after.questions.flatMap((q) => q.answer)];
    for (const s of sentences) {
      expect(s.cites).not.toContain(muted.id);
      if (!after.fallbackSections?.length) expect(s.text).not.toContain(muted.outlet);
    }
    expect(after.papers.outlets.map((o) => o.sourceId)).not.toContain(muted.id);
    // What the model wrote from the other sources is still there.
    expect(after.happened.some((s) => before.brief!.happened.some((b) => b.text === s.text))).toBe(true);
  }, 20_000);
});

describe("Chrome's built-in model, lent by the side panel (stand-in LanguageModel)", () => {
  async function chromeAiStory(
    languageModel: () => Promise<import('../../utils/brief/engines/chrome-ai').LanguageModelLike | undefined>,
    during?: (db: import('../../utils/db/db').ParallaxDB, id: string) => Promise<void>,
  ) {
    const { DEFAULT_AI_SETTINGS } = await import('../../utils/settings/defaults');
    const { newsroomSettings } = await import('../newsroom/settings');
    const { runStory, storyIdFor } = await import('../../utils/story/job');
    const { article, db } = await explainInNode(n, refUrl(), `chrome-ai-${Math.random()}`);
    const settings = { ...newsroomSettings(n), ai: { ...DEFAULT_AI_SETTINGS, engine: 'chrome-ai' as const } };
    const job = runStory(article, { db, settings, fetch, languageModel, now: () => Date.now() + 3_600_000 });
    await during?.(db, storyIdFor(article));
    return (await db.stories.get(await job))!;
  }
  /** Resolves once the model's page has painted at least one section. */
  async function modelPainting(db: import('../../utils/db/db').ParallaxDB, id: string) {
    for (let i = 0; i < 400; i++) {
      const row = await db.stories.get(id);
      if (row?.brief?.engine === 'chrome-ai') return row;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the model never painted');
  }

  it('a model failing midway leaves the on-device page, and says so', async () => {
    const { standIn } = await import('../brief/engines/helpers');
    let painted = false;
    const story = await chromeAiStory(async () => standIn('available', { chunkDelayMs: 2, failAfterChunks: 160 }).model, async (db, id) => {
      painted = Boolean(await modelPainting(db, id));
    });
    expect(painted).toBe(true); // sections had been shown before it failed
    expect(story.brief?.engine).toBe('extractive');
    expect(story.brief?.fallbackSections).toBeUndefined();
    expect(story.aiNotice).toMatch(/Written on this device instead/);
  }, 20_000);

  it('keeps topic cards and the reader’s corrections that arrive while the model writes', async () => {
    const { standIn } = await import('../brief/engines/helpers');
    const { recomposeStory } = await import('../../utils/story/writer');
    let muted = '';
    n.setFault('wiki', { latencyMs: 1800 }); // cards land after the page is composed, while the model writes
    try {
      const story = await chromeAiStory(async () => standIn('available', { chunkDelayMs: 6 }).model, async (db, id) => {
        const row = await modelPainting(db, id);
        const source = row.brief!.sources.find((s) => !s.isReaderArticle)!;
        muted = source.domain;
        await recomposeStory(db, id, { muted: [muted], notSame: {} });
      });
      expect(story.brief?.engine).toBe('chrome-ai');
      expect(story.brief?.fallbackSections ?? []).not.toContain('happened');
      expect(story.brief!.topics.length).toBeGreaterThan(0);
      expect(story.brief!.sources.map((s) => s.domain)).not.toContain(muted);
      expect(story.coverage.map((c) => c.outlet.domain)).not.toContain(muted);
    } finally {
      n.clearFaults();
    }
  }, 30_000);

  it('writes the page with the panel’s model over the port', async () => {
    const { portPair, standIn } = await import('../brief/engines/helpers');
    const { portLanguageModel, serveLanguageModel } = await import('../../utils/brief/engines/model-port');
    const [background, panel] = portPair();
    const { model, log } = standIn('available');
    serveLanguageModel(panel, model);
    const story = await chromeAiStory(async () => portLanguageModel(background));
    expect(story.brief?.engine).toBe('chrome-ai');
    expect(story.aiNotice).toBeUndefined();
    expect(log.prompts).toHaveLength(1);
  }, 20_000);

  it('keeps the on-device page and says what to do when no panel lends the model, or it is not downloaded', async () => {
    const none = await chromeAiStory(async () => undefined);
    expect(none.brief?.engine).toBe('extractive');
    expect(none.aiNotice).toMatch(/keep the panel open and press Refresh/);
    const { standIn } = await import('../brief/engines/helpers');
    const later = await chromeAiStory(async () => standIn('downloadable').model);
    expect(later.brief?.engine).toBe('extractive');
    expect(later.aiNotice).toMatch(/download it in Options/);
  }, 20_000);
});
