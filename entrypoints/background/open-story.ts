/**
 * Stories opened from inside the panel: a related story or a topic. Its page is fetched where
 * the reader allowed that site; otherwise the story is built from the snippet we have.
 */
import { mayRead } from './site-access';
import { summarize } from '@/utils/core/summarize';
import type { ExtractedArticle } from '@/utils/core/types';
import { canonicalizeUrl } from '@/utils/core/url';
import { db } from '@/utils/db';
import { readLinkedArticle } from '@/utils/link';
import { runStory } from '@/utils/story-job';
import { jobDeps } from './job-deps';

function fromSnippet(s: { url: string; title: string; text: string; published?: string; siteName?: string }): ExtractedArticle {
  const text = s.text.trim() || s.title;
  return {
    url: s.url,
    canonicalUrl: canonicalizeUrl(s.url),
    title: s.title,
    byline: null,
    siteName: s.siteName ?? null,
    publishedTime: s.published ?? null,
    modifiedTime: null,
    lang: null,
    excerpt: text.slice(0, 300),
    text,
    html: '',
    wordCount: text.split(/\s+/).length,
    isArticle: true,
    extractionMs: 0,
  };
}

export async function openStory(s: { url: string; title: string; text: string; published?: string; siteName?: string }): Promise<string> {
  const article = (await mayRead(s.url)) ? await readLinkedArticle(s.url, { fetch: (...a) => fetch(...a) }).catch(() => fromSnippet(s)) : fromSnippet(s);
  return runStory(article, { ...(await jobDeps()), db: db() });
}

/** A source's own summary: its article where the reader allowed the site, else its snippet. */
export async function summarizeSource(storyId: string, url: string): Promise<void> {
  const story = await db().stories.get(storyId);
  const item = story?.coverage.find((c) => c.url === url);
  if (!story || !item) return;
  let summary: { text: string; from: 'article' | 'snippet' } = { text: item.description ?? '', from: 'snippet' };
  if (await mayRead(url)) {
    const article = await readLinkedArticle(url, { fetch: (...a) => fetch(...a) }).catch(() => null);
    if (article?.text) {
      const picked = summarize([{ id: 'a', title: article.title, text: article.text }], { maxSentences: 3, maxWords: 80 });
      if (picked.length) summary = { text: picked.sort((a, b) => a.index - b.index).map((p) => p.text).join(' '), from: 'article' };
    }
  }
  await db().stories.update(storyId, { sourceSummaries: { ...story.sourceSummaries, [url]: summary } });
}
