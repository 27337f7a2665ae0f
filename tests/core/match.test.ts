/**
 * The extension's same-story decision (utils/core/match.ts) on the sample newsroom: every story
 * article against the feed entries (title + dek) of all the other articles, as the worker sees
 * them — the local feed index holding the newsroom's feeds, its word counts the background.
 * The `story` labels are test truth only. Real labelled news: tests/bench/match-article.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, RELATED, SAME_STORY, scoreCandidates, storyScores } from '../../utils/core/match';
import type { PoolItem } from '../../utils/core/pool-item';
import { readItems } from '../../utils/cli/match';
import { terms } from '../../utils/core/text';
import { buildQuery } from '../../utils/core/query';
import type { Candidate } from '../../utils/core/types';
import { loadContent, REFERENCE, type NewsroomArticle } from '../newsroom/corpus';

const { articles } = loadContent();
const link = (a: NewsroomArticle) => `https://${a.outlet.id}.test/${a.slug}`;
const entry = (a: NewsroomArticle): Candidate => ({
  id: link(a), url: link(a), title: a.title, description: a.dek, published: a.published, source: 'feeds', outlet: { name: a.outlet.id, domain: `${a.outlet.id}.test` },
});
const page = (a: NewsroomArticle) => ({ title: a.title, excerpt: a.dek, text: a.body.join('\n\n'), publishedTime: a.published, canonicalUrl: link(a) });
const stories = articles.filter((a) => a.story !== 'distractor');
const query = (a: NewsroomArticle) => buildQuery({ ...page(a), lang: 'en' });

/** The feed index's word counts: each entry's distinct words of title and description. */
function countsOf(entries: { title: string; description?: string | null }[]) {
  const df = new Map<string, number>();
  for (const e of entries) for (const t of new Set(terms(`${e.title} ${e.description ?? ''}`))) df.set(t, (df.get(t) ?? 0) + 1);
  return { n: entries.length, df };
}

describe('scoreCandidates on the sample newsroom (background: the newsroom feed index)', () => {
  const counts = countsOf(articles.map(entry));
  const results = stories.map((a) => {
    const others = articles.filter((x) => x !== a);
    const scored = scoreCandidates(page(a), query(a), others.map(entry), { backgroundDf: counts });
    return { a, others, same: new Set(scored.flatMap((c, i) => (c.relation === 'same-story' ? [i] : []))) };
  });

  it('never calls a distractor or another story the same story', () => {
    for (const { a, others, same } of results) for (const i of same) expect(others[i]?.story, `${a.title} → ${others[i]?.title}`).toBe(a.story);
  });

  it('finds every other outlet of the reference story, something for every story, and most of all (recall ≥ 0.85)', () => {
    let found = 0;
    let total = 0;
    for (const { a, others, same } of results) {
      const truth = others.flatMap((o, i) => (o.story === a.story ? [i] : []));
      total += truth.length;
      found += truth.filter((i) => same.has(i)).length;
      if (a.outlet.id === REFERENCE.outlet && a.slug === REFERENCE.slug) expect(truth.every((i) => same.has(i))).toBe(true);
      expect(truth.some((i) => same.has(i)), a.title).toBe(true);
    }
    expect(found / total).toBeGreaterThanOrEqual(0.85);
  });

  it('classify lists same-story first, best first, and drops what is barely related', () => {
    const a = articles.find((x) => x.outlet.id === REFERENCE.outlet && x.slug === REFERENCE.slug)!;
    const listed = classify(scoreCandidates(page(a), query(a), articles.filter((x) => x !== a).map(entry), { backgroundDf: counts }));
    const firstRelated = listed.findIndex((c) => c.relation === 'related');
    expect(listed.slice(firstRelated < 0 ? listed.length : firstRelated).every((c) => c.relation === 'related')).toBe(true);
    expect(listed.every((c) => c.score >= RELATED)).toBe(true);
    expect(listed.filter((c) => c.relation === 'same-story').every((c) => c.score >= SAME_STORY)).toBe(true);
    for (const [i, c] of listed.entries()) {
      const prev = listed[i - 1];
      if (prev && c.relation === prev.relation) expect(c.score).toBeLessThanOrEqual(prev.score);
    }
    expect(listed.length).toBeLessThan(articles.length - 1);
  });
});

