/** Each outlet's own feed, in the format that outlet publishes: RSS 2.0, Atom, RDF or JSON Feed. */
import type { NewsroomArticle } from './corpus';
import type { NewsroomOutlet } from './outlets';
import { esc, type PageLinks } from './pages';

/** A date as RSS writes it; a date that does not parse is served as given. */
export const rfc822 = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toUTCString());

export function feedPath(o: NewsroomOutlet): string {
  return { rss2: '/rss.xml', atom: '/atom.xml', rdf: '/index.rdf', json: '/feed.json' }[o.feedFormat];
}

export function feedContentType(o: NewsroomOutlet): string {
  return {
    rss2: 'application/rss+xml; charset=utf-8',
    atom: 'application/atom+xml; charset=utf-8',
    rdf: 'application/rdf+xml; charset=utf-8',
    json: 'application/feed+json; charset=utf-8',
  }[o.feedFormat];
}

export function renderFeed(o: NewsroomOutlet, items: NewsroomArticle[], links: PageLinks): string {
  const site = links.siteUrl(o);
  const self = links.feedUrl(o);
  const updated = items[0]?.published ?? '2025-11-01T00:00:00Z';
  switch (o.feedFormat) {
    case 'rss2':
      return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>${esc(o.name)}</title><link>${site}/</link><description>Latest from ${esc(o.name)}</description>
<atom:link href="${self}" rel="self" type="application/rss+xml"/><language>${o.lang}</language>
<lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>
${items
  .map(
    (a) => `<item><title><![CDATA[${a.title}]]></title><link>${links.articleUrl(a)}</link>
<guid isPermaLink="true">${links.articleUrl(a)}</guid><pubDate>${rfc822(a.published)}</pubDate>
<dc:creator>${esc(a.author)}</dc:creator><category>${esc(a.section)}</category><description>${esc(a.summary ?? a.dek)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
    case 'atom':
      return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}"><title>${esc(o.name)}</title><id>${site}/</id>
<link rel="alternate" href="${site}/"/><link rel="self" href="${self}"/><updated>${updated}</updated>
${items
  .map(
    (a) => `<entry><title type="html">${esc(a.title)}</title><id>tag:${o.siteHost},2025:${a.slug}</id>
<link rel="alternate" type="text/html" href="${links.articleUrl(a)}"/><published>${a.published}</published><updated>${a.modified ?? a.published}</updated>
<author><name>${esc(a.author)}</name></author><summary type="text">${esc(a.summary ?? a.dek)}</summary></entry>`,
  )
  .join('\n')}
</feed>`;
    case 'rdf':
      return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${self}"><title>${esc(o.name)}</title><link>${site}/</link><description>${esc(o.name)} headlines</description>
<items><rdf:Seq>${items.map((a) => `<rdf:li rdf:resource="${links.articleUrl(a)}"/>`).join('')}</rdf:Seq></items></channel>
${items
  .map(
    (a) => `<item rdf:about="${links.articleUrl(a)}"><title>${esc(a.title)}</title><link>${links.articleUrl(a)}</link>
<description>${esc(a.summary ?? a.dek)}</description><dc:date>${a.published}</dc:date><dc:creator>${esc(a.author)}</dc:creator></item>`,
  )
  .join('\n')}
</rdf:RDF>`;
    case 'json':
      return JSON.stringify(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: o.name,
          home_page_url: `${site}/`,
          feed_url: self,
          language: o.lang,
          items: items.map((a) => ({
            id: links.articleUrl(a),
            url: links.articleUrl(a),
            title: a.title,
            summary: a.summary ?? a.dek,
            content_text: a.summary ?? a.dek,
            date_published: a.published,
            authors: [{ name: a.author }],
            tags: [a.section],
          })),
        },
        null,
        2,
      );
  }
}
