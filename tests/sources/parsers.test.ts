import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../utils/feed-index/parse';
import { cleanGdeltTitle, parseGdelt, parseSeenDate } from '../../utils/sources/gdelt';
import { parseGoogleNews } from '../../utils/sources/google-news';
import { SourceError } from '../../utils/sources/http';

/** Source payloads kept in the repository (tests/fixtures/source-samples/ORIGIN.md). */
const sample = (f: string) => readFileSync(new URL(`../fixtures/source-samples/${f}`, import.meta.url), 'utf8');

describe('GDELT DOC 2.0 artlist', () => {
  it('parses an answer in the real wire shape', () => {
    const items = parseGdelt(sample('gdelt-artlist.json'));
    expect(items.length).toBeGreaterThan(2);
    expect(items[0]).toMatchObject({ url: expect.stringMatching(/^https:\/\/www\.harbourtimes\.example\//), source: 'gdelt', published: '2024-06-15T17:00:00Z' });
    expect(items[0]?.outlet).toMatchObject({ domain: 'harbourtimes.example', country: 'India' });
    expect(items.find((i) => i.outlet.domain === 'shippingledger.example')?.title).toBe('Lines divert ships as delays grow at Colombo; terminal gains');
  });
  it('reads {} as no hits', () => expect(parseGdelt('{}')).toEqual([]));
  it('reports errors that arrive as HTTP 200 text', () => {
    expect(() => parseGdelt(sample('gdelt-keyword-error-200.txt'))).toThrow(SourceError);
  });
  it('survives invalid backslash escapes and refuses broken JSON clearly', () => {
    expect(parseGdelt('{"articles":[{"url":"https://a.example/x","title":"A \\q title"}]}')[0]?.title).toBe('A q title');
    expect(() => parseGdelt('{"articles": [ {"url": "http://x')).toThrow(/malformed/);
  });
  it('untokenises titles and reads seendate', () => {
    expect(cleanGdeltTitle('Vizhinjam , a port ; busy')).toBe('Vizhinjam, a port; busy');
    expect(parseSeenDate('20251031T093000Z')).toBe('2025-10-31T09:30:00Z');
    expect(parseSeenDate('garbage')).toBeUndefined();
  });
});

describe('Google News RSS search', () => {
  it('strips exactly the " - Outlet" suffix and names the outlet from <source>', () => {
    const items = parseGoogleNews(sample('gnews-search.xml'));
    expect(items.map((i) => i.title)).toContain('Dockworkers’ union questions the terminal’s night-shift plan');
    const ledger = items.find((i) => i.outlet.name === 'The Evening Ledger')!;
    expect(ledger.outlet.domain).toBe('eveningledger.example');
    expect(ledger.url).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\//);
  });
  it('keeps a title whose dash is not the outlet suffix', () => {
    const xml = '<rss><channel><item><title>Left - right debate - Example News</title><link>https://news.google.com/rss/articles/A</link><source url="https://example.com">Example News</source></item></channel></rss>';
    expect(parseGoogleNews(xml)[0]?.title).toBe('Left - right debate');
  });
  it('de-duplicates the same outlet and title reached through different redirects', () => {
    const item = (id: string) => `<item><title>Same story - Example</title><link>https://news.google.com/rss/articles/${id}</link><source url="https://example.com">Example</source></item>`;
    expect(parseGoogleNews(`<rss><channel>${item('A')}${item('B')}</channel></rss>`)).toHaveLength(1);
  });
});

describe('feeds', () => {
  it.each([
    ['guardian-rss-sample.xml', 'rss'],
    ['heise-atom-sample.xml', 'atom'],
    ['rdf-science-sample.xml', 'rdf'],
  ])('parses %s', (file, format) => {
    const feed = parseFeedText(sample(file));
    expect(feed.format).toBe(format);
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const e of feed.entries) {
      expect(e.title).not.toMatch(/<[a-z]/i);
      expect(e.link).toMatch(/^https?:\/\//);
    }
    expect(feed.entries.some((e) => e.published)).toBe(true);
  });
  it('refuses documents that declare entities (billion laughs, XXE)', () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>';
    expect(() => parseFeedText(lol)).toThrow(/entities/);
  });
  it('resolves relative links against the feed', () => {
    const rss = '<rss version="2.0"><channel><title>X</title><link>https://site.example/</link><item><title>A</title><link>/news/a</link></item></channel></rss>';
    expect(parseFeedText(rss, 'https://feeds.example/rss.xml').entries[0]?.link).toBe('https://site.example/news/a');
  });
});
