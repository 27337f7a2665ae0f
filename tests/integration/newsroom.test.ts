/** The newsroom itself: every outlet, feed and API answers in the shape the real ones do. */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/core/extract/article';
import { parseFeedText } from '../../utils/feed-index/parse';
import { parseGdelt } from '../../utils/sources/gdelt';
import { parseGoogleNews } from '../../utils/sources/google-news';
import { startNewsroom, type Newsroom } from '../newsroom/server';

let n: Newsroom;
beforeAll(async () => {
  n = await startNewsroom();
});
afterAll(() => n.stop());

describe('sample newsroom', () => {
  it('has the content the issue asks for', () => {
    const stories = new Map<string, Set<string>>();
    for (const a of n.articles) {
      if (!stories.has(a.story)) stories.set(a.story, new Set());
      stories.get(a.story)!.add(a.outlet.id);
      const words = a.body.join(' ').split(/\s+/).length;
      expect(words, a.slug).toBeGreaterThanOrEqual(300);
      expect(words, a.slug).toBeLessThanOrEqual(900);
    }
    expect(stories.get('nvidia-korea')!.size).toBeGreaterThanOrEqual(4);
    const others = [...stories].filter(([k, v]) => k !== 'nvidia-korea' && k !== 'distractor' && v.size >= 3);
    expect(others.length).toBeGreaterThanOrEqual(3);
    expect(n.articles.filter((a) => a.story === 'distractor').length).toBeGreaterThanOrEqual(15);
    expect(new Set(n.outlets.map((o) => o.siteHost)).size).toBe(n.outlets.length);
  });

  it('serves every feed in its own format, parseable, one entry per article', async () => {
    const formats = new Set<string>();
    for (const o of n.outlets) {
      const res = await fetch(n.feedUrl(o));
      expect(res.status).toBe(200);
      const feed = parseFeedText(await res.text(), n.feedUrl(o));
      formats.add(feed.format);
      expect(feed.entries.length).toBe(n.articles.filter((a) => a.outlet.id === o.id).length);
      // Conditional GET
      const again = await fetch(n.feedUrl(o), { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
    expect([...formats].sort()).toEqual(['atom', 'json', 'rdf', 'rss']);
  });

  it('serves article pages whose metadata and body extract correctly, and never leaks the story label', async () => {
    for (const a of n.articles.slice(0, 12)) {
      const url = n.articleUrl(a);
      const html = await (await fetch(url)).text();
      expect(html).not.toMatch(/story:|distractor/);
      const { document } = parseHTML(html);
      const x = extractArticle(document as unknown as Document, { url });
      expect(x.title).toBe(a.title);
      expect(x.siteName ?? a.outlet.name).toBe(a.outlet.name);
      expect(Date.parse(x.publishedTime!)).toBe(Date.parse(a.published));
      expect(x.isArticle).toBe(true);
      expect(x.canonicalUrl).toBe(url);
      expect(x.text).toContain(a.body.find((p) => !p.startsWith('## ') && !p.startsWith('> '))!.slice(0, 60));
      expect(x.text).not.toMatch(/Accept all|Advertisement|Sign up for our morning briefing|reader_2291/);
    }
  });

  it('answers GDELT, Google News and Wikipedia in their wire formats', async () => {
    const g = await fetch(`${n.apiBase}/api/v2/doc/doc?query=Nvidia%20%22South%20Korea%22&mode=artlist&format=json&maxrecords=75`);
    expect(parseGdelt(await g.text()).length).toBeGreaterThanOrEqual(4);
    const none = await fetch(`${n.apiBase}/api/v2/doc/doc?query=zzzqqq&mode=artlist&format=json`);
    expect(await none.text()).toBe('{}');
    const short = await fetch(`${n.apiBase}/api/v2/doc/doc?query=AI&mode=artlist&format=json`);
    expect(short.status).toBe(200);
    expect(await short.text()).toMatch(/too short/);
    const rss = await fetch(`${n.apiBase}/rss/search?q=Louvre&hl=en-US&gl=US&ceid=US:en`);
    const items = parseGoogleNews(await rss.text());
    expect(items.length).toBeGreaterThanOrEqual(3);
    const [first] = items;
    if (!first) throw new Error('no items');
    const hop = await fetch(first.url, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    const w = await (await fetch(`${n.apiBase}/api/rest_v1/page/summary/Jensen_Huang`)).json();
    expect(w).toMatchObject({ type: 'standard', title: 'Jensen_Huang', extract: expect.any(String), content_urls: { desktop: { page: expect.any(String) } } });
    expect((await fetch(`${n.apiBase}/api/rest_v1/page/summary/No_such_page`)).status).toBe(404);
  });

  it('injects faults per source and for a number of requests', async () => {
    n.setFault('gdelt', { status: 503, times: 1 });
    expect((await fetch(`${n.apiBase}/api/v2/doc/doc?query=Nvidia&mode=artlist&format=json`)).status).toBe(503);
    expect((await fetch(`${n.apiBase}/api/v2/doc/doc?query=Nvidia&mode=artlist&format=json`)).status).toBe(200);
    n.setFault('sources', { refuse: true });
    const [outlet] = n.outlets;
    const [article] = n.articles;
    if (!outlet || !article) throw new Error('the newsroom has no outlet or article');
    await expect(fetch(n.feedUrl(outlet))).rejects.toThrow();
    expect((await fetch(n.articleUrl(article))).status).toBe(200);
    n.setFault('sources', { hang: true });
    await expect(fetch(`${n.apiBase}/rss/search?q=x`, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    n.clearFaults();
  });
});
