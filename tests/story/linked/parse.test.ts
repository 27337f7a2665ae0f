// @vitest-environment jsdom
/**
 * A linked page read where there is a DOM: the browser's DOMParser (jsdom's here) as in Chrome's
 * offscreen document and Firefox's event page; and the worker's side of the offscreen document.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { articleFromHtml } from '../../../utils/story/linked/dom';
import type { ExtractedArticle } from '../../../utils/core/types';

const para = 'The council approved the budget after a long debate about housing, transport and the cost of services for residents across the borough this winter.';
const html = `<!doctype html><html lang="en"><head><title>Budget passes</title><link rel="canonical" href="/news/budget"><meta property="og:title" content="Budget passes"><meta property="og:type" content="article"></head><body><article><h1>Budget passes</h1>${`<p>${para}</p>`.repeat(5)}<p>The council published <a href="/more">the full plan</a> for residents, with the cost of every service set out line by line for the winter.</p></article></body></html>`;

describe('articleFromHtml (the DOM side)', () => {
  it('reads the article with the browser’s DOMParser, links resolved against the linked page', () => {
    const a = articleFromHtml(html, 'https://news.example/news/budget?utm_source=x');
    expect(a.title).toBe('Budget passes');
    expect(a.text).toContain('The council approved the budget');
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('en');
    expect(a.canonicalUrl).toBe('https://news.example/news/budget');
    expect(a.html).toContain('https://news.example/more');
  });
});

describe('parseLinkedPage in Chrome (the worker side of the offscreen document)', () => {
  const b = browser as unknown as Record<string, Record<string, unknown>>;
  let open: boolean;
  let createDocument: ReturnType<typeof vi.fn>;
  let closeDocument: ReturnType<typeof vi.fn>;
  let reply: (msg: { offscreen: string; data: { html: string; url: string } }) => unknown;
  let parseLinkedPage: typeof import('../../../utils/story/linked/parse').parseLinkedPage;
  let OFFSCREEN_IDLE_MS: number;

  beforeEach(async () => {
    // A fresh worker each test: the module keeps what it knows of the document.
    vi.resetModules();
    ({ parseLinkedPage, OFFSCREEN_IDLE_MS } = await import('../../../utils/story/linked/parse'));
    fakeBrowser.reset();
    vi.useFakeTimers();
    open = false;
    createDocument = vi.fn(async () => {
      open = true;
    });
    closeDocument = vi.fn(async () => {
      open = false;
    });
    b.offscreen = { createDocument, closeDocument };
    const runtime = b.runtime;
    if (!runtime) throw new Error('the fake browser has no runtime');
    runtime.getContexts = vi.fn(async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []));
    reply = (msg) => ({ ok: true, article: { title: `read ${msg.offscreen === 'parseLinkedPage' ? msg.data.url : '?'}` } });
    runtime.sendMessage = vi.fn(async (msg: { offscreen: string; data: { html: string; url: string } }) => {
      if (!open) throw new Error('Could not establish connection. Receiving end does not exist.');
      return reply(msg);
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens one offscreen document for reads at once, and closes it once idle', async () => {
    const read = await Promise.all([parseLinkedPage('<p>a</p>', 'https://a.example/'), parseLinkedPage('<p>b</p>', 'https://b.example/')]);
    expect(read.map((a) => a.title)).toEqual(['read https://a.example/', 'read https://b.example/']);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument.mock.calls[0]?.[0]).toMatchObject({ url: '/offscreen.html', reasons: ['DOM_PARSER'] });
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS - 1000);
    // Another read within the idle time reuses the document.
    await parseLinkedPage('<p>c</p>', 'https://c.example/');
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(closeDocument).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_MS);
    expect(closeDocument).toHaveBeenCalledTimes(1);
    await parseLinkedPage('<p>d</p>', 'https://d.example/');
    expect(createDocument).toHaveBeenCalledTimes(2);
  });

  it('passes on what went wrong inside the document', async () => {
    reply = () => ({ ok: false, error: 'This page is too large to read: 40000 elements (the limit is 30000).' });
    await expect(parseLinkedPage('<p>x</p>', 'https://x.example/')).rejects.toThrow(/too large to read/);
  });

  it('a document closed behind the worker’s back is opened again', async () => {
    await parseLinkedPage('<p>a</p>', 'https://a.example/');
    open = false;
    expect((await parseLinkedPage('<p>b</p>', 'https://b.example/')).title).toBe('read https://b.example/');
    expect(createDocument).toHaveBeenCalledTimes(2);
  });

  it('a document left open by an earlier worker is used, not created again', async () => {
    open = true;
    const a: ExtractedArticle = await parseLinkedPage('<p>x</p>', 'https://x.example/');
    expect(a.title).toBe('read https://x.example/');
    expect(createDocument).not.toHaveBeenCalled();
  });
});
