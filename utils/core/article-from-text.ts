/** An article made from text we were given rather than read from a page: a snippet, a CLI line, a sample. */
import type { ExtractedArticle } from './types';
import { canonicalizeUrl } from './url';

export interface ArticleText {
  url: string;
  title: string;
  text: string;
  published?: string | null;
  siteName?: string | null;
  lang?: string | null;
  /** Defaults to the URL made canonical. */
  canonicalUrl?: string;
}

export function articleFromText(a: ArticleText): ExtractedArticle {
  const text = a.text.trim() || a.title;
  return {
    url: a.url,
    canonicalUrl: a.canonicalUrl ?? canonicalizeUrl(a.url),
    title: a.title,
    byline: null,
    siteName: a.siteName ?? null,
    publishedTime: a.published ?? null,
    modifiedTime: null,
    lang: a.lang ?? null,
    excerpt: text.slice(0, 300),
    text,
    html: '',
    wordCount: text.split(/\s+/).length,
    isArticle: true,
    extractionMs: 0,
  };
}
