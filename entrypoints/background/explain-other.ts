/**
 * The context menu's other two entries: a link (the background fetches the linked page, with
 * that site's permission) and a selection (the selected text with the page's metadata).
 * The e2e tests reach these through the same messages the panel could send.
 */
import { readLinkedArticle, selectionArticle } from '@/utils/story/linked/read';
import { setTabView } from '@/utils/tab-state';
import { explainArticle, readTab } from './explain';
import { mayRead } from './site-access';

export async function explainLink(tabId: number, pageUrl: string, linkUrl: string, granted?: Promise<boolean>): Promise<void> {
  let target: URL;
  try {
    target = new URL(linkUrl);
    if (!/^https?:$/.test(target.protocol)) throw new Error();
  } catch {
    return setTabView(tabId, { kind: 'cant-read', url: pageUrl, reason: 'That link is not a web page Parallax can read.' });
  }
  await setTabView(tabId, { kind: 'working', url: pageUrl, stage: 'extracting' });
  const allowed = (await granted?.catch(() => false)) || (await mayRead(target.href));
  if (!allowed) {
    return setTabView(tabId, { kind: 'needs-access', url: pageUrl, linkUrl: target.href, host: target.host });
  }
  let article;
  try {
    article = await readLinkedArticle(target.href, { fetch: (...a) => fetch(...a) });
  } catch (error) {
    return setTabView(tabId, { kind: 'cant-read', url: pageUrl, reason: error instanceof Error ? error.message : String(error) });
  }
  if (!article.isArticle) {
    return setTabView(tabId, { kind: 'not-article', url: pageUrl, title: article.title, reason: `The linked page: ${article.notArticleReason ?? 'not an article'}` });
  }
  await explainArticle(tabId, pageUrl, article);
}

export async function explainSelection(tabId: number, pageUrl: string, selection: string): Promise<void> {
  const text = selection.trim();
  if (text.split(/\s+/).length < 4) {
    return setTabView(tabId, { kind: 'cant-read', url: pageUrl, reason: 'Select a sentence or more of the story to explain it.' });
  }
  await setTabView(tabId, { kind: 'working', url: pageUrl, stage: 'extracting' });
  const page = await readTab(tabId, pageUrl);
  if (!page) return;
  await explainArticle(tabId, pageUrl, selectionArticle(page, text.slice(0, 20_000)));
}
