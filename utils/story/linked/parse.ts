/**
 * Where a linked page's HTML becomes an article. Chrome's background is a service worker, with no
 * DOM and no lazy `import()`: it hands the HTML to an offscreen document (entrypoints/offscreen),
 * opened on demand and closed when idle, so the worker carries neither a DOM nor Readability.
 * Firefox's background is an event page with `DOMParser`: it reads the page itself. In Node (the
 * tests, the CLI) pass `parseLinkedPageWithLinkedom` from ./node.ts instead.
 */
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '../../core/types';
import { askOffscreen } from '../../messaging';

export type ParseLinkedPage = (html: string, url: string) => Promise<ExtractedArticle>;


export const parseLinkedPage: ParseLinkedPage = async (html, url) =>
  // A build-time constant: Chrome's bundle drops the DOM branch and, this import being its only
  // way in, Readability (CommonJS, kept wherever it is imported) and the extraction code with it.
  // Firefox's single-file background has it inlined.
  import.meta.env.FIREFOX ? (await import('./dom')).articleFromHtml(html, url) : parseInOffscreen(html, url);

const OFFSCREEN_PATH = '/offscreen.html';
/** An idle offscreen document is closed after this long (a burst of reads shares one). */
export const OFFSCREEN_IDLE_MS = 20_000;

let ready: Promise<void> | null = null;
let closing: Promise<void> = Promise.resolve();
let users = 0;
let idle: ReturnType<typeof setTimeout> | undefined;

async function openOffscreen(): Promise<void> {
  await closing;
  // After a worker restart the document may still be open: Chrome allows only one.
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)] });
  if (open.length) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['DOM_PARSER'],
    justification: 'Reads a linked page the reader asked to explain: parses its HTML and extracts the article.',
  });
}

/** The worker's last known offscreen document; reopened when it has gone away. */
function offscreenReady(): Promise<void> {
  return (ready ??= openOffscreen().catch((error: unknown) => {
    ready = null;
    throw error;
  }));
}

async function parseInOffscreen(html: string, url: string): Promise<ExtractedArticle> {
  users++;
  clearTimeout(idle);
  try {
    const send = () => askOffscreen('parseLinkedPage', { html, url });
    let reply = await offscreenReady().then(send).catch(() => undefined);
    if (!reply) {
      // A document closed behind the worker's back (its process gone) answers nothing: open it again, once.
      ready = null;
      await offscreenReady();
      reply = await send();
      if (!reply) throw new Error('The page reader did not answer.');
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.article;
  } finally {
    if (--users === 0) {
      idle = setTimeout(() => {
        ready = null;
        closing = browser.offscreen.closeDocument().catch(() => undefined);
      }, OFFSCREEN_IDLE_MS);
    }
  }
}
