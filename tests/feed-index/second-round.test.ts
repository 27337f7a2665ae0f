/**
 * The second round: the words the first round's confident matches share find the story's
 * articles that share no word with the reader's (here "Talisay", named only by the other outlets).
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../utils/core/article-from-text';
import { buildQuery, followUpQuery } from '../../utils/core/query';
import { indexed } from '../../utils/feed-index/keys';
import { findInIndex, lookUpIndex } from '../../utils/feed-index/lookup';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import { findCoverage } from '../../utils/coverage';
import type { StoryQuery } from '../../utils/core/query';
import type { NewsSource } from '../../utils/sources/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const DAY = '2025-11-10T08:00:00.000Z';
const item = (id: string, title: string, description = '') =>
  indexed({ id, url: `https://${id}.example/`, title, description, outlet: { name: id, domain: `${id}.example` }, source: 'feeds', published: DAY, feedUrl: `https://${id}.example/feed`, date: DAY });

const article = articleFromText({ url: 'https://reader.example/kalmaegi', title: 'Typhoon Kalmaegi hits Cebu', text: 'Typhoon Kalmaegi struck Cebu on Tuesday with winds of 150 km/h, officials said.', published: DAY, lang: 'en' });

describe('the second round', () => {
  it('asks for the words several confident matches share and the story lacks', () => {
    const q = buildQuery(article);
    const next = followUpQuery(q, [
      { title: 'Typhoon Kalmaegi floods Talisay', description: 'Evacuation centres in Talisay overflow' },
      { title: 'Kalmaegi: Talisay under water', description: 'Cebu province counts the dead' },
      { title: 'Cebu typhoon', description: 'A wholly different word list' },
    ]);
    expect(next?.keyTerms).toContain('talisay');
    expect(next?.keyTerms).not.toContain('kalmaegi');
    expect(next?.entities).toEqual([]);
    expect(followUpQuery(q, [{ title: 'Typhoon Kalmaegi floods Talisay' }])).toBeNull();
  });

  it('finds in the feed index what only the other outlets’ words reach', async () => {
    const store = memoryFeedStore();
    await store.save([
      item('a', 'Typhoon Kalmaegi hits Cebu, floods Talisay', 'Evacuation centres in Talisay overflow as Kalmaegi hits Cebu'),
      item('b', 'Kalmaegi floods Talisay in Cebu', 'Talisay evacuation centres full after typhoon Kalmaegi'),
      item('c', 'Talisay evacuation centres overflow', 'Thousands sleep in Talisay schools as floods rise'),
      item('d', 'Stocks rally on rate hopes', 'Markets rose on Tuesday'),
      item('e', 'Election campaign opens', 'Parties present their lists'),
    ]);
    const now = Date.parse(DAY);
    const first = await lookUpIndex(store, buildQuery(article), DAY, now);
    expect(first.candidates.map((c) => c.id)).not.toContain('c');
    const found = await findInIndex(store, article, now);
    expect(found.candidates.map((c) => c.id)).toContain('c');
    expect(found.coverage.find((c) => c.id === 'a')?.relation).toBe('same-story');
  });

  it('asks Google News a second time, never GDELT, and merges what it finds', async () => {
    const asked: Record<string, StoryQuery[]> = { gdelt: [], 'google-news': [] };
    const hit = (id: string, title: string) => ({ id, url: `https://${id}.example/`, title, outlet: { name: id, domain: `${id}.example` }, source: 'google-news', published: DAY });
    const fake = (id: string, answers: ReturnType<typeof hit>[][]): NewsSource => ({
      id, label: id, enabled: () => true,
      search: async (q) => {
        const list = asked[id] ?? [];
        list.push(q);
        return answers[list.length - 1] ?? [];
      },
    });
    const sources = [
      fake('gdelt', [[hit('g', 'Typhoon Kalmaegi batters Cebu, Talisay flooded')]]),
      fake('google-news', [[hit('a', 'Typhoon Kalmaegi hits Cebu, floods Talisay'), hit('b', 'Kalmaegi floods Talisay in Cebu')], [hit('c', 'Talisay evacuation centres overflow as Kalmaegi floods Cebu homes')]]),
    ];
    const result = await findCoverage(article, sources, { fetch: () => Promise.reject(new Error('offline')), settings: DEFAULT_SETTINGS }, () => undefined);
    expect(asked.gdelt).toHaveLength(1);
    expect(asked['google-news']).toHaveLength(2);
    expect(asked['google-news']?.[1]?.keyTerms).toContain('talisay');
    expect(result.coverage.map((c) => c.id)).toContain('c');
    expect(result.status.find((s) => s.id === 'google-news')?.found).toBe(3);
  });
});
