/**
 * Google News RSS search. Titles end in " - Outlet" (strip exactly that suffix, nothing more);
 * the outlet comes from <source url>; links are opaque redirects, so duplicates are recognised
 * by outlet and normalised title, and the reader is linked to the redirect.
 */
import { searchString, type StoryQuery } from '../core/query';
import { DAY_MS, storyWindow } from '../core/time';
import { declaresEntities, gateCandidate } from '../core/gate';
import { domainOf, stableId } from '../core/url';
import type { Candidate } from '../core/types';
import { fetchText } from './http';
import type { NewsSource } from './types';

/**
 * The search, bounded to the story window by Google's own `after:`/`before:` (days): unbounded, its
 * hundred best answers came from the topic's whole history and crowded out the story's own days.
 */
export function googleNewsQuery(query: StoryQuery): string {
  const anchor = query.date ? Date.parse(query.date) : NaN;
  if (!Number.isFinite(anchor)) return searchString(query);
  const { from, to } = storyWindow(anchor);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  // before: is exclusive: the day after the window's last.
  return `${searchString(query)} after:${day(from)} before:${day(to + DAY_MS)}`;
}

function unescapeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();
}

function tag(xml: string, name: string): string | null {
  const m = xml.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`));
  const body = m?.[1];
  return body === undefined ? null : unescapeXml(body);
}

/**
 * Google News RSS has one fixed, flat shape; reading its <item>s directly avoids shipping a
 * general XML parser into this path. Feeds of arbitrary outlets go through feed-parse.ts.
 */
export function parseGoogleNews(xml: string): Candidate[] {
  if (declaresEntities(xml)) throw new Error('response declares XML entities (refused)');
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const m of xml.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    const [, item = ''] = m;
    const title = tag(item, 'title');
    const link = tag(item, 'link');
    if (!title || !link) continue;
    const sourceMatch = item.match(/<source\s+url="([^"]*)"[^>]*>([\s\S]*?)<\/source>/);
    const [, sourceUrl = '', sourceName = ''] = sourceMatch ?? [];
    const outletName = unescapeXml(sourceName);
    const outletUrl = unescapeXml(sourceUrl);
    const suffix = ` - ${outletName}`;
    const clean = outletName && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
    const key = `${domainOf(outletUrl) || outletName}|${clean.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pub = tag(item, 'pubDate');
    const t = pub ? Date.parse(pub) : NaN;
    const gated = gateCandidate({
      id: stableId(key),
      url: link,
      outlet: { name: outletName || domainOf(outletUrl), domain: domainOf(outletUrl) },
      title: clean,
      published: Number.isFinite(t) ? new Date(t).toISOString() : undefined,
      source: 'google-news',
    });
    if (gated) out.push(gated);
  }
  return out;
}

export const googleNewsSource: NewsSource = {
  id: 'google-news',
  label: 'Google News',
  enabled: (s) => s.sources.googleNews.enabled && !s.feedsOnly,
  async search(query, ctx) {
    const g = ctx.settings.sources.googleNews;
    const url = new URL(g.baseUrl);
    url.searchParams.set('q', googleNewsQuery(query));
    url.searchParams.set('hl', g.hl);
    url.searchParams.set('gl', g.gl);
    url.searchParams.set('ceid', g.ceid);
    const res = await fetchText(url.href, { fetch: ctx.fetch, signal: ctx.signal, maxBytes: 3_000_000, redirects: 'refuse' });
    return parseGoogleNews(res.text);
  },
};
