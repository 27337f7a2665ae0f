import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPS, gateArticle, gateCandidate, gateLine, gateText, gateUrl } from '../../utils/core/gate';
import type { ExtractedArticle } from '../../utils/core/types';

const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const FORBIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

describe('the string gate', () => {
  it('removes bidi overrides, isolates and invisible breakers, keeps ZWJ and ZWNJ', () => {
    expect(gateText('a\u202Eb\u2066c\u2069d\u200Be\u2060f\uFEFFg', 'title')).toBe('abcdefg');
    // Persian "mi-khaham" with ZWNJ, Hindi with ZWJ, and the family emoji (a ZWJ sequence) round-trip.
    for (const s of ['می‌خواهم', 'क्‍ष', '👩‍👩‍👧‍👦', 'مرحبا بالعالم', 'नमस्ते दुनिया']) expect(gateText(s, 'title')).toBe(s);
  });

  it('replaces lone surrogates and never splits a pair when it cuts', () => {
    expect(gateText('a\uD800b\uDC00c', 'title')).toBe('a\uFFFDb\uFFFDc');
    const emoji = '😀'.repeat(CAPS.title);
    const out = gateText(emoji, 'title');
    expect(out.length).toBeLessThanOrEqual(CAPS.title);
    expect(wellFormed(out)).toBe(true);
    expect(out.endsWith('…')).toBe(true);
  });

  it('caps each field, and the work does not grow with the input', () => {
    const huge = 'word '.repeat(1_000_000);
    expect(gateLine(huge, 'title').length).toBeLessThanOrEqual(CAPS.title);
    expect(gateLine(huge, 'description').length).toBeLessThanOrEqual(CAPS.description);
    expect(gateText(huge, 'body').length).toBeLessThanOrEqual(CAPS.body);
    expect(gateText(42, 'title')).toBe('');
  });

  it('shows a title made of a first sentence without its wire dateline', () => {
    expect(gateLine('ATLANTA _ Newt Gingrich and Marianne Gingrich agreed Monday to keep their…', 'title')).toBe('Newt Gingrich and Marianne Gingrich agreed Monday to keep their…');
    expect(gateLine('CANBERRA, April 4 (Xinhua) -- Following are major news items', 'title')).toBe('Following are major news items');
    // A headline that only opens with capitals is left as written, and so is what would leave too little.
    for (const t of ['NATO allies meet in Brussels', 'U.S. Releases Annual Anti-drug Certification Report', 'EDITORIAL: NEW RULES ON ORGANIC FOODS', 'PARIS _ Update'])
      expect(gateLine(t, 'title')).toBe(t);
    expect(gateLine('ATLANTA _ Newt Gingrich and Marianne Gingrich', 'description')).toBe('ATLANTA _ Newt Gingrich and Marianne Gingrich');
  });

  it('keeps only http and https URLs', () => {
    expect(gateUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(gateUrl('/news/1', 'http://example.com/feed.xml')).toBe('http://example.com/news/1');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'not a url', ''])
      expect(gateUrl(bad), bad).toBeNull();
  });

  it('an article keeps a safe canonical URL (the page address when the canonical one is not http)', () => {
    const a = { url: 'https://news.example/a', canonicalUrl: 'javascript:alert(1)', title: '\u202Eevil', byline: null, siteName: 'X\u200B', publishedTime: null, modifiedTime: null, lang: null, excerpt: null, text: 't', html: '<p>t</p>', wordCount: 1, isArticle: true, extractionMs: 1 } satisfies ExtractedArticle;
    expect(gateArticle(a)).toMatchObject({ canonicalUrl: 'https://news.example/a', title: 'evil', siteName: 'X' });
  });

  it('a candidate whose link is not http is dropped', () => {
    const c = { id: '1', url: 'javascript:alert(1)', outlet: { name: 'a', domain: 'a' }, title: 't', source: 'gdelt' };
    expect(gateCandidate(c)).toBeNull();
    expect(gateCandidate({ ...c, url: 'https://a.example/x' })?.url).toBe('https://a.example/x');
  });
});

describe('the string gate on arbitrary Unicode (properties)', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 2000 });
  it('output is well formed, free of removed characters, within the cap, and idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('title' as const, 'name' as const, 'description' as const), (s, field) => {
        const out = gateText(s, field);
        expect(wellFormed(out)).toBe(true);
        expect(FORBIDDEN.test(out)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(CAPS[field]);
        expect(gateText(out, field)).toBe(out);
      }),
    );
  });
  it('text with nothing to remove and under the cap passes unchanged (Arabic, Persian, Hindi, emoji ZWJ)', () => {
    const piece = fc.constantFrom('سلام', 'می‌خواهم', 'हिन्दी', 'क्‍ष', '👨‍👩‍👧', '🏳️‍🌈', 'word', ' ', '\u200C', '\u200D');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(gateText(s, 'description')).toBe(s);
      }),
    );
  });
  it('any URL kept is http(s) and parses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:x', 'data:,x', 'vbscript:x')), (u) => {
        const out = gateUrl(u);
        if (out !== null) expect(['http:', 'https:']).toContain(new URL(out).protocol);
      }),
    );
  });
});

describe('runs no word is that long', () => {
  it('a 50,000-letter capitalised run is broken every 100 letters; real long words and CJK text are not', () => {
    const out = gateText('Ω'.repeat(50_000), 'body');
    expect(Math.max(...out.split(' ').map((w) => w.length))).toBe(100);
    for (const s of ['Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz', '中华人民共和国'.repeat(40), 'pneumonoultramicroscopicsilicovolcanoconiosis'])
      expect(gateText(s, 'body')).toBe(s);
  });
});
