/**
 * Article metadata from what pages declare: JSON-LD, OpenGraph, Twitter and Dublin Core meta,
 * <time>. Each field takes the most trustworthy source that has it.
 */
import { collect, tag } from './dom';
import { dropTagline } from './site';
import { primary } from './clean';
import { group } from '../narrow';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  /** A language the page declares elsewhere (content-language, og:locale) that contradicts `<html lang>`. */
  langContested: string | null;
  canonicalUrl: string | null;
  description: string | null;
  /** The JSON-LD @type of the article node, when there is one; else CollectionPage or SearchResultsPage when the page says so. */
  ldType: string | null;
  /** og:type, e.g. article or website. */
  ogType: string | null;
  /** Other declared publication times, when the page declares more than one instant. */
  publishedAlternatives: string[];
  /** The article's declared authors are all organisations (the outlet, a wire): no person is credited. */
  authorIsOutlet: boolean;
  /** The site's Twitter handle, "@Yahoo". */
  twitterSite: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Article|Report|ScholarlyArticle|TechArticle)$/;

const PAGE_LIST_TYPES = /^(CollectionPage|SearchResultsPage)$/;

type Json = Record<string, unknown>;

function jsonLdNodes(scripts: Element[]): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Json);
      const graph = (node as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of scripts) {
    // XHTML-era pages wrap the JSON in CDATA or comment markers.
    const text = (script.textContent ?? '').trim().replace(/^(?:<!\[CDATA\[|<!--)\s*/, '').replace(/\s*(?:\]\]>|-->)$/, '');
    try {
      visit(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common; the commonest break, a raw line break inside a string, is mended.
      // Else the other metadata still counts.
      try { visit(JSON.parse(text.replace(/[\n\r\t]+/g, ' '))); } catch { /* unreadable */ }
    }
  }
  return out;
}

function typeOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

/** JSON-LD written by CMS plugins often carries HTML entities ("review &#8211; shoots"), which JSON does not decode. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]+);/gi, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value']);
  return null;
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  const s = str(v);
  return s ? [s] : [];
}

type MetaIndex = Map<string, Element>;

interface Found { metas: MetaIndex; ld: Element[]; time: Element | null; pubTime: Element | null; canonical: Element | null; h1s: Element[]; itemDate: string | null }

/** The class of a <time> that says it is the publication time ("entry-date published"). */
const PUBLISHED_CLASS = /(^|[\s_-])(published|pubdate|publish-date|entry-date)($|[\s_-])/i;

/**
 * The elements metadata is read from, in one walk: every <meta> by its property, name and itemprop
 * (the first in document order winning), JSON-LD scripts, the first <time datetime>, the canonical
 * link, the <h1>s. One selector per key would each cost as much as the whole walk on linkedom.
 */
function findElements(doc: Document): Found {
  const f: Found = { metas: new Map(), ld: [], time: null, pubTime: null, canonical: null, h1s: [], itemDate: null };
  if (doc.documentElement) collect(doc.documentElement, (el) => {
    // Microdata on a visible element: <time itemprop="datePublished" content="…">.
    if (!f.itemDate && el.getAttribute('itemprop') === 'datePublished' && tag(el) !== 'meta') {
      f.itemDate = el.getAttribute('content') || el.getAttribute('datetime') || null;
    }
    switch (tag(el)) {
      case 'meta':
        for (const attr of ['property', 'name', 'itemprop']) {
          const key = el.getAttribute(attr);
          if (key && !f.metas.has(key)) f.metas.set(key, el);
        }
        break;
      case 'script': if (el.getAttribute('type') === 'application/ld+json') f.ld.push(el); break;
      case 'time':
        if (!f.time && el.hasAttribute('datetime')) f.time = el;
        if (!f.pubTime && el.hasAttribute('datetime') && PUBLISHED_CLASS.test(el.getAttribute('class') ?? '')) f.pubTime = el;
        break;
      case 'link': if (!f.canonical && el.getAttribute('rel') === 'canonical') f.canonical = el; break;
      case 'h1': f.h1s.push(el); break;
    }
    return false;
  });
  return f;
}

function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = index.get(key)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

