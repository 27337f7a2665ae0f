/**
 * GDELT DOC 2.0 `artlist` search. Quirks: no hits is `{}`, errors arrive as HTTP 200 plain text,
 * titles carry tokenised punctuation (" , "), and the JSON sometimes holds invalid escapes.
 */
import { searchString, type StoryQuery } from '../core/query';
import { gateCandidate } from '../core/gate';
import { domainOf, stableId } from '../core/url';
import type { Candidate } from '../core/types';
import { fetchText, SourceError } from './http';
import type { NewsSource } from './types';
import { storyWindow } from '../core/time';

interface GdeltArticle {
  url: string;
  title: string;
  seendate?: string;
  domain?: string;
  language?: string;
  sourcecountry?: string;
}

export function gdeltQuery(query: StoryQuery): string {
  return searchString(query);
}

/** "20251031T093000Z" → ISO 8601. */
export function parseSeenDate(s: string | undefined): string | undefined {
  const m = s?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

export function cleanGdeltTitle(t: string): string {
  return t.replace(/\s+([,;:.!?])/g, '$1').replace(/\s+/g, ' ').trim();
}

export function parseGdelt(body: string): Candidate[] {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{')) throw new SourceError(`GDELT said: ${trimmed.slice(0, 160)}`, 'malformed');
  let data: { articles?: GdeltArticle[] };
  try {
    data = JSON.parse(trimmed);
  } catch {
    try {
      // Invalid backslash escapes seen in real responses: keep the character, drop the backslash.
      data = JSON.parse(trimmed.replace(/\\(?!["\\/bfnrtu])/g, ''));
    } catch {
      throw new SourceError('GDELT answered with malformed JSON', 'malformed');
    }
  }
  return (data.articles ?? [])
    .filter((a) => a && typeof a.url === 'string' && typeof a.title === 'string')
    .map((a) => ({
      id: stableId(a.url),
      url: a.url,
      outlet: { name: a.domain ?? domainOf(a.url), domain: a.domain ?? domainOf(a.url), country: a.sourcecountry || undefined },
      title: cleanGdeltTitle(a.title),
      published: parseSeenDate(a.seendate),
      source: 'gdelt',
    }))
    .map(gateCandidate)
    .filter((c) => c !== null);
}

export const gdeltSource: NewsSource = {
  id: 'gdelt',
  label: 'GDELT',
  enabled: (s) => s.sources.gdelt.enabled && !s.feedsOnly,
  minIntervalMs: (s) => s.sources.gdelt.minIntervalMs,
  async search(query, ctx) {
    const url = new URL(ctx.settings.sources.gdelt.baseUrl);
    url.searchParams.set('query', gdeltQuery(query));
    url.searchParams.set('mode', 'artlist');
    url.searchParams.set('format', 'json');
    url.searchParams.set('maxrecords', '75');
    url.searchParams.set('sort', 'hybridrel');
    if (query.date) {
      const { from, to } = storyWindow(Date.parse(query.date));
      const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '');
      url.searchParams.set('startdatetime', stamp(from));
      url.searchParams.set('enddatetime', stamp(to));
    } else {
      url.searchParams.set('timespan', '2w');
    }
    const res = await fetchText(url.href, { fetch: ctx.fetch, signal: ctx.signal, maxBytes: 3_000_000, redirects: 'refuse' });
    return parseGdelt(res.text);
  },
};
