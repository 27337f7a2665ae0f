/** The documents a brief is made from: the reader's article in full, the rest as far as known. */
import type { SourceDoc } from '../core/summarize';
import { citedEarlier, earlierOf } from './earlier';
import type { ComposeInput } from './engine';
import type { BriefSource } from './schema';

export function readerSourceId(storyId: string): string {
  return `a-${storyId}`;
}

export function briefSources(input: ComposeInput): BriefSource[] {
  const { article } = input;
  const reader: BriefSource = {
    id: readerSourceId(input.storyId),
    outlet: article.siteName ?? new URL(article.canonicalUrl).hostname,
    domain: new URL(article.canonicalUrl).hostname.replace(/^www\./, ''),
    title: article.title,
    url: article.canonicalUrl,
    published: article.publishedTime ?? undefined,
    isReaderArticle: true,
    foundBy: 'page',
  };
  const others = input.coverage.map(
    (c): BriefSource => ({
      id: c.id,
      outlet: c.outlet.name,
      domain: c.outlet.domain,
      country: c.outlet.country,
      title: c.title,
      url: c.url,
      published: c.published,
      isReaderArticle: false,
      foundBy: c.source,
    }),
  );
  // The story's earlier coverage: only the items How we got here cites, marked earlier (never coverage).
  const earlier = citedEarlier(earlierOf(input)).map(
    (c): BriefSource => ({
      id: c.id,
      outlet: c.outlet.name,
      domain: c.outlet.domain,
      country: c.outlet.country,
      title: c.title,
      url: c.url,
      published: c.published,
      isReaderArticle: false,
      foundBy: c.source,
      earlier: true,
    }),
  );
  return [reader, ...others, ...earlier];
}

/** One document per source, the reader's first; coverage without a known text is its description. */
export function storyDocs(input: ComposeInput): SourceDoc[] {
  const { article } = input;
  return [
    { id: readerSourceId(input.storyId), title: article.title, text: article.text, published: article.publishedTime, weight: input.readerWeight ?? 2 },
    ...input.coverage
      .filter((c) => c.relation === 'same-story')
      .map((c): SourceDoc => ({ id: c.id, title: c.title, text: input.texts?.[c.id] ?? c.description ?? '', published: c.published })),
  ];
}

/** What a source says, title included: what a lifted sentence or a phrase is checked against. */
export function sourceText(doc: SourceDoc): string {
  return `${doc.title}\n\n${doc.text}`;
}
