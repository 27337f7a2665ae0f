/**
 * A story as the panel composes it, written short for the comparison's tests: the reader's article in
 * full and the other outlets as feed items (a headline and, where given, the feed's summary).
 */
import type { ComposeInput } from '../../utils/brief/engine';
import type { CoverageItem } from '../../utils/core/types';

export function readerStory(article: { url: string; title: string; siteName: string; published: string; text: string }, coverage: CoverageItem[], texts?: Record<string, string>): ComposeInput {
  const { url, title, siteName, published, text } = article;
  return {
    storyId: 's',
    article: { url, canonicalUrl: url, title, byline: null, siteName, publishedTime: published, modifiedTime: null, lang: 'en', excerpt: null, text, html: '', wordCount: text.split(/\s+/).length, isArticle: true, extractionMs: 0 },
    coverage,
    ...(texts ? { texts } : {}),
    topics: [],
  };
}

/** One outlet's item in a feed, of the same story. */
export function feedItem(id: string, outlet: string, url: string, title: string, published: string, description?: string): CoverageItem {
  return { id, url, outlet: { name: outlet, domain: new URL(url).hostname }, title, ...(description !== undefined ? { description } : {}), published, source: 'feeds', score: 1, relation: 'same-story' };
}
