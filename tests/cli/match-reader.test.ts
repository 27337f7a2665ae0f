/**
 * The reader CLI (`match --reader`) runs the extension's own decision: for a reader's line, what it
 * says is what findInIndex says over a feed index of every other line, and its figures count what
 * its lines say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../utils/cli/match';
import { readerDecisions } from '../../utils/cli/match-reader';
import { articleFromText } from '../../utils/core/article-from-text';
import { indexed } from '../../utils/feed-index/keys';
import { findInIndex } from '../../utils/feed-index/lookup';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';

const { ids, items, stories } = readItems(readFileSync(new URL('../fixtures/uci-headlines-500.jsonl', import.meta.url), 'utf8'));

describe('match --reader', () => {
  it('answers every N-th line with ids of the input’s type, never its own', async () => {
    const { lines, figures } = await readerDecisions(ids, items, stories, { every: 50, noDates: true, lang: 'en' });
    expect(lines.map((l) => l.id)).toEqual(ids.filter((_, i) => i % 50 === 0));
    for (const l of lines) {
      expect(l.same).not.toContain(l.id);
      expect(l.related).not.toContain(l.id);
      expect(l.same.filter((id) => l.related.includes(id))).toEqual([]);
      for (const id of [...l.same, ...l.related]) expect(typeof id).toBe('number');
    }
    expect(figures.articles).toBe(lines.length);
    // The figures count the lines: precision is the share of "same" whose story is the reader's.
    const storyOf = new Map(ids.map((id, i) => [id, stories[i]]));
    const said = lines.flatMap((l) => l.same.map((s) => storyOf.get(s) === storyOf.get(l.id)));
    expect(said.length).toBeGreaterThan(0);
    expect(figures.precision).toBeCloseTo(said.filter(Boolean).length / said.length, 3);
    const truth = lines.reduce((n, l) => n + stories.filter((s, i) => ids[i] !== l.id && s === storyOf.get(l.id)).length, 0);
    expect(figures.recall).toBeCloseTo(said.filter(Boolean).length / truth, 3);
    expect(figures.lookup_recall).toBeGreaterThanOrEqual(figures.recall ?? 1);
  });

  it('says what findInIndex says over an index of every other line', async () => {
    const reader = 100;
    const { lines } = await readerDecisions(ids, items, stories, { every: reader, noDates: true, lang: 'en' });
    const store = memoryFeedStore();
    await store.save(items.flatMap((it, i) => (i === reader ? [] : [indexed({
      id: String(i).padStart(7, '0'), url: `https://line-${i}.invalid/`, outlet: { name: 'x', domain: `line-${i}.invalid` }, source: 'feeds',
      title: it.title, feedUrl: 'https://x.invalid/feed', date: '2000-01-01T00:00:00.000Z',
    })])));
    const row = items[reader];
    if (!row) throw new Error('no line');
    const page = { ...articleFromText({ url: `https://line-${reader}.invalid/`, title: row.title, text: '' }), text: '', excerpt: null, lang: 'en' };
    const { coverage } = await findInIndex(store, page, Date.parse('2000-01-01T00:00:00.000Z'));
    const same = coverage.filter((c) => c.relation === 'same-story').map((c) => ids[Number(c.id)]);
    expect(same.length).toBeGreaterThan(0);
    expect(lines[1]?.id).toBe(ids[reader]);
    expect(lines[1]?.same).toEqual(same);
  });
});
