/**
 * The default engine: on the device, deterministic, every sentence lifted from a source and
 * cited to it. No model, no network.
 */
import { summarize, type SourceDoc } from '../core/summarize';
import { splitSentences } from '../core/text';
import type { CoverageItem } from '../core/types';
import type { BriefEngine, ComposeInput } from './engine';
import type { BriefSource, Paragraph, StoryBrief } from './schema';

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
  return [reader, ...others];
}

function coverageDoc(c: CoverageItem): SourceDoc {
  return { id: c.id, title: c.title, text: c.description ?? '', published: c.published };
}

function outletsSentence(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function composeExtractive(input: ComposeInput): StoryBrief {
  const { article, coverage } = input;
  const lang = (article.lang ?? 'en').slice(0, 2);
  const readerId = readerSourceId(input.storyId);
  const sameStory = coverage.filter((c) => c.relation === 'same-story');
  const docs: SourceDoc[] = [
    { id: readerId, title: article.title, text: article.text, published: article.publishedTime, weight: 2 },
    ...sameStory.map(coverageDoc),
  ];
  const picked = summarize(docs, { maxSentences: 4, maxWords: 90, lang });
  // Read in a natural order: the reader's article first, by position; then other sources.
  picked.sort((a, b) => (a.docId === readerId ? 0 : 1) - (b.docId === readerId ? 0 : 1) || a.index - b.index);
  const happened: Paragraph = picked.map((p) => ({ text: p.text, cites: [p.docId] }));

  const outlets = sameStory.map((c) => {
    const first = splitSentences(c.description ?? '', lang)[0];
    return {
      sourceId: c.id,
      outlet: c.outlet.name,
      headline: c.title,
      angle: first ? [{ text: first, cites: [c.id] }] : [],
    };
  });
  const names = [...new Set(sameStory.map((c) => c.outlet.name))];
  const overview: Paragraph = names.length
    ? [{ text: `${outletsSentence(names)} also cover this story.`, cites: sameStory.map((c) => c.id) }]
    : [];

  return {
    storyId: input.storyId,
    engine: 'extractive',
    generatedAt: new Date().toISOString(),
    headline: article.title,
    happened,
    behind: [],
    papers: { overview, outlets },
    background: { paragraph: [], timeline: [] },
    questions: [],
    topics: input.topics,
    sources: briefSources(input),
  };
}

export const extractiveEngine: BriefEngine = {
  id: 'extractive',
  label: 'On this device (extractive)',
  available: async () => true,
  compose: async (input) => composeExtractive(input),
};
