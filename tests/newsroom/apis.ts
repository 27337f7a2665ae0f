/**
 * Search and encyclopedia endpoints that speak the exact wire formats of GDELT DOC 2.0
 * (artlist, JSON), Google News RSS search and the Wikipedia REST page/summary API, answering
 * from the newsroom's own articles and cards.
 */
import type { NewsroomArticle, WikiCard } from './corpus';
import { rfc822 } from './feeds';
import { esc, type PageLinks } from './pages';
import { group } from '../../utils/core/narrow';

const COUNTRY: Record<string, string> = { US: 'United States', GB: 'United Kingdom', KR: 'South Korea', DE: 'Germany', AU: 'Australia' };

/**
 * A search query as GDELT and Google News read it: every clause is required; a clause is a word, a
 * "quoted phrase", or alternatives joined by OR (GDELT wants them in parentheses, Google does not
 * mind); `before:`/`after:` (Google, YYYY-MM-DD) and `when:Nd|Nh` bound the date; GDELT's own
 * operators (sourcelang:, domain:, …) are read and ignored. Words match case-insensitively at the
 * start of a word ("korea" finds "Korean"), phrases as written.
 */
export interface ParsedSearch {
  clauses: string[][];
  before?: number;
  after?: number;
  /** `when:7d`: only what was published in the last N milliseconds before the clock. */
  withinMs?: number;
}

export function parseSearch(q: string): ParsedSearch {
  const out: ParsedSearch = { clauses: [] };
  type Token = { phrase: string } | { word: string };
  const tokens = [...q.matchAll(/"([^"]+)"|\(|\)|[^\s()"]+/g)].map((m): Token => (m[1] !== undefined ? { phrase: m[1].toLowerCase() } : { word: m[0] }));
  let group: string[] | null = null;
  let joinNext = false;
  const add = (term: string) => {
    if (group) return void group.push(term);
    const last = out.clauses.at(-1);
    if (joinNext && last) last.push(term);
    else out.clauses.push([term]);
    joinNext = false;
  };
  for (const t of tokens) {
    if ('phrase' in t) {
      add(t.phrase);
      continue;
    }
    const w = t.word;
    if (w === '(') group = [];
    else if (w === ')') {
      if (group?.length) {
        const g: string[] = group;
        group = null;
        const last = out.clauses.at(-1);
        if (joinNext && last) last.push(...g);
        else out.clauses.push(g);
        joinNext = false;
      }
      group = null;
    } else if (w === 'OR') joinNext = !group;
    else if (/^before:\d{4}-\d{2}-\d{2}$/i.test(w)) out.before = Date.parse(`${w.slice(7)}T00:00:00Z`);
    else if (/^after:\d{4}-\d{2}-\d{2}$/i.test(w)) out.after = Date.parse(`${w.slice(6)}T00:00:00Z`);
    else if (/^when:\d+[dh]$/i.test(w)) out.withinMs = parseInt(w.slice(5), 10) * (w.endsWith('h') ? 3_600_000 : 86_400_000);
    else if (/^[a-z]+:/i.test(w)) continue; // sourcelang:, sourcecountry:, domain:, theme: …
    else add(w.toLowerCase());
  }
  return out;
}

/** GDELT-style keyword query: its required words and phrases (alternatives flattened). */
export function queryTerms(q: string): string[] {
  return parseSearch(q).clauses.flat();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function occurrences(hay: string, term: string): number {
  const re = new RegExp(term.includes(' ') ? escapeRe(term) : `(?<![\\p{L}\\p{N}])${escapeRe(term)}`, 'gu');
  return hay.match(re)?.length ?? 0;
}

/** How well an article answers a query: 0 when a clause is missing; title hits count more. */
export function matchScore(a: Pick<NewsroomArticle, 'title' | 'dek' | 'body'>, clauses: string[][]): number {
  if (!clauses.length) return 0;
  const title = a.title.toLowerCase();
  const hay = `${title} ${a.dek.toLowerCase()} ${a.body.join(' ').toLowerCase()}`;
  let score = 0;
  for (const alternatives of clauses) {
    const found = alternatives.map((t) => ({ t, n: occurrences(hay, t) })).filter((x) => x.n > 0);
    if (!found.length) return 0;
    score += found.reduce((n, x) => n + x.n + (occurrences(title, x.t) ? 3 : 0), 0);
  }
  return score;
}

function gdeltStamp(s: string | null): number | null {
  const m = s?.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/);
  return m ? Date.UTC(+group(m, 1), +group(m, 2) - 1, +group(m, 3), +group(m, 4), +group(m, 5), +group(m, 6)) : null;
}

/** GDELT's search reaches back three months from now, whatever the query asks. */
const GDELT_REACH_MS = 91 * 86_400_000;

