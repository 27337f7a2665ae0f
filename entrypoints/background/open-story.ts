/**
 * Stories opened from inside the panel: a related story or a topic. The reader's click is answered
 * at once with the story's id (the panel paints the row from then on): a new story's first row
 * holds the snippet we have while its page is fetched, where the reader allowed that site, and the
 * job goes on from there.
 */
import { mayRead } from './site-access';
import { summarize } from '@/utils/core/summarize';
import { articleFromText } from '@/utils/core/article-from-text';
import { db } from '@/utils/db';
import { readLinkedArticle } from '@/utils/story/linked/read';
import { firstRow, runStory, storyIdFor } from '@/utils/story/job';
import { jobDeps } from './job-deps';

type Snippet = { url: string; title: string; text: string; published?: string; siteName?: string };

const fromSnippet = (s: Snippet) => articleFromText({ ...s, published: s.published ?? null });

/** The story's id, as soon as its row exists; the rest of the job carries on in the background. */
export async function openStory(s: Snippet): Promise<string> {
  const snippet = fromSnippet(s);
  const storyId = storyIdFor(snippet);
  const store = db();
  const existing = await store.stories.get(storyId);
  const readable = await mayRead(s.url);
  if (readable && !existing) {
    // Reading the page takes a request: the panel shows the snippet's row meanwhile.
    await store.stories.put(firstRow(storyId, snippet, new Date().toISOString(), 'reading'));
  }
  let started!: (id: string) => void;
  const ready = new Promise<string>((resolve) => (started = resolve));
  const job = (async () => {
    const article = readable ? await readLinkedArticle(s.url, { fetch: (...a) => fetch(...a) }).catch(() => snippet) : snippet;
    return runStory(article, { ...(await jobDeps()), db: store, onStarted: started }, { storyId });
  })();
  // A job that fails before its row exists still answers, with the row it has (or none).
  const answered = job.then(() => storyId, () => storyId);
  // A row that exists already (cached, or the snippet's first row) is painted at once.
  return existing || readable ? storyId : Promise.race([ready, answered]);
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
