/** The story pipeline in Node against the real newsroom over HTTP (fake-indexeddb for the cache). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { explainInNode } from './pipeline';

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

  it('a failing feed breaks nothing else', async () => {
    n.setFault('feed:globalwire', { status: 500 });
    try {
      const { story, db } = await explainInNode(n, refUrl());
      const state = await db.feedState.get(n.feedUrl(n.outlets.find((o) => o.id === 'globalwire')!));
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
    const { recomposeStory, runStory } = await import('../../utils/story-job');
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
    const { newSince } = await import('../../utils/story-job');
    const item = (url: string, relation: 'same-story' | 'related' = 'same-story') => ({ id: url, url, title: url, outlet: { name: 'X', domain: 'x' }, source: 'feeds', score: 1, relation });
    const before = { coverageAt: '2025-11-01T00:00:00Z', lastOpenedAt: '2025-11-01T01:00:00Z', coverage: [item('a')] } as never;
    expect(newSince(before, [item('a'), item('b'), item('c', 'related')])).toEqual({ since: '2025-11-01T01:00:00Z', items: [item('b')] });
    expect(newSince(undefined, [item('a')])).toBeUndefined();
  });
});

describe('an AI-written page', () => {
  it('keeps the model’s page when topic cards arrive late, adding the cards to it', async () => {
    const { NEWSROOM_AI_KEY } = await import('../newsroom/ai');
    const { DEFAULT_AI_SETTINGS } = await import('../../utils/brief/engines/settings');
    const { newsroomSettings } = await import('../newsroom/settings');
    const { runStory } = await import('../../utils/story-job');
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
      const id = await runStory(article, { db, settings, fetch, loadApiKey: async () => NEWSROOM_AI_KEY });
      expect((await db.stories.get(id))?.brief?.engine).toBe('openai');
      await new Promise((r) => setTimeout(r, 4000));
      const later = (await db.stories.get(id))!;
      expect(later.brief?.engine).toBe('openai');
      expect(later.brief?.topics.length).toBeGreaterThan(0);
    } finally {
      n.clearFaults();
    }
  }, 20_000);
});
