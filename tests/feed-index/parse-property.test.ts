/**
 * The feed parser on arbitrary Unicode (issue 14): whatever an item's strings hold, what comes out
 * has passed the gate (capped, no bidi override or invisible breaker, no lone surrogate, links
 * http(s) only); titles in Arabic, Persian, Hindi and emoji ZWJ sequences come back as written, in
 * every feed format; and an entity declaration is refused wherever it is put.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS } from '../../utils/core/gate';
import { parseFeedText } from '../../utils/feed-index/parse';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REMOVED = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Characters XML 1.0 allows (anything else makes the document itself malformed, not hostile). */
// eslint-disable-next-line no-control-regex -- the characters XML forbids are what is removed
const xmlChars = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(LONE, '');

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('\u202E', '\u2066', '\u200B', '\uFEFF', '\u2060', '<b>bold</b>', '&amp;rsquo;', 'x'.repeat(4000), 'javascript:alert(1)'),
);
const hostileText = fc.array(hostile, { maxLength: 12 }).map((parts) => parts.join(''));
const link = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative/path', ''), fc.string({ maxLength: 40 }));

const rss = (items: { title: string; description: string; link: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://outlet.example/</link>${items
    .map((i) => `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><description>${xml(i.description)}</description></item>`)
    .join('')}</channel></rss>`;
const atom = (items: { title: string; link: string }[]) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2025-10-29T00:00:00Z</updated>${items
    .map((i, n) => `<entry><title>${xml(i.title)}</title><id>urn:${n}</id><updated>2025-10-29T00:00:00Z</updated><link href="${xml(i.link).replace(/"/g, '&quot;')}"/></entry>`)
    .join('')}</feed>`;
const jsonFeed = (items: { title: string; description: string; link: string }[]) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: items.map((i, n) => ({ id: String(n), url: i.link, title: i.title, content_text: i.description })) });

function expectGated(entries: ReturnType<typeof parseFeedText>['entries']) {
  for (const e of entries) {
    expect(e.title.length).toBeLessThanOrEqual(CAPS.title);
    expect(e.description.length).toBeLessThanOrEqual(CAPS.description);
    for (const s of [e.title, e.description]) expect(LONE.test(s) || REMOVED.test(s)).toBe(false);
    if (e.link) expect(e.link).toMatch(/^https?:\/\//);
  }
}

describe('parseFeedText on arbitrary Unicode', () => {
  const item = fc.record({ title: hostileText, description: hostileText, link });

  it('a JSON Feed of any strings (lone surrogates and controls included): every field gated', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 5 }), (items) => expectGated(parseFeedText(jsonFeed(items), 'https://outlet.example/feed.json').entries)));
  });

  it('an RSS feed of any text XML can carry: every field gated', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        const clean = items.map((i) => ({ title: xmlChars(i.title), description: xmlChars(i.description), link: xmlChars(i.link) }));
        expectGated(parseFeedText(rss(clean), 'https://outlet.example/rss.xml').entries);
      }),
    );
  });

  it('titles in Arabic, Persian, Hindi and emoji ZWJ sequences round-trip in RSS, Atom and JSON Feed', () => {
    const word = fc.constantFrom('السلام', 'عليكم', 'می‌خواهم', 'نمی‌دانم', 'हिन्दी', 'क्‍ष', '👩‍👩‍👧‍👦', '🏳️‍🌈', '👨🏽‍💻', 'Nvidia');
    const title = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 5 }), (titles) => {
        const items = titles.map((t, n) => ({ title: t, description: t, link: `https://outlet.example/a/${n}` }));
        for (const body of [rss(items), atom(items), jsonFeed(items)]) {
          const entries = parseFeedText(body, 'https://outlet.example/feed').entries;
          expect(entries.map((e) => [e.title, e.link])).toEqual(items.map((i) => [i.title, i.link]));
        }
      }),
    );
  });

  it('an entity declaration is refused wherever it is put in a feed', () => {
    const body = rss([{ title: 'Nvidia & Korea', description: 'x', link: 'https://a.example/1' }]);
    const decl = fc.constantFrom('<!ENTITY lol "lol">', '<!DOCTYPE rss [<!ENTITY x "y">]>', '<!doctype rss [ <!entity x SYSTEM "file:///etc/passwd"> ]>');
    fc.assert(
      fc.property(fc.nat({ max: body.length }), decl, (at, d) => {
        expect(() => parseFeedText(body.slice(0, at) + d + body.slice(at))).toThrow(/entities/);
      }),
    );
  });
});
