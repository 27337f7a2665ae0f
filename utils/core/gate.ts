/**
 * The one gate every outside string passes (page, feed, search API, encyclopedia, model) before it
 * is stored, scored or shown. Without it a 100,000-character headline froze the worker's matching
 * and the panel's layout, a right-to-left override flipped the text around it, and a lone surrogate
 * broke encoding. Rules: a cap per field (cut on a code point, marked with "…"); bidi overrides,
 * embeddings and isolates (U+202A–202E, U+2066–2069) and invisible breakers (U+200B, U+2060, U+FEFF)
 * removed, as are C0/C1 controls other than tab and newline; zero-width joiner and non-joiner
 * (U+200D, U+200C) kept: Persian, Indic scripts and emoji sequences need them; lone surrogates
 * become U+FFFD; a run of more than 100 cased letters is broken with spaces. URLs are kept only when they parse as http or https.
 */
import { withoutDateline } from './lift';
import type { Candidate, ExtractedArticle } from './types';

/** Longest kept length of each kind of field, in UTF-16 code units. */
export const CAPS = {
  title: 500,
  name: 200,
  description: 3000,
  /** The article's text (the extractor keeps its own cap; this one holds for every other way in). */
  body: 500_000,
  /** Readability's HTML of the body (sanitised again before it is rendered). */
  html: 2_000_000,
  url: 4096,
} as const;

export type Field = keyof typeof CAPS;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const REMOVED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
/**
 * No word of a cased script is 100 letters long (German compounds stop near 80), but the sentence
 * and name patterns downstream cost the square of a word's length: a page with one 50,000-letter
 * capitalised "word" kept the worker busy for minutes. Such a run is broken with spaces.
 */
const RUN = /[\p{Lu}\p{Ll}\p{Lt}\p{M}]{100}(?=[\p{Lu}\p{Ll}\p{Lt}])/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cut to at most `max` code units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * A string from outside, fit to show: cleaned and capped for its field. Anything that is not a
 * string becomes ''. The work is bounded by the cap, never by the input's length.
 */
export function gateText(value: unknown, field: Field): string {
  if (typeof value !== 'string') return '';
  const cap = CAPS[field];
  // Removal only shortens: cleaning a prefix twice the cap long leaves enough for any cap.
  const head = value.length > cap * 2 ? cut(value, cap * 2) : value;
  const clean = head.replace(REMOVED, '').replace(LONE_SURROGATE, '\uFFFD').replace(RUN, '$& ');
  if (clean.length <= cap && head.length === value.length) return clean;
  if (clean.length <= cap) return clean.trimEnd() + '…';
  return cut(clean, cap - 1).trimEnd() + '…';
}

/**
 * A one-line field (title, name): whitespace runs, newlines included, become one space. A title
 * that opens with a wire dateline ("ATLANTA _ Newt Gingrich and …") is an article's first sentence
 * standing in for a headline: shown without the dateline, as a headline would read.
 */
export function gateLine(value: unknown, field: 'title' | 'name' | 'description'): string {
  const line = gateText(value, field).replace(/\s+/g, ' ').trim();
  if (field !== 'title') return line;
  const headline = withoutDateline(line);
  return headline !== line && headline.split(' ').length >= 3 ? headline : line;
}

/**
 * An outside URL, resolved against `base` when given, or null unless it is http(s): no
 * `javascript:`, `data:`, `vbscript:` or `file:` link is ever stored or rendered.
 */
export function gateUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string') return null;
  const raw = value.trim();
  if (!raw || raw.length > CAPS.url) return null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The article as the page gave it, through the gate; the canonical URL falls back to the page's own. */
export function gateArticle(a: ExtractedArticle): ExtractedArticle {
  const optional = (v: string | null, field: 'name' | 'description') => (v === null ? null : gateLine(v, field) || null);
  return {
    ...a,
    canonicalUrl: gateUrl(a.canonicalUrl) ?? gateUrl(a.url) ?? a.url,
    title: gateLine(a.title, 'title'),
    byline: optional(a.byline, 'name'),
    siteName: optional(a.siteName, 'name'),
    excerpt: optional(a.excerpt, 'description'),
    text: gateText(a.text, 'body'),
    html: gateText(a.html, 'html'),
    ...(a.notArticleReason !== undefined ? { notArticleReason: gateLine(a.notArticleReason, 'description') } : {}),
  };
}

/** What a source found, through the gate; null when its link is not http(s). */
export function gateCandidate(c: Candidate): Candidate | null {
  const url = gateUrl(c.url);
  if (!url) return null;
  const description = c.description === undefined ? undefined : gateLine(c.description, 'description');
  return {
    ...c,
    url,
    title: gateLine(c.title, 'title'),
    outlet: { ...c.outlet, name: gateLine(c.outlet.name, 'name'), domain: gateLine(c.outlet.domain, 'name'), ...(c.outlet.country !== undefined ? { country: gateLine(c.outlet.country, 'name') } : {}) },
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * Whether an XML answer declares entities or an internal DTD anywhere in it: feeds and search
 * answers never need them, and expanding them is how billion-laughs and XXE attacks work. The
 * whole text is searched: a check of the prolog alone was fooled by a comment holding a "<a>".
 */
export function declaresEntities(xml: string): boolean {
  return /<!(?:ENTITY|DOCTYPE[^>]*\[)/i.test(xml);
}