const SEP = /^\s*(?:[|\-–—:·•_»]|\s[/]\s)\s*|^\s*[（(]/;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const fold = (s: string) => norm(s).toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"]/g, '"');

/**
 * The headline the page shows: of the declared titles, the one an <h1> repeats; else an <h1> that a
 * declared title starts with, followed by a separator (the " | Site" or "_Section_Site" tail).
 */
function shownTitle(h1Elements: Element[], candidates: (string | null)[], docTitle: string | null): string | null {
  const metaTitles = candidates.filter((c): c is string => Boolean(c)).map(norm);
  const declared = docTitle ? [...metaTitles, norm(docTitle)] : metaTitles;
  const allH1s = h1Elements.map((h) => norm(h.textContent ?? ''));
  const h1s = allH1s.filter((t) => t.length >= 10);
  if (!declared.length || !h1s.length) return null;
  const shown = new Set(h1s.map(fold));
  // Only a declared title counts as the same; <title> counts only when it adds a site tail.
  const same = metaTitles.find((c) => shown.has(fold(c)));
  if (same) return same;
  for (const c of declared) {
    for (const h of h1s) {
      if (h.length >= c.length * 0.4 && fold(c).startsWith(fold(h)) && SEP.test(c.slice(h.length))) return h;
    }
  }
  // A short headline: "About bugs – Site Name" with an <h1> "About bugs", when all that follows is one short segment.
  // Only the page's one <h1>, and not a link home (a logo <h1> "Site – Headline" is the site's name).
  const [onlyH1] = h1Elements;
  const home = h1Elements.length === 1 && onlyH1 !== undefined && Array.from(onlyH1.querySelectorAll('a')).some((a) => /^(\/|https?:\/\/[^/]+\/?)$/.test(a.getAttribute('href') ?? ''));
  if (h1Elements.length !== 1 || home) return null;
  for (const c of declared) {
    for (const h of allH1s) {
      if (h.length < 3 || !fold(c).startsWith(fold(h))) continue;
      const rest = c.slice(h.length);
      const tail = rest.replace(/^\s+[|\-–—:·•»]\s+/, '');
      if (tail !== rest && tail.length >= 2 && tail.length <= 40 && !/\s[|\-–—:·•»_]\s/.test(tail)) return h;
    }
  }
  return null;
}

/** The outlet's name from a "<headline> | <site>" <title>: its last segment. */
function siteFromTitle(docTitle: string, headline: string | null): string | null {
  const t = norm(docTitle);
  if (!headline || !fold(t).startsWith(fold(headline)) || t.length === headline.length) return null;
  const rest = t.slice(headline.length);
  if (!SEP.test(rest)) return null;
  const last = rest.split(/\s+[|\-–—:·•»]\s+|\s*_\s*/).map((x) => x.trim()).filter(Boolean).pop() ?? null;
  return last && last.length <= 40 && !/\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(last) ? last : null;
}

/**
 * A <title> that is the only title a page gives: "Headline_Section_Site" or "Headline | Site".
 * The headline is its first and longest segment, the site its last, short one.
 */
export function splitDocTitle(docTitle: string): { headline: string; site: string } | null {
  const parts = norm(docTitle).split(/\s+[|–—]\s+|\s+-\s+|\s*_\s*/).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0];
  const last = parts.at(-1);
  if (first === undefined || last === undefined || last.length > 40 || parts.some((p) => p.length > first.length)) return null;
  return { headline: first, site: last };
}

const PUBLISHED_KEYS = ['article:published_time', 'datePublished', 'article:published', 'published_at', 'parsely-pub-date', 'pub_date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'DC.date.issued', 'dcterms.issued', 'dc.date', 'DC.date', 'dcterms.created', 'date'];

/** A declared time as milliseconds ("2025-11-01 08:00:00" read like ISO). */
export const instant = (d: string) => Date.parse(d.trim().replace(' ', 'T'));

/**
 * WordPress writes article:published_time as the UTC clock time with the local offset attached
 * ("16:25:36-05:00" for 11:25 local). When the page's own publication <time> gives the same offset
 * and differs by exactly that offset, the <time> is right.
 */
function localOffsetError(declared: string, shown: string | null): string {
  const offset = (d: string) => d.trim().match(/([+-])(\d{2}):?(\d{2})$/);
  const a = offset(declared);
  const b = shown && offset(shown);
  if (!a || !b || !shown || a[0].replace(':', '') !== b[0].replace(':', '')) return declared;
  const minutes = (a[1] === '-' ? -1 : 1) * (+group(a, 2) * 60 + +group(a, 3));
  return minutes !== 0 && instant(declared) - instant(shown) === -minutes * 60_000 ? shown : declared;
}


/** `<meta http-equiv="content-language" content="de">`, which the meta index (keyed by name and property) does not hold. */
function contentLanguage(doc: Document): string | null {
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (tag(el) === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'content-language') return el.getAttribute('content')?.trim() || null;
  }
  return null;
}

const isUrl = (s: string | null) => Boolean(s && /^(https?:)?\/\/|^www\./i.test(s));

