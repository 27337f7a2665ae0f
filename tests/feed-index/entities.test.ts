/** Entity declarations are refused wherever they are (issue 14, finding 7): a comment must not hide a DTD. */
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../utils/feed-index/parse';
import { parseGoogleNews } from '../../utils/sources/google-news';

const DTD = '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>';
const item = '<item><title>Nvidia &amp; Korea</title><link>https://a.example/1</link></item>';

describe('entity declarations', () => {
  it('are refused after a comment that looks like an element, and deep inside the document', () => {
    const hidden = `<?xml version="1.0"?><!-- <a> a comment that looks like markup -->${DTD}<rss version="2.0"><channel><title>x</title>${item}</channel></rss>`;
    expect(() => parseFeedText(hidden)).toThrow(/entities/);
    const deep = `<rss version="2.0"><channel><title>x</title>${item.repeat(500)}${DTD}</channel></rss>`;
    expect(() => parseFeedText(deep)).toThrow(/entities/);
    expect(() => parseGoogleNews(`<rss><channel>${' '.repeat(6000)}${DTD}${item}</channel></rss>`)).toThrow(/entities/);
  });
  it('a feed that only mentions the word in its text still parses', () => {
    const ok = `<rss version="2.0"><channel><title>x</title><item><title>Why &lt;!ENTITY&gt; is dangerous</title><link>https://a.example/1</link></item></channel></rss>`;
    expect(parseFeedText(ok).entries).toHaveLength(1);
  });
});
