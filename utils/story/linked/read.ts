/**
 * Reading a linked page the reader pointed at (context menu on a link): fetched by the
 * background, its charset decoded as declared (header, <meta charset>, BOM — not always
 * UTF-8), its size capped, and extracted with the same code on a real DOM (parse.ts:
 * Chrome's offscreen document, Firefox's event page; linkedom's in Node through `parse`).
 */
import type { ExtractedArticle } from '../../core/types';
import { fetchText, SourceError } from '../../sources/http';
import { stableId } from '../../core/url';
import { parseLinkedPage, type ParseLinkedPage } from './parse';

export const LINK_MAX_BYTES = 5_000_000;

export async function readLinkedArticle(
  url: string,
  opts: { fetch: typeof fetch; signal?: AbortSignal; maxBytes?: number; /** Where the HTML becomes an article; the browser's own by default. */ parse?: ParseLinkedPage },
): Promise<ExtractedArticle> {
  let page;
  try {
    // Redirects are refused as for every source: the reader allowed this link's site, not wherever
    // it points next (a granted host answering 302 to a private one made Parallax request it), and
    // an opaque redirect hides its target, so it cannot be checked. Opening the link in a tab and
    // pressing the button reads the page it lands on, with no host permission at all.
    page = await fetchText(url, { fetch: opts.fetch, signal: opts.signal, maxBytes: opts.maxBytes ?? LINK_MAX_BYTES, timeoutMs: 15_000, retries: 1, headers: { accept: 'text/html,application/xhtml+xml' }, redirects: 'refuse' });
  } catch (error) {
    if (error instanceof SourceError && error.kind === 'redirected') {
      throw new Error('The link redirects to another address (a link shortener or a moved page), which Parallax does not follow on its own. Open the link, then explain the page it opens.', { cause: error });
    }
    if (error instanceof SourceError && error.kind === 'too-large') {
      throw new Error(`The linked page is larger than ${Math.round((opts.maxBytes ?? LINK_MAX_BYTES) / 1_000_000)} MB, too large to read.`, { cause: error });
    }
    throw new Error(`The linked page could not be fetched (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const contentType = page.headers.get('content-type') ?? '';
  if (contentType && !/html|xml|text\/plain/i.test(contentType)) throw new Error(`The link points to ${contentType.split(';')[0]}, not a web page.`);
  return (opts.parse ?? parseLinkedPage)(page.text, page.url || url);
}

/** The page's own metadata with the reader's selection as the text to explain. */
export function selectionArticle(page: ExtractedArticle, selection: string): ExtractedArticle {
  const text = selection.replace(/\r\n?/g, '\n').trim();
  return {
    ...page,
    // A story of its own: the same page with another selection is another question.
    canonicalUrl: `${page.canonicalUrl}#selection-${stableId(text)}`,
    text,
    html: '',
    excerpt: text.slice(0, 300),
    wordCount: text.split(/\s+/).length,
    isArticle: true,
    notArticleReason: undefined,
  };
}
