/**
 * Following the reference story in Node against the real newsroom over HTTP (fake-indexeddb): the
 * newsroom publishes two articles on it and a distractor, the next feed poll finds exactly the two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dexieFeedStore } from '../../utils/feed-index/dexie-store';
import { refreshFeeds } from '../../utils/feed-index/refresh';
import { checkFollowed, followStory, IDLE_NOTE, markFollowSeen, MAX_FOLLOWED, storiesWithNews, unfollowStory } from '../../utils/story/follow';
import { freshItems, newCoverageFor, statsDays } from '../../utils/story/follow-match';
import { indexed } from '../../utils/feed-index/keys';
import { REFERENCE } from '../newsroom/corpus';
import { FOLLOW_UP_DISTRACTOR, FOLLOW_UP_STORY } from '../newsroom/follow-up';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { explainInNode } from '../integration/pipeline';

let n: Newsroom;
beforeAll(async () => {
  n = await startNewsroom();
});
afterAll(() => n.stop());

const refUrl = () => n.articleUrl(n.find(REFERENCE.outlet, REFERENCE.slug));
const HOUR = 3600_000;

describe('following a story', () => {
  it('a poll adds exactly the new articles on the story, writes the update from them only, and ends an idle follow', async () => {
    const { story, db } = await explainInNode(n, refUrl());
    const t0 = Date.now();
    expect(await followStory(db, story.id, t0)).toEqual({ ok: true });
    const added = [...FOLLOW_UP_STORY, FOLLOW_UP_DISTRACTOR].map((a) => n.publish(a));
    const store = dexieFeedStore(db);
    const polled = await refreshFeeds(store, newsroomSettings(n), { fetch, now: t0 + HOUR });
    expect(polled.added.map((i) => i.title).sort()).toEqual(added.map((a) => a.title).sort());
    const days = statsDays(polled.added)!;
    const urls = FOLLOW_UP_STORY.map((a) => n.articleUrl(n.find(a.outlet, a.slug)));
    // A report the reader said is another story is never the story's news, nor one from an outlet they muted.
    const corrections = { notSame: { [story.id]: [urls[0]!] }, muted: [new URL(urls[1]!).hostname] };
    const corrected = await checkFollowed(db, polled.added, { now: t0 + HOUR, stats: await store.wordCounts(...days), corrections });
    expect(corrected.news).toEqual([]);
    const result = await checkFollowed(db, polled.added, { now: t0 + HOUR, stats: await store.wordCounts(...days) });
    expect(result.checked).toBe(1);
    expect(result.news.map((x) => x.items.map((i) => i.url).sort())).toEqual([urls.sort()]);
    expect((await storiesWithNews(db)).map((f) => f.storyId)).toEqual([story.id]);

    const row = (await db.stories.get(story.id))!;
    const newIds = new Set(result.news[0]!.items.map((i) => i.id));
    expect(row.sinceLastRead?.items.map((i) => i.outlet.name).sort()).toEqual(['Pacific Tribune', 'Rhine Post']);
    expect(row.sinceLastRead?.update?.length).toBeGreaterThan(0);
    for (const s of row.sinceLastRead!.update!) for (const c of s.cites) expect(newIds.has(c), c).toBe(true);
    // The page is recomposed with them: both new outlets among the sources, the distractor nowhere.
    const sources = row.brief!.sources.map((s) => s.url);
    for (const u of urls) expect(sources).toContain(u);
    expect(row.coverage.map((c) => c.title)).not.toContain(FOLLOW_UP_DISTRACTOR.title);

    // Read: the badge no longer counts it. The same items polled again are not news twice.
    expect(await markFollowSeen(db, story.id, t0 + 2 * HOUR)).toBe(true);
    expect(await storiesWithNews(db)).toEqual([]);
    const again = await checkFollowed(db, polled.added, { now: t0 + 3 * HOUR });
    expect(again.news).toEqual([]);
    // 30 days of polls without a match, by the poll's clock: unfollowed with a note.
    const idle = await checkFollowed(db, [], { now: t0 + HOUR + 31 * 24 * HOUR });
    expect(idle.ended).toEqual([story.id]);
    expect((await db.follows.get(story.id))?.ended?.reason).toBe(IDLE_NOTE);
    await unfollowStory(db, story.id);
    expect(await db.follows.count()).toBe(0);
  });

  it('the distractor alone is not passed for being the best of the new items', async () => {
    const { story } = await explainInNode(n, refUrl());
    const d = FOLLOW_UP_DISTRACTOR;
    const item = indexed({ id: 'd', url: 'https://metro.test/d', title: d.title, description: d.dek, published: d.published, source: 'feeds', outlet: { name: 'Metro Daily', domain: 'metro.test' }, feedUrl: 'f', date: d.published });
    expect(newCoverageFor(story, freshItems([item]), undefined)).toEqual([]);
    // Beside an article on the story, only that one passes.
    const onStory = FOLLOW_UP_STORY[0]!;
    const good = indexed({ ...item, id: 'g', url: 'https://rhine.test/g', title: onStory.title, description: onStory.dek, published: onStory.published, date: onStory.published });
    expect(newCoverageFor(story, freshItems([item, good]), undefined).map((c) => c.id)).toEqual(['g']);
  });

  it('asks GDELT / Google News about the followed stories in turn, and a quiet poll writes no follow row', async () => {
    const { story, db } = await explainInNode(n, refUrl());
    const ids = ['s-a', 's-b', 's-c'];
    const t0 = Date.now();
    for (const id of ids) {
      await db.stories.put({ ...story, id });
      expect(await followStory(db, id, t0)).toEqual({ ok: true });
    }
    const before = await db.follows.toArray();
    expect(await checkFollowed(db, [], { now: t0 + HOUR })).toMatchObject({ checked: 3, news: [], ended: [] });
    expect(await db.follows.toArray()).toEqual(before);
    const asked: string[] = [];
    const search = async (s: { id: string }) => (asked.push(s.id), []);
    for (let k = 1; k <= 3; k++) await checkFollowed(db, [], { now: t0 + (1 + k) * HOUR, search, searchPerPoll: 1 });
    expect(asked.sort()).toEqual(ids);
  });

  it(`follows at most ${MAX_FOLLOWED} stories`, async () => {
    const { story, db } = await explainInNode(n, refUrl());
    const rows = Array.from({ length: MAX_FOLLOWED }, (_, i) => ({ storyId: `s${i}`, title: `s${i}`, followedAt: 'x', lastMatchAt: 'x', seenAt: 'x', news: [] }));
    await db.follows.bulkPut(rows);
    expect(await followStory(db, story.id, Date.now())).toMatchObject({ ok: false });
    await db.follows.delete('s0');
    expect(await followStory(db, story.id, Date.now())).toEqual({ ok: true });
  });
});
