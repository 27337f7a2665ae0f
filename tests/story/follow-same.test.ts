/**
 * A poll reads only the stories a new item may belong to (mayMatch on the follow row's query), so
 * it must find exactly what deciding every followed story in full finds (newCoverageFor on each
 * story's row, as the first build did). Checked on a generated set: the newsroom's 36 articles as
 * followed stories, each with the coverage the feed-index lookup finds for it, and polls of new
 * items drawn from the newsroom's titles and standfirsts, the follow-up articles, and items whose
 * words are shuffled across stories (seeded), so some stories have news, most have not, and some
 * items share words with a story without being on it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../utils/db/db';
import { dexieFeedStore } from '../../utils/feed-index/dexie-store';
import { indexed, type FeedItemRecord } from '../../utils/feed-index/keys';
import { findInIndex } from '../../utils/feed-index/lookup';
import type { ExtractedArticle } from '../../utils/core/types';
import { checkFollowed, followStory } from '../../utils/story/follow';
import { freshItems, mayMatch, newCoverageFor, statsDays } from '../../utils/story/follow-match';
import { firstRow } from '../../utils/story/job';
import { buildQuery } from '../../utils/core/query';
import { loadContent } from '../newsroom/corpus';
import { FOLLOW_UP_DISTRACTOR, FOLLOW_UP_STORY } from '../newsroom/follow-up';

const DAY = 86_400_000;
const NOW = Date.parse('2025-11-21T00:00:00Z');

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a poll reads only the stories a new item may belong to', () => {
  it('and finds exactly what deciding every followed story in full finds', async () => {
    const db = openDatabase(`follow-same-${Math.random()}`);
    const store = dexieFeedStore(db);
    const content = loadContent().articles;
    const dated = (i: number) => new Date(NOW - (1 + (i % 3)) * DAY).toISOString();
    // The newsroom's articles as feed entries: the stories' known coverage.
    await store.save(content.map((a, i) => indexed({ id: `own-${i}`, url: `https://feeds.${a.outlet.id}.example/${a.slug}`, outlet: { name: a.outlet.name, domain: `feeds.${a.outlet.id}.example` }, title: a.title, description: a.dek, published: dated(i), source: 'feeds', feedUrl: `https://feeds.${a.outlet.id}.example/feed`, date: dated(i) })));
    for (const [i, a] of content.entries()) {
      const text = a.body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n');
      const url = `https://${a.outlet.id}.example/${a.slug}`;
      const article: ExtractedArticle = { url, canonicalUrl: url, title: a.title, byline: a.author, siteName: a.outlet.name, publishedTime: dated(i), modifiedTime: null, lang: 'en', excerpt: a.dek, text, html: '', wordCount: text.split(/\s+/).length, isArticle: true, extractionMs: 0 };
      const { coverage } = await findInIndex(store, article, NOW);
      const stamp = new Date(NOW).toISOString();
      await db.stories.put({ ...firstRow(`story-${i}`, article, stamp, 'done'), coverage, coverageAt: stamp });
      expect(await followStory(db, `story-${i}`, NOW)).toEqual({ ok: true });
    }

    const rand = rng(19);
    const words = content.flatMap((a) => `${a.title} ${a.dek}`.split(/\s+/));
    const item = (id: string, title: string, description: string | undefined, outlet: string, at: number): FeedItemRecord =>
      indexed({ id, url: `https://${outlet}.example/${id}`, outlet: { name: outlet, domain: `${outlet}.example` }, title, description, published: new Date(at).toISOString(), source: 'feeds', feedUrl: `https://${outlet}.example/feed`, date: new Date(at).toISOString() });
    let found = 0;
    let unread = 0;
    let readQuiet = 0;
    for (let round = 0; round < 4; round++) {
      const now = NOW + (round + 1) * 3600_000;
      const polled: FeedItemRecord[] = [];
      for (let j = 0; j < 40; j++) {
        const a = content[Math.floor(rand() * content.length)]!;
        const kind = rand();
        if (kind < 0.3) polled.push(item(`r${round}-${j}`, a.title, a.dek, `other${j % 5}`, now - j * 60_000));
        else if (kind < 0.5) polled.push(item(`r${round}-${j}`, a.title, undefined, `wire${j % 3}`, now - j * 60_000));
        else {
          const salad = Array.from({ length: 8 + Math.floor(rand() * 12) }, () => words[Math.floor(rand() * words.length)]!).join(' ');
          polled.push(item(`r${round}-${j}`, salad, rand() < 0.5 ? salad.split(' ').reverse().join(' ') : undefined, `salad${j % 4}`, now - j * 60_000));
        }
      }
      if (round === 0) for (const [k, a] of [...FOLLOW_UP_STORY, FOLLOW_UP_DISTRACTOR].entries()) polled.push(item(`fu-${k}`, a.title, a.dek, a.outlet, now - 3600_000));
      const saved = await store.save(polled);
      const days = statsDays(saved)!;
      const stats = await store.wordCounts(...days);

      // Every followed story decided in full, on its row as it is before the poll.
      const fresh = freshItems(saved);
      const expected = new Map<string, string[]>();
      for (const f of await db.follows.toArray()) {
        const story = (await db.stories.get(f.storyId))!;
        const urls = newCoverageFor(story, fresh, stats, f.query ?? buildQuery(story.article)).map((c) => c.url);
        if (urls.length) expected.set(f.storyId, urls);
        if (!mayMatch(f.query!, fresh)) unread++;
        else if (!urls.length) readQuiet++;
      }
      let asked = 0;
      const result = await checkFollowed(db, saved, { now, stats: async () => (asked++, stats) });
      expect(result.checked).toBe(content.length);
      expect(new Map(result.news.map((x) => [x.storyId, x.items.map((c) => c.url)]))).toEqual(expected);
      expect(asked).toBeLessThanOrEqual(1);
      found += expected.size;
    }
    // The set exercises every path: news, a story not read at all, a story read and decided against.
    expect(found).toBeGreaterThan(3);
    expect(unread).toBeGreaterThan(0);
    expect(readQuiet).toBeGreaterThan(0);
    console.log(`follow-same: ${found} stories with news, ${readQuiet} read without, ${unread} not read`);
  }, 120_000);
});
