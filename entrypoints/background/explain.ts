/**
 * Explain what is in a tab: inject the extractor (only now, because the reader asked), then run
 * the story job. Every failure ends as a state the panel can explain in plain words.
 */
import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { privateDb } from '@/utils/db/private';
import type { ExtractedArticle } from '@/utils/core/types';
import { canonicalizeUrl } from '@/utils/core/url';
import { settleLang } from '@/utils/core/extract/lang';
import { cacheProblem, db } from '@/utils/db';
import { getSettings } from '@/utils/settings';
import { runStory } from '@/utils/story/job';
import { jobDeps } from './job-deps';
import { setTabView } from '@/utils/tab-state';
import { unreadableReason } from './explain-reasons';
import { markReading, markRunning } from './resume';

type Injected = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/**
 * Waits before asking the page again when Chrome refused the injection for want of access. The
 * reader's click grants activeTab, and we know it did (the tab's address is only visible to us with
 * the grant); but under load the first injection can still be refused as if there were none, as
 * the soak saw on 5 of 200 clicks. Asked again a moment later, the same tab answers.
 */
export const ACCESS_RETRY_MS = [100, 300, 800];

const refusedForAccess = (error: unknown) => /Cannot access|permission/i.test(error instanceof Error ? error.message : String(error));

export async function extractFromTab(tabId: number, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Promise<Injected> {
  for (let attempt = 0; ; attempt++) {
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
      return (result?.result as Injected | undefined) ?? { ok: false, error: 'The page did not answer.' };
    } catch (error) {
      const wait = ACCESS_RETRY_MS[attempt];
      if (wait === undefined || !refusedForAccess(error)) throw error;
      await sleep(wait);
    }
  }
}

export async function explainTab(tabId: number, url: string | undefined, opts: { force?: boolean } = {}): Promise<void> {
  const reason = unreadableReason(url);
  if (reason) return setTabView(tabId, { kind: 'cant-read', url: url ?? '', reason });
  // Held until the job is done: a panel asking to resume reading this tab meanwhile is a no-op.
  const release = markReading(tabId);
  try {
    // A story already cached for this address paints at once; reading the page then confirms it.
    const cached = await db().stories.where('canonicalUrl').equals(canonicalizeUrl(url!)).first().catch(() => undefined);
    if (cached) await setTabView(tabId, { kind: 'story', url: url!, storyId: cached.id });
    else await setTabView(tabId, { kind: 'working', url: url!, stage: 'extracting' });
    const article = await readTab(tabId, url!);
    if (!article) return;
    if (!article.isArticle && !opts.force) {
      return setTabView(tabId, { kind: 'not-article', url: url!, title: article.title, reason: article.notArticleReason ?? 'This does not look like a news article.' });
    }
    await explainArticle(tabId, url!, article);
  } finally {
    release();
  }
}

/** Read the article in a tab (the reader's gesture granted access), or say why not. */
export async function readTab(tabId: number, url: string, sleep?: (ms: number) => Promise<void>): Promise<ExtractedArticle | null> {
  let injected: Injected;
  try {
    injected = await extractFromTab(tabId, sleep);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await setTabView(tabId, {
      kind: 'cant-read',
      url,
      reason: /removed|navigat|No frame|closed/i.test(message)
        ? 'The page changed while Parallax was reading it. Click the Parallax button again to explain the new page.'
        : /permission|Cannot access/i.test(message)
          ? 'Parallax has no access to this page. Click the Parallax button or use its shortcut while the page is open.'
          : `The page could not be read (${message}).`,
    });
    return null;
  }
  if (!injected.ok) {
    await setTabView(tabId, { kind: 'cant-read', url, reason: `Parallax could not read this page: ${injected.error}` });
    return null;
  }
  // Language detection is too heavy for the injected script: it runs here, when the page did not say.
  return { ...injected.article, lang: settleLang(injected.article) };
}

/** Run the story job for an article and keep the tab's panel pointed at it. */
export async function explainArticle(tabId: number, url: string, article: ExtractedArticle): Promise<void> {
  const settings = await getSettings();
  const incognito = await browser.tabs.get(tabId).then((t) => t.incognito, () => false);
  const problem = incognito ? null : await cacheProblem();
  // In a private window, or when the cache cannot be opened, the story is composed in memory and
  // the panel is fed from session storage: nothing is kept, and the reader is told why.
  const inMemory = incognito || problem !== null;
  const store = inMemory ? privateDb() : db();
  const note = incognito
    ? 'Private window: this story is not kept in your history or cache.'
    : `Parallax's cache can't be used right now (${problem}), so this story is not saved. Clearing the cache in Options may help.`;
  const stopMirror = inMemory ? mirrorPrivateStory(store, tabId, url, note) : null;
  let release: (() => void) | undefined;
  try {
    await runStory(article, {
      ...(await jobDeps()),
      db: store,
      settings,
      onStarted: (storyId) => {
        release = markRunning(storyId);
        return inMemory ? stopMirror!.follow(storyId) : setTabView(tabId, { kind: 'story', url, storyId });
      },
    });
    await stopMirror?.flush();
  } catch (error) {
    await setTabView(tabId, { kind: 'error', url, message: error instanceof Error ? error.message : String(error) });
  } finally {
    release?.();
    stopMirror?.stop();
  }
}

function mirrorPrivateStory(store: ReturnType<typeof privateDb>, tabId: number, url: string, note: string) {
  let sub: { unsubscribe(): void } | null = null;
  let storyId: string | null = null;
  const push = async () => {
    const story = storyId ? await store.stories.get(storyId) : undefined;
    if (story) await setTabView(tabId, { kind: 'private-story', url, story, note });
  };
  return {
    async follow(id: string) {
      storyId = id;
      sub = liveQuery(() => store.stories.get(id)).subscribe({ next: (story) => story && void setTabView(tabId, { kind: 'private-story', url, story, note }) });
      await push();
    },
    flush: push,
    stop: () => sub?.unsubscribe(),
  };
}
