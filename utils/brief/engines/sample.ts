/** "Test connection": a two-sentence sample story any engine can write a page about. */
import { articleFromText } from '../../core/article-from-text';
import type { ComposeInput } from '../engine';

export const SAMPLE_INPUT: ComposeInput = {
  storyId: 'test',
  coverage: [],
  topics: [],
  article: articleFromText({
    url: 'https://example.com/sample',
    title: 'Sample: city opens a new library',
    siteName: 'Example',
    published: '2025-01-01T00:00:00Z',
    lang: 'en',
    text: 'The city opened a new public library on Monday. It holds 40,000 books and stays open until 9 pm.',
  }),
};