export function gdeltArtlist(params: URLSearchParams, articles: NewsroomArticle[], links: PageLinks, now: number | null = null): { status: number; type: string; body: string } {
  const query = params.get('query') ?? '';
  const { clauses } = parseSearch(query);
  if (params.get('mode')?.toLowerCase() !== 'artlist' || params.get('format')?.toLowerCase() !== 'json') {
    return { status: 200, type: 'text/html', body: 'Invalid mode or format specified.' };
  }
  if (!clauses.length || clauses.flat().some((t) => t.length < 3 && !/^\d+$/.test(t))) {
    // The real API answers errors with HTTP 200 and a line of text.
    return { status: 200, type: 'text/html', body: 'The specified phrase is too short.' };
  }
  const start = Math.max(gdeltStamp(params.get('startdatetime')) ?? -Infinity, now === null ? -Infinity : now - GDELT_REACH_MS);
  const end = gdeltStamp(params.get('enddatetime')) ?? Infinity;
  const max = Math.min(250, Number(params.get('maxrecords') ?? 75) || 75);
  const hits = articles
    .map((a) => ({ a, t: Date.parse(a.published), score: matchScore(a, clauses) }))
    // GDELT dates every article by when it saw it: one without a readable date is not in it.
    .filter(({ t, score }) => score > 0 && Number.isFinite(t) && t >= start && t <= end)
    .sort((x, y) => y.score - x.score)
    .slice(0, max);
  if (!hits.length) return { status: 200, type: 'application/json; charset=utf-8', body: '{}' };
  const seen = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const body = {
    articles: hits.map(({ a }) => ({
      url: links.articleUrl(a),
      url_mobile: '',
      // GDELT tokenises punctuation in titles.
      title: a.title.replace(/([,;:])(?=\s)/g, ' $1'),
      seendate: seen(a.published),
      socialimage: '',
      domain: a.outlet.siteHost,
      language: 'English',
      sourcecountry: COUNTRY[a.outlet.country] ?? a.outlet.country,
    })),
  };
  return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}

/** Google News search: at most 100 items, best first, published up to the clock and within before:/after:/when:. */
export function googleNewsSearch(params: URLSearchParams, articles: NewsroomArticle[], links: PageLinks, redirectUrl: (a: NewsroomArticle) => string, now: number | null = null): string {
  const q = params.get('q') ?? '';
  const parsed = parseSearch(q);
  const inRange = (a: NewsroomArticle) => {
    const t = Date.parse(a.published);
    if (!Number.isFinite(t)) return parsed.before === undefined && parsed.after === undefined && parsed.withinMs === undefined;
    if (parsed.before !== undefined && t >= parsed.before) return false;
    if (parsed.after !== undefined && t < parsed.after) return false;
    if (parsed.withinMs !== undefined && now !== null && t < now - parsed.withinMs) return false;
    return true;
  };
  const hits = articles
    .map((a) => ({ a, score: inRange(a) ? matchScore(a, parsed.clauses) : 0 }))
    .filter((h) => h.score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, 100)
    .map((h) => h.a);
  const channelLink = `https://news.google.com/search?q=${encodeURIComponent(q)}&amp;hl=${params.get('hl') ?? 'en-US'}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>"${esc(q)}" - Google News</title><link>${channelLink}</link><language>en-US</language><webMaster>news-webmaster@google.com</webMaster><lastBuildDate>${new Date(now ?? Date.parse('2025-11-02T08:00:00Z')).toUTCString()}</lastBuildDate><description>Google News</description>${hits
    .map((a) => {
      const link = redirectUrl(a);
      const id = link.split('/').pop()!.split('?')[0];
      return `<item><title>${esc(`${a.title} - ${a.outlet.name}`)}</title><link>${link}</link><guid isPermaLink="false">${id}</guid><pubDate>${rfc822(a.published)}</pubDate><description>${esc(`<a href="${link}" target="_blank">${esc(a.title)}</a>&nbsp;&nbsp;<font color="#6f6f6f">${esc(a.outlet.name)}</font>`)}</description><source url="${links.siteUrl(a.outlet)}">${esc(a.outlet.name)}</source></item>`;
    })
    .join('')}</channel></rss>`;
}

export function wikiSummary(title: string, card: WikiCard | undefined, base: string): { status: number; body: string } {
  if (!card) {
    return {
      status: 404,
      body: JSON.stringify({
        type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
        title: 'Not found.',
        method: 'get',
        detail: 'Page or revision not found.',
        uri: `/en.wikipedia.org/v1/page/summary/${encodeURIComponent(title)}`,
      }),
    };
  }
  const key = card.title.replace(/ /g, '_');
  const page = `${base}/wiki/${encodeURIComponent(key)}`;
  return {
    status: 200,
    body: JSON.stringify({
      type: card.type ?? 'standard',
      title: key,
      displaytitle: esc(card.title),
      namespace: { id: 0, text: '' },
      titles: { canonical: key, normalized: card.title, display: esc(card.title) },
      lang: 'en',
      dir: 'ltr',
      timestamp: card.timestamp,
      description: card.description,
      description_source: 'local',
      content_urls: {
        desktop: { page, revisions: `${page}?action=history`, edit: `${page}?action=edit`, talk: `${base}/wiki/Talk:${key}` },
        mobile: { page, revisions: `${page}?action=history`, edit: `${page}?action=edit`, talk: `${base}/wiki/Talk:${key}` },
      },
      extract: card.extract,
      extract_html: `<p>${esc(card.extract)}</p>`,
    }),
  };
}