describe('scoreCandidates with a larger feed index (the newsroom + 500 real headlines) as background', () => {
  const headlines = readItems(readFileSync(new URL('../fixtures/uci-headlines-500.jsonl', import.meta.url), 'utf8')).items;
  const counts = countsOf([...articles.map(entry), ...headlines]);

  it('no false same-story, recall ≥ 0.9', () => {
    let found = 0;
    let total = 0;
    for (const a of stories) {
      const others = articles.filter((x) => x !== a);
      const scored = scoreCandidates(page(a), query(a), others.map(entry), { backgroundDf: counts });
      others.forEach((o, i) => {
        if (scored[i]?.relation === 'same-story') expect(o.story, `${a.title} → ${o.title}`).toBe(a.story);
        if (o.story !== a.story) return;
        total++;
        if (scored[i]?.relation === 'same-story') found++;
      });
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('storyScores', () => {
  const art: PoolItem = { title: 'Kalmaegi slams into central Vietnam after killing dozens in the Philippines', published: '2025-11-06T08:00:00Z' };
  const near: PoolItem = { title: 'Typhoon Kalmaegi makes landfall in Vietnam', published: '2025-11-06T12:00:00Z' };

  it('damps the same words by distance in time from the article (not from today)', () => {
    const later = { ...near, published: '2025-12-20T12:00:00Z' };
    const [now = NaN, then = NaN] = storyScores(art, [near, later]);
    expect(then).toBeLessThan(now);
    expect(then).toBeCloseTo(now * 0.6, 5);
  });

  it('weighs a word by its rarity in the background counts', () => {
    const other: PoolItem = { title: 'Vietnam exports rise in November' };
    const common = { n: 1000, df: new Map([['vietnam', 400]]) };
    const rare = { n: 1000, df: new Map([['vietnam', 1]]) };
    const [withCommon = NaN] = storyScores(art, [other, near], { backgroundDf: common });
    const [withRare = NaN] = storyScores(art, [other, near], { backgroundDf: rare });
    expect(withRare).toBeGreaterThan(withCommon);
  });

  it('is deterministic and empty-safe', () => {
    expect(storyScores(art, [])).toEqual([]);
    expect(storyScores(art, [near, near])).toEqual(storyScores(art, [near, near]));
    expect(storyScores({ title: '' }, [{ title: '' }])).toEqual([0]);
  });
});

describe('same story needs more than one shared word', () => {
  const page = {
    title: 'Microsoft and the Justice Department settle the antitrust suit',
    excerpt: null,
    text: 'Microsoft reached a settlement with the Justice Department on Friday in the antitrust suit over its Windows monopoly, ending three years of litigation. The settlement bars exclusive contracts with computer makers. State attorneys general said they would study the settlement before deciding whether to join it.',
    publishedTime: '2001-11-02T12:00:00Z',
    canonicalUrl: 'https://wire.test/microsoft-settlement',
  };
  const candidate = (title: string, slug: string): Candidate => ({ id: slug, url: `https://other.test/${slug}`, title, published: '2001-11-02T18:00:00Z', source: 'feeds', outlet: { name: 'other', domain: 'other.test' } });
  const candidates = [candidate('Justice Department reaches antitrust settlement', 'settles'), candidate('States weigh joining antitrust settlement', 'states'), candidate('Microsoft unveils Xbox', 'xbox')];
  // A feed index where the story's everyday words are common and "Microsoft" is rare.
  const background = { n: 1000, df: new Map(['justice', 'department', 'state', 'reach', 'weigh', 'join', 'unveil', 'friday'].map((w) => [w, 300])) };
  const scored = scoreCandidates(page, buildQuery({ ...page, lang: 'en' }), candidates, { backgroundDf: background });

  it('a headline sharing one name with the article is not the same story, however close it scores, nor related: classify drops it', () => {
    const xbox = scored.find((c) => c.id === 'xbox');
    expect(xbox?.score).toBeGreaterThanOrEqual(SAME_STORY * 3);
    expect(xbox?.relation).toBe('unrelated');
    expect(classify(scored).map((c) => c.id)).not.toContain('xbox');
  });

  it('two shared words make a related story, not the same one', () => {
    const windows = scoreCandidates(page, buildQuery({ ...page, lang: 'en' }), [...candidates, candidate('Microsoft Windows sales rise', 'windows')], { backgroundDf: background });
    expect(windows.find((c) => c.id === 'windows')?.relation).toBe('related');
  });

  it('the story’s own headlines, sharing several of its words, are the same story', () => {
    expect(scored.filter((c) => c.relation === 'same-story').map((c) => c.id).sort()).toEqual(['settles', 'states']);
  });

  it('nor is a story opened from a snippet: its text is its title and a line', () => {
    const snippet = { ...page, text: `${page.title}. Microsoft settles.` };
    const scoredSnippet = scoreCandidates(snippet, buildQuery({ ...snippet, lang: 'en' }), candidates, { backgroundDf: background });
    expect(scoredSnippet.find((c) => c.id === 'xbox')?.relation).toBe('same-story');
  });

  it('a headline read alone (no body) is not held to it: two headlines may share just a name', () => {
    const headline = { ...page, text: '' };
    const alone = scoreCandidates(headline, buildQuery({ ...headline, lang: 'en' }), candidates, { backgroundDf: background });
    expect(alone.find((c) => c.id === 'xbox')?.relation).toBe('same-story');
  });
});
