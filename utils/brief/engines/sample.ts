/** "Test connection": a two-sentence sample story any engine can write a page about. */
import type { ComposeInput } from '../engine';

export const SAMPLE_INPUT: ComposeInput = {
  storyId: 'test',
  coverage: [],
  topics: [],
  article: {
    url: 'https://example.com/sample',
    canonicalUrl: 'https://example.com/sample',
    title: 'Sample: city opens a new library',
    byline: null,
    siteName: 'Example',
    publishedTime: '2025-01-01T00:00:00Z',
    modifiedTime: null,
    lang: 'en',
    excerpt: null,
    text: 'The city opened a new public library on Monday. It holds 40,000 books and stays open until 9 pm.',
    html: '',
    wordCount: 20,
    isArticle: true,
    extractionMs: 0,
  },
};
