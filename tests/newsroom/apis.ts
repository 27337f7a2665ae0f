/**
 * Search and encyclopedia endpoints that speak the exact wire formats of GDELT DOC 2.0
 * (artlist, JSON), Google News RSS search and the Wikipedia REST page/summary API, answering
 * from the newsroom's own articles and cards.
 */
import type { NewsroomArticle, WikiCard } from './corpus';
import { esc, type PageLinks } from './pages';
import { group } from '../../utils/core/narrow';

const COUNTRY: Record<string, string> = { US: 'United States', GB: 'United Kingdom', KR: 'South Korea', DE: 'Germany', AU: 'Australia' };

/** GDELT-style keyword query: quoted phrases and words, all required, case-insensitive. */
export function queryTerms(q: string): string[] {
  const out: string[] = [];
  for (const m of q.matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? '').toLowerCase();
    if (!/^(sourcelang|sourcecountry|domain|theme):/.test(t)) out.push(t);
  }
  return out;
}

function matches(a: NewsroomArticle, terms: string[]): number {
  const title = a.title.toLowerCase();
  const hay = `${title} ${a.dek.toLowerCase()} ${a.body.join(' ').toLowerCase()}`;
  if (!terms.every((t) => hay.includes(t))) return 0;
  return terms.reduce((n, t) => n + (title.includes(t) ? 3 : 0) + hay.split(t).length - 1, 0);
}

function gdeltStamp(s: string | null): number | null {
  const m = s?.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/);
  return m ? Date.UTC(+group(m, 1), +group(m, 2) - 1, +group(m, 3), +group(m, 4), +group(m, 5), +group(m, 6)) : null;
}

export function gdeltArtlist(params: URLSearchParams, articles: NewsroomArticle[], links: PageLinks): { status: number; type: string; body: string } {
  const query = params.get('query') ?? '';
  const terms = queryTerms(query);
  if (params.get('mode')?.toLowerCase() !== 'artlist' || params.get('format')?.toLowerCase() !== 'json') {
    return { status: 200, type: 'text/html', body: 'Invalid mode or format specified.' };
  }
  if (!terms.length || terms.some((t) => t.length < 3 && !/^\d+$/.test(t))) {
    // The real API answers errors with HTTP 200 and a line of text.
    return { status: 200, type: 'text/html', body: 'The specified phrase is too short.' };
  }
  const start = gdeltStamp(params.get('startdatetime'));
  const end = gdeltStamp(params.get('enddatetime'));
  const max = Math.min(250, Number(params.get('maxrecords') ?? 75) || 75);
  const hits = articles
    .map((a) => ({ a, score: matches(a, terms) }))
    .filter(({ a, score }) => score > 0 && (start === null || Date.parse(a.published) >= start) && (end === null || Date.parse(a.published) <= end))
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

export function googleNewsSearch(params: URLSearchParams, articles: NewsroomArticle[], links: PageLinks, redirectUrl: (a: NewsroomArticle) => string): string {
  const q = params.get('q') ?? '';
  const terms = queryTerms(q.replace(/\b(when:\S+|OR)\b/g, ''));
  const hits = terms.length ? articles.filter((a) => matches(a, terms) > 0).slice(0, 100) : [];
  const channelLink = `https://news.google.com/search?q=${encodeURIComponent(q)}&amp;hl=${params.get('hl') ?? 'en-US'}`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>"${esc(q)}" - Google News</title><link>${channelLink}</link><language>en-US</language><webMaster>news-webmaster@google.com</webMaster><lastBuildDate>${new Date('2025-11-02T08:00:00Z').toUTCString()}</lastBuildDate><description>Google News</description>${hits
    .map((a) => {
      const link = redirectUrl(a);
      const id = link.split('/').pop()!.split('?')[0];
      return `<item><title>${esc(`${a.title} - ${a.outlet.name}`)}</title><link>${link}</link><guid isPermaLink="false">${id}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${esc(`<a href="${link}" target="_blank">${esc(a.title)}</a>&nbsp;&nbsp;<font color="#6f6f6f">${esc(a.outlet.name)}</font>`)}</description><source url="${links.siteUrl(a.outlet)}">${esc(a.outlet.name)}</source></item>`;
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
