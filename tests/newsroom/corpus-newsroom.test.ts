/**
 * The corpus newsroom's semantics, pinned: how a corpus line is shown as an outlet would show it,
 * the clock, the feeds, and the search look-alikes' syntax and limits. The corpus here is written
 * for the test (no corpus text is committed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeedText } from '../../utils/feed-index/parse';
import { parseGoogleNews } from '../../utils/sources/google-news';
import { decodeEntities, feedSummary, readCorpus, servedDate, typographicQuotes } from './corpus-file';
import { parseSearch } from './apis';
import { startNewsroom, type Newsroom } from './server';

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const para = (s: string) => `${s}\n\n`;
const CORPUS = [
  line({ id: 'W1', title: 'Dam &AMP; reservoir plan approved', text: para('RIVERTON (Wire) _ The regional council approved the dam on Monday, officials said.') + '``It is a good day,&HT; said the mayor.', outlet: 'Wire Service', published: '1999-03-10', story: 'dam' }),
  line({ id: 'T1', title: '', text: 'The council in Riverton voted to build a dam across the valley after years of dispute over water rights and fishing grounds in the region. More followed.', outlet: 'The Times', published: '1999-03-11T08:30:00Z', story: 'dam', also_in: ['water'] }),
  line({ id: 'W2', title: 'Fishermen fear for salmon run', text: 'Fishermen said the dam would end the salmon run on the river.', outlet: 'Wire Service', published: '1999-03-20', story: 'dam' }),
  line({ id: 'W3', title: 'Old flood recalled', text: 'The valley flooded in 1998, months before the dam was proposed.', outlet: 'Wire Service', published: '1998-10-01', story: 'dam' }),
  line({ id: 8, title: 'Election results delayed', text: 'Counting in the northern province was delayed by storms.', outlet: 'The Times', published: '1999-13-03', story: 'election' }),
  ...Array.from({ length: 55 }, (_, i) => line({ id: `F${i}`, title: `Filler ${i}`, text: `Filler story number ${i} about nothing in particular.`, outlet: 'Wire Service', published: `1999-01-${String((i % 28) + 1).padStart(2, '0')}`, story: `f${i}` })),
].join('\n');

describe('a corpus line as an outlet shows it', () => {
  const { outlets, articles } = readCorpus(CORPUS);
  const byId = (id: string | number) => articles.find((a) => a.id === id)!;

  it('one outlet per name, each on its own loopback addresses apart from the sample outlets', () => {
    expect(outlets.map((o) => o.name)).toEqual(['The Times', 'Wire Service']);
    expect(outlets.map((o) => o.siteHost)).toEqual(['127.0.0.21', '127.0.0.22']);
    expect(outlets.map((o) => o.feedHost)).toEqual(['127.0.1.21', '127.0.1.22']);
  });
  it('decodes SGML entities and shows wire quotes as typographic quotes', () => {
    expect(byId('W1').title).toBe('Dam & reservoir plan approved');
    expect(byId('W1').body[1]).toBe('“It is a good day, said the mayor.');
    expect(decodeEntities('a &amp; b &#8220;c&#x201D; &bogus;')).toBe('a & b “c” &bogus;');
    // Typesetting marks go, as a page shows their effect: a face change around a name, a centred rule.
    expect(decodeEntities("&UR; Oprah Winfrey &LR; 's at the top of her form")).toBe(" Oprah Winfrey's at the top of her form");
    expect(decodeEntities('the men of &UR; P.O.V. &LR; , the magazine')).toBe('the men of  P.O.V., the magazine');
    expect(decodeEntities('&QL; ----- &QC; &QL;')).toBe(' -----  ');
    expect(typographicQuotes("``Yes,'' he said")).toBe('“Yes,” he said');
  });
  it('an empty title is the first sentence, cut at 80 characters', () => {
    const t = byId('T1').title;
    expect(t.length).toBeLessThanOrEqual(81);
    expect(t).toMatch(/^The council in Riverton voted to build a dam/);
    expect(t.endsWith('…')).toBe(true);
  });
  it('a date-only published is 12:00 UTC; an invalid date is served as given', () => {
    expect(byId('W1').published).toBe('1999-03-10T12:00:00Z');
    expect(byId(8).published).toBe('1999-13-03');
    expect(servedDate(' 2000-01-02 ')).toBe('2000-01-02T12:00:00Z');
  });
  it('gold is kept for scoring, never in what is served', () => {
    expect(byId('T1').stories).toEqual(['dam', 'water']);
    expect(feedSummary(`${'word '.repeat(60)}end.`).split(' ').length).toBe(40);
  });
  it('a feed summary is a whole first sentence, never cut at an initial or an abbreviation', () => {
    expect(feedSummary('NEW YORK _ A small plane carrying John F. Kennedy Jr. disappeared Friday night. It was found.')).toBe('NEW YORK _ A small plane carrying John F. Kennedy Jr. disappeared Friday night.');
    expect(feedSummary('WASHINGTON, June 25 (Xinhua) -- The U.S. Supreme Court ruled today. More.')).toBe('WASHINGTON, June 25 (Xinhua) -- The U.S. Supreme Court ruled today.');
    expect(feedSummary('OTIS AIR FORCE BASE, Mass. (AP) -- Wreckage was taken to the base. More.')).toBe('OTIS AIR FORCE BASE, Mass. (AP) -- Wreckage was taken to the base.');
    expect(feedSummary('The storm hit the coast on Monday. It moved north.')).toBe('The storm hit the coast on Monday.');
  });
});

describe('search syntax as GDELT and Google News read it', () => {
  it('bare terms are all required, OR joins alternatives, quotes make phrases', () => {
    expect(parseSearch('dam (salmon OR trout) "water rights" sourcelang:eng').clauses).toEqual([['dam'], ['salmon', 'trout'], ['water rights']]);
    expect(parseSearch('dam salmon OR trout').clauses).toEqual([['dam'], ['salmon', 'trout']]);
  });
  it('reads before:, after: and when:', () => {
    const p = parseSearch('dam after:1999-03-01 before:1999-03-15 when:7d');
    expect(p).toMatchObject({ clauses: [['dam']], after: Date.parse('1999-03-01T00:00:00Z'), before: Date.parse('1999-03-15T00:00:00Z'), withinMs: 7 * 86_400_000 });
  });
});

describe('the corpus newsroom over HTTP', () => {
  let n: Newsroom;
  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, text: await res.text() };
  };
  const gdelt = (q: string, extra = '') => get(`${n.apiBase}/api/v2/doc/doc?query=${encodeURIComponent(q)}&mode=artlist&format=json&maxrecords=250${extra}`).then((r) => JSON.parse(r.text) as { articles?: { url: string; title: string; seendate: string }[] });
  const gnews = (q: string) => get(`${n.apiBase}/rss/search?q=${encodeURIComponent(q)}`).then((r) => parseGoogleNews(r.text).map((i) => `${i.title} - ${i.outlet.name}`));

  beforeAll(async () => {
    n = await startNewsroom({ content: readCorpus(CORPUS), now: '1999-03-12T00:00:00Z' });
  });
  afterAll(() => n.stop());

  it('a feed carries the newest 50 items published up to the clock, each with its first sentence, never the text', async () => {
    const wire = n.outlets.find((o) => o.name === 'Wire Service')!;
    const feed = parseFeedText((await get(n.feedUrl(wire))).text, n.feedUrl(wire));
    expect(feed.entries).toHaveLength(50);
    expect(feed.entries.map((e) => e.title)).toContain('Dam & reservoir plan approved');
    expect(feed.entries.map((e) => e.title)).not.toContain('Fishermen fear for salmon run'); // published after the clock
    const dam = feed.entries.find((e) => e.title.startsWith('Dam'))!;
    expect(dam.description).toBe('RIVERTON (Wire) _ The regional council approved the dam on Monday, officials said.');
    expect(dam.published).toBe('1999-03-10T12:00:00.000Z');
  });
  it('the clock moves: what is published by then appears', async () => {
    n.setNow('1999-03-21T00:00:00Z');
    expect(await gnews('salmon')).toEqual(['Fishermen fear for salmon run - Wire Service']);
    n.setNow('1999-03-12T00:00:00Z');
    expect(await gnews('salmon')).toEqual([]);
  });
  it('the article page is an outlet page with the text as served', async () => {
    const page = await get(n.articleUrl(n.articles.find((a) => a.title.startsWith('Dam'))!));
    expect(page.status).toBe(200);
    expect(page.text).toContain('“It is a good day, said the mayor.');
    expect(page.text).toContain('application/ld+json');
    expect(page.text).not.toContain('&amp;HT;');
  });
  it('GDELT: all bare terms required, OR groups, nothing older than three months before the clock, title/url/domain/seendate only', async () => {
    expect((await gdelt('dam council')).articles?.map((a) => a.title).sort()).toEqual(['Dam & reservoir plan approved', expect.stringMatching(/^The council in Riverton/)]);
    expect((await gdelt('dam (salmon OR mayor)')).articles?.map((a) => a.title)).toEqual(['Dam & reservoir plan approved']);
    expect(await gdelt('valley flooded')).toEqual({}); // 1998-10-01 is more than three months before the clock
    const [hit] = (await gdelt('reservoir')).articles ?? [];
    expect(Object.keys(hit!)).toEqual(['url', 'url_mobile', 'title', 'seendate', 'socialimage', 'domain', 'language', 'sourcecountry']);
    expect((await get(`${n.apiBase}/api/v2/doc/doc?query=a&mode=artlist&format=json`)).text).toMatch(/too short/);
  });
  it('GDELT caps maxrecords at 250; Google News answers at most 100 items', async () => {
    const many = readCorpus(Array.from({ length: 300 }, (_, i) => line({ id: i, title: `Budget story ${i}`, text: 'The budget passed.', outlet: 'Wire', published: '1999-03-01', story: 'b' })).join('\n'));
    const m = await startNewsroom({ content: many, now: '1999-03-02T00:00:00Z' });
    try {
      const g = JSON.parse(await (await fetch(`${m.apiBase}/api/v2/doc/doc?query=budget&mode=artlist&format=json&maxrecords=400`)).text()) as { articles: unknown[] };
      expect(g.articles).toHaveLength(250);
      const rss = await (await fetch(`${m.apiBase}/rss/search?q=budget`)).text();
      expect(rss.match(/<item>/g)).toHaveLength(100);
    } finally {
      await m.stop();
    }
  });
  it('Google News: OR and quotes as Google reads them, before:/after:', async () => {
    expect(await gnews('"water rights" OR salmon')).toEqual([expect.stringMatching(/^The council in Riverton.* - The Times$/)]);
    expect(await gnews('dam before:1999-03-11')).toEqual(['Dam & reservoir plan approved - Wire Service', 'Old flood recalled - Wire Service']);
    expect(await gnews('dam after:1999-03-11')).toEqual([expect.stringMatching(/^The council in Riverton/)]);
  });
  it('Wikipedia answers 404 without cards, and every name asked is logged', async () => {
    expect((await get(`${n.apiBase}/api/rest_v1/page/summary/Riverton`)).status).toBe(404);
    expect(n.wikiAsked).toContain('Riverton');
  });
  it('an invalid date is served as given and does not stop anything', async () => {
    const times = n.outlets.find((o) => o.name === 'The Times')!;
    const feed = (await get(n.feedUrl(times))).text;
    expect(feed).toContain('<pubDate>1999-13-03</pubDate>');
    expect(parseFeedText(feed, n.feedUrl(times)).entries.map((e) => e.title)).toContain('Election results delayed');
  });
});
