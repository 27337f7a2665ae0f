/**
 * Feeds of every kind (RSS 0.9x/2.0, Atom, RDF, JSON Feed) through feedsmith, flattened to the
 * few fields Parallax uses. A document declaring entities is refused before parsing: feeds never
 * need them, and expanding them is how billion-laughs and XXE attacks work.
 */
import { parseFeed } from 'feedsmith';

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

export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function isoDate(v: unknown): string | null {
  const s = text(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

function resolve(link: string, base: string | undefined): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

export function parseFeedText(body: string, baseUrl?: string): ParsedFeed {
  if (/<!ENTITY/i.test(body.slice(0, 20_000))) throw new Error('feed declares XML entities (refused)');
  const { format, feed } = parseFeed(body) as { format: string; feed: any };
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
      title: stripTags(text(it.title ?? it.dc?.title ?? it.dc?.titles?.[0])),
      link: link ? resolve(link.trim(), base) : '',
      description: stripTags(text(description)),
      published: isoDate(it.pubDate ?? it.published ?? it.date_published ?? it.updated ?? it.dc?.date ?? it.dc?.dates?.[0]),
      guid: text(it.guid ?? it.id) || null,
    };
  });
  return { format, title: stripTags(text(feed.title)), link: feedLink, entries: entries.filter((e) => e.title || e.link) };
}
