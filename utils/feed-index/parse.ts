/**
 * Feeds of every kind (RSS 0.9x/2.0, Atom, RDF, JSON Feed) through feedsmith, flattened to the
 * few fields Parallax uses. A document declaring entities is refused before parsing: feeds never
 * need them, and expanding them is how billion-laughs and XXE attacks work.
 */
import { parseFeed } from 'feedsmith';
import { CAPS, declaresEntities, gateLine, gateUrl } from '../core/gate';

/** Larger than any real feed we have seen (the biggest in the corpus is under 1 MB); http.ts caps bytes too. */
export const MAX_FEED_CHARS = 8_000_000;

export interface FeedEntry {
  title: string;
  link: string;
  description: string;
  published: string | null;
  guid: string | null;
}

export interface ParsedFeed {
  format: string;
  title: string;
  link: string | null;
  entries: FeedEntry[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- feedsmith's four shapes, read defensively */
function text(v: any): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return text(v.value ?? v['#text'] ?? v.text ?? '');
  return String(v);
}

/** HTML entities feeds escape twice ("&amp;rsquo;") so they survive XML parsing as text. */
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function stripTags(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Month names in the languages whose feeds write them localised ("Seg, 24 Set 2018"). */
const MONTHS: [RegExp, string][] = [
  [/^(jan|janv|ene|gen|jän)/i, 'Jan'], [/^(feb|fév|fev|févr)/i, 'Feb'], [/^(mar|mär|mrz)/i, 'Mar'],
  [/^(apr|avr|abr)/i, 'Apr'], [/^(may|mai|mag|mei)/i, 'May'], [/^(jun|juin|giu)/i, 'Jun'],
  [/^(jul|juil|lug)/i, 'Jul'], [/^(aug|aoû|aou|ago)/i, 'Aug'], [/^(sep|set)/i, 'Sep'],
  [/^(oct|okt|ott|out)/i, 'Oct'], [/^(nov)/i, 'Nov'], [/^(dec|déc|dez|dic)/i, 'Dec'],
];

/**
 * A feed date as ISO 8601, or null. Beyond what Date.parse reads: localised day and month names,
 * two-digit years ("03 Apr 02") and times without a colon ("1500 GMT").
 */
export function parseFeedDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  // V8 reads "03 Apr 02 1500 GMT" as midnight: a time without a colon goes the long way.
  const direct = /(^|\s)\d{4}(\s+[A-Z]{1,5}|\s*[+-]\d{4})?$/.test(s) ? NaN : Date.parse(s);
  if (Number.isFinite(direct)) return new Date(direct).toISOString();
  const m = s.match(/^(?:[^\d,]+,?\s*)?(\d{1,2})\.?\s+([^\s\d.]+)\.?\s+(\d{2,4})(?:\s+(\d{1,2}):?(\d{2})(?::?(\d{2}))?)?\s*(.*)$/u);
  // Day, month and year are required groups: a match always has them.
  const [, day, monthName, yearDigits, hours, minutes, seconds, rest] = m ?? [];
  if (day === undefined || monthName === undefined || yearDigits === undefined) return null;
  const month = MONTHS.find(([re]) => re.test(monthName))?.[1];
  if (!month) return null;
  let year = Number(yearDigits);
  if (yearDigits.length === 2) year += year < 70 ? 2000 : 1900;
  const zone = rest?.trim() || 'GMT';
  const t = Date.parse(`${day} ${month} ${year} ${hours ?? '00'}:${minutes ?? '00'}:${seconds ?? '00'} ${zone}`);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

function isoDate(v: unknown): string | null {
  return parseFeedDate(text(v));
}

/** JSON Feed items without the required "version" (seen in the wild): read them as JSON Feed 1.1. */
function parseLenient(body: string): { format: string; feed: any } {
  try {
    return parseFeed(body) as { format: string; feed: any };
  } catch (e) {
    if (!/^\s*\{/.test(body)) throw e;
    const json = JSON.parse(body);
    if (!json || !Array.isArray(json.items) || json.version) throw e;
    return parseFeed(JSON.stringify({ ...json, version: 'https://jsonfeed.org/version/1.1' })) as { format: string; feed: any };
  }
}

function resolve(link: string, base: string | undefined): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/**
 * A field through the gate: markup stripped from a bounded prefix only (a 100 kB title costs no
 * more than a normal one), then cleaned and capped.
 */
function field(v: unknown, kind: 'title' | 'description' | 'name'): string {
  return gateLine(stripTags(text(v).slice(0, CAPS[kind] * 8)), kind);
}

export function parseFeedText(body: string, baseUrl?: string): ParsedFeed {
  if (body.length > MAX_FEED_CHARS) throw new Error(`feed larger than ${MAX_FEED_CHARS} characters (refused)`);
  if (declaresEntities(body)) throw new Error('feed declares XML entities (refused)');
  const { format, feed } = parseLenient(body);
  const items: any[] = feed.items ?? feed.entries ?? [];
  const feedLink = text(feed.link ?? feed.home_page_url ?? feed.links?.find((l: any) => l.rel !== 'self')?.href) || null;
  const base = feedLink ? resolve(feedLink, baseUrl) : baseUrl;
  const entries = items.map((it): FeedEntry => {
    const link =
      text(it.link) ||
      text(it.url) ||
      text(it.links?.find((l: any) => !l.rel || l.rel === 'alternate')?.href) ||
      text(it.links?.[0]?.href) ||
      (it.guid?.isPermaLink !== false ? text(it.guid) : '');
    const description = it.description ?? it.summary ?? it.content_text ?? it.content_html ?? it.content ?? it.dc?.description;
    return {
      title: field(it.title ?? it.dc?.title ?? it.dc?.titles?.[0], 'title'),
      // Only http(s) links are kept: a javascript: or data: link is never stored or rendered.
      link: (link && gateUrl(link.trim(), base)) || '',
      description: field(description, 'description'),
      published: isoDate(it.pubDate ?? it.published ?? it.date_published ?? it.updated ?? it.dc?.date ?? it.dc?.dates?.[0]),
      guid: text(it.guid ?? it.id) || null,
    };
  });
  return { format, title: field(feed.title, 'name'), link: feedLink && gateUrl(feedLink, baseUrl), entries: entries.filter((e) => e.title || e.link) };
}
