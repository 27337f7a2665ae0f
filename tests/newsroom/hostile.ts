/**
 * Hostile answers for the newsroom (served through `override`): a page, a feed and search answers
 * built to hurt — giant strings, bidi overrides, invisible breakers, emoji ZWJ sequences, lone
 * surrogates, and links in schemes that run code. Each mirrors what an attacker controls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NewsroomArticle } from './corpus';
import { renderFeed } from './feeds';
import { renderArticle, type PageLinks } from './pages';
import type { Newsroom } from './server';

/** A headline 100,000 characters long that starts like a real one and carries every trick. */
export function hostileTitle(real: string): string {
  const tricks = ' \u202Eevil\u202C \u2066iso\u2069 zero\u200Bwidth\u2060joined\uFEFF 👩‍👩‍👧‍👦 می‌خواهم \uD800 ';
  return (real + tricks + 'Nvidia chips Korea '.repeat(6000)).slice(0, 100_000);
}

export const BAD_LINKS = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

export function linksOf(n: Newsroom): PageLinks {
  return { articleUrl: (a) => n.articleUrl(a), siteUrl: (o) => n.siteUrl(o), feedUrl: (o) => n.feedUrl(o) };
}

const reply = (type: string, body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-cache' });
  res.end(body);
};

/** The real article's page with a hostile headline, body paragraph and a `javascript:` canonical URL. Returns its URL. */
export function serveHostileArticle(n: Newsroom, real: NewsroomArticle, tag = 'hostile'): string {
  const a: NewsroomArticle = { ...real, slug: `${real.slug}-${tag}`, title: hostileTitle(real.title), body: [...real.body, `\u202E${'Ω\u200B'.repeat(50_000)}`] };
  const url = n.articleUrl(a);
  const html = renderArticle(a, [], linksOf(n)).replace(/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="javascript:alert(document.domain)">');
  n.override(url, reply('text/html; charset=utf-8', html));
  return url;
}

/** The outlet's real feed plus one item with a 100,000-character title, a 100 kB description and a `javascript:` link. */
export function serveHostileFeed(n: Newsroom, outletId: string): void {
  const o = n.outlets.find((x) => x.id === outletId);
  if (!o || o.feedFormat !== 'rss2') throw new Error(`${outletId} has no RSS 2.0 feed`);
  const own = n.articles.filter((a) => a.outlet.id === outletId);
  const [first] = own;
  const title = hostileTitle(first?.title ?? 'Nvidia Korea');
  const items = BAD_LINKS.map(
    (link, i) => `<item><title><![CDATA[${title}]]></title><link>${link.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link><guid isPermaLink="false">hostile-${i}</guid>
<pubDate>${new Date(first?.published ?? Date.now()).toUTCString()}</pubDate><description><![CDATA[${'Nvidia GPUs for Korea \u202E\u200B '.repeat(4000)}]]></description></item>`,
  ).join('\n');
  n.override(n.feedUrl(o), reply('application/rss+xml; charset=utf-8', renderFeed(o, own, linksOf(n)).replace('</channel>', `${items}\n</channel>`)));
}

/** GDELT, Google News and the encyclopedia answering with links in schemes that run code, and lone surrogates. */
export function serveHostileApis(n: Newsroom, about: NewsroomArticle): void {
  const articles = BAD_LINKS.map((url, i) => ({ url, title: `${about.title} \uD800${i}`, seendate: '20251101T120000Z', domain: 'evil.example', sourcecountry: 'US' }));
  // JSON.stringify writes a lone surrogate as the escape "\ud800": JSON.parse on the other side makes it one again.
  n.override(`${n.apiBase}/api/v2/doc/doc`, reply('application/json', JSON.stringify({ articles })));
  const items = BAD_LINKS.map(
    (link, i) => `<item><title>${about.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')} ${i} - Evil Times</title><link>${link.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link><pubDate>Sat, 01 Nov 2025 12:00:00 GMT</pubDate><source url="${link.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}">Evil Times</source></item>`,
  ).join('');
  n.override(`${n.apiBase}/rss/search`, reply('application/xml; charset=utf-8', `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${items}</channel></rss>`));
}

/**
 * A real article whose page cannot be read until `release()`: a parser-blocking script in its head
 * that the newsroom holds. Chrome injects the extractor when the document is idle, so a read started
 * meanwhile waits — a window of any length in which to stop the worker mid-read.
 */
export function serveBlockedArticle(n: Newsroom, real: NewsroomArticle, tag = 'blocked'): { url: string; release(): void } {
  const a: NewsroomArticle = { ...real, slug: `${real.slug}-${tag}` };
  const url = n.articleUrl(a);
  const script = new URL(`/${tag}.js`, url).href;
  const held: ServerResponse[] = [];
  let released = false;
  n.override(script, (_req, res) => {
    if (released) res.writeHead(200, { 'content-type': 'text/javascript' }).end('');
    else held.push(res);
  });
  n.override(url, reply('text/html; charset=utf-8', renderArticle(a, [], linksOf(n)).replace('<head>', `<head><script src="${script}"></script>`)));
  return {
    url,
    release() {
      released = true;
      for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'text/javascript' }).end('');
    },
  };
}
