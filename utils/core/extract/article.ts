/**
 * Read the article in a Document: body with Readability (on a clone, so the page is untouched),
 * metadata field by field, and whether this looks like an article at all. The Document is passed
 * in: the page's in the browser, linkedom's in Node and in the worker.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { canonicalizeUrl } from '../url';
import type { ExtractedArticle } from '../types';
import { instant, readMetadata } from './metadata';
import { chooseByline, cleanSiteName, cleanTitle, normalizeDate, normalizeLang } from './clean';
import { cleanArticle, stripClutter } from './clutter';
import { collectHiddenMarks, markHidden } from './hidden';
import { blocksToText } from './text';
import { collect } from './dom';
import { LIST_PAGE, bodyShape, needsShape, notArticleReason } from './kind';
import { dateFromUrl, findDateline, parseDateline } from './dateline';
import { siteFromCopyright, siteFromHandle } from './site';

export { blocksToText } from './text';
export { stripClutter } from './clutter';

export interface ExtractOptions {
  url: string;
  now?: number;
  /** Pages with more elements than this are not read (a clear message instead of a hang). */
  maxElems?: number;
  clock?: () => number;
}

/**
 * Past this many elements a page is given up on with a clear message. Real article pages hold
 * 600–10,000 (median 646, p95 2,100 over 218 test pages); Readability's cost grows faster than
 * the page, and counting 200,000 elements takes ~0.1 s, so giving up is what keeps us within 1 s.
 */
export const DEFAULT_MAX_ELEMS = 30_000;
/** Computed-style checks stop after this much time; what the markup says still counts. */
const STYLE_BUDGET_MS = 150;
/** Hidden words inside the article from which we say so. */
const HIDDEN_FLAG_WORDS = 5;

export class PageTooLargeError extends Error {
  constructor(public readonly elements: number, public readonly limit: number) {
    super(`This page is too large to read: ${elements} elements (the limit is ${limit}).`);
    this.name = 'PageTooLargeError';
  }
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractedArticle {
  const clock = options.clock ?? (() => Date.now());
  const started = clock();
  const limit = options.maxElems || DEFAULT_MAX_ELEMS;
  const elements = doc.querySelectorAll('*').length;
  if (elements > limit) throw new PageTooLargeError(elements, limit);

  const meta = readMetadata(doc);
  const readerable = isProbablyReaderable(doc);
  // Readability works on an inert clone (no browsing context: nothing in it loads or runs), and
  // hands back its own element, so the text is read without ever parsing HTML again.
  const clone = doc.cloneNode(true) as Document;
  markHidden(doc, clone, clock, started + STYLE_BUDGET_MS);
  const stripped = stripClutter(clone);
  const parsed = new Readability<Element>(clone, {
    maxElemsToParse: limit,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const root = parsed?.content ?? null;
  const canonicalUrl = canonicalizeUrl(meta.canonicalUrl ?? options.url, options.url);
  const siteName = cleanSiteName(meta.siteName ?? parsed?.siteName ?? siteFromHandle(meta.twitterSite, canonicalUrl) ?? siteFromCopyright(doc, canonicalUrl));
  const byline = chooseByline(meta.byline, [parsed?.byline, stripped.byline], siteName, meta.authorIsOutlet);
  let hiddenWords = 0;
  const shape = root && needsShape(meta.ldType) ? bodyShape(root) : undefined;
  if (root) {
    hiddenWords = collectHiddenMarks(root);
    cleanArticle(root, byline);
    for (const el of collect(root, (e) => e.hasAttribute('class'))) el.removeAttribute('class');
  }
  const text = root ? blocksToText(root) : '';
  // CJK text has no spaces: count its characters at about two to a word.
  const words = text ? text.split(/\s+/).length + Math.floor((text.match(/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0) / 2) : 0;
  const reason = notArticleReason({ doc, words, readerable, ldType: meta.ldType, ogType: meta.ogType, parsed: Boolean(parsed), url: canonicalUrl, shape });
  return {
    url: options.url,
    canonicalUrl,
    title: cleanTitle(meta.title ?? parsed?.title ?? '', meta.siteName),
    // A list of stories credits many writers: the first teaser's is not the page's.
    byline: reason === LIST_PAGE ? null : byline,
    siteName,
    publishedTime: publishedTime(doc, meta.publishedTime ?? parsed?.publishedTime ?? null, meta.publishedAlternatives, meta.canonicalUrl, options.now),
    modifiedTime: normalizeDate(meta.modifiedTime, options.now),
    lang: normalizeLang(meta.lang ?? parsed?.lang ?? null),
    ...(meta.lang && meta.langContested ? { langDeclaredOther: normalizeLang(meta.langContested) ?? undefined } : {}),
    excerpt: meta.description ?? parsed?.excerpt ?? null,
    text,
    html: root ? root.innerHTML : '',
    wordCount: words,
    isArticle: reason === null,
    notArticleReason: reason ?? undefined,
    extractionMs: Math.round((clock() - started) * 10) / 10,
    ...(hiddenWords >= HIDDEN_FLAG_WORDS ? { hiddenTextFlagged: true } : {}),
  };
}

/**
 * The declared date when there is one (of several that disagree, the one the page shows), set in
 * the zone the page shows when it declares only a local time; else the date line the page shows;
 * else the date in its URL.
 */
function publishedTime(doc: Document, declared: string | null, alternatives: string[], url: string | null, now?: number): string | null {
  if (alternatives.length) {
    const shown = findDateline(doc, now, (d) => Boolean(d.offset) && !d.updated && alternatives.some((a) => Math.abs(instant(a) - Date.parse(d.iso)) < 60_000));
    const agreed = shown && alternatives.find((a) => Math.abs(instant(a) - Date.parse(shown.iso)) < 60_000);
    if (agreed) return normalizeDate(agreed, now);
  }
  const local = declared?.trim().match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?$/);
  if (local) {
    const shown = findDateline(doc, now, (d) => Boolean(d.offset) && d.date === local[1] && d.clock === local[2]);
    if (shown?.offset) {
      return normalizeDate(`${local[1]}T${local[2]}${local[3] ?? ':00'}${shown.offset}`, now);
    }
  }
  const value = normalizeDate(declared, now);
  if (value) return value;
  return findDateline(doc, now)?.iso ?? dateFromTitle(doc.title, now) ?? dateFromUrl(url, now);
}

/** "Headline - 07.12.2017 - LA NACION": a <title> part that is nothing but a date. */
function dateFromTitle(title: string | null | undefined, now?: number): string | null {
  for (const part of (title ?? '').split(/\s+[|\-–—]\s+|\s*_\s*/)) {
    const found = part.length <= 40 ? parseDateline(part, now) : null;
    if (found && found.at === 0 && part.trim().length <= found.date.length + 20) return found.iso;
  }
  return null;
}
