/**
 * The story's past: the feed index's same-story items older than the story window feed How we got
 * here as dated, cited entries marked earlier, and are never counted as coverage.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../utils/core/article-from-text';
import { indexed } from '../../utils/feed-index/keys';
import { memoryFeedStore } from '../../utils/feed-index/memory-store';
import { findEarlierCoverage, pastSpan, PAST_DAYS } from '../../utils/story/past';
import { composeExtractive } from '../../utils/brief/extractive';
import { validateBrief } from '../../utils/brief/schema';
import { STORY_WINDOW_DAYS } from '../../utils/core/time';

const at = (day: string) => `${day}T08:00:00.000Z`;
const item = (id: string, day: string, title: string, description = '') =>
  indexed({ id, url: `https://${id}.example/${id}`, title, description, outlet: { name: id, domain: `${id}.example` }, source: 'feeds', published: at(day), feedUrl: `https://${id}.example/feed`, date: at(day) });

const article = articleFromText({
  url: 'https://reader.example/pono',
  title: 'Neil Young launches Pono music player on Kickstarter',
  text: 'Neil Young launched his Pono high-resolution music player on Kickstarter on Tuesday, after years of promising an alternative to compressed MP3 files.',
  published: at('2025-11-10'),
  lang: 'en',
});

async function index() {
  const store = memoryFeedStore();
  await store.save([
    // the story's past: months before its window
    item('early', '2025-08-01', 'Neil Young plans Pono music player', 'Neil Young says his Pono high-resolution music player will take on MP3 files'),
    item('earlier', '2025-06-15', 'Neil Young shows Pono player prototype', 'The Pono high-resolution music player, shown by Neil Young'),
    // the story's window: coverage, not the past
    item('now', '2025-11-09', 'Neil Young Pono player raises millions on Kickstarter', 'Pono music player Kickstarter'),
    // older than the past span
    item('ancient', '2024-01-10', 'Neil Young talks Pono music player', 'Neil Young Pono high-resolution music player'),
    // the past, another story
    item('other', '2025-07-01', 'Stock markets fall on China data', 'Shares slide as Chinese exports drop'),
    ...Array.from({ length: 30 }, (_, i) => item(`bg${i}`, '2025-07-0' + ((i % 9) + 1), `Weather report number ${i} brings rain`, `Rain and wind expected in region ${i}`)),
  ]);
  return store;
}

describe('the story past', () => {
  it('spans the PAST_DAYS before the story window, up to its first instant', () => {
    const anchor = Date.parse(at('2025-11-10'));
    const { from, to } = pastSpan(anchor);
    expect(Date.parse(to)).toBe(anchor - STORY_WINDOW_DAYS.before * 86_400_000 - 1);
    expect(Date.parse(from)).toBe(anchor - (STORY_WINDOW_DAYS.before + PAST_DAYS) * 86_400_000);
  });

  it('finds the same story before the window, not in it, not beyond the span, not another story', async () => {
    const found = await findEarlierCoverage(await index(), article);
    expect(found.map((c) => c.id).sort()).toEqual(['earlier', 'early']);
  });

  it('has no past for an undated article', async () => {
    expect(await findEarlierCoverage(await index(), { ...article, publishedTime: null })).toEqual([]);
  });

  it('feeds How we got here as dated entries marked earlier, cited, never as coverage', async () => {
    const earlier = await findEarlierCoverage(await index(), article);
    const brief = composeExtractive({ storyId: 's', article, coverage: [], earlier, topics: [] });
    expect(validateBrief(brief).ok).toBe(true);
    const marked = brief.background.timeline.filter((e) => e.earlier);
    expect(marked.map((e) => [e.date, e.cites])).toEqual([
      ['2025-06-15', ['earlier']],
      ['2025-08-01', ['early']],
    ]);
    // cited sources are listed, marked earlier; the papers never see them
    expect(brief.sources.filter((s) => s.earlier).map((s) => s.id).sort()).toEqual(['earlier', 'early']);
    expect(brief.papers.outlets.map((o) => o.sourceId)).not.toContain('early');
  });

  it("cites each earlier item's own headline, word for word, and lists only the items it cites", async () => {
    const earlier = await findEarlierCoverage(await index(), article);
    // Five more of the past, one a day: How we got here shows four, the sources list those four only.
    const more = [1, 2, 3, 4, 5].map((d) => ({ ...earlier[0]!, id: `more${d}`, title: `Pono player news ${d}`, published: at(`2025-09-0${d}`), score: earlier[0]!.score - d }));
    const brief = composeExtractive({ storyId: 's', article, coverage: [], earlier: [...earlier, ...more], topics: [] });
    const marked = brief.background.timeline.filter((e) => e.earlier);
    const all = new Map([...earlier, ...more].map((c) => [c.id, c]));
    for (const e of marked) expect(e.text).toBe(all.get(e.cites[0]!)!.title);
    expect(marked.length).toBeLessThan(earlier.length + more.length);
    expect(brief.sources.filter((s) => s.earlier).map((s) => s.id).sort()).toEqual(marked.map((e) => e.cites[0]!).sort());
  });

  it('an item that is also the coverage is coverage, never earlier', async () => {
    const earlier = await findEarlierCoverage(await index(), article);
    const both = { ...earlier.find((c) => c.id === 'early')!, relation: 'same-story' as const };
    const brief = composeExtractive({ storyId: 's', article, coverage: [both], earlier, topics: [] });
    expect(brief.background.timeline.filter((e) => e.earlier).flatMap((e) => e.cites)).toEqual(['earlier']);
    expect(brief.sources.filter((s) => s.id === 'early').map((s) => s.earlier)).toEqual([undefined]);
  });
});
