/**
 * Read the article in a Document: body with Readability (on a clone, so the page is untouched),
 * metadata field by field, and whether this looks like an article at all. The Document is passed
 * in: the page's in the browser, linkedom's in Node and in the worker.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { canonicalizeUrl } from '../url';
import type { ExtractedArticle } from '../types';
import { readMetadata } from './metadata';
import { cleanByline, normalizeDate, normalizeLang } from './clean';

export interface ExtractOptions {
  url: string;
  now?: number;
  /** Readability gives up on pages with more elements than this (a clear message instead of a hang). */
  maxElems?: number;
  clock?: () => number;
}

/**
 * Page furniture Readability sometimes keeps inside the article container: ad slots, consent
 * banners, newsletter boxes, share bars. Matched on whole class/id tokens, never on words.
 */
const CLUTTER = /^(ad|ads|advert|advertisement|ad-(slot|label|creative|container|wrapper|unit|leaderboard|mpu)|dfp-.*|gpt-ad.*|sponsored|promo|newsletter(-signup)?|cookie(-banner|-consent)?|consent|share-bar|social-share|related-stories|most-read|comments?)$/i;

export function stripClutter(doc: Document): void {
  for (const el of [...doc.querySelectorAll('[class], [id], [aria-label="Advertisement"]')]) {
    const tokens = [...(el.getAttribute('class') ?? '').split(/\s+/), el.getAttribute('id') ?? ''];
    if (el.getAttribute('aria-label') === 'Advertisement' || tokens.some((t) => t && CLUTTER.test(t))) el.remove();
  }
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

/** Plain text of Readability's HTML, one paragraph per block, separated by blank lines. */
export function blocksToText(root: ParentNode): string {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // its inner blocks speak for it
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  if (!out.length) {
    const t = ((root as Element).textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n\n');
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  const clock = options.clock ?? (() => Date.now());
  const started = clock();
  const meta = readMetadata(doc);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  stripClutter(clone);
  // Readability works on an inert clone (no browsing context: nothing in it loads or runs), and
  // hands back its own element, so the text is read without ever parsing HTML again.
  const parsed = new Readability<Element>(clone, {
    maxElemsToParse: options.maxElems ?? 0,
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  const root = parsed?.content ?? null;
  const text = root ? blocksToText(root) : '';
  const body = root ? root.innerHTML : '';
  const words = text ? text.split(/\s+/).length : 0;
  const canonicalUrl = canonicalizeUrl(meta.canonicalUrl ?? options.url, options.url);
  const isArticle = Boolean(parsed) && words >= 150 && (readerable || meta.ldType !== null);
  return {
    url: options.url,
    canonicalUrl,
    title: (meta.title ?? parsed?.title ?? '').trim(),
    byline: cleanByline(meta.byline ?? parsed?.byline ?? null),
    siteName: meta.siteName ?? parsed?.siteName ?? null,
    publishedTime: normalizeDate(meta.publishedTime ?? parsed?.publishedTime ?? null, options.now),
    modifiedTime: normalizeDate(meta.modifiedTime, options.now),
    lang: normalizeLang(meta.lang ?? parsed?.lang ?? null),
    excerpt: meta.description ?? parsed?.excerpt ?? null,
    text,
    html: body,
    wordCount: words,
    isArticle,
    notArticleReason: isArticle
      ? undefined
      : !parsed || words < 150
        ? 'There is too little article text on this page.'
        : 'This page looks like a list of articles rather than one article.',
    extractionMs: Math.round((clock() - started) * 10) / 10,
  };
}
