/** The feed index as a news source: search() polls what is due, then answers from what it saved, with its word counts and whether any feed was reached. */
import { describe, expect, it } from 'vitest';
import { findCoverage } from '../../utils/coverage';
import type { ExtractedArticle } from '../../utils/core/types';
import { buildQuery } from '../../utils/core/query';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import { feedIndexSource } from '../../utils/feed-index/source';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { SourceAnswer } from '../../utils/sources/types';

const NOW = Date.parse('2025-11-21T00:00:00Z');
const FEED = 'https://a.example/feed';
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>A</title><link>https://a.example/</link>
<item><title>Typhoon Kalmaegi hits Cebu</title><link>https://a.example/kalmaegi</link><pubDate>Mon, 10 Nov 2025 08:00:00 GMT</pubDate></item>
<item><title>Markets rally</title><link>https://a.example/markets</link><pubDate>Mon, 10 Nov 2025 09:00:00 GMT</pubDate></item></channel></rss>`;
const settings = { ...DEFAULT_SETTINGS, sources: { ...DEFAULT_SETTINGS.sources, feeds: { enabled: true, list: [{ url: FEED, name: 'A', enabled: true }], pollMinutes: 30 } } };
const answering = (async () => new Response(rss, { headers: { 'content-type': 'application/rss+xml' } })) as unknown as typeof fetch;
const refusing = (async () => Promise.reject(new TypeError('connection refused'))) as unknown as typeof fetch;
const article = { title: 'Typhoon Kalmaegi batters Cebu', text: 'Typhoon Kalmaegi hit Cebu on Monday.', excerpt: null, publishedTime: '2025-11-10T12:00:00Z', canonicalUrl: 'https://reader.example/k', lang: 'en' } as unknown as ExtractedArticle;
const query = buildQuery(article);

describe('feedIndexSource.search', () => {
  it('polls the due feeds, then finds the story among their items, with the window’s word counts', async () => {
    const store = memoryFeedStore();
    const answer = (await feedIndexSource.search(query, { fetch: answering, settings, feedIndex: store, now: () => NOW })) as SourceAnswer;
    expect(answer.items.map((c) => c.url)).toEqual(['https://a.example/kalmaegi']);
    expect(answer.items[0]).not.toHaveProperty('dayKeys');
    expect(answer.wordCounts?.n).toBe(2);
    expect(answer.unreached).toBeUndefined();
    expect((await store.feedStates([FEED]))[0]?.failures).toBe(0);
  });

  it('answers from what it saved when no feed can be reached, and says so', async () => {
    const store = memoryFeedStore();
    await feedIndexSource.search(query, { fetch: answering, settings, feedIndex: store, now: () => NOW });
    const later = NOW + 3_600_000;
    const answer = (await feedIndexSource.search(query, { fetch: refusing, settings, feedIndex: store, now: () => later })) as SourceAnswer;
    expect(answer.items).toHaveLength(1);
    expect(answer.unreached).toBe('no feed could be reached');
  });

  it('counts as reached when no feed was due', async () => {
    const store = memoryFeedStore();
    await feedIndexSource.search(query, { fetch: answering, settings, feedIndex: store, now: () => NOW });
    const answer = (await feedIndexSource.search(query, { fetch: refusing, settings, feedIndex: store, now: () => NOW + 60_000 })) as SourceAnswer;
    expect(answer.unreached).toBeUndefined();
  });

  it('hands its word counts and its unreached feeds to the coverage stage', async () => {
    const store = memoryFeedStore();
    await feedIndexSource.search(query, { fetch: answering, settings, feedIndex: store, now: () => NOW });
    const result = await findCoverage(article, [feedIndexSource], { fetch: refusing, settings, feedIndex: store, now: () => NOW + 3_600_000 }, () => undefined);
    expect(result.unreached.get('feeds')).toBe('no feed could be reached');
    expect(result.status[0]).toMatchObject({ id: 'feeds', state: 'ok', found: 1 });
    expect(result.coverage.map((c) => c.url)).toEqual(['https://a.example/kalmaegi']);
  });

  it('finds nothing without an index to read', async () => {
    expect(await feedIndexSource.search(query, { fetch: answering, settings })).toEqual({ items: [] });
  });
});