export function readMetadata(doc: Document): PageMetadata {
  const found = findElements(doc);
  const m = found.metas;
  const nodes = jsonLdNodes(found.ld);
  const articleNode = nodes.find((n) => typeOf(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  // With no article type, a node that still carries a headline and an author or date (a MedicalWebPage,
  // a WebPage) describes the article all the same; it gives fields, not the page's type.
  const article = articleNode ?? nodes.find((n) => str(n.headline) && (n.author || n.datePublished)) ?? null;
  // With no article node, a page that calls itself a collection or search results is a list.
  const listType = articleNode ? null : nodes.flatMap(typeOf).find((t) => PAGE_LIST_TYPES.test(t)) ?? null;
  // An author the page types as an organisation is the outlet or a wire, not a person.
  const authorNodes = article ? [article.author].flat().filter(Boolean) : [];
  const isOrg = (a: unknown) => Boolean(a && typeof a === 'object' && typeOf(a as Json).some((t) => /Organization|Corporation/.test(t)));
  const ldAuthors = names(authorNodes.filter((a) => !isOrg(a)));
  const timeEl = found.time;
  const canonical = found.canonical?.getAttribute('href') ?? null;
  const ogSite = meta(m, 'og:site_name');
  const appName = meta(m, 'application-name', 'apple-mobile-web-app-title');
  // A "title" that is the site's name and tagline ("Yahoo News - Latest News & Headlines") is no headline.
  const siteNames = new Set([ogSite, appName].filter((x): x is string => Boolean(x)).map(fold));
  const headline = (t: string | null) => (t && !siteNames.has(fold(t)) ? t : null);
  const declaredTitle = headline(str(article?.headline)) ?? headline(meta(m, 'og:title', 'twitter:title', 'dc.title', 'DC.title')) ?? (doc.title?.trim() || null);
  const shown = shownTitle(found.h1s, [str(article?.headline), meta(m, 'og:title'), meta(m, 'twitter:title')].map(headline), doc.title ?? null);
  // Only <title> to go on: drop its section and site tail.
  const fromDocTitle = !shown && declaredTitle && declaredTitle === doc.title?.trim() ? splitDocTitle(declaredTitle) : null;
  const title = shown ?? fromDocTitle?.headline ?? declaredTitle;
  const siteName =
    dropTagline(isUrl(ogSite) ? null : ogSite) ??
    dropTagline(appName) ??
    str((article?.publisher as Json | undefined)?.name) ??
    siteFromTitle(doc.title ?? '', title) ??
    fromDocTitle?.site ??
    null;
  // A time without an offset is only a local time: a source that gives the same moment with its
  // offset is better.
  const dates = [
    str(article?.datePublished),
    ...PUBLISHED_KEYS.map((k) => meta(m, k)),
    found.itemDate,
    timeEl?.getAttribute('datetime') ?? null,
  ].filter((d): d is string => Boolean(d));
  // The WebPage node's date, when the article node gives a day only.
  const otherNodes = nodes.filter((n) => n !== article).map((n) => str(n.datePublished)).filter((d): d is string => Boolean(d));
  const zoned = (d: string) => /(?:Z|[+-]\d{2}:?\d{2})$/i.test(d.trim());
  const local = (d: string) => d.trim().replace(/[T ]/, 'T').slice(0, 16);
  let publishedTime = dates[0] ?? null;
  if (publishedTime && /^\d{4}-\d{2}-\d{2}$/.test(publishedTime.trim())) {
    // A day only: another source that gives the time on that same day says more.
    publishedTime = [...dates, ...otherNodes].find((d) => zoned(d) && d.trim().startsWith(publishedTime!.trim() + 'T')) ?? publishedTime;
  } else if (publishedTime && !zoned(publishedTime)) {
    publishedTime = dates.find((d) => zoned(d) && local(d) === local(publishedTime!)) ?? publishedTime;
  }
  publishedTime = publishedTime && localOffsetError(publishedTime, found.pubTime?.getAttribute('datetime') ?? found.itemDate);
  // Declared times that disagree (JSON-LD "04:31-06:00", meta "04:31+00:00"): the page's date line decides.
  // Only what is declared for publication counts here: a <time> on the page may be the update.
  const declared = [str(article?.datePublished), ...PUBLISHED_KEYS.map((k) => meta(m, k))].filter((d): d is string => Boolean(d) && zoned(d!));
  const instants = new Set(declared.map(instant).filter(Number.isFinite));
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const otherLang = meta(m, 'og:locale', 'language', 'dc.language', 'content-language') ?? contentLanguage(doc);
  return {
    title,
    byline: (ldAuthors.length ? ldAuthors.join(', ') : null) ?? meta(m, 'author', 'article:author', 'dc.creator', 'DC.creator', 'byl'),
    authorIsOutlet: authorNodes.length > 0 && authorNodes.every(isOrg),
    siteName,
    publishedTime,
    publishedAlternatives: instants.size > 1 ? declared : [],
    modifiedTime: str(article?.dateModified) ?? meta(m, 'article:modified_time', 'dateModified', 'dcterms.modified'),
    lang: htmlLang || otherLang,
    langContested: htmlLang && otherLang && primary(htmlLang) !== primary(otherLang) ? otherLang : null,
    canonicalUrl: canonical ?? meta(m, 'og:url'),
    description: meta(m, 'description', 'og:description', 'twitter:description') ?? str(article?.description),
    ldType: articleNode ? typeOf(articleNode)[0] ?? null : listType,
    ogType: meta(m, 'og:type'),
    twitterSite: meta(m, 'twitter:site'),
  };
}
