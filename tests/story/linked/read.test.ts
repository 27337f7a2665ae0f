/** Reading a linked page: charsets as declared, size caps, clear messages. */
import { describe, expect, it } from 'vitest';
import { readLinkedArticle as read, selectionArticle } from '../../../utils/story/linked/read';
import { parseLinkedPageWithLinkedom } from '../../../utils/story/linked/node';

/** In Node the linked page is read on linkedom's DOM (the extension uses the browser's). */
const readLinkedArticle = (url: string, opts: Parameters<typeof read>[1]) => read(url, { parse: parseLinkedPageWithLinkedom, ...opts });

const body = (p: string) => `<p>${p}</p>`.repeat(1);
const page = (title: string, paragraphs: string[], meta = '') =>
  `<!doctype html><html lang="en"><head>${meta}<title>${title}</title><meta property="og:title" content="${title}"></head><body><article><h1>${title}</h1>${paragraphs.map(body).join('')}</article></body></html>`;
const para = 'The council approved the budget after a long debate about housing, transport and the cost of services for residents across the borough this winter.';

function respond(bytes: Uint8Array | string, headers: Record<string, string>) {
  return (async () => new Response(bytes as BodyInit, { headers })) as unknown as typeof fetch;
}

describe('readLinkedArticle', () => {
  it('decodes windows-1252 declared in the header', async () => {
    const html = page('Café prices rise', [`Le café coûte plus cher. ${para}`, para, para, para]);
    const bytes = Uint8Array.from([...html].map((c) => (c === 'é' ? 0xe9 : c === 'û' ? 0xfb : c.charCodeAt(0))));
    const a = await readLinkedArticle('https://x.example/a', { fetch: respond(bytes, { 'content-type': 'text/html; charset=windows-1252' }) });
    expect(a.title).toBe('Café prices rise');
    expect(a.text).toContain('Le café coûte plus cher.');
  });

  it('decodes Shift_JIS declared in <meta charset>', async () => {
    // "東京" in Shift_JIS is 93 8C 8B 9E.
    const head = new TextEncoder().encode(`<!doctype html><html lang="ja"><head><meta charset="Shift_JIS"><title>`);
    const tail = new TextEncoder().encode(`</title></head><body><article><p>${para} ${para}</p><p>${para}</p><p>${para}</p></article></body></html>`);
    const bytes = new Uint8Array([...head, 0x93, 0x8c, 0x8b, 0x9e, ...tail]);
    const a = await readLinkedArticle('https://x.example/jp', { fetch: respond(bytes, { 'content-type': 'text/html' }) });
    expect(a.title).toBe('東京');
  });

  it('refuses a page over the size cap with a clear message', async () => {
    const big = 'x'.repeat(31 * 1024 * 1024);
    await expect(readLinkedArticle('https://x.example/huge', { fetch: respond(big, { 'content-type': 'text/html' }) })).rejects.toThrow(/larger than 5 MB/);
  });

  it('says so when the link is not a web page', async () => {
    await expect(readLinkedArticle('https://x.example/f.pdf', { fetch: respond('%PDF-1.4', { 'content-type': 'application/pdf' }) })).rejects.toThrow(/application\/pdf, not a web page/);
  });
});

describe('selectionArticle', () => {
  it('keeps the page metadata, explains the selection, and is a story of its own', async () => {
    const a = await readLinkedArticle('https://x.example/a', { fetch: respond(page('Budget passes', [para, para, para, para]), { 'content-type': 'text/html' }) });
    const s = selectionArticle(a, '  The council approved the budget.  ');
    expect(s.title).toBe('Budget passes');
    expect(s.text).toBe('The council approved the budget.');
    expect(s.canonicalUrl).not.toBe(a.canonicalUrl);
    expect(selectionArticle(a, 'The council approved the budget.').canonicalUrl).toBe(s.canonicalUrl);
  });
});
