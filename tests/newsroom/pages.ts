/**
 * Article and section pages with the markup of real news sites: navigation, cookie banner, ads,
 * "related" boxes, comments, share bars, JSON-LD NewsArticle (plain, in @graph, in arrays),
 * OpenGraph and Twitter meta, bylines and <time>. Each outlet template differs like sites do.
 */
import type { NewsroomArticle } from './corpus';
import type { NewsroomOutlet } from './outlets';

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PageLinks {
  articleUrl: (a: NewsroomArticle) => string;
  siteUrl: (o: NewsroomOutlet) => string;
  feedUrl: (o: NewsroomOutlet) => string;
}

function jsonLd(a: NewsroomArticle, url: string, site: string): string {
  const node = {
    '@type': a.outlet.template === 'business' ? 'ReportageNewsArticle' : 'NewsArticle',
    headline: a.title,
    description: a.summary ?? a.dek,
    datePublished: a.published,
    ...(a.modified ? { dateModified: a.modified } : {}),
    author: a.author.split(/\s+and\s+/).map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: a.outlet.name, logo: { '@type': 'ImageObject', url: `${site}/logo.png` } },
    mainEntityOfPage: url,
    articleSection: a.section,
    inLanguage: a.outlet.lang,
  };
  let doc: unknown;
  switch (a.outlet.template) {
    case 'broadsheet':
      doc = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: a.outlet.name, url: site }, node, { '@type': 'BreadcrumbList', itemListElement: [] }] };
      break;
    case 'regional':
      doc = [{ '@context': 'https://schema.org', '@type': 'Organization', name: a.outlet.name }, { '@context': 'https://schema.org', ...node }];
      break;
    default:
      doc = { '@context': 'https://schema.org', ...node };
  }
  // "</" inside JSON-LD would end the script element early.
  return `<script type="application/ld+json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;
}

function bodyHtml(a: NewsroomArticle, adEvery: number): string {
  const out: string[] = [];
  a.body.forEach((p, i) => {
    if (p.startsWith('## ')) out.push(`<h2>${esc(p.slice(3))}</h2>`);
    else if (p.startsWith('> ')) out.push(`<blockquote class="pullquote"><p>${esc(p.slice(2))}</p></blockquote>`);
    else out.push(`<p>${esc(p)}</p>`);
    if (adEvery && i > 0 && i % adEvery === 0) {
      out.push(`<div class="ad-slot ad" aria-label="Advertisement"><span class="ad-label">Advertisement</span><div class="ad-creative">Upgrade your cloud today — 40% off for new customers</div></div>`);
    }
  });
  return out.join('\n');
}

function dateLine(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso; // served as given: the reader sees what the outlet wrote
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
}

export function renderArticle(a: NewsroomArticle, related: NewsroomArticle[], links: PageLinks): string {
  const o = a.outlet;
  const url = links.articleUrl(a);
  const site = links.siteUrl(o);
  const t = o.template;
  const byline =
    t === 'wire'
      ? `<p class="byline">By ${esc(a.author.toUpperCase())}</p>`
      : `<div class="author-block"><span class="by">By</span> <a rel="author" class="author-name" href="${site}/authors/${encodeURIComponent(a.author)}">${esc(a.author)}</a>${a.authorTitle ? `<span class="author-title">, ${esc(a.authorTitle)}</span>` : ''}</div>`;
  const relatedBox = `<aside class="related-stories"><h3>More from ${esc(o.name)}</h3><ul>${related
    .map((r) => `<li><a href="${links.articleUrl(r)}">${esc(r.title)}</a></li>`)
    .join('')}</ul></aside>`;
  const ogMeta =
    t === 'regional'
      ? // Some sites declare only part of the usual meta.
        `<meta name="description" content="${esc(a.summary ?? a.dek)}">`
      : `<meta property="og:type" content="article">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:description" content="${esc(a.summary ?? a.dek)}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${esc(o.name)}">
