/**
 * A linked page's HTML read into an article where there is a DOM: Chrome's offscreen document
 * (entrypoints/offscreen) and Firefox's event page, both with the browser's own DOMParser. The
 * same extraction as on the reader's own page; the language settled as the background does.
 */
import { extractArticle } from '../../core/extract/article';
import { settleLang } from '../../core/extract/lang';
import type { ExtractedArticle } from '../../core/types';
import { serveOffscreen } from '../../messaging';

export function articleFromDocument(document: Document, url: string): ExtractedArticle {
  const article = extractArticle(document, { url });
  return { ...article, lang: settleLang(article) };
}

export function articleFromHtml(html: string, url: string, parser: DOMParser = new DOMParser()): ExtractedArticle {
  const doc = parser.parseFromString(html, 'text/html');
  // A parsed document's base is the page that parsed it (an extension page): links and the
  // canonical URL resolve against the linked page instead, unless it names a base of its own.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return articleFromDocument(doc, url);
}

/** The offscreen document's side: answers the worker's requests, nothing else. */
export function serveLinkedPageParsing(): void {
  serveOffscreen({
    parseLinkedPage({ html, url }) {
      try {
        return { ok: true, article: articleFromHtml(html, url) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  });
}
