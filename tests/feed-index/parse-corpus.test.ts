/**
 * Every real feed of tests/fixtures/feeds (four parser projects' test corpora, MIT; the files under
 * 60 KB of the team's corpus, see its ORIGIN.md) through parseFeedText, and, where a project recorded
 * what its parser read, the same titles, links, dates and GUIDs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_CHARS, parseFeedDate, parseFeedText, stripTags } from '../../utils/feed-index/parse';
import { charsetOf } from '../../utils/sources/http';

const ROOT = 'tests/fixtures/feeds';

/** Bytes decoded as the fetcher would: the charset the document declares, else UTF-8. */
const read = (path: string) => {
  const bytes = readFileSync(path);
  return new TextDecoder(charsetOf(null, bytes.subarray(0, 1024))).decode(bytes);
};
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

/** Not feeds, on purpose: an HTML "moved" page, RSS re-encoded as JSON, a JSON Feed cut off mid-string. */
const NOT_FEEDS = ['rss-parser/test/input/unrecognized.rss', 'rsparser/Tests/RSParserTests/Resources/allthis-partial.json'];

const feeds = walk(ROOT)
  .filter((f) => /\.(xml|rss|atom|rdf|json)$/.test(f) && !/\/test\/output\/|\/references\/.*\.json$/.test(f))
  .map((f) => f.slice(ROOT.length + 1));