<meta property="article:published_time" content="${a.published}">
${a.modified ? `<meta property="article:modified_time" content="${a.modified}">` : ''}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${esc(a.title)}">
<meta name="author" content="${esc(a.author)}">
<meta name="description" content="${esc(a.summary ?? a.dek)}">`;
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(o.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${url}">
<link rel="alternate" type="application/rss+xml" title="${esc(o.name)}" href="${links.feedUrl(o)}">
${ogMeta}
${jsonLd(a, url, site)}
<style>
body{font-family:Georgia,serif;margin:0;background:#fff;color:#222}
.site-header{background:#111;color:#fff;padding:12px 24px}.site-header a{color:#fff;margin-right:14px}
main{display:flex;gap:32px;max-width:1080px;margin:24px auto;padding:0 16px}
article{flex:1;max-width:680px}aside.sidebar{width:300px}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#f4f4f4;border-top:1px solid #ccc;padding:12px 24px;font-family:sans-serif}
.ad{background:#f0f0f0;border:1px dashed #bbb;padding:12px;margin:16px 0;font-family:sans-serif;font-size:13px}
h1{font-size:34px;line-height:1.15}.standfirst{font-size:20px;color:#555}
</style>
</head>
<body class="${t}-layout">
<div class="cookie-banner" id="consent" role="dialog" aria-label="Cookie consent"><p>We and our 842 partners use cookies to personalise content and ads. <button>Accept all</button> <button>Manage choices</button></p></div>
<header class="site-header"><a class="logo" href="${site}/">${esc(o.name)}</a>
<nav aria-label="Sections"><a href="${site}/">Home</a><a href="${site}/world">World</a><a href="${site}/business">Business</a><a href="${site}/technology">Technology</a><a href="${site}/opinion">Opinion</a><a href="${site}/newsletters">Newsletters</a></nav></header>
<div class="ad ad-leaderboard"><span class="ad-label">Advertisement</span> Smart home deals this week</div>
<main>
<article class="article ${t}">
<p class="section-label"><a href="${site}/${a.section.toLowerCase()}">${esc(a.section)}</a></p>
<h1 class="headline">${esc(a.title)}</h1>
${a.dek ? `<p class="standfirst">${esc(a.dek)}</p>` : ''}
${byline}
<p class="dateline"><time datetime="${a.published}">${dateLine(a.published)}</time>${a.modified ? ` · Updated <time datetime="${a.modified}">${dateLine(a.modified)}</time>` : ''}</p>
<div class="share-bar"><a href="#share-x">Share on X</a> <a href="#share-fb">Facebook</a> <a href="#copy">Copy link</a></div>
<div class="article-body">
${bodyHtml(a, t === 'magazine' ? 3 : t === 'business' ? 4 : 0)}
</div>
<div class="newsletter-signup"><h3>Sign up for our morning briefing</h3><p>Get the day's top stories in your inbox.</p><input type="email" placeholder="you@example.com"><button>Subscribe</button></div>
<section class="comments" id="comments"><h3>Comments (3)</h3>
<div class="comment"><p class="comment-author">reader_2291</p><p>Great, another hype cycle. Wake me up when prices fall.</p></div>
<div class="comment"><p class="comment-author">JK_Lee</p><p>This is bigger than people think. Read the whole thing.</p></div>
<div class="comment"><p class="comment-author">m.ortiz</p><p>Who pays for the electricity?</p></div></section>
</article>
<aside class="sidebar">${relatedBox}<div class="ad ad-mpu"><span class="ad-label">Advertisement</span> Travel insurance from £4.99</div>
<div class="most-read"><h3>Most read</h3><ol><li><a href="${site}/">Ten recipes for autumn</a></li><li><a href="${site}/">The best phones of the year</a></li></ol></div></aside>
</main>
<footer class="site-footer"><p>© 2025 ${esc(o.name)}. All rights reserved. <a href="${site}/privacy">Privacy</a> · <a href="${site}/terms">Terms</a></p></footer>
</body>
</html>`;
}

/** A section front: a list of headlines, not an article. */
export function renderFront(o: NewsroomOutlet, articles: NewsroomArticle[], links: PageLinks): string {
  return `<!doctype html><html lang="${o.lang}"><head><meta charset="utf-8"><title>${esc(o.name)} — Home</title>
<meta property="og:type" content="website"><meta property="og:site_name" content="${esc(o.name)}"></head>
<body><header class="site-header"><a href="${links.siteUrl(o)}/">${esc(o.name)}</a></header>
<main><h1>${esc(o.name)}</h1><ul class="river">${articles
    .map((a) => `<li><a href="${links.articleUrl(a)}"><h3>${esc(a.title)}</h3></a><p>${esc(a.summary ?? a.dek)}</p></li>`)
    .join('')}</ul></main></body></html>`;
}
