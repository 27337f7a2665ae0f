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
import { blocksToText, capText, countWords } from './text';
import { collect, tag } from './dom';
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
  /** Told when the safety net runs (`checked`) and when its body is taken (`used`): for the benchmark. */
  onSafetyNet?: (event: 'checked' | 'used') => void;
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
  const { cut, complete, hidden } = markHidden(doc, clone, clock, started + STYLE_BUDGET_MS);
  const stripped = stripClutter(clone);
  const parsed = readBody(clone, limit);
  let root = parsed?.content ?? null;
  // When the cleanup left the clone untouched and every hidden verdict was reached, Readability has
  // just read the very document the safety net would build (a fresh clone, the same hidden marks):
  // its body, copied before our cleanup, is the net's bare body, with no second clone and parse.
  const netSeen = !stripped.changed && complete;
  const bareCopy = root && netSeen ? (root.cloneNode(true) as Element) : null;
  const canonicalUrl = canonicalizeUrl(meta.canonicalUrl ?? options.url, options.url);
  const siteName = cleanSiteName(meta.siteName ?? parsed?.siteName ?? siteFromHandle(meta.twitterSite, canonicalUrl) ?? siteFromCopyright(doc, canonicalUrl));
  const byline = chooseByline(meta.byline, [parsed?.byline, stripped.byline], siteName, meta.authorIsOutlet);
  const lang = normalizeLang(meta.lang ?? parsed?.lang ?? null);
  let hiddenWords = 0;
  const shape = root && needsShape(meta.ldType) ? bodyShape(root) : undefined;
  if (root) {
    hiddenWords = collectHiddenMarks(root);
    cleanArticle(root, byline, { dek: stripped.dek });
  }
  const title = cleanTitle(meta.title ?? parsed?.title ?? '', meta.siteName);
  const read = capText(root ? withoutHeadline(blocksToText(root), title) : '');
  let text = read.text;
  let truncated = cut || read.truncated;
  let words = countWords(text, lang);
  const kind = { doc, readerable, ldType: meta.ldType, ogType: meta.ogType, url: canonicalUrl, shape };
  let reason = notArticleReason({ ...kind, words, parsed: Boolean(parsed), text });
  // The safety net: our cleanup was tuned on the pages we have, and on other sites it can remove what
  // it should keep. When the result is a small part of the page's running text, or a readable page
  // is judged no article, bare Readability reads the page too (hidden text still out), and its body,
  // less only what is certainly furniture, is taken when it holds over twice the text.
  if ((readerable && reason !== null) || text.length * 2 < runningText(doc)) {
    options.onSafetyNet?.('checked');
    let bare = bareCopy;
    // (Where Readability found no body in that very document, it would find none again.)
    if (!netSeen) {
      const net = doc.cloneNode(true) as Document;
      // The same hidden marks as the first clone's: judged again only if the first run ran out of time.
      markHidden(doc, net, clock, clock() + STYLE_BUDGET_MS, complete ? new Set(hidden) : undefined);
      bare = readBody(net, limit)?.content ?? null;
    }
    if (bare) {
      const bareHidden = collectHiddenMarks(bare);
      cleanArticle(bare, byline, { certainOnly: true });
      const bareRead = capText(withoutHeadline(blocksToText(bare), title));
      const bareText = bareRead.text;
      const bareWords = countWords(bareText, lang);
      const bareReason = notArticleReason({ ...kind, shape: needsShape(meta.ldType) ? bodyShape(bare) : undefined, words: bareWords, parsed: true, text: bareText });
      if (bareText.length > text.length * 2 && (bareReason === null || reason !== null)) {
        options.onSafetyNet?.('used');
        root = bare;
        text = bareText;
        words = bareWords;
        reason = bareReason;
        hiddenWords = bareHidden;
        truncated = cut || bareRead.truncated;
      }
    }
  }
  if (root) for (const el of collect(root, (e) => e.hasAttribute('class'))) el.removeAttribute('class');
  return {
    url: options.url,
    canonicalUrl,
    title,
    // A list of stories credits many writers: the first teaser's is not the page's.
    byline: reason === LIST_PAGE ? null : byline,
    siteName,
    publishedTime: publishedTime(doc, meta.publishedTime ?? parsed?.publishedTime ?? null, meta.publishedAlternatives, meta.canonicalUrl, options.now),
    modifiedTime: normalizeDate(meta.modifiedTime, options.now),
    lang,
    ...(meta.lang && meta.langContested ? { langDeclaredOther: normalizeLang(meta.langContested) ?? undefined } : {}),
    // The standfirst left out of the body is what an excerpt is.
    excerpt: meta.description ?? stripped.dek ?? parsed?.excerpt ?? null,
    text,
    // The HTML goes with a whole text only: a cut one would not read as the text does.
    html: root && !truncated ? root.innerHTML : '',
    ...(truncated ? { textTruncated: true } : {}),
    wordCount: words,
    isArticle: reason === null,
    notArticleReason: reason ?? undefined,
    extractionMs: Math.round((clock() - started) * 10) / 10,
    ...(hiddenWords >= HIDDEN_FLAG_WORDS ? { hiddenTextFlagged: true } : {}),
  };
}

/** The headline repeated as the body's first line goes: it is the article's `title`. */
function withoutHeadline(text: string, title: string): string {
  const cut = text.indexOf('\n\n');
  const first = cut < 0 ? text : text.slice(0, cut);
  const same = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return title && same(first) === same(title) && cut > 0 ? text.slice(cut + 2) : text;
}

function readBody(doc: Document, limit: number) {
  return new Readability<Element>(doc, {
    maxElemsToParse: limit,
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
}

/** Below this many characters a paragraph is a label or a teaser, not running text. */
const RUNNING_MIN = 80;

/**
 * Characters of running text on the page: its paragraphs of some length, where the article must
 * be (the cheap yardstick of the safety net: one walk, no Readability).
 */
function runningText(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  for (const p of collect(doc.body, (el) => { const t = tag(el); return t === 'p' || t === 'pre'; })) {
    const len = (p.textContent ?? '').trim().length;
    if (len >= RUNNING_MIN) n += len;
  }
  return n;
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
