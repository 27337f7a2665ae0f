/**
 * storyMates on the sample newsroom: every story article against the feed entries (title + dek) of
 * all the other articles, with 500 real headlines (../shared/data/uci-dev.jsonl) as the background
 * a local feed index would give. The `story` labels are test truth only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyMates } from '../../utils/core/cluster';
import { readItems } from '../../utils/cli/match';
import type { PoolItem } from '../../utils/core/match';
import { loadContent, REFERENCE, type NewsroomArticle } from '../newsroom/corpus';

const { articles } = loadContent();
const background = readItems(readFileSync(new URL('../../../shared/data/uci-dev.jsonl', import.meta.url), 'utf8')).items.slice(0, 500);
const entry = (a: NewsroomArticle): PoolItem => ({ title: a.title, description: a.dek, published: a.published });
const page = (a: NewsroomArticle): PoolItem => ({ title: a.title, description: a.dek, text: a.body.join('\n\n'), published: a.published });
const stories = articles.filter((a) => a.story !== 'distractor');

describe('storyMates on the sample newsroom', () => {
  const results = stories.map((a) => {
    const others = articles.filter((x) => x !== a);
    const mates = storyMates(page(a), others.map(entry), background);
    return { a, others, mates };
  });

  it('never picks a distractor or another story', () => {
    for (const { a, others, mates } of results) for (const i of mates) expect(others[i].story, `${a.title} → ${others[i].title}`).toBe(a.story);
  });

  it('recovers the reference story completely and most of every story (recall ≥ 0.85 over all)', () => {
    let found = 0;
    let total = 0;
    for (const { a, others, mates } of results) {
      const same = others.map((o, i) => [o, i] as const).filter(([o]) => o.story === a.story);
      total += same.length;
      found += same.filter(([, i]) => mates.has(i)).length;
      if (a.story === REFERENCE.story) expect(same.every(([, i]) => mates.has(i)), a.title).toBe(true);
      expect(same.some(([, i]) => mates.has(i)), a.title).toBe(true);
    }
    expect(found / total).toBeGreaterThanOrEqual(0.85);
  });

  it('takes well under 20 ms for 100 candidates and 500 background items', () => {
    const a = page(stories[0]);
    const candidates = [...articles.map(entry), ...background.slice(0, 100 - articles.length)];
    storyMates(a, candidates, background);
    const times: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      storyMates(a, candidates, background);
      times.push(performance.now() - t);
    }
    expect(times.sort((x, y) => x - y)[3]).toBeLessThan(20);
  });
});