describe('the real feed corpus', () => {
  it('holds the feeds we expect', () => expect(feeds.length).toBeGreaterThan(60));

  it.each(feeds.filter((f) => !NOT_FEEDS.includes(f)))('parses %s', (f) => {
    const feed = parseFeedText(read(join(ROOT, f)), 'https://feeds.example/feed');
    expect(['rss', 'atom', 'rdf', 'json']).toContain(feed.format);
    for (const e of feed.entries) {
      expect(e.title || e.link).toBeTruthy();
      if (e.link) expect(() => new URL(e.link)).not.toThrow();
      if (e.published) expect(Number.isFinite(Date.parse(e.published))).toBe(true);
      expect(e.title).not.toMatch(/<\/?[a-z][^>]*>|<!\[CDATA\[/i);
    }
  });

  it.each(NOT_FEEDS)('refuses %s, which is not a feed', (f) => {
    expect(() => parseFeedText(read(join(ROOT, f)))).toThrow();
  });
});

/** rss-parser's recorded outputs: {feed: {items: [{title, link, isoDate, guid | id}]}}. */
const RSS_PARSER = `${ROOT}/rss-parser/test`;
const inputOf = (name: string) => readdirSync(`${RSS_PARSER}/input`).find((x) => x.replace(/\.[a-z]+$/, '') === name);
const recorded = readdirSync(`${RSS_PARSER}/output`).map((f) => f.replace(/\.json$/, '')).filter((name) => inputOf(name));

describe("rss-parser's expected outputs", () => {
  it('has recorded outputs to compare with', () => expect(recorded.length).toBeGreaterThan(15));
  it.each(recorded)('%s: titles, links, dates and GUIDs match', (name) => {
    const input = inputOf(name)!;
    const feed = parseFeedText(read(`${RSS_PARSER}/input/${input}`));
    // Items with neither title nor link are dropped: there is nothing to show or match.
    const expected = JSON.parse(readFileSync(`${RSS_PARSER}/output/${name}.json`, 'utf8')).feed.items.filter((i: { title?: string; link?: string }) => i.title || i.link);
    expect(feed.entries).toHaveLength(expected.length);
    expected.forEach((it: Record<string, string>, i: number) => {
      const got = feed.entries[i];
      if (!got) throw new Error(`${name}[${i}]: no entry`); // the lengths were compared above
      // rss-parser ignores a declared charset (its output holds U+FFFD where we decode correctly).
      if (it.title !== undefined && !it.title.includes('\uFFFD')) expect(got.title, `${name}[${i}]`).toBe(stripTags(it.title));
      // It leaves relative links as they are; we resolve them against the feed's own link.
      if (it.link !== undefined) expect(got.link).toBe(new URL(it.link.trim(), feed.link ?? undefined).href);
      if (it.isoDate !== undefined) expect(got.published).toBe(new Date(it.isoDate).toISOString());
      const guid = it.guid ?? it.id;
      if (guid !== undefined) expect(got.guid?.trim()).toBe(String(guid).trim());
    });
  });
});

/** feedsmith's own reference outputs for every RSS, Atom and RDF version. */
const REFS = `${ROOT}/feedsmith-references/src/feeds`;
const refs = walk(REFS).filter((f) => f.endsWith('.xml') && existsSync(f.replace(/\.xml$/, '.json')));

describe("feedsmith's reference feeds", () => {
  it('has reference feeds to compare with', () => expect(refs.length).toBeGreaterThan(10));
  it.each(refs.map((f) => f.slice(REFS.length + 1)))('%s', (f) => {
    const feed = parseFeedText(read(`${REFS}/${f}`));
    const ref = JSON.parse(readFileSync(`${REFS}/${f.replace(/\.xml$/, '.json')}`, 'utf8'));
    const items: Record<string, unknown>[] = ref.items ?? ref.entries ?? [];
    expect(feed.entries.length).toBe(items.filter((i) => i.title || i.link || i.links).length);
    for (const e of feed.entries) {
      const it = items.find((i) => stripTags(String((i.title as string) ?? '')) === e.title)!;
      expect(it, e.title).toBeTruthy();
      const guid = (it.guid ?? it.id) as { value?: string } | string | undefined;
      if (guid) expect(e.guid).toBe(typeof guid === 'string' ? guid : guid.value);
      const date = it.pubDate ?? it.published ?? it.updated ?? it.issued ?? it.modified;
      if (typeof date === 'string') expect(e.published).toBe(new Date(Date.parse(date)).toISOString());
    }
  });
});

describe('hostile and odd feeds', () => {
  it('refuses billion laughs quickly, wherever the DTD is', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY l0 "lol">${levels}]>\n<rss><channel><item><title>&l10;</title></item></channel></rss>`;
    const t = performance.now();
    expect(() => parseFeedText(lol)).toThrow(/entities/);
    expect(performance.now() - t).toBeLessThan(50);
    const padded = `<?xml version="1.0"?>\n<!-- ${'x'.repeat(30_000)} -->\n<!DOCTYPE rss [<!ENTITY a "b">]><rss/>`;
    expect(() => parseFeedText(padded)).toThrow(/entities/);
  });
  it('refuses external entities (XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>';
    expect(() => parseFeedText(xxe)).toThrow(/entities/);
  });
  it('keeps an RSS 0.91 public DOCTYPE, and text that merely mentions <!ENTITY', () => {
    const rss = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title><link>https://a.example/</link><item><title>About &lt;!ENTITY</title><link>https://a.example/x</link></item></channel></rss>';
    expect(parseFeedText(rss).entries[0]?.title).toBe('About <!ENTITY');
  });
  it('refuses a body over the cap without parsing it', () => {
    const big = `<rss><channel>${'<item><title>x</title></item>'.repeat(Math.ceil(MAX_FEED_CHARS / 28) + 1)}</channel></rss>`;
    const t = performance.now();
    expect(() => parseFeedText(big)).toThrow(/larger/);
    expect(performance.now() - t).toBeLessThan(200);
  });
  it('reads CDATA and twice-escaped entities in titles', () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><title><![CDATA[Tom &amp; Jerry <b>return</b>]]></title><link>https://a.example/1</link></item><item><title>It&amp;rsquo;s &amp;#8220;on&amp;#8221;</title><link>https://a.example/2</link></item></channel></rss>';
    expect(parseFeedText(rss).entries.map((e) => e.title)).toEqual(['Tom & Jerry return', 'It’s “on”']);
  });
  it('reads odd dates', () => {
    expect(parseFeedDate('Seg, 24 Set 2018 19:42:40 -0300')).toBe('2018-09-24T22:42:40.000Z');
    expect(parseFeedDate('03 Apr 02 1500 GMT')).toBe('2002-04-03T15:00:00.000Z');
    expect(parseFeedDate('Mo, 3. Mär 2025 08:00:00 +0100')).toBe('2025-03-03T07:00:00.000Z');
    expect(parseFeedDate('2025-10-31T09:30:00+09:00')).toBe('2025-10-31T00:30:00.000Z');
    expect(parseFeedDate('sometime soon')).toBeNull();
    expect(parseFeedDate('')).toBeNull();
  });
  it('reads a JSON Feed that forgot its version', () => {
    const feed = parseFeedText(JSON.stringify({ title: 'T', items: [{ id: '1', title: 'A', url: 'https://a.example/1' }] }));
    expect(feed.entries[0]).toMatchObject({ title: 'A', link: 'https://a.example/1', guid: '1' });
  });
});
