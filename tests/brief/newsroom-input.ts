/** ComposeInput for each story of the sample newsroom, as the extension sees it: the reader's article in full, the rest as title + dek. */
import type { ComposeInput } from '../../utils/brief/engine';
import { loadContent, REFERENCE, type NewsroomArticle } from '../newsroom/corpus';

const urlOf = (a: NewsroomArticle) => `https://${a.outlet.id}.example/${a.slug}`;

export function newsroomStories(): Map<string, NewsroomArticle[]> {
  const stories = new Map<string, NewsroomArticle[]>();
  for (const a of loadContent().articles) {
    if (a.story === 'distractor') continue;
    stories.set(a.story, [...(stories.get(a.story) ?? []), a]);
  }
  return stories;
}

export function storyInput(story: string, articles: NewsroomArticle[], readerSlug?: string): ComposeInput {
  const reader = articles.find((a) => a.slug === (readerSlug ?? (story === REFERENCE.story ? REFERENCE.slug : articles[0]?.slug)))!;
  const text = reader.body.filter((p) => !p.startsWith('## ')).map((p) => p.replace(/^> /, '')).join('\n\n');
  return {
    storyId: story,
    article: {
      url: urlOf(reader),
      canonicalUrl: urlOf(reader),
      title: reader.title,
      byline: reader.author,
      siteName: reader.outlet.name,
      publishedTime: reader.published,
      modifiedTime: reader.modified ?? null,
      lang: 'en',
      excerpt: reader.dek,
      text,
      html: '',
      wordCount: text.split(/\s+/).length,
      isArticle: true,
      extractionMs: 0,
    },
    coverage: articles
      .filter((a) => a !== reader)
      .map((a) => ({
        id: `c-${a.outlet.id}-${a.slug}`,
        url: urlOf(a),
        outlet: { name: a.outlet.name, domain: `${a.outlet.id}.example` },
        title: a.title,
        description: a.dek,
        published: a.published,
        source: 'feeds',
        score: 1,
        relation: 'same-story' as const,
      })),
    topics: [],
  };
}
